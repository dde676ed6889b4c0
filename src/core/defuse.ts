/**
 * Defusing hostile text before any pattern runs over it. A customer controls the incoming mail, so a
 * mail of 50,000 blank lines or one 160,000-letter "word" must cost what ordinary prose of the same
 * length costs. Backtracking patterns are quadratic exactly on long runs of whitespace or word
 * characters; no real sentence has either, so the excess of such a run is replaced — character for
 * character, so every offset stays valid — by an invisible separator that no pattern matches.
 */

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
  if (!hasLongRun(text)) return text;
  let out = '';
  let last = 0;
  let space = 0;
  let word = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (SPACE.test(ch)) {
      word = 0;
      if (++space <= MAX_SPACE_RUN) continue;
    } else if (WORD_CHAR.test(ch)) {
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

// A cheap pre-check so ordinary text pays one pass over its character codes and no copying. ASCII is
// classed by code (the bulk of any mail); only other characters take the Unicode test.
function hasLongRun(text: string): boolean {
  let space = 0;
  let word = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let isSpace: boolean;
    let isWord: boolean;
    if (c < 128) {
      isSpace = c === 32 || (c >= 9 && c <= 13);
      isWord = !isSpace && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
    } else {
      const ch = text[i]!;
      isSpace = SPACE.test(ch);
      isWord = !isSpace && WORD_CHAR.test(ch);
    }
    if (isSpace) {
      word = 0;
      if (++space > MAX_SPACE_RUN) return true;
    } else if (isWord) {
      space = 0;
      if (++word > MAX_WORD_RUN) return true;
    } else {
      space = 0;
      word = 0;
    }
  }
  return false;
}
