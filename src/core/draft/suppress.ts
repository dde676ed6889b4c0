/**
 * When a matched phrase is not really said: it is negated ("ik zeg niet dat u ongelijk heeft",
 * "I'm not saying you're wrong", "het is niet uw schuld") or quoted ("u schreef 'kom niet terug'").
 */
import type { ScanLang } from '../types';
import type { Range } from '../text';

// A negation right before the phrase ("niet uw fout"), or a negated saying/thinking verb that
// frames it ("ik zeg niet dat …", "I don't think …"). The window ends where the phrase starts.
const NEGATED_BEFORE: Record<ScanLang, RegExp> = {
  nl: /(?:^|[^a-z0-9])(?:niet|nooit|geen)\s+(?:[^\s]+\s+){0,3}?(?:dat|zeggen|zeg|beweren|beweer|bedoel|bedoelen|suggereren|vind|vinden|denk|denken|beloven|beloof|garanderen|garandeer)\s+(?:[^\s]+\s+){0,2}$|(?:^|[^a-z0-9])(?:niet|nooit|geen)\s+(?:[^\s]+\s+)?$/,
  en: /(?:(?:^|[^a-z0-9])(?:not|never|dont|doesnt|didnt|cant|wont|isnt|arent|wasnt|wouldnt)|n't)\s+(?:[^\s]+\s+){0,3}?(?:that|saying|say|suggesting|suggest|mean|meaning|think|claiming|implying|promise|guarantee)\s+(?:[^\s]+\s+){0,2}$|(?:(?:^|[^a-z0-9])(?:not|never|isnt|wasnt)|n't)\s+(?:[^\s]+\s+)?$/,
  fr: /(?:^|[^a-z0-9])(?:ne|n'|pas|jamais)\s*(?:[^\s]+\s+){0,3}?(?:dis|dire|pretends|pense|suggere|promets|garantis)\s+(?:[^\s]+\s+){0,2}$|(?:^|[^a-z0-9])(?:pas|jamais)\s+(?:[^\s]+\s+){0,2}$/,
  de: /(?:^|[^a-z0-9])(?:nicht|nie|kein|keine)\s+(?:[^\s]+\s+){0,3}?(?:sagen|sage|behaupten|behaupte|meinen|meine|denken|denke|versprechen|garantieren)\s+(?:[^\s]+\s+){0,2}$|(?:^|[^a-z0-9])(?:nicht|nie|kein|keine)\s+(?:[^\s]+\s+)?$/,
};

// The negation must sit in the same clause: stop at sentence or clause punctuation.
const CLAUSE_BREAK = /[.!?;:,\n…]/;
const WINDOW = 60;
const CONDITION =
  /(?:^|[^a-z0-9])(?:if|unless|als|indien|tenzij|wenn|falls|sofern|si)\s+(?:[^\s]+\s+){0,4}?(?:[^\s]*n't|not|doesnt|dont|didnt|niet|geen|nicht|kein|keine|ne|n')(?![a-z0-9])/;

/**
 * True when the phrase starting at `start` in the folded text is negated by the words before it.
 * @example isNegated('ik zeg niet dat u ongelijk heeft', 16, 'nl') === true
 */
export function isNegated(scanText: string, start: number, lang: ScanLang): boolean {
  let from = start;
  const limit = Math.max(0, start - WINDOW);
  while (from > limit && !CLAUSE_BREAK.test(scanText[from - 1]!)) from--;
  if (from === start) return false;
  const clause = scanText.slice(from, start);
  // "If that doesn't help, please DM us": the negation belongs to the condition, not to what follows it.
  if (CONDITION.test(clause)) return false;
  return NEGATED_BEFORE[lang].test(clause);
}

const LETTER = /[\p{L}\p{N}]/u;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);

// Closing marks for each opening mark (German/Dutch low quotes close with either high quote).
const CLOSERS: Record<string, string> = {
  '"': '"',
  '\u201c': '\u201d', // “ … ”
  '\u201e': '\u201d\u201c', // „ … ” or „ … “
  '\u00ab': '\u00bb', // « … »
  '\u2018': '\u2019', // ‘ … ’
  "'": "'\u2019",
};
const MAX_QUOTE = 300;
// Every opening and closing mark above, by character code.
const QUOTE_CODES = new Set([...Object.keys(CLOSERS), ...Object.values(CLOSERS).join('')].map((c) => c.charCodeAt(0)));

function opensQuote(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch === "'") {
    // Not an apostrophe inside a word ("don't") nor a Dutch elision ("'s avonds", "'t").
    if (isLetter(text[i - 1]) || !isLetter(text[i + 1])) return false;
    return !(/[stn]/i.test(text[i + 1]!) && !isLetter(text[i + 2]));
  }
  if (ch === '"') return !isLetter(text[i - 1]) && !isSpace(text[i + 1]);
  return ch in CLOSERS;
}

function closesQuote(text: string, i: number, closers: string): boolean {
  const ch = text[i]!;
  if (!closers.includes(ch)) return false;
  if (ch === "'" || ch === '\u2019') return !isSpace(text[i - 1]) && !isLetter(text[i + 1]);
  if (ch === '"') return !isSpace(text[i - 1]);
  return true;
}

/**
 * Ranges of text inside quotation marks (marks included), on one line and at most 300 characters.
 * @example findQuotedRanges("u schreef 'kom niet terug'") // [{ start: 10, end: 26 }]
 */
export function findQuotedRanges(text: string, end: number = text.length): Range[] {
  const out: Range[] = [];
  let open = -1;
  let closers = '';
  for (let i = 0; i < end; i++) {
    // Most characters are neither a line break nor a quotation mark: test the code before making a string of it
    // (a draft of odd spaces would otherwise build one per character).
    const code = text.charCodeAt(i);
    if (code !== 10 && !QUOTE_CODES.has(code)) {
      if (open !== -1 && i - open > MAX_QUOTE) open = -1;
      continue;
    }
    const ch = text[i]!;
    if (open !== -1) {
      if (ch === '\n' || i - open > MAX_QUOTE) open = -1;
      else if (closesQuote(text, i, closers)) {
        out.push({ start: open, end: i + 1 });
        open = -1;
        continue;
      }
    }
    if (open === -1 && ch in CLOSERS && opensQuote(text, i)) {
      open = i;
      closers = CLOSERS[ch]!;
    }
  }
  // A draft that is mostly quotation marks around its own sentences (a statement pasted with its
  // quotes) quotes nobody: those are the writer's words and are checked as such.
  let quoted = 0;
  for (const q of out) quoted += q.end - q.start;
  // Nothing quoted: no need to count the rest (a long draft of odd spaces would test each one).
  if (quoted === 0) return out;
  let letters = 0;
  for (let i = 0; i < end; i++) if (!/\s/.test(text[i]!)) letters++;
  return quoted > 0 && quoted >= letters * 0.6 ? [] : out;
}

/**
 * True when [start, end) lies inside one of the quoted ranges (sorted, not overlapping).
 * Binary search, so a draft full of quotes and hits stays linear-logarithmic.
 * @example insideQuote([{ start: 10, end: 26 }], 11, 25) === true
 */
export function insideQuote(quotes: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = quotes.length - 1;
  let last = -1; // the last quote that starts at or before `start`
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start <= start) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last !== -1 && end <= quotes[last]!.end;
}
