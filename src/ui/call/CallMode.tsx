import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb, type Case, type TriadeDb } from '../../db';
import { checklistFromSteps, type PromiseOffer, type SpokenStep } from './coach';
import type { CoachInput } from '../analysis/analysis-client';
import { useCoachWorker } from '../analysis/use-analysis-worker';
import { CallTimer } from './CallTimer';
import { NoteField } from './NoteField';
import { PromiseOffers } from './PromiseOffers';
import { SayThisNow } from './SayThisNow';
import { SentimentTimeline } from './SentimentTimeline';
import { SpokenChecklist } from './SpokenChecklist';
import { callStrings, fmt } from './strings';
import type { UiLang } from '../i18n/ui-lang';
import { useCall, useNow } from './use-call';
import { useCallNotes } from './use-call-notes';
import { useManualTicks } from './use-manual-ticks';
import { useCaseReminders, type Arm } from './use-reminders';
import { WrapUp } from './WrapUp';

const NO_STEPS: SpokenStep[] = [];

const LANG_NAME: Record<UiLang, Record<string, string>> = {
  nl: { nl: 'Nederlands', en: 'Engels', fr: 'Frans', de: 'Duits', other: 'een andere taal' },
  en: { nl: 'Dutch', en: 'English', fr: 'French', de: 'German', other: 'another language' },
};

/**
 * Call mode: start/stop with a timer, tagged notes that save as they are typed, the customer's
 * mood over the call, the spoken triad, the line to say now, promised moments as one-click
 * reminders, and the wrap-up once the call has ended. An unfinished call is restored on open.
 */
