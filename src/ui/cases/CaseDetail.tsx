import { useState } from 'preact/hooks';
import { getDb, type TriadeDb } from '../../db';
import { callStrings, fmt, formatWhen } from '../call/strings';
import type { UiLang } from '../i18n/ui-lang';
import { customerLanguage } from '../call/coach';
import { letterFromNotes } from '../call/use-wrap-up';
import { WrapUp } from '../call/WrapUp';
import type { Arm } from '../call/use-reminders';
import { useCaseFile } from './use-cases';

/** One case: what was noted, the reminders, and the letter (or the wrap-up while it is still open). */
export function CaseDetail({
  db = getDb(),
  lang,
  caseId,
  arm,
  onBack,
}: {
  db?: TriadeDb;
  lang: UiLang;
  caseId: string;
  arm?: Arm;
  onBack: () => void;
}) {
  const all = callStrings[lang];
  const t = all.cases;
  const [version, setVersion] = useState(0);
  const file = useCaseFile(db, caseId, version);
  const back = (
    <button type="button" class="btn quiet" data-testid="back" onClick={onBack}>
      {t.back}
    </button>
  );
  if (file === null) return <p class="muted">{all.call.loading}</p>;
  if (file === undefined)
    return (
      <section class="section" data-testid="case-detail" data-missing="true">
        {back}
        <p class="note error">{t.notFound}</p>
      </section>
    );
  const c = file.case;
  const letterLang = c.lang === 'nl' || c.lang === 'en' ? c.lang : customerLanguage(file.notes, lang).lang;
  return (
    <div class="call" data-testid="case-detail" data-case-id={c.id}>
      {back}
      <section class="section" aria-labelledby="case-head">
        <h2 id="case-head">
          {c.customerName || t.anonymous} · {t.channels[c.channel] ?? c.channel}
        </h2>
        <p class="muted">
          {formatWhen(c.openedAt, lang)} · {c.closedAt ? fmt(t.closedAt, { when: formatWhen(c.closedAt, lang) }) : t.open}
          {c.causeCategory ? ` · ${all.wrap.causes[c.causeCategory]}` : ''}
        </p>
        {c.resolution && <p>{c.resolution}</p>}
      </section>
      <section class="section" aria-labelledby="case-notes">
        <h2 id="case-notes">{t.notes}</h2>
        {file.notes.length === 0 ? (
          <p class="muted">{t.noNotes}</p>
        ) : (
          <ol class="case-notes">
            {file.notes.map((n) => (
              <li key={n.id} data-testid="case-note" data-tag={n.tag}>
                <span class="chip">{all.notes.tags[n.tag]}</span> {n.text}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section class="section" aria-labelledby="case-reminders">
        <h2 id="case-reminders">{t.reminders}</h2>
        {file.reminders.length === 0 ? (
          <p class="muted">{t.noReminders}</p>
        ) : (
          <ul class="case-notes">
            {file.reminders.map((r) => (
              <li key={r.id} data-testid="case-reminder" data-fired={String(r.firedAt !== undefined)}>
                <b>{formatWhen(r.dueAt, lang)}</b> · {r.firedAt ? t.fired : t.pending} — {r.text}
              </li>
            ))}
          </ul>
        )}
      </section>
      {c.closedAt ? (
        <section class="section" aria-labelledby="case-letter">
          <h2 id="case-letter">{t.letter}</h2>
          <textarea
            class="letter"
            rows={12}
            readOnly
            lang={letterLang}
            value={letterFromNotes(file.notes, letterLang, c.customerName)}
          />
        </section>
      ) : (
        <WrapUp db={db} lang={lang} caseId={c.id} letterLang={letterLang} arm={arm} onClosed={() => setVersion((v) => v + 1)} />
      )}
    </div>
  );
}
