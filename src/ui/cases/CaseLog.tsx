import { useState } from 'preact/hooks';
import { getDb, type TriadeDb } from '../../db';
import { callStrings, fmt, formatWhen } from '../call/strings';
import type { UiLang } from '../i18n/ui-lang';
import { TransferBar } from './TransferBar';
import { useCaseList, type PeriodChoice } from './use-cases';

/** The case log: newest first, a period filter, open a case; export and import. */
export function CaseLog({ db = getDb(), lang, onOpen }: { db?: TriadeDb; lang: UiLang; onOpen: (caseId: string) => void }) {
  const t = callStrings[lang].cases;
  const [period, setPeriod] = useState<PeriodChoice>('30');
  const { page, error } = useCaseList(db, period, lang);
  return (
    <section class="section" aria-labelledby="cases-head" data-testid="case-log">
      <div class="section-head">
        <h2 id="cases-head">{t.heading}</h2>
        <label class="muted">
          {t.period}{' '}
          <select value={period} onChange={(e) => setPeriod(e.currentTarget.value as PeriodChoice)}>
            {(['7', '30', '90', 'all'] as const).map((p) => (
              <option key={p} value={p}>
                {t.periods[p]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p class="note error" role="alert">
          {error}
        </p>
      )}
      {page &&
        (page.cases.length === 0 ? (
          <p class="muted">{t.empty}</p>
        ) : (
          <p class="muted">{page.total === 1 ? t.countOne : fmt(t.count, { n: page.total })}</p>
        ))}
      <ul class="case-list">
        {page?.cases.map((c) => (
          <li key={c.id} data-testid="case-row" data-case-id={c.id}>
            <button type="button" class="case-row" onClick={() => onOpen(c.id)}>
              <b>{c.customerName || t.anonymous}</b>
              <span class="muted">
                {t.channels[c.channel] ?? c.channel} · {formatWhen(c.openedAt, lang)} ·{' '}
                {c.closedAt ? fmt(t.closedAt, { when: formatWhen(c.closedAt, lang) }) : t.open}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <TransferBar db={db} lang={lang} />
    </section>
  );
}
