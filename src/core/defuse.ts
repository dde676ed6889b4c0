/**
 * Defusing hostile text before any pattern runs over it. A customer controls the incoming mail, so a
 * mail of 50,000 blank lines or one 160,000-letter "word" must cost what ordinary prose of the same
 * length costs. Backtracking patterns are quadratic exactly on long runs of whitespace or word
 * characters; no real sentence has either, so the excess of such a run is replaced — character for
 * character, so every offset stays valid — by an invisible separator that no pattern matches.
 */
import { isAsciiWordCode } from './text';

/** Whitespace kept at the start of a run: enough for indentation and paragraph breaks. */
export const MAX_SPACE_RUN = 32;
/** Longest unbroken word: longer runs of letters and digits are cut every this many characters. */
export const MAX_WORD_RUN = 64;
/** U+2063 INVISIBLE SEPARATOR: not \s, not \w, not a letter; folds to itself. */
export const BARRIER = '\u2063';

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Same length as the input; only runs of more than {@link MAX_SPACE_RUN} whitespace characters or
 * more than {@link MAX_WORD_RUN} word characters change. Ordinary text comes back as the same string.
 * @example defuse('a' + ' '.repeat(40) + 'b') === 'a' + ' '.repeat(32) + '\u2063'.repeat(8) + 'b'
 */
export function defuse(text: string): string {
  // One pass over the character codes; nothing is copied until a run is cut, so ordinary text costs one scan.
  let out = '';
  let last = 0;
  let space = 0;
  let word = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = classify(text, i);
    if (kind === SPACE_CHAR) {
      word = 0;
      if (++space <= MAX_SPACE_RUN) continue;
    } else if (kind === WORD) {
      space = 0;
      if (++word <= MAX_WORD_RUN) continue;
      word = 0; // cut here, then the next piece may be as long again
    } else {
      space = 0;
      word = 0;
      continue;
    }
    out += text.slice(last, i) + BARRIER;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

const OTHER = 0;
const SPACE_CHAR = 1;
const WORD = 2;

// ASCII by code (the bulk of any mail); other characters by the Unicode classes.
function classify(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if (c === 32 || (c >= 9 && c <= 13)) return SPACE_CHAR;
    return isAsciiWordCode(c) ? WORD : OTHER;
  }
  const ch = text[i]!;
  return SPACE.test(ch) ? SPACE_CHAR : WORD_CHAR.test(ch) ? WORD : OTHER;
}
