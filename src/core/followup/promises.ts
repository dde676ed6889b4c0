/**
 * Time commitments the agent makes ("ik bel u morgen om 15.00 uur terug", "you'll hear from me by
 * Friday"), so the panel can set a callback reminder at the promised moment and the checklist can
 * tick "a concrete time". Only the agent's own promises count: a customer's deadline ("ik wil het
 * uiterlijk vrijdag hebben") is not one, unless the caller says the text is an agreement.
 * How dates resolve (weekdays, office hours, end of day) is documented in ./when.ts.
 */

import { fold } from '../text';
import type { PhraseLang, Span } from '../types';
import { findWhenTokens, groupWhenTokens, resolveWhen, type Precision } from './when';
import { defuse } from '../defuse';

export type PromiseKind = 'callback' | 'reply' | 'action';

/** One time commitment: the span is the clause that holds it, `when` the time words inside it. */
export interface AgentPromise extends Span {
  /** Local time the promise falls due; never before the `now` it was found with. */
  due: Date;
  /** 'time' when a clock time or a number of hours/minutes was named, 'day' when only a day. */
  precision: Precision;
  /** callback = phone the customer; reply = answer by mail/message; action = do something. */
  kind: PromiseKind;
  /** The time expression itself, e.g. "morgen om 15.00 uur". */
  when: Span;
}

export interface FindPromisesOptions {
  /**
   * 'agent' (default): only clauses where the agent commits ("ik bel", "u hoort", "we'll send").
   * 'any': every dated clause counts; use it for call notes tagged 'agreed' or 'action', where
   * "klant krijgt uiterlijk vrijdag een nieuwe printer" is an agreement even without "ik".
   */
  speaker?: 'agent' | 'any';
}

// ---------- the agent's commitment words ----------

const ACTION_NL =
  'bel|bellen|terugbellen|opbellen|nabellen|contacteer|contacteren|laat|laten|mail|mailen|e-mail|e-mailen|stuur|sturen|' +
  'schrijf|schrijven|antwoord|beantwoord|beantwoorden|reageer|reageren|informeer|informeren|koppel|koppelen|terugkoppelen|' +
  'kom|komen|neem|nemen|hou|houd|houden|meld|melden|geef|geven|zoek|zoeken|uitzoeken|regel|regelen|zorg|zorgen|los|lossen|' +
  'oplossen|verwerk|verwerken|controleer|controleren|bekijk|bekijken|onderzoek|onderzoeken|pak|pakken|oppakken|lever|leveren|' +
  'vervang|vervangen|herstel|herstellen|repareer|repareren|betaal|betalen|terugbetalen|stort|storten|terugstorten|crediteer|' +
  'crediteren|boek|boeken|verstuur|versturen|verzend|verzenden|plan|plannen|inplannen|haal|halen|ophalen|breng|brengen|maak|maken';
const ACTION_EN =
  'call|ring|phone|contact|email|e-mail|mail|send|reply|respond|write|update|let|get|come|follow|look|check|sort|fix|arrange|' +
  'refund|replace|process|investigate|confirm|ship|deliver|credit|resolve|repair|book|schedule|pay|transfer|escalate|inform|' +
  'notify|deal|handle|ring';
const PASSIVE_NL =
  'teruggestort|gestort|terugbetaald|gecrediteerd|opgelost|verwerkt|hersteld|vervangen|geleverd|bezorgd|verzonden|verstuurd|' +
  'opgestuurd|toegestuurd|nagestuurd|gerepareerd|opgehaald|ingepland|uitgezocht|teruggebeld|gebeld|gemaild|beantwoord';
const PASSIVE_EN =
  'refunded|credited|replaced|sent|shipped|delivered|processed|resolved|fixed|repaired|called|contacted|collected|scheduled|booked|transferred|paid';

const SUBJ_NL = '(?:ik|wij|we)';
const SUBJ_EN = "(?:i|we)(?:['’](?:ll|d|m|re))?";
const GAP = '((?:\\s+[^\\s.,;!?]+){0,4}?)';

