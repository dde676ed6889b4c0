/**
 * The triad as a spoken checklist for call mode: while the agent types notes during a call, tick
 * what the conversation has covered — understanding shown, sorry said, facts gathered, summarised,
 * next steps agreed, and a concrete time promised (seed 000, "Oplossen": facts, summary, next steps,
 * how much time we need).
 */

import { fold } from '../text';
import type { PhraseLang } from '../types';
import type { TaggedNote } from './letter';
import { findPromises } from './promises';

export type CallStepId = 'understanding' | 'sorry' | 'facts' | 'summary' | 'next_steps' | 'when';

export interface CallStep {
  id: CallStepId;
  done: boolean;
  /** The note and the words in it that ticked the step. */
  evidence?: { noteIndex: number; start: number; end: number; text: string };
}

const STEPS: CallStepId[] = ['understanding', 'sorry', 'facts', 'summary', 'next_steps', 'when'];

// Words the agent writes in notes after doing the step ("begrip getoond", "apologised").
const WORDS: Record<'understanding' | 'sorry' | 'summary' | 'next_steps', Record<PhraseLang, RegExp>> = {
  understanding: {
    nl: /\b(?:begrip\w*|begrijp\w*|vervelend|kan\s+me\s+(?:goed\s+)?voorstellen|snap\s+(?:het|dat)|erkend|erken\w*|geluisterd|laten\s+uitpraten|uit\s*laten\s+praten|meegeleefd|empathie|ik\s+zou\s+ook)\b/,
    en: /\b(?:understand\w*|understood|acknowledg\w*|empathi\w*|sympathi\w*|listened|let\s+(?:him|her|them)\s+vent|frustrating|can\s+imagine|must\s+(?:be|have\s+been))\b/,
  },
  sorry: {
    nl: /\b(?:excuses|excuus|sorry|spijt|verontschuldig\w*)\b/,
    en: /\b(?:apolog\w*|sorry|regret\w*)\b/,
  },
  summary: {
    nl: /\b(?:samengevat|samenvatting|vat\s+samen|samen\s*te\s*vatten|herhaald|teruggekoppeld\s+wat|klopt\s+het\s+dat|gecheckt\s+of\s+ik|nagevraagd\s+of\s+ik)\b/,
    en: /\b(?:summari[sz]\w*|recap\w*|repeated\s+back|read\s+back|paraphras\w*|confirmed\s+(?:my\s+)?understanding|checked\s+i\s+understood)\b/,
  },
  next_steps: {
    nl: /\b(?:afgesproken|afspraak|volgende\s+stap\w*|vervolgstap\w*)\b/,
    en: /\b(?:agreed|next\s+steps?|follow[\s-]?up\s+plan)\b/,
  },
};
// "geen excuses", "no apology": the word is there, the step is not.
const NEGATED = /\b(?:geen|niet|no|not|without|zonder)\s+(?:\w+\s+)?$/;
// Facts worth writing down: order / invoice / ticket numbers, dates, amounts.
const FACT =
  /(?:#\s?\d{3,}|\b(?:order|bestel\w*|factuur\w*|invoice|ticket|klantnummer|dossier\w*|referentie|reference|case)\s*(?:nr\.?|nummer|number|no\.?)?\s*:?\s*#?[a-z]{0,3}\d{3,}|\b\d{5,}\b|\b\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?\b|€\s?\d+(?:[.,]\d{2})?|\b\d+(?:[.,]\d{2})?\s?(?:euro|eur)\b|\b\d{1,2}\s+(?:jan|feb|mrt|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)\w*\b)/;

function first(re: RegExp, note: TaggedNote, index: number): CallStep['evidence'] | undefined {
  const folded = fold(note.text);
  const g = new RegExp(re.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = g.exec(folded)) !== null) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    if (NEGATED.test(folded.slice(Math.max(0, m.index - 20), m.index))) continue;
    return {
      noteIndex: index,
      start: m.index,
      end: m.index + m[0].length,
      text: note.text.slice(m.index, m.index + m[0].length),
    };
  }
  return undefined;
}
const whole = (note: TaggedNote, index: number): CallStep['evidence'] => ({
  noteIndex: index,
  start: 0,
  end: note.text.length,
  text: note.text,
});

/**
 * Tick the spoken triad from the call notes. What the customer says (tag 'customer_says') never
 * ticks the agent's steps, except facts: an order number the customer reads out is still a fact.
 * `now` resolves promised times; only whether a time was promised matters here.
 * @example
 * scoreCallNotes([{ text: 'Excuses aangeboden', tag: 'none' }, { text: 'Ik bel morgen om 15.00 terug', tag: 'agreed' }], 'nl')
 *   .filter((s) => s.done).map((s) => s.id) // ['sorry', 'next_steps', 'when']
 */
export function scoreCallNotes(notes: readonly TaggedNote[], lang: PhraseLang, now: Date = new Date()): CallStep[] {
  const list = Array.isArray(notes)
    ? (notes as readonly (TaggedNote | undefined)[]).filter((n): n is TaggedNote => !!n && typeof n.text === 'string')
    : [];
  const found = new Map<CallStepId, CallStep['evidence']>();
  const set = (id: CallStepId, ev: CallStep['evidence'] | undefined) => {
    if (ev && !found.has(id)) found.set(id, ev);
  };
  // Notes are often mixed-language shorthand: try the chosen language, then the other.
  const langs: PhraseLang[] = lang === 'en' ? ['en', 'nl'] : ['nl', 'en'];
  list.forEach((note, i) => {
    const own = note.tag !== 'customer_says';
    if (note.tag === 'fact') set('facts', whole(note, i));
    set('facts', first(FACT, note, i));
    if (!own) return;
    for (const l of langs) {
      set('understanding', first(WORDS.understanding[l], note, i));
      set('sorry', first(WORDS.sorry[l], note, i));
      set('summary', first(WORDS.summary[l], note, i));
      set('next_steps', first(WORDS.next_steps[l], note, i));
    }
    if (note.tag === 'agreed' || note.tag === 'action') set('next_steps', whole(note, i));
    const speaker = note.tag === 'agreed' || note.tag === 'action' ? 'any' : 'agent';
    const promise = findPromises(note.text, now, undefined, { speaker })[0];
    if (promise) set('when', { noteIndex: i, start: promise.start, end: promise.end, text: promise.text });
  });
  return STEPS.map((id) => {
    const evidence = found.get(id);
    return evidence ? { id, done: true, evidence } : { id, done: false };
  });
}
