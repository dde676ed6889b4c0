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
/** A token as the layers read it: numbers fold into one token, so prices and dates generalise. */
const asWord = (t: Token) => (NUMBER.test(t.word) ? '0' : t.word);

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
  const max = options.maxFeatures ?? Infinity;
  for (let i = 0; i < tokens.length && seen.size < max; i++) {
    const t = tokens[i]!;
    const w = `w:${asWord(t)}`;
    if (!seen.has(w)) {
      seen.add(w);
      out.push({ name: w, value: 1, start: t.start, end: t.end });
    }
    const next = tokens[i + 1];
    if (next && !hasBreak(text, t.end, next.start, options.breaks)) {
      const b = `b:${asWord(t)} ${asWord(next)}`;
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

/** The fitted weights of word and pair features, looked up by word: no feature names are built per message. */
export interface WordTable<T extends object> {
  words: Map<string, T>;
  pairs: Map<string, Map<string, T>>;
}

/**
 * The table for a layer's `w:`/`b:` weights. Each feature keeps its own value object, which also tells features apart.
 * @example wordTable({ 'w:niet': [1, 0, 0] }, (v) => v).words.get('niet') // [1, 0, 0]
 */
export function wordTable<V, T extends object>(weights: Record<string, V>, wrap: (v: V, name: string) => T): WordTable<T> {
  const words = new Map<string, T>();
  const pairs = new Map<string, Map<string, T>>();
  for (const [name, v] of Object.entries(weights)) {
    if (name.startsWith('w:')) words.set(name.slice(2), wrap(v, name));
    else if (name.startsWith('b:')) {
      const space = name.indexOf(' ', 2);
      const first = name.slice(2, space);
      let next = pairs.get(first);
      if (!next) pairs.set(first, (next = new Map<string, T>()));
      next.set(name.slice(space + 1), wrap(v, name));
    }
  }
  return { words, pairs };
}

/**
 * The weighted ones of `wordFeatures(text, tokens, { breaks })`, in the same order, without building their names:
 * what the fitted layers need at run time. (No cap: callers that cap use `wordFeatures` when the cap could bind.)
 */
export function weightedWordFeatures<T extends object>(
  text: string,
  tokens: readonly Token[],
  breaks: string,
  table: WordTable<T>,
): Array<{ value: T; start: number; end: number }> {
  const out: Array<{ value: T; start: number; end: number }> = [];
  const seen = new Set<T>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = asWord(t);
    const one = table.words.get(w);
    if (one && !seen.has(one)) {
      seen.add(one);
      out.push({ value: one, start: t.start, end: t.end });
    }
    const next = tokens[i + 1];
    if (!next) continue;
    const after = table.pairs.get(w);
    if (!after || hasBreak(text, t.end, next.start, breaks)) continue;
    const two = after.get(asWord(next));
    if (two && !seen.has(two)) {
      seen.add(two);
      out.push({ value: two, start: t.start, end: next.end });
    }
  }
  return out;
}
