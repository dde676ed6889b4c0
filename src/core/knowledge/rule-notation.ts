/**
 * The pattern notation of the built-in rules (the don'ts in ./dont-rules.ts, the checklist's
 * cues in ./checklist.ts), compiled here into regex sources; the data files hold only patterns.
 *
 * Patterns are regex sources over FOLDED text (see `fold` in ../text.ts: lower case,
 * accents stripped; the draft checker also straightens typographic apostrophes). Pattern notation, expanded by
 * `expandPattern` so the data stays readable:
 *   - a literal space matches any run of whitespace, line breaks included;
 *   - `{w}` is one word (no whitespace, no sentence punctuation), for bounded gaps like `(?:{w} ){0,3}`;
 *   - `{S}` asserts that the word or group right after it starts a sentence; `{E}` asserts a sentence end
 *     just ahead.
 * Every pattern is wrapped in letter/digit boundaries, so `morgen` never fires inside `goedemorgen`.
 * Gaps are always bounded (`{0,n}`) so scanning stays linear in the draft length.
 */
const LETTER_BOUNDARY = '(?<![a-z0-9])';
// Not across the invisible separator that defuse() puts into endless runs: a word ends there.
const WORD = String.raw`[^\s.!?\u2063]+`;
const SENTENCE_END = String.raw`(?=\s*(?:[.!?…\n]|$))`;
// Checked AFTER the first token has matched: a look-behind at the very start of a pattern would be
// tried at every position of the draft and stop the regex engine from skipping ahead on the first letter.
const SENTENCE_BEFORE = String.raw`(?:^|[.!?…\n])\s{0,20}`;

/** The first token after `{S}`: a group (with an optional `?`) or a run of letters. */
function firstToken(body: string, from: number): string {
  if (body.startsWith('(', from)) {
    let depth = 0;
    for (let i = from; i < body.length; i++) {
      const ch = body[i];
      if (ch === '\\') {
        i++;
        continue;
      }
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) return body.slice(from, body[i + 1] === '?' ? i + 2 : i + 1);
    }
    throw new Error(`unbalanced group after {S} in ${body}`);
  }
  const word = /^[a-z']+/.exec(body.slice(from));
  if (!word) throw new Error(`{S} must be followed by a word or a group in ${body}`);
  return word[0];
}

/**
 * Expand the pattern notation described at the top of this file into a plain regex source.
 * @example expandPattern('ik weet {w} niet') === '(?<![a-z0-9])(?:ik\\s+weet\\s+[^\\s.!?\\u2063]+\\s+niet)(?![a-z0-9])'
 */
export function expandPattern(source: string): string {
  let body = source
    .replace(/ /g, String.raw`\s+`)
    .replace(/\{w\}/g, WORD)
    .replace(/\{E\}/g, SENTENCE_END);
  for (let at = body.indexOf('{S}'); at !== -1; at = body.indexOf('{S}')) {
    const token = firstToken(body, at + 3);
    body = `${body.slice(0, at)}${token}(?<=${SENTENCE_BEFORE}${token})${body.slice(at + 3 + token.length)}`;
  }
  return `${LETTER_BOUNDARY}(?:${body})(?![a-z0-9])`;
}

/**
 * Compile a list of pattern sources into one global regex (one pass over the text per list).
 * @example compilePatterns(['geen idee', 'weet ik veel']).test('nou, geen idee') === true
 */
export function compilePatterns(sources: readonly string[]): RegExp {
  // Every expanded pattern starts with the same letter boundary, and none starts on whitespace or on the separator
  // defuse() puts into endless runs. Tested once in front of the alternatives, these let V8's regexp interpreter (which
  // runs a pattern until it is compiled to machine code, and again once that code is flushed) pass 200 KB of blank
  // lines, or one endless word, with a test or two per character instead of trying every alternative: 0.6 s → 60 ms.
  // Zero-width spaces and joiners are no whitespace to \s but start no pattern either: a draft of them costs the same.
  const bodies = sources.map((source) => expandPattern(source).slice(LETTER_BOUNDARY.length));
  return new RegExp(`${LETTER_BOUNDARY}(?=[^\\s\\u2063\\u200b-\\u200f\\u2060\\ufeff])(?:${bodies.join('|')})`, 'g');
}

/**
 * True when a pattern source is usable: it compiles, cannot match the empty string (which would flag
 * every draft), and uses spaces only as word gaps. A trailing space, or a space before a quantifier
 * (" ?" reads as "optional space" but expands to "one or more"), could silently never match.
 * @example isUsablePattern('geen idee') === true && isUsablePattern('10 ?%') === false
 */
export function isUsablePattern(source: string): boolean {
  if (source.endsWith(' ') || / [?*+]| \{\d/.test(source)) return false;
  try {
    return !new RegExp(expandPattern(source)).test('');
  } catch {
    return false;
  }
}
