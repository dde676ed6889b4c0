/**
 * The text the patterns run over: folded (lower case, accents stripped) with typographic
 * apostrophes made straight, always exactly as long as the draft so every index is shared.
 */
import { fold } from '../text';

const CURLY_APOSTROPHES = new Set(['\u2018', '\u2019', '\u02bc', '\u00b4']);
// Folding one character at a time is the slow part of a check; characters repeat, so remember them.
const foldedChar = new Map<string, string>();

function foldOne(ch: string): string {
  let out = foldedChar.get(ch);
  if (out === undefined) {
    const folded = fold(ch);
    out = CURLY_APOSTROPHES.has(ch) ? "'" : folded.length === 1 ? folded : ch;
    if (foldedChar.size < 4096) foldedChar.set(ch, out);
  }
  return out;
}

/**
 * Fold a draft for scanning: same result as `fold` (plus straight apostrophes), same length as the input.
 * @example toScanText('Dat KLOPT niet’s') === "dat klopt niet's"
 */
export function toScanText(draft: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < draft.length; i++) {
    const code = draft.charCodeAt(i);
    if (code < 0x80) continue; // ASCII: lower-cased in bulk below
    if (runStart < i) out += draft.slice(runStart, i).toLowerCase();
    // Surrogates (emoji and other astral characters, or lone halves) are kept as they are, like `fold` does.
    out += code >= 0xd800 && code <= 0xdfff ? draft[i]! : foldOne(draft[i]!);
    runStart = i + 1;
  }
  if (runStart < draft.length) out += draft.slice(runStart).toLowerCase();
  return out;
}