export function CallMode({
  db = getDb(),
  lang,
  arm,
  onClosed,
}: {
  db?: TriadeDb;
  lang: UiLang;
  arm?: Arm;
  onClosed?: (c: Case) => void;
}) {
  const t = callStrings[lang];
  const call = useCall(db, lang);
  const caseId = call.case?.id ?? null;
  const notes = useCallNotes(db, caseId, lang);
  const [ticks, tick] = useManualTicks(caseId);
  const reminders = useCaseReminders(db, caseId, lang, arm);
  const [name, setName] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const [closed, setClosed] = useState<Case | null>(null);
  const now = useNow(call.phase === 'running');

  // A running call always has a field to type in.
  useEffect(() => {
    if (call.phase === 'running' && notes.loaded && notes.notes.length === 0) setFocusId(notes.add('customer_says'));
  }, [call.phase, notes.loaded, notes.notes.length]);

  // The coaching from the notes runs in the analysis worker; the screen shows its newest answer.
  const minute = Math.floor(Date.now() / 60_000) * 60_000;
  const customerName = call.case?.customerName;
  const coachInput = useMemo<CoachInput | null>(
    () =>
      caseId
        ? {
            notes: notes.notes.map((n) => ({ id: n.id, text: n.text, tag: n.tag, createdAt: n.createdAt })),
            uiLang: lang,
            manual: ticks,
            ...(customerName ? { customerName } : {}),
            now: minute,
          }
        : null,
    [caseId, notes.notes, lang, ticks, customerName, minute],
  );
  const coach = useCoachWorker(coachInput);
  // Current: the answer is for the notes on screen (the wrap-up's letter language is taken from it once).
  const coachCurrent = coach.input !== null && coach.input === coachInput;
  const speech = coach.result?.speech ?? { lang };
  const steps = coach.result?.steps ?? NO_STEPS;
  const next = steps.find((s) => !s.done)?.id ?? null;
  const cards = coach.result?.cards ?? [];
  const offers = coach.result?.offers ?? [];
  // The wrap-up reads its letter language once: from the coaching of the notes as they were at the end.
  const [wrapLang, setWrapLang] = useState<{ caseId: string; lang: UiLang } | null>(null);
  useEffect(() => {
    if (call.phase === 'ended' && caseId && coachCurrent && wrapLang?.caseId !== caseId)
      setWrapLang({ caseId, lang: speech.lang });
  }, [call.phase, caseId, coachCurrent, speech.lang, wrapLang]);
  const moods = notes.notes.filter((n) => n.tag === 'customer_says' && n.sentiment).map((n) => n.sentiment!);
  const isSet = (o: PromiseOffer) => reminders.reminders.some((r) => Date.parse(r.dueAt) === o.due.getTime());

  if (call.phase === 'loading') return <p class="muted">{t.call.loading}</p>;

  if (call.phase === 'idle') {
    return (
      <section class="section call-start" aria-labelledby="call-head" data-testid="call-mode" data-phase="idle">
        <h2 id="call-head">{t.call.heading}</h2>
        <label class="field">
          {t.call.customer}
          <input value={name} data-testid="customer-name" onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <div class="actions">
          <button
            type="button"
            class="btn primary"
            data-testid="start-call"
            onClick={() => void call.start(name).then(() => setName(''))}
          >
            {t.call.start}
          </button>
        </div>
        {call.error && (
          <p class="note error" role="alert">
            {call.error}
          </p>
        )}
      </section>
    );
  }

  const started = Date.parse(call.case!.openedAt);
  const ended = call.endedAt ? Date.parse(call.endedAt) : undefined;
  const langNote =
    speech.heard && speech.heard !== speech.lang
      ? fmt(t.say.otherLang, {
          lang: LANG_NAME[lang][speech.heard] ?? speech.heard,
          ui: LANG_NAME[lang][speech.lang] ?? speech.lang,
        })
      : undefined;
  const lastMood = moods[moods.length - 1];

  return (
    <div
      class="call"
      data-testid="call-mode"
      data-phase={call.phase}
      data-case-id={caseId ?? ''}
      data-notes={notes.loaded ? 'loaded' : 'loading'}
    >
      <section class="section" aria-labelledby="call-head">
        <div class="section-head">
          <h2 id="call-head">
            {call.phase === 'running' ? t.call.running : t.call.ended}
            {call.case?.customerName ? ` · ${call.case.customerName}` : ''}
          </h2>
          <CallTimer label={t.call.timer} ms={(ended ?? now) - started} />
        </div>
        {call.restored && (
          <p class="note" data-testid="restored">
            {t.call.restored}
          </p>
        )}
        {call.phase === 'running' && (
          <div class="actions">
            <button type="button" class="btn" data-testid="stop-call" onClick={() => void notes.flush().then(() => call.stop())}>
              {t.call.stop}
            </button>
          </div>
        )}
        {closed && (
          <div class="actions">
            <button
              type="button"
              class="btn primary"
              data-testid="new-call"
              onClick={() => {
                setClosed(null);
                call.reset();
              }}
            >
              {t.call.newCall}
            </button>
          </div>
        )}
        {call.error && (
          <p class="note error" role="alert">
            {call.error}
          </p>
        )}
      </section>

      <section class="section" aria-labelledby="notes-head">
        <div class="section-head">
          <h2 id="notes-head">{t.notes.heading}</h2>
          <span class="muted">{t.notes.keys}</span>
        </div>
        <ol class="call-notes">
          {notes.notes.map((n) => (
            <NoteField
              key={n.id}
              t={t}
              note={n}
              focus={n.id === focusId}
              onText={(text) => notes.setText(n.id, text)}
              onTag={(tag) => notes.setTag(n.id, tag)}
              onEnter={() => {
                const tail = notes.notes[notes.notes.length - 1];
                setFocusId(
                  tail && tail.text === '' && tail.id !== n.id
                    ? tail.id
                    : notes.add(n.tag === 'customer_says' ? 'customer_says' : 'none'),
                );
              }}
              onRetry={() => notes.retry(n.id)}
            />
          ))}
        </ol>
      </section>

      <section class="section" aria-labelledby="mood-head">
        <h2 id="mood-head">{t.mood.heading}</h2>
        <SentimentTimeline
          points={moods}
          label={t.mood.label}
          empty={t.mood.empty}
          lastText={lastMood ? fmt(t.mood.last, { label: t.mood.labels[lastMood.label] ?? lastMood.label }) : undefined}
        />
      </section>

      <SpokenChecklist t={t} steps={steps} onTick={tick} />
      {call.phase === 'running' && <SayThisNow t={t} step={next} cards={cards} langNote={langNote} />}
      <PromiseOffers
        t={t}
        lang={lang}
        offers={offers}
        isSet={isSet}
        error={reminders.error}
        onSet={(o) => void reminders.add({ kind: o.kind, dueAt: o.due, text: `${t.promise.text[o.kind]}: ${o.text}` })}
      />
      {coach.tooLong && (
        <p class="note error" role="status" data-testid="analysis-too-long">
          {t.call.tooLong}
        </p>
      )}
      {call.phase === 'ended' && caseId && wrapLang?.caseId === caseId && (
        <WrapUp
          db={db}
          lang={lang}
          caseId={caseId}
          letterLang={wrapLang.lang}
          checklist={checklistFromSteps(steps)}
          arm={arm}
          onClosed={(c) => {
            setClosed(c);
            onClosed?.(c);
          }}
        />
      )}
    </div>
  );
}
