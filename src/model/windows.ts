/**
 * Cut a text into stretches the model accepts: sentences, with very short ones merged into
 * their neighbours (a lone "Hoi," tells a model nothing) and over-long ones split at word
 * boundaries so no stretch exceeds the model's token window. Offsets point into the input.
 */
import { splitSentences } from '../core/text';

export interface TextWindow {
  start: number;
  end: number;
  /** Tokens without the [CLS]/[SEP] pair the tokenizer adds. */
  tokens: number;
}

export interface WindowOptions {
  /** The model's window including its two special tokens (BERT: 512). */
  maxTokens?: number;
  /** Merge consecutive sentences until a window has at least this many tokens. */
  minTokens?: number;
}

/**
 * @param countTokens tokens of a piece of text, without special tokens
 * @example planWindows('Hoi. Dit is slecht!', countWords) // one window: both sentences are short
 */
export function planWindows(text: string, countTokens: (s: string) => number, options: WindowOptions = {}): TextWindow[] {
  const budget = Math.max(8, (options.maxTokens ?? 512) - 2);
  const minTokens = Math.min(options.minTokens ?? 12, budget);
  const pieces: TextWindow[] = [];
  for (const s of splitSentences(text)) {
    const tokens = countTokens(s.text);
    if (tokens <= budget) pieces.push({ start: s.start, end: s.end, tokens });
    else pieces.push(...splitLong(text, s.start, s.end, budget, countTokens));
  }
  const out: TextWindow[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    // Tokens add up across a merge because the tokenizer splits at whitespace and punctuation first.
    if (last && (last.tokens < minTokens || p.tokens < minTokens / 2) && last.tokens + p.tokens <= budget) {
      last.end = p.end;
      last.tokens += p.tokens;
    } else out.push({ ...p });
  }
  return out;
}

/** Split [start, end) at whitespace into pieces of at most `budget` tokens; a single giant "word" is cut by characters. */
function splitLong(text: string, start: number, end: number, budget: number, countTokens: (s: string) => number): TextWindow[] {
  const out: TextWindow[] = [];
  let cur: TextWindow | null = null;
  const word = /\S+/g;
  word.lastIndex = start;
  const segment = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = word.exec(segment)) !== null) {
    let wStart = m.index;
    const wEnd = m.index + m[0].length;
    const n = countTokens(m[0]);
    if (n > budget) {
      // Pathological: one whitespace-free run longer than the window (a URL, base64). Cut it by characters.
      if (cur) out.push(cur);
      cur = null;
      const step = Math.max(1, Math.floor(m[0].length * (budget / n)));
      for (; wStart < wEnd; wStart += step) {
        const pEnd = Math.min(wEnd, wStart + step);
        out.push({ start: wStart, end: pEnd, tokens: Math.min(budget, countTokens(text.slice(wStart, pEnd))) });
      }
      continue;
    }
    if (cur && cur.tokens + n <= budget) {
      cur.end = wEnd;
      cur.tokens += n;
    } else {
      if (cur) out.push(cur);
      cur = { start: wStart, end: wEnd, tokens: n };
    }
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Group windows into model calls so that little is padding: a batch is padded to its longest
 * window, and sentence windows of 10 and 45 tokens in one batch make the model run 90 positions for
 * 55 tokens (measured on the real-size model: 10 sentence windows of a 1 KB e-mail cost twice their
 * tokens in one batch). Windows are taken shortest first and a batch closes when the next window is
 * more than `slack` times (plus 4 tokens) longer than its first. Returns indices into `windows`; every
 * index appears once.
 * @example planBatches([{ tokens: 40 }, { tokens: 10 }, { tokens: 12 }], 16) // [[1, 2], [0]]
 */
export function planBatches(windows: ReadonlyArray<Pick<TextWindow, 'tokens'>>, batchSize = 16, slack = 1.25): number[][] {
  const order = windows.map((_, i) => i).sort((a, b) => windows[a]!.tokens - windows[b]!.tokens || a - b);
  const size = Math.max(1, Math.floor(batchSize));
  const out: number[][] = [];
  let cur: number[] = [];
  let limit = 0;
  for (const i of order) {
    const n = windows[i]!.tokens + 2; // [CLS] and [SEP]
    if (cur.length > 0 && (cur.length >= size || n > limit)) {
      out.push(cur);
      cur = [];
    }
    if (cur.length === 0) limit = n * slack + 4;
    cur.push(i);
  }
  if (cur.length) out.push(cur);
  return out;
}
