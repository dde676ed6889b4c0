/**
 * Lexicon + complaint-pattern sentiment of the customer's own words.
 * Order matters: complaint phrases claim their words first, then praise phrases, then politeness formulas are
 * masked, and only the words left over are looked up in the word lexicons (with negation and intensifiers).
 */
import type { Intensity, SentimentHit, Sentiment, SentimentLabel } from '../types';
import { EMOJI, PAIR_STARTS, lookupWord, type LexLang } from './lexicon';
import { ACRONYMS, COMPLAINT, COURTESY, INTENSIFIERS, NEGATORS, POLITE, PRAISE } from './patterns';
import type { Token } from './tokens';

export interface SentimentInput {
  /** The full original text (spans index into it). */
  text: string;
  /** `fold(text)`: same length, lower case, no accents. */
  folded: string;
  body: { start: number; end: number };
  /** Tokens of the body (offsets into `text`). */
  tokens: readonly Token[];
  lang: LexLang;
  /** False for languages without a lexicon: only emoji, capitals and punctuation count. */
  words?: boolean;
}

/** Extra detail the emotion and customer-type steps reuse. */
export interface SentimentDetail extends Sentiment {
  /** Words written in capitals as shouting. */
  shouting: SentimentHit[];
  complaintCount: number;
  /** Sum of negative / positive weights before normalising. */
  negative: number;
  positive: number;
}

