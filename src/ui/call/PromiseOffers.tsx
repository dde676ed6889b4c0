import type { PromiseOffer } from './coach';
import { fmt, formatWhen, type CallStrings } from './strings';
import type { UiLang } from '../i18n/ui-lang';

/** Each promised moment in the notes, with a one-click reminder at that time. */
export function PromiseOffers({
  t,
  lang,
  offers,
  isSet,
  error,
  onSet,
}: {
  t: CallStrings;
  lang: UiLang;
  offers: PromiseOffer[];
  isSet: (o: PromiseOffer) => boolean;
  error?: string;
  onSet: (o: PromiseOffer) => void;
}) {
  if (!offers.length && !error) return null;
  return (
    <section class="section" aria-labelledby="promise-head">
      <h2 id="promise-head">{t.promise.heading}</h2>
      <ul class="cards">
        {offers.map((o) => (
          <li key={`${o.noteId}|${o.due.toISOString()}`} class="card" data-testid="promise-offer" data-due={o.due.toISOString()}>
            <p>“{o.text}”</p>
            <div class="actions">
              {isSet(o) ? (
                <span class="ok-line" data-testid="reminder-set">
                  {fmt(t.promise.done, { when: formatWhen(o.due, lang) })}
                </span>
              ) : (
                <button type="button" class="btn primary" onClick={() => onSet(o)}>
                  {t.promise.set}: {formatWhen(o.due, lang)}
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
