/**
 * Text helpers shared by the incoming analysis and the draft checker.
 * Every helper keeps character offsets intact so spans point into the original text.
 */

const COMBINING = /[\u0300-\u036f]/g;

/** An ASCII word character by its code (0-9, A-Z, a-z, _): what \w and \b mean in a pattern without the u flag. */
export function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
// Phones and word processors type the typographic apostrophe (’, ‘, ʼ): patterns are written with ' ("j'ai", "don't").
const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u2032']);

/**
 * Lower-case and strip accents, keeping the string length equal to the input
 * so an index in the folded text is the same index in the original.
 * @example fold('Één Keer') === 'een keer'
 * @example fold('J’ai appelé') === "j'ai appele"
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    if (APOSTROPHES.has(ch)) {
      out += "'";
      continue;
    }
    if (ch.length !== 1) {
      out += ch; // astral (emoji): nothing to fold
      continue;
    }
    const base = ch.normalize('NFD').replace(COMBINING, '').toLowerCase();
    if (base.length === 1) out += base;
    else {
      // Folding would change the length (e.g. 'İ'): fall back to a same-length lower case or the char itself.
      const lower = ch.toLowerCase();
      out += lower.length === 1 ? lower : ch;
    }
  }
  return out;
}

export interface Range {
  start: number;
  end: number;
}

export interface Sentence extends Range {
  text: string;
}

/** Split into sentences on . ! ? … and line breaks; offsets point into the input. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?…\n]+(?:[.!?…]+|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

// Lines that open quoted history in replies: "Op di 24 nov. 2026 om 10:12 schreef X:", "On Tue, … wrote:",
// Outlook's header block, and the usual forwarded/original-message separators.
const QUOTE_HEADER = [
  /^\s*op\s.{3,120}\s(?:schreef|heeft\s.{0,40}geschreven)\b.*:?\s*$/i,
  /^\s*on\s.{3,160}\swrote:?\s*$/i,
  /^\s*le\s.{3,120}\sa\s+[ée]crit\s*:?\s*$/i,
  /^\s*am\s.{3,120}\sschrieb\b.*:?\s*$/i,
  /^\s*-{2,}\s*(?:original message|oorspronkelijk bericht|origineel bericht|forwarded message|doorgestuurd bericht)\s*-{2,}\s*$/i,
  /^\s*(?:from|van|von|de)\s*:\s.+$/i,
  /^\s*_{10,}\s*$/,
];

// Lines that open a signature block.
const SIGNATURE_START = [
  /^\s*--\s*$/,
  /^\s*(?:met\s+)?(?:vriendelijke|hartelijke|beste)\s+groet(?:en)?\b.*$/i,
  /^\s*(?:mvg|m\.v\.g\.|gr\.?|groetjes|groeten)\s*,?\s*$/i,
  /^\s*(?:kind|best|warm)\s+regards\b.*$/i,
  /^\s*(?:regards|cheers|best|thanks|thank you|sincerely|yours sincerely|yours faithfully)\s*,?\s*$/i,
  /^\s*(?:sent from my|verzonden vanaf mijn|verstuurd vanaf mijn)\b.*$/i,
  /^\s*(?:cordialement|mit freundlichen gr[üu](?:ß|ss)en|viele gr[üu](?:ß|ss)e)\b.*$/i,
];

export interface Parts {
  /** The author's own words. */
  body: Range;
  /** Quoted history (from the first quote header or `>` block to the end). */
  quote?: Range;
  /** Sign-off and signature (from the closing formula to the quote or the end). */
  signature?: Range;
}

/**
 * Split a message into the author's own words, the sign-off/signature and quoted history.
 * Quoted history starts at the first quote header or the first run of `>` lines; everything
 * after it is quoted. The signature starts at the last closing formula before that point,
 * provided it sits in the last 12 lines of the body (a "groeten" mid-text is not a signature).
 * @example splitParts('Hoi\n\nGroet,\nAn\n\nOp ma schreef X:\n> oud').body // {start:0,end:3}
 */
export function splitParts(text: string): Parts {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: pos, end: pos + line.length, text: line });
    pos += line.length + 1;
  }
  let quoteLine = -1;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t.length > 400) continue;
    if (/^\s*>/.test(t) || QUOTE_HEADER.some((re) => re.test(t))) {
      // A lone "From:" line deep inside text is only a header when followed by more header-ish lines or quotes;
      // keep it simple: accept it when it is not the very first line.
      if (i === 0 && !/^\s*>/.test(t) && !/wrote|schreef|original|oorspronkelijk|origineel|forwarded|doorgestuurd/i.test(t))
        continue;
      quoteLine = i;
      break;
    }
  }
  const bodyLinesEnd = quoteLine === -1 ? lines.length : quoteLine;
  let sigLine = -1;
  for (let i = bodyLinesEnd - 1; i >= Math.max(1, bodyLinesEnd - 12); i--) {
    const t = lines[i]!.text;
    if (t.length <= 80 && SIGNATURE_START.some((re) => re.test(t))) {
      sigLine = i;
      break;
    }
  }
  const endOf = (i: number) => (i > 0 ? lines[i - 1]!.end : 0);
  const bodyEndLine = sigLine !== -1 ? sigLine : bodyLinesEnd;
  let bodyEnd = bodyEndLine >= lines.length ? text.length : endOf(bodyEndLine);
  while (bodyEnd > 0 && /\s/.test(text[bodyEnd - 1]!)) bodyEnd--;
  const parts: Parts = { body: { start: 0, end: bodyEnd } };
  if (sigLine !== -1) {
    parts.signature = { start: lines[sigLine]!.start, end: quoteLine === -1 ? text.length : endOf(quoteLine) };
  }
  if (quoteLine !== -1) parts.quote = { start: lines[quoteLine]!.start, end: text.length };
  return parts;
}