const MAX_EVIDENCE = 40;
const CLAUSE_BREAK = /[.,;:!?\n()]/;
const CONTRAST = new Set(['maar', 'echter', 'but', 'however', 'mais', 'aber', 'doch']);
const PICTO = /\p{Extended_Pictographic}/gu;
// Requests and questions: a closing "thanks" under them is courtesy, not praise.
export const REQUEST =
  /\?|\b(?:i'd like|i would like|could you|can you|would you|will you|please|kunt u|kun je|kunnen jullie|wilt u|wil je|willen jullie|zou u|zouden jullie|ik wil graag|ik zou graag|graag)\b/;
const PUNCT_RUN = /[!?]{2,}/g;

/**
 * Score the body of a message.
 * @example scoreSentiment({ text, folded: fold(text), body, tokens, lang: 'nl' }).label // 'negative' for "Nog steeds niet geleverd."
 */
export function scoreSentiment(input: SentimentInput): SentimentDetail {
  const { text, folded, body, lang } = input;
  const tokens = input.words === false ? [] : input.tokens;
  const bodyFolded = folded.slice(body.start, body.end);
  const taken = new Uint8Array(body.end - body.start); // 1 = claimed by a phrase or a politeness formula
  const hits: SentimentHit[] = [];
  let complaintCount = 0;

  const claim = (re: RegExp, weight: number, source: SentimentHit['source'] | null) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(bodyFolded)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let s = m.index;
      let e = s + m[0].length;
      while (e > s && /\s/.test(bodyFolded[e - 1]!)) e--;
      while (s < e && /\s/.test(bodyFolded[s]!)) s++;
      let free = true;
      for (let i = s; i < e; i++)
        if (taken[i]) {
          free = false;
          break;
        }
      if (!free) continue;
      taken.fill(1, s, e);
      if (source === null) continue;
      let w = weight;
      // A praise phrase after a negator ("niet snel geholpen") turns into a complaint.
      if (weight > 0 && negatedBefore(bodyFolded, s, lang)) w = -weight * 0.8;
      hits.push(span(text, body.start + s, body.start + e, w, source));
      if (source === 'complaint') complaintCount++;
    }
  };

  if (input.words !== false) {
    // Formulas first, so "never had a problem" (loyalty) is not read as a problem statement.
    claim(POLITE[lang], 0, null);
    for (const rule of COMPLAINT[lang]) claim(rule.re, rule.weight, 'complaint');
    for (const rule of PRAISE[lang]) claim(rule.re, rule.weight, 'lexicon');
  }

  // Word pass: negation window of three words inside a clause, intensifier on the next sentiment word.
  const negators = NEGATORS[lang];
  const intensifiers = INTENSIFIERS[lang];
  const courtesy = COURTESY[lang];
  const courtesyHits: SentimentHit[] = [];
  const shouting: SentimentHit[] = [];
  const wholeShout = isMostlyCapitals(text, body);
  let lastNeg = -100;
  let boost = 1;
  let boostAt = -100;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && hasBreak(text, tokens[i - 1]!.end, t.start)) {
      lastNeg = -100;
      boostAt = -100;
    }
    const w = t.word;
    if (CONTRAST.has(w)) {
      lastNeg = -100;
      continue;
    }
    if (negators.has(w) || (lang === 'en' && w.endsWith("n't"))) {
      lastNeg = i;
      continue;
    }
    const local = t.start - body.start;
    if (taken[local]) continue;
    // Only words whose first letter changed when folding can be in capitals: skip the slice for the rest.
    const shout =
      !wholeShout &&
      text.charCodeAt(t.start) !== folded.charCodeAt(t.start) &&
      isShout(text.slice(t.start, t.end), w, tokens, i, text);
    if (courtesy.has(w)) {
      courtesyHits.push(span(text, t.start, t.end, 2, 'lexicon'));
      continue;
    }
    const factor = intensifiers.get(w);
    let value = lookupWord(w, lang);
    if (factor !== undefined) {
      // An intensifier scores only when no sentiment word follows ("Super!" vs "super blij").
      const next = nextValue(tokens, i, lang);
      if (next) {
        boost = factor;
        boostAt = i;
        continue;
      }
    }
    if (value === undefined && i + 1 < tokens.length && PAIR_STARTS[lang].has(w)) {
      const pair = lookupWord(`${w} ${tokens[i + 1]!.word}`, lang);
      if (pair !== undefined) value = pair;
    }
    if (value === undefined) {
      if (shout) shouting.push(span(text, t.start, t.end, -0.8, 'capitals'));
      continue;
    }
    let weight = value;
    if (i - boostAt <= 2) weight *= boost;
    if (i - lastNeg <= 3) weight = weight > 0 ? -weight * 0.8 : -weight * 0.4;
    if (shout) {
      weight *= 1.5;
      shouting.push(span(text, t.start, t.end, weight < 0 ? -0.8 : 0.5, 'capitals'));
    }
    hits.push(span(text, t.start, t.end, round(weight), 'lexicon'));
  }
  // A whole message in capitals is one loud signal, hung on its first word.
  if (wholeShout && tokens.length > 0) {
    const first = tokens[0]!;
    shouting.push(span(text, first.start, first.end, -2, 'capitals'));
  }
  // Capitals count as a signal, but a few of them should not outweigh the words.
  let shoutSum = 0;
  for (const h of shouting) {
    if (Math.abs(shoutSum) >= 4) break;
    hits.push(h);
    shoutSum += h.weight;
  }

  // Emoji and repeated ?! marks.
  PICTO.lastIndex = 0;
  const bodyText = text.slice(body.start, body.end);
  let m: RegExpExecArray | null;
  while ((m = PICTO.exec(bodyText)) !== null) {
    const v = EMOJI.get(m[0]);
    if (v) hits.push(span(text, body.start + m.index, body.start + m.index + m[0].length, v, 'emoji'));
  }
  let neg = 0;
  let pos = 0;
  for (const h of hits) {
    if (h.weight < 0) neg += h.weight;
    else pos += h.weight;
  }
  PUNCT_RUN.lastIndex = 0;
  let punct = 0;
  while ((m = PUNCT_RUN.exec(bodyText)) !== null && punct < 4) {
    // "?!" under a complaint is exasperation; "!!!" under praise is enthusiasm.
    const w = (pos > -neg ? 0.8 : -1) * (m[0].length >= 3 ? 1.5 : 1);
    hits.push(span(text, body.start + m.index, body.start + m.index + m[0].length, w, 'punctuation'));
    punct++;
    if (w < 0) neg += w;
    else pos += w;
  }
  // Thanks only count when nothing is wrong and nothing is asked: "alvast bedankt" under a complaint and
  // "Kunt u … sturen? Dank u wel." are courtesy.
  if (neg === 0 && !REQUEST.test(bodyFolded))
    for (const h of courtesyHits) {
      hits.push(h);
      pos += h.weight;
    }
  // In a complaint the praise is politeness around the problem ("thanks for the quick reply, but …").
  const total = complaintCount > 0 ? neg + pos * 0.5 : neg + pos;
  const score = round(Math.tanh(total / 5));
  // Positive needs a little more than one mild word ("Goedemorgen", "fine"): service mail leans polite.
  const label: SentimentLabel = score <= -0.18 ? 'negative' : score >= 0.25 ? 'positive' : 'neutral';
  const strength = Math.abs(total);
  const intensity: Intensity = label === 'neutral' ? 1 : strength >= 9 ? 3 : strength >= 4 ? 2 : 1;
  hits.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start);
  return {
    label,
    score,
    intensity,
    evidence: hits.slice(0, MAX_EVIDENCE),
    shouting,
    complaintCount,
    negative: round(neg),
    positive: round(pos),
  };
}

