/**
 * What the call screen derives from the notes: the customer's language, the spoken triad with
 * hand ticks, the "say this now" cards, promised moments, and the figures stored at close.
 * Pure functions over the notes, so they are tested without a page.
 */
import {
  analyzeIncoming,
  findPromises,
  phraseCards,
  renderCard,
  scoreCallNotes,
  suggest,
  type Card,
  type CallStepId,
  type ChecklistId,
  type ChecklistState,
  type Lang,
  type PhraseLang,
} from '../../core';
import { sentimentSnapshot } from '../../core/sentiment-score';
import type { NoteTag, SentimentSnapshot } from '../../db';

export interface NoteLike {
  id: string;
  text: string;
  tag: NoteTag;
  createdAt: string;
  sentiment?: SentimentSnapshot;
}

const said = (notes: readonly NoteLike[]) => notes.filter((n) => n.tag === 'customer_says' && n.text.trim() !== '');

/** The language to answer in: what the customer's notes are written in when nl/en, else the UI language. */
export function customerLanguage(notes: readonly NoteLike[], uiLang: PhraseLang): { lang: PhraseLang; heard?: Lang } {
  const text = said(notes)
    .map((n) => n.text)
    .join('\n');
  if (text.trim().length < 12) return { lang: uiLang };
  const heard = analyzeIncoming(text).lang;
  return heard === 'nl' || heard === 'en' ? { lang: heard, heard } : { lang: uiLang, heard };
}

export interface SpokenStep {
  id: CallStepId;
  done: boolean;
  byHand: boolean;
  evidence?: string;
}

/** The triad as said in the call: ticked from the notes, or by hand (a hand tick wins both ways). */
export function spokenSteps(
  notes: readonly NoteLike[],
  lang: PhraseLang,
  manual: Partial<Record<CallStepId, boolean>>,
  now = new Date(),
): SpokenStep[] {
  return scoreCallNotes(
    notes.map((n) => ({ text: n.text, tag: n.tag })),
    lang,
    now,
  ).map((s) => {
    const hand = manual[s.id];
    return { id: s.id, done: hand ?? s.done, byHand: hand !== undefined, ...(s.evidence ? { evidence: s.evidence.text } : {}) };
  });
}

// Which library cards say each spoken step out loud (ids are `<kind>.<topic>.<lang>.<n>`).
const STEP_CARD: Record<CallStepId, (c: { id: string; kind: string }) => boolean> = {
  understanding: (c) => c.kind === 'empathy',
  sorry: (c) => c.kind === 'apology',
  facts: (c) => c.id.startsWith('solution.facts.'),
  summary: (c) => c.id.startsWith('solution.summary.'),
  next_steps: (c) => c.id.startsWith('solution.next_step.'),
  when: (c) => c.id.startsWith('solution.time.'),
};

/** Lines for one step, in the customer's language, fitted to what the customer said. */
export function cardsForStep(
  step: CallStepId,
  notes: readonly NoteLike[],
  lang: PhraseLang,
  customerName: string | undefined,
  now = new Date(),
): Card[] {
  const text = said(notes)
    .map((n) => n.text)
    .join('\n');
  const incoming = text.trim() ? analyzeIncoming(text) : undefined;
  const picked = suggest({ incoming, lang, customerName, now }).filter(STEP_CARD[step]);
  if (picked.length) return picked.slice(0, 2);
  // suggest() leaves out the summary line and the facts line once facts are known; take them from the library.
  const lib = phraseCards.find((c) => c.lang === lang && STEP_CARD[step](c));
  if (!lib) return [];
  const satisfies: ChecklistId = step === 'when' ? 'time_commitment' : 'solution';
  return [{ id: lib.id, kind: lib.kind, lang, text: renderCard(lib.text, { name: customerName }), reason: '', satisfies }];
}

export interface PromiseOffer {
  noteId: string;
  due: Date;
  /** The clause that holds the promise. */
  text: string;
  kind: 'callback' | 'promise';
}

/**
 * Time commitments in the notes. An 'agreed' or 'action' note is an agreement even without "ik",
 * so any dated clause counts there; elsewhere only the agent's own promises.
 */
export function promiseOffers(notes: readonly NoteLike[]): PromiseOffer[] {
  const out: PromiseOffer[] = [];
  for (const n of notes) {
    if (!n.text.trim()) continue;
    const speaker = n.tag === 'agreed' || n.tag === 'action' ? 'any' : 'agent';
    // Relative times ("morgen", "over een uur") count from when the note was started.
    // Both grammars: agents write notes in mixed Dutch/English shorthand, whatever the UI language.
    // Every promise in the note: "verstuurd morgen, ik bel om 15.00 terug" holds two moments to keep.
    for (const p of findPromises(n.text, new Date(n.createdAt), undefined, { speaker })) {
      out.push({ noteId: n.id, due: p.due, text: p.text, kind: p.kind === 'callback' ? 'callback' : 'promise' });
    }
  }
  return out;
}

/** The spoken steps in the case log's checklist terms, as far as they map. */
export function checklistFromSteps(steps: readonly SpokenStep[]): Partial<Record<ChecklistId, ChecklistState>> {
  const done = (id: CallStepId) => steps.find((s) => s.id === id)?.done ?? false;
  const state = (b: boolean): ChecklistState => (b ? 'done' : 'missing');
  return {
    understanding: state(done('understanding')),
    apology: state(done('sorry')),
    // Solving = facts, summary and next steps together (seed 000); the next step is the part that must be there.
    solution: state(done('next_steps') && (done('facts') || done('summary'))),
    time_commitment: state(done('when')),
  };
}

/** The customer's mood at the end: what they said last (earlier anger must not hide that it turned). */
export function closingSentiment(notes: readonly NoteLike[]): SentimentSnapshot | undefined {
  const last = said(notes).at(-1);
  if (!last) return undefined;
  return sentimentSnapshot(analyzeIncoming(last.text).sentiment);
}
