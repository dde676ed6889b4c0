import { useState } from 'preact/hooks';
import { customerTypes, type ChecklistId, type ChecklistState, type PhraseLang } from '../../core';
import { CAUSE_CATEGORIES, CUSTOMER_TYPE_IDS, getDb, type Case, type SentimentSnapshot, type TriadeDb } from '../../db';
import { callStrings, fmt, formatWhen } from './strings';
import type { UiLang } from '../i18n/ui-lang';
import { useCaseReminders, type Arm } from './use-reminders';
import { useWrapUp, type ThreadCaseInput } from './use-wrap-up';

export type { ThreadCaseInput } from './use-wrap-up';

/**
 * "Afronden": cause, customer type, resolution, gestures, avoidable, the follow-up letter of
 * seed 000 (editable, with Copy), then close the case; for loyal or passionate customers, one
 * click sets the recall after a month. Give a `caseId` (call mode, case log) or a `thread`
 * (the e-mail flow: the case is created from the thread on close when it does not exist yet).
 */
export function WrapUp({
  db = getDb(),
  lang,
  caseId,
  thread,
  letterLang,
  checklist,
  sentimentClose,
  arm,
  onClosed,
}: {
  db?: TriadeDb;
  lang: UiLang;
  caseId?: string;
  thread?: ThreadCaseInput;
  letterLang?: PhraseLang;
  checklist?: Partial<Record<ChecklistId, ChecklistState>>;
  sentimentClose?: SentimentSnapshot;
  arm?: Arm;
  onClosed?: (c: Case) => void;
}) {
  const t = callStrings[lang];
  const w = useWrapUp(db, lang, caseId, thread, letterLang);
  const reminders = useCaseReminders(db, w.closed?.id ?? caseId ?? null, lang, arm);
  const [copyNote, setCopyNote] = useState<{ text: string; error?: boolean }>();
  const [busy, setBusy] = useState(false);
  const f = w.form;
  if (!f)
    return (
      <section class="section">
        <p class="muted">{w.error ?? t.call.loading}</p>
      </section>
    );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(f.letter);
      setCopyNote({ text: t.wrap.copied });
    } catch {
      setCopyNote({ text: t.wrap.copyFailed, error: true });
    }
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const c = await w.close(checklist, sentimentClose);
    setBusy(false);
    if (c) onClosed?.(c);
  };
  const recallSet = w.recall ? reminders.reminders.some((r) => r.kind === 'recall_month') : false;

  return (
    <form class="section wrap-up" aria-labelledby="wrap-head" onSubmit={(e) => void submit(e)} data-testid="wrap-up">
      <h2 id="wrap-head">{t.wrap.heading}</h2>
      <label class="field">
        {t.wrap.name}
        <input value={f.customerName} onInput={(e) => w.change({ customerName: e.currentTarget.value })} />
      </label>
      <label class="field">
        {t.wrap.cause}
        <select
          value={f.causeCategory}
          data-testid="cause"
          onChange={(e) => w.change({ causeCategory: e.currentTarget.value as typeof f.causeCategory })}
        >
          <option value="">{t.wrap.chooseCause}</option>
          {CAUSE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t.wrap.causes[c]}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        {t.wrap.type}
        <select
          value={f.customerType}
          data-testid="customer-type"
          onChange={(e) => w.change({ customerType: e.currentTarget.value as typeof f.customerType })}
        >
          <option value="">{t.wrap.chooseType}</option>
          {CUSTOMER_TYPE_IDS.map((id) => (
            <option key={id} value={id}>
              {customerTypes.find((c) => c.id === id)?.title[lang] ?? id}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        {t.wrap.resolution}
        <textarea rows={2} value={f.resolution} onInput={(e) => w.change({ resolution: e.currentTarget.value })} />
      </label>
      <label class="field">
        {t.wrap.gestures}
        <textarea rows={2} value={f.gestures} onInput={(e) => w.change({ gestures: e.currentTarget.value })} />
      </label>
      <label class="check-line">
        <input
          type="checkbox"
          checked={f.avoidable}
          data-testid="avoidable"
          onChange={(e) => w.change({ avoidable: e.currentTarget.checked })}
        />{' '}
        {t.wrap.avoidable}
      </label>
      {f.avoidable && (
        <label class="field">
          {t.wrap.avoidableReason}
          <input
            value={f.avoidableReason}
            maxLength={500}
            onInput={(e) => w.change({ avoidableReason: e.currentTarget.value })}
          />
        </label>
      )}
      <div class="section-head">
        <h3 class="field">{t.wrap.letter}</h3>
        <span class="lang-switch" role="group" aria-label={t.wrap.letterLang}>
          {(['nl', 'en'] as const).map((l) => (
            <button key={l} type="button" aria-pressed={f.letterLang === l} onClick={() => w.change({ letterLang: l })}>
              {l.toUpperCase()}
            </button>
          ))}
        </span>
      </div>
      <textarea
        class="letter"
        rows={12}
        lang={f.letterLang}
        value={f.letter}
        data-testid="letter"
        aria-label={t.wrap.letter}
        onInput={(e) => w.change({ letter: e.currentTarget.value })}
      />
      <div class="actions">
        <button type="button" class="btn quiet" onClick={w.regenerate}>
          {t.wrap.regenerate}
        </button>
        <button type="button" class="btn" onClick={() => void copy()}>
          {t.wrap.copy}
        </button>
      </div>
      {copyNote && <p class={`note${copyNote.error ? ' error' : ''}`}>{copyNote.text}</p>}
      {w.error && (
        <p class="note error" role="alert">
          {w.error}
        </p>
      )}
      {w.closed ? (
        <p class="ok-line" data-testid="closed">
          {t.wrap.closed}
        </p>
      ) : (
        <div class="actions">
          <button type="submit" class="btn primary" disabled={busy} data-testid="close-case">
            {t.wrap.close}
          </button>
        </div>
      )}
      {w.recall && (
        <div class="card" data-testid="recall">
          <p>{fmt(t.wrap.recall, { text: w.recall.text })}</p>
          {recallSet ? (
            <span class="ok-line">{fmt(t.wrap.recallDone, { when: formatWhen(w.recall.due, lang) })}</span>
          ) : (
            <div class="actions">
              <span class="muted">{fmt(t.wrap.recallWhen, { when: formatWhen(w.recall.due, lang) })}</span>
              <button
                type="button"
                class="btn primary"
                onClick={() => void reminders.add({ kind: 'recall_month', dueAt: w.recall!.due, text: w.recall!.text })}
              >
                {t.wrap.recallSet}
              </button>
            </div>
          )}
          {reminders.error && (
            <p class="note error" role="alert">
              {reminders.error}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
