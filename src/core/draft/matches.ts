/**
 * Run a compiled pattern over the folded draft and keep only the hits that are really said.
 */
import type { PhraseLang, ScanLang } from '../types';
import type { Range } from '../text';
import { insideQuote, isNegated } from './suppress';

export interface ScanInput {
  /** Folded agent's own words (quoted history and signature cut off); indexes equal the draft's. */
  body: string;
  lang: PhraseLang;
  /** The language the draft is written in, which picks the patterns (fr/de drafts get their own). */
  scan: ScanLang;
  /** Quoted ranges in the body, sorted. */
  quotes: readonly Range[];
}

/**
 * Every hit of a global regex in the body that is neither negated nor quoted, in text order.
 * @example liveHits(/sorry/g, { body: 'not sorry. sorry!', lang: 'en', scan: 'en', quotes: [] }) // [{ start: 11, end: 16 }]
 */
export function liveHits(re: RegExp, input: ScanInput, limit = Infinity, accept?: (hit: Range) => boolean): Range[] {
  const out: Range[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input.body)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (isNegated(input.body, start, input.scan) || insideQuote(input.quotes, start, end)) continue;
    const hit = { start, end };
    if (accept && !accept(hit)) continue;
    out.push(hit);
    if (out.length >= limit) break;
  }
  re.lastIndex = 0;
  return out;
}

const SENTENCE_BREAK = /[.!?…\n]/;
// A "sentence" longer than this is pasted text, not prose: look no further back.
const MAX_SENTENCE = 300;

/** Start of the sentence holding `index`: just after the previous . ! ? … or line break. */
export function sentenceStart(text: string, index: number): number {
  const limit = Math.max(0, index - MAX_SENTENCE);
  let i = index;
  while (i > limit && !SENTENCE_BREAK.test(text[i - 1]!)) i--;
  return i;
}

/**
 * `sentenceStart` for many indices in non-decreasing order, in one pass over the text (not one walk back per index).
 * @example const startOf = sentenceStarts(text); startOf(12); startOf(40)
 */
export function sentenceStarts(text: string): (index: number) => number {
  let scanned = 0;
  let lastBreak = -1;
  let prev = 0;
  return (index) => {
    if (index < prev) return sentenceStart(text, index);
    prev = index;
    for (; scanned < index; scanned++) if (SENTENCE_BREAK.test(text[scanned]!)) lastBreak = scanned;
    return Math.max(lastBreak + 1, index - MAX_SENTENCE, 0);
  };
}

/** End of the sentence holding `index`: at the next . ! ? … or line break (or the end of the text). */
export function sentenceEnd(text: string, index: number): number {
  const limit = Math.min(text.length, index + MAX_SENTENCE);
  let i = index;
  while (i < limit && !SENTENCE_BREAK.test(text[i]!)) i++;
  return i;
}