interface CueRule {
  re: RegExp;
  /** Subject + words + verb: the words in between must not turn it into a demand or a negation. */
  checked?: boolean;
}
const CUES_NL: CueRule[] = [
  { re: new RegExp(`\\b${SUBJ_NL}\\b${GAP}\\s+(?:${ACTION_NL})\\b`, 'g'), checked: true },
  { re: new RegExp(`\\b(?:${ACTION_NL})\\s+(?:ik|wij|we)\\b`, 'g') },
  { re: /\b(?:u|je|jij)\s+(?:hoort|ontvangt|krijgt)\b|\b(?:hoort|ontvangt|krijgt)\s+(?:u|je|jij)\b/g },
  { re: /\bu\s+kunt\s+(?:\S+\s+){0,5}?verwachten\b/g },
  { re: new RegExp(`\\b(?:wordt|worden)\\s+(?:\\S+\\s+){0,5}?(?:${PASSIVE_NL})\\b`, 'g') },
];
const CUES_EN: CueRule[] = [
  { re: new RegExp(`\\b${SUBJ_EN}${GAP}\\s+(?:${ACTION_EN})\\b`, 'g'), checked: true },
  { re: /\byou(?:['’]ll|\s+will|\s+should|\s+shall)\s+(?:\S+\s+){0,2}?(?:hear|receive|get|have)\b/g },
  {
    re: /\byou\s+(?:can|may|will|should|['’]ll)\s+expect\s+(?:a\s+call|an?\s+e-?mail|a\s+reply|an\s+answer|an\s+update|to\s+hear)\b/g,
  },
  { re: new RegExp(`\\b(?:will|shall|['’]ll)\\s+be\\s+(?:\\S+\\s+){0,2}?(?:${PASSIVE_EN})\\b`, 'g') },
];
// Shorthand in call notes without a subject: "terugbellen vrijdag 10u", "call back Fri 3pm".
const NOTE_CUES =
  /\b(?:terugbellen|nabellen|terugkoppelen|opbellen|bel\s+(?:klant|\S+\s+)?terug|klant\s+(?:bellen|mailen)|call\s*back|callback|ring\s+back|follow[\s-]?up|call\s+(?:the\s+)?customer|email\s+(?:the\s+)?customer)\b/g;
const REQUEST =
  /\b(?:graag|kunt\s+u|kan\s+u|wilt\s+u|zou\s+u|kun\s+je|wil\s+je|verzoek|verzoekt|vraagt|wil|wilt|eist|verwacht|please|can\s+you|could\s+you|would\s+you|wants?|needs?|expects?|asks?|asked|requests?)\b/;

// Between "ik" and the verb these turn a promise into a demand ("ik wil het ... hebben", "I expect a reply").
const DEMAND = new Set([
  'wil',
  'wilt',
  'willen',
  'verwacht',
  'verwachten',
  'eis',
  'eisen',
  'moet',
  'wens',
  'hoop',
  'vraag',
  'verzoek',
  'want',
  'wanted',
  'need',
  'needed',
  'expect',
  'demand',
  'wish',
  'insist',
  'require',
  'hope',
  'ask',
  'asked',
]);
const NEGATION = /^(?:niet|geen|nooit|not|never|no|cannot|can['’]t|won['’]t|don['’]t|didn['’]t|wouldn['’]t|couldn['’]t)$/;
// "…, u mij morgen terugbelt" / "call me back": someone acts on the writer, so the writer is the customer.
const ACTS_ON_WRITER = /^\s+(?:me|mij|ons|us)\b/;
// A clause with another subject does not borrow the agent's cue from the rest of the sentence.
const OTHER_SUBJECT = /\b(?:hij|zij|ze|klant|meneer|mevrouw|he|she|they|customer|client)\b/;

const CALLBACK = /\b(?:\w*bel\w*|gebeld|telefo\w*|call\w*|ring|phone\w*)\b/;
const REPLY =
  /\b(?:hoort|hoor|weten|\w*mail\w*|bericht|reactie|antwoord\w*|reageer\w*|informeer\w*|\w*koppel\w*|hoogte|contact\w*|terug|hear|know|reply|respond|update\w*|back|message|write|answer|inform\w*|notify|e-?mail\w*)\b/;

type CueState = 'yes' | 'blocked' | 'none';

function cueIn(folded: string, from: number, to: number, lang: PhraseLang | undefined): CueState {
  const piece = folded.slice(from, to);
  const rules = lang === 'nl' ? CUES_NL : lang === 'en' ? CUES_EN : [...CUES_NL, ...CUES_EN];
  let state: CueState = 'none';
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(piece)) !== null) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      if (!rule.checked || acceptable(m[1] ?? '', piece.slice(m.index + m[0].length))) return 'yes';
      state = 'blocked';
    }
  }
  NOTE_CUES.lastIndex = 0;
  if (state === 'none' && NOTE_CUES.test(piece)) return REQUEST.test(piece) ? 'blocked' : 'yes';
  if (state === 'none' && REQUEST.test(piece) && /\b(?:ik|i)\b/.test(piece)) return 'blocked';
  return state;
}

function acceptable(between: string, after: string): boolean {
  const words = between.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (NEGATION.test(w)) return false;
    if (DEMAND.has(w)) {
      // "ik wil u morgen terugbellen" and "I want to call you" are the agent's own plans.
      const next = words[i + 1];
      if (next !== 'u' && next !== 'je' && next !== 'graag' && next !== 'to') return false;
    }
  }
  if (ACTS_ON_WRITER.test(after)) return false;
  const following = after.trim().split(/\s+/).slice(0, 3);
  return !following.some((w) => NEGATION.test(w));
}

// ---------- sentences ----------

