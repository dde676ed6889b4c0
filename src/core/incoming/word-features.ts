/**
 * Word and word-pair features for the fitted layers (sentiment, reply tone): each folded word and each
 * pair of neighbouring words within a sentence, once, with where it stands so a verdict can point at it.
 * Numbers fold into one token, so prices and dates generalise.
 */
import type { Token } from './tokens';

export interface WordFeature {
  name: string;
  value: number;
  start: number;
  end: number;
}

const NUMBER = /^\d+$/;

/**
 * Each layer keeps the features it was fitted with: `breaks` are the characters that end a pair,
 * `maxFeatures` caps how many distinct features one text gives.
 * @example wordFeatures('nog steeds niet', tokenize('nog steeds niet'), { breaks: '.!?\n' }).map((f) => f.name)
 * // ['w:nog', 'b:nog steeds', 'w:steeds', 'b:steeds niet', 'w:niet']
 */
export function wordFeatures(
  text: string,
  tokens: readonly Token[],
  options: { breaks: string; maxFeatures?: number },
): WordFeature[] {
  const out: WordFeature[] = [];
  const seen = new Set<string>();
  const word = (t: Token) => (NUMBER.test(t.word) ? '0' : t.word);
  const max = options.maxFeatures ?? Infinity;
  for (let i = 0; i < tokens.length && seen.size < max; i++) {
    const t = tokens[i]!;
    const w = `w:${word(t)}`;
    if (!seen.has(w)) {
      seen.add(w);
      out.push({ name: w, value: 1, start: t.start, end: t.end });
    }
    const next = tokens[i + 1];
    if (next && !hasBreak(text, t.end, next.start, options.breaks)) {
      const b = `b:${word(t)} ${word(next)}`;
      if (!seen.has(b)) {
        seen.add(b);
        out.push({ name: b, value: 1, start: t.start, end: next.end });
      }
    }
  }
  return out;
}

function hasBreak(text: string, from: number, to: number, breaks: string): boolean {
  for (let i = from; i < to; i++) if (breaks.includes(text[i]!)) return true;
  return false;
}