function span(text: string, start: number, end: number, weight: number, source: SentimentHit['source']): SentimentHit {
  return { start, end, text: text.slice(start, end), weight: round(weight), source };
}

/** Is there a clause break (. , ; : ! ? newline, brackets) between two words? */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // . , ; : ! ? \n ( )
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 10 || c === 40 || c === 41) return true;
  }
  return false;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Is one of the three words before `at` (same clause) a negator? */
function negatedBefore(folded: string, at: number, lang: LexLang): boolean {
  const before = folded.slice(Math.max(0, at - 40), at);
  const clause = before.split(CLAUSE_BREAK).pop() ?? '';
  const words = clause.trim().split(/\s+/).slice(-3);
  return words.some((w) => NEGATORS[lang].has(w) || (lang === 'en' && w.endsWith("n't")));
}

function nextValue(tokens: readonly Token[], i: number, lang: LexLang): boolean {
  for (let j = i + 1; j <= i + 2 && j < tokens.length; j++) {
    if (lookupWord(tokens[j]!.word, lang) !== undefined) return true;
  }
  return false;
}

/** A shouted word: letters only, all capitals, not a known acronym, long enough or next to another capital word. */
function isShout(original: string, folded: string, tokens: readonly Token[], i: number, text: string): boolean {
  if (original.length < 3 || original !== original.toUpperCase() || original === original.toLowerCase()) return false;
  if (/\d/.test(original) || ACRONYMS.has(folded)) return false;
  if (original.length >= 4) return true;
  const capsAt = (j: number) => {
    const t = tokens[j];
    if (!t) return false;
    const o = text.slice(t.start, t.end);
    return o.length >= 2 && o === o.toUpperCase() && o !== o.toLowerCase() && !ACRONYMS.has(t.word);
  };
  return capsAt(i - 1) || capsAt(i + 1);
}

/** When nearly the whole message is in capitals (old terminals, caps lock), single words are not shouting. */
function isMostlyCapitals(text: string, body: { start: number; end: number }): boolean {
  let upper = 0;
  let letters = 0;
  const end = Math.min(body.end, body.start + 4000);
  for (let i = body.start; i < end; i++) {
    const code = text.charCodeAt(i);
    // ASCII by code; other letters (É, ß, emoji halves) by case mapping.
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        upper++;
        letters++;
      } else if (code >= 97 && code <= 122) letters++;
      continue;
    }
    const c = text[i]!;
    if (c.toLowerCase() !== c) {
      upper++;
      letters++;
    } else if (c.toUpperCase() !== c) letters++;
  }
  return letters > 40 && upper / letters > 0.85;
}