/** Sentence ranges; a period only ends a sentence before a capital, a line break or the end ("15.00 u. terug" stays whole). */
function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    let cut = -1;
    if (ch === '\n' || ch === '!' || ch === '?' || ch === '…') cut = i + 1;
    else if (ch === '.') {
      const rest = text.slice(i + 1, i + 3);
      if (i + 1 >= text.length || /^\s*$/.test(rest) || /^\s+[^\sa-z]/.test(rest) || rest.startsWith('\n')) {
        if (!/^\s+\d/.test(rest)) cut = i + 1;
      }
    }
    if (cut !== -1) {
      push(cut);
      start = cut;
    }
  }
  push(text.length);
  return out;
}

const PIECE_BREAK = /[,;]\s*|\s+(?:en|and|maar|but|of|or)\s+/g;
const LEAD_IN = /(?:\b(?:uiterlijk|voor|om|op|tegen|tussen|between|by|before|at|on|no\s+later\s+than)\s+)$/;

/**
 * Find the agent's time commitments in a draft or in call notes, each with its due moment.
 * `lang` limits the grammar to one language; without it both Dutch and English are read.
 * Promises whose moment has already passed (e.g. "vandaag om 9.00" written at 15.00) are left out.
 * @example
 * const now = new Date(2026, 10, 27, 10, 0); // Friday 27 Nov 2026, 10:00
 * findPromises('Ik bel u morgen om 15.00 uur terug.', now, 'nl')[0]
 * // → { text: 'Ik bel u morgen om 15.00 uur terug.', due: Sat 28 Nov 15:00, precision: 'time', kind: 'callback', … }
 */
export function findPromises(text: string, now: Date, lang?: PhraseLang, options: FindPromisesOptions = {}): AgentPromise[] {
  if (typeof text !== 'string' || !(now instanceof Date) || Number.isNaN(now.getTime()) || text.length === 0) return [];
  text = defuse(text);
  const folded = fold(text);
  const groups = groupWhenTokens(findWhenTokens(folded, now, lang), folded);
  if (groups.length === 0) return [];
  const out: AgentPromise[] = [];
  let gi = 0; // groups and sentences are both in text order: walk them together, not all against all
  for (const sentence of sentences(text)) {
    while (gi < groups.length && groups[gi]!.start < sentence.start) gi++;
    const inside: typeof groups = [];
    for (let k = gi; k < groups.length && groups[k]!.start < sentence.end; k++)
      if (groups[k]!.end <= sentence.end) inside.push(groups[k]!);
    if (inside.length === 0) continue;
    const sentenceCue = cueIn(folded, sentence.start, sentence.end, lang);
    // Cut the sentence between consecutive expressions, at the last clause break in between.
    let pieceStart = sentence.start;
    for (let i = 0; i < inside.length; i++) {
      const g = inside[i]!;
      let pieceEnd = sentence.end;
      const next = inside[i + 1];
      if (next) {
        pieceEnd = next.start;
        PIECE_BREAK.lastIndex = 0;
        const gap = folded.slice(g.end, next.start);
        let m: RegExpExecArray | null;
        let cutAt = -1;
        while ((m = PIECE_BREAK.exec(gap)) !== null) cutAt = g.end + m.index;
        if (cutAt !== -1) pieceEnd = cutAt;
      }
      const resolved = resolveWhen(g, now);
      if (resolved) {
        let cue = cueIn(folded, pieceStart, pieceEnd, lang);
        const pieceText = folded.slice(pieceStart, pieceEnd);
        if (cue === 'none' && sentenceCue === 'yes' && !OTHER_SUBJECT.test(pieceText)) cue = 'yes';
        if (cue === 'yes' || options.speaker === 'any') {
          const span = trimSpan(text, pieceStart, pieceEnd);
          let whenStart = g.start;
          const lead = LEAD_IN.exec(folded.slice(Math.max(pieceStart, g.start - 20), g.start));
          if (lead) whenStart = g.start - lead[0].length;
          out.push({
            ...span,
            due: resolved.due,
            precision: resolved.precision,
            kind: CALLBACK.test(pieceText) ? 'callback' : REPLY.test(pieceText) ? 'reply' : 'action',
            when: { start: whenStart, end: g.end, text: text.slice(whenStart, g.end) },
          });
        }
      }
      // The next piece starts after the break (skip the separator itself).
      pieceStart = pieceEnd;
      while (pieceStart < sentence.end && /[\s,;]/.test(text[pieceStart]!)) pieceStart++;
    }
  }
  return out;
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s,;]/.test(text[s]!)) s++;
  while (e > s && /[\s,;]/.test(text[e - 1]!)) e--;
  // A piece cut at "en"/"and" should not start with the conjunction.
  const conj = /^(?:en|and|maar|but|of|or)\s+/i.exec(text.slice(s, e));
  if (conj && s + conj[0].length < e) s += conj[0].length;
  return { start: s, end: e, text: text.slice(s, e) };
}
