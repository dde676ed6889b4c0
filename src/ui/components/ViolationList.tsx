import type { Violation } from '../../core/types';
import type { Strings } from '../i18n/strings';

/** "What not to say" hits in the draft: the words, why they hurt, the better phrasing, one-click replace. */
export function ViolationList({
  t,
  violations,
  canReplace,
  note,
  onReplace,
  onDismiss,
}: {
  t: Strings;
  violations: Violation[];
  canReplace: boolean;
  note?: string;
  onReplace: (v: Violation) => void;
  onDismiss: (v: Violation) => void;
}) {
  // Nothing to flag: no section at all (the checklist says the draft is clean), so the panel stays short.
  if (violations.length === 0 && !note) return null;
  return (
    <section class="section" aria-labelledby="dont-h">
      <h2 id="dont-h">{t.dont.heading}</h2>
      {note && (
        <p class="note error" role="status">
          {note}
        </p>
      )}
      {violations.length > 0 && (
        <ul class="violations" data-testid="violations">
          {violations.map((v) => (
            <li class="violation" key={`${v.rule}-${v.start}`} data-rule={v.rule}>
              <q>{v.text}</q>
              <span class="reason">{v.reason}</span>
              <span class="better">
                <b>{t.dont.better}</b> {v.suggestion}
              </span>
              <div class="actions">
                <button type="button" class="btn quiet" onClick={() => onDismiss(v)}>
                  {t.dont.dismiss}
                </button>
                {canReplace && (
                  <button
                    type="button"
                    class="btn primary"
                    onClick={() => onReplace(v)}
                    aria-label={`${t.dont.replace}: ${v.text}`}
                  >
                    {t.dont.replace}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
