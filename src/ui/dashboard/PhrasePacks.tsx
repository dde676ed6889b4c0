import { useState } from 'preact/hooks';
import type { InstallResult, InstalledPack } from '../../storage/pack-store';
import { fill, type DashStrings } from './strings';

/** Install a team phrase pack from a file, see what is installed, remove one. A bad pack is refused whole. */
export function PhrasePacks(props: {
  t: DashStrings['packs'];
  packs: InstalledPack[];
  onInstall: (text: string) => Promise<InstallResult>;
  onRemove: (id: string) => void;
}) {
  const { t } = props;
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again (after fixing it) fires change again
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ text: t.unreadable, error: true });
      return;
    }
    const r = await props.onInstall(text);
    setMessage(
      r.ok
        ? { text: fill(r.replaced ? t.replaced : t.installed, { name: r.pack.name }), error: false }
        : { text: fill(t.refused, { error: r.error }), error: true },
    );
  };

  return (
    <section class="section" data-testid="packs" aria-labelledby="h-packs">
      <div class="section-head">
        <h2 id="h-packs" class="dash-title">
          {t.title}
        </h2>
        <label class="btn primary file-btn">
          {t.import}
          <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} data-testid="pack-file" />
        </label>
      </div>
      <p class="muted">{t.intro}</p>
      {message && (
        <p class={message.error ? 'note error' : 'note ok'} role={message.error ? 'alert' : 'status'} data-testid="pack-message">
          {message.text}
        </p>
      )}
      {props.packs.length === 0 ? (
        <p class="muted">{t.none}</p>
      ) : (
        <ul class="pack-list" data-testid="pack-list">
          {props.packs.map(({ pack, source }) => (
            <li key={pack.id} data-pack={pack.id}>
              <div>
                <b>{pack.name}</b>
                {pack.team && <span class="muted"> · {pack.team}</span>}
                <span class="muted">
                  {' '}
                  · {pack.cards.length === 1 ? t.card1 : fill(t.cards, { n: pack.cards.length })}
                  {pack.dontRules?.length
                    ? ` · ${pack.dontRules.length === 1 ? t.rule1 : fill(t.rules, { n: pack.dontRules.length })}`
                    : ''}
                  {source === 'managed' ? ` · ${t.managed}` : ''}
                </span>
              </div>
              {source === 'user' && (
                <button
                  type="button"
                  class="btn quiet"
                  onClick={() => props.onRemove(pack.id)}
                  aria-label={`${t.remove}: ${pack.name}`}
                >
                  {t.remove}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
