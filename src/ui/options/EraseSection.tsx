import { useState } from 'preact/hooks';
import { countOf, fill, type OptionsStrings } from './strings';

/** Erase everything, in two steps: open the confirmation, type the word, confirm. */
export function EraseSection(props: {
  t: OptionsStrings;
  /** Resolves to what was erased; rejects with a sentence to show. */
  onErase: () => Promise<{ cases: number; threads: number }>;
}) {
  const { t } = props;
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  const confirmed = typed.trim().toUpperCase() === t.eraseWord;

  const erase = async (e: Event) => {
    e.preventDefault();
    if (!confirmed || busy) return;
    setBusy(true);
    try {
      const n = await props.onErase();
      setMessage({ text: fill(t.erased, { cases: countOf(t, 'case', n.cases) }), error: false });
      setOpen(false);
      setTyped('');
    } catch (err) {
      setMessage({ text: err instanceof Error ? err.message : String(err), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="section danger-zone" id="erase" aria-labelledby="h-erase" data-testid="erase">
      <h2 id="h-erase">{t.eraseHeading}</h2>
      <p class="lead">{t.eraseLead}</p>
      {!open ? (
        <div class="actions start">
          <button
            type="button"
            class="btn danger"
            onClick={() => {
              setOpen(true);
              setMessage(undefined);
            }}
            data-testid="erase-start"
          >
            {t.eraseStart}
          </button>
        </div>
      ) : (
        <form class="inline-form" onSubmit={(e) => void erase(e)}>
          <label for="erase-word">{fill(t.eraseConfirmLabel, { word: t.eraseWord })}</label>
          <input
            id="erase-word"
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={typed}
            onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
            data-testid="erase-word"
            ref={(el) => el?.focus()}
          />
          <button type="submit" class="btn danger solid" disabled={!confirmed || busy} data-testid="erase-confirm">
            {t.eraseConfirm}
          </button>
          <button type="button" class="btn quiet" onClick={() => (setOpen(false), setTyped(''))}>
            {t.cancel}
          </button>
        </form>
      )}
      {message && (
        <p class={message.error ? 'note error' : 'note ok'} role={message.error ? 'alert' : 'status'} data-testid="erase-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
