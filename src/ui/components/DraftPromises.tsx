import type { DraftPromiseOffer } from '../hooks/use-draft-reminder';
import { fmt, type Strings } from '../i18n/strings';
import { formatWhen } from '../call/strings';

/** Promises the agent makes in the draft, each with a one-click reminder at that moment. */
export function DraftPromises({
  t,
  lang,
  offers,
  isSet,
  error,
  onRemind,
}: {
  t: Strings;
  lang: 'nl' | 'en';
  offers: DraftPromiseOffer[];
  isSet: (o: DraftPromiseOffer) => boolean;
  error?: string;
  onRemind: (o: DraftPromiseOffer) => void;
}) {
  if (offers.length === 0 && !error) return null;
  const when = (d: Date) => formatWhen(d, lang);
  return (
    <section class="section" aria-labelledby="promise-h">
      <h2 id="promise-h">{t.promise.heading}</h2>
      <ul class="cards">
        {offers.map((o) => (
          <li key={o.key} class="card" data-testid="draft-promise" data-due={o.due.toISOString()}>
            <p>“{o.text}”</p>
            <div class="actions">
              {isSet(o) ? (
                <span class="ok-line">{fmt(t.promise.done, { when: when(o.due) })}</span>
              ) : (
                <button type="button" class="btn primary" onClick={() => onRemind(o)}>
                  {fmt(t.promise.set, { when: when(o.due) })}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {error && (
        <p class="note error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
