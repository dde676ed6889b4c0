/**
 * The sentiment classifier the extension talks to: one loaded model per id (concurrent callers
 * share the load), one classification at a time per model (the WASM session is single-flight),
 * long texts scored window by window and aggregated.
 */
import { defuse } from '../core/defuse';
import { splitParts } from '../core/text';
import { hashText, LruCache } from './cache';
import { intensityOf, mapDistribution, polarityOf, type LabelStyleId } from './labels';
import { softmax } from '@xenova/transformers';
import { loadModel, ModelLoadError, reasonOf, type LoadedModel, type LoadOptions, type TextClassifierPipe } from './load';
import type { ModelResult, ModelSource, ModelStatus, SentenceScore } from './types';
import { planBatches, planWindows } from './windows';

export interface ClassifierOptions extends LoadOptions {
  /** Answers kept by hash of the text (and the scoring options); 0 turns the cache off. Default 64. */
  cacheSize?: number;
}

export const DEFAULT_CACHE_SIZE = 64;

export interface ClassifyOptions {
  /** Characters scored at most; the rest is ignored and the result says `truncated` (bad-input guard for 1 MB mails). */
  maxChars?: number;
  /** Windows per model call. */
  batchSize?: number;
  /** Merge sentences until a window has at least this many tokens. */
  minTokens?: number;
  /**
   * Score only the customer's own words: quoted history and the signature are left out, as the
   * engine does (`splitParts`, the engine's `body`). Offsets still point into `text`; `scored` says
   * which stretch was scored. A text with no words of its own outside a quote is scored whole.
   */
  customerTextOnly?: boolean;
}

export interface Classifier {
  readonly modelId: string;
  readonly source: ModelSource;
  readonly labels: readonly string[];
  readonly labelStyle: LabelStyleId;
  readonly maxTokens: number;
  readonly loadMs: number;
  classify(text: string, options?: ClassifyOptions): Promise<ModelResult>;
  /** Number of tokens the model sees for `text` (specials excluded). */
  countTokens(text: string): number;
  dispose(): Promise<void>;
}

const DEFAULT_MAX_CHARS = 100_000;

const loads = new Map<string, Promise<Classifier>>();
const statuses = new Map<string, ModelStatus>();
// transformers.js keeps its settings in one global `env`: loads run one after another so one
// load's allowRemote never leaks into another's.
let loadChain: Promise<unknown> = Promise.resolve();

const keyOf = (o: ClassifierOptions) => `${o.localModelPath}\u0000${o.modelId}\u0000${o.labelStyle ?? ''}`;

/** Current status of a model id (idle when never requested). */
export function getModelStatus(modelId: string): ModelStatus {
  return statuses.get(modelId) ?? { state: 'idle' };
}

/**
 * Load (once) and return the classifier for `modelId`. Concurrent calls get the same promise;
 * a failed load is forgotten so a later call (e.g. after the user allows downloads) tries again.
 * @throws ModelLoadError with a typed reason
 * @example const c = await createClassifier({ modelId: 'Xenova/bert-base-multilingual-uncased-sentiment', localModelPath: '/models/', allowRemote: false })
 */
export function createClassifier(options: ClassifierOptions): Promise<Classifier> {
  const key = keyOf(options);
  const existing = loads.get(key);
  if (existing) return existing;
  const setStatus = (s: ModelStatus) => statuses.set(options.modelId, s);
  setStatus({ state: 'loading', modelId: options.modelId, progress: null });
  const run = async (): Promise<Classifier> => {
    try {
      const loaded = await loadModel({
        ...options,
        onProgress: (p) => {
          setStatus({ state: 'loading', modelId: options.modelId, progress: p.progress, ...(p.file ? { file: p.file } : {}) });
          options.onProgress?.(p);
        },
      });
      setStatus({ state: 'ready', modelId: options.modelId, source: loaded.source, loadMs: loaded.loadMs });
      return wrap(options.modelId, loaded, options.cacheSize ?? DEFAULT_CACHE_SIZE, () => {
        loads.delete(key);
        setStatus({ state: 'idle' });
      });
    } catch (err) {
      loads.delete(key);
      const e = err instanceof ModelLoadError ? err : new ModelLoadError(reasonOf(err, options.allowRemote), String(err));
      setStatus({ state: 'failed', modelId: options.modelId, reason: e.reason, message: e.message });
      throw e;
    }
  };
  const p = loadChain.then(run, run);
  loadChain = p.catch(() => undefined);
  loads.set(key, p);
  return p;
}

/** Dispose every loaded classifier (tests, model switch). */
export async function disposeAllClassifiers(): Promise<void> {
  const all = [...loads.values()];
  loads.clear();
  for (const p of all) {
    const c = await p.catch(() => undefined);
    await c?.dispose();
  }
  statuses.clear();
}

function wrap(modelId: string, loaded: LoadedModel, cacheSize: number, onDispose: () => void): Classifier {
  let queue: Promise<unknown> = Promise.resolve();
  const cache = new LruCache<ModelResult>(cacheSize);
  const keyOf = (text: string, o: ClassifyOptions) =>
    `${hashText(text)}|${o.maxChars ?? ''},${o.batchSize ?? ''},${o.minTokens ?? ''},${o.customerTextOnly === true ? 1 : 0}`;
  const fromCache = (key: string, t0: number): ModelResult | undefined => {
    const hit = cache.get(key);
    if (!hit) return undefined;
    const { timing: _spent, ...rest } = hit; // a hit costs no model time
    return { ...rest, cached: true, ms: performance.now() - t0 };
  };
  const countTokens = (text: string) => loaded.pipe.tokenizer.encode(text, null, { add_special_tokens: false }).length;
  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const p = queue.then(job, job);
    queue = p.catch(() => undefined);
    return p;
  };
  return {
    modelId,
    source: loaded.source,
    labels: loaded.labels,
    labelStyle: loaded.labelStyle,
    maxTokens: loaded.maxTokens,
    loadMs: loaded.loadMs,
    countTokens,
    classify: (text, options = {}) => {
      const t0 = performance.now();
      const key = keyOf(text, options);
      // A hit answers at once, without waiting behind another message's windows.
      const hit = fromCache(key, t0);
      if (hit) return Promise.resolve(hit);
      return enqueue(async () => {
        const again = fromCache(key, t0); // the same text may have been queued twice
        if (again) return again;
        const result = await classifyText(modelId, loaded, countTokens, text, options);
        cache.set(key, result);
        return { ...result, ms: performance.now() - t0 };
      });
    },
    dispose: () =>
      enqueue(async () => {
        cache.clear();
        onDispose();
        await loaded.pipe.dispose();
      }),
  };
}

async function classifyText(
  modelId: string,
  loaded: LoadedModel,
  countTokens: (s: string) => number,
  text: string,
  options: ClassifyOptions,
): Promise<ModelResult> {
  const t0 = performance.now();
  const range = options.customerTextOnly === true ? customerRange(text) : { start: 0, end: text.length };
  const own = text.slice(range.start, range.end);
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const truncated = own.length > maxChars;
  const scored = truncated ? own.slice(0, maxChars) : own;
  const at = range.start;
  const windows = planWindows(scored, countTokens, {
    maxTokens: loaded.maxTokens,
    ...(options.minTokens !== undefined ? { minTokens: options.minTokens } : {}),
  });
  const planMs = performance.now() - t0;
  const sentences: SentenceScore[] = new Array<SentenceScore>(windows.length);
  const confidences: number[] = new Array<number>(windows.length).fill(0);
  const timing = { planMs, tokenizeMs: 0, runMs: 0, windows: windows.length, batches: 0, positions: 0 };
  // Windows of similar length share a call (padding is compute); answers go back in text order.
  for (const batch of planBatches(windows, options.batchSize ?? 16)) {
    const raw = await scoreBatch(
      loaded.pipe,
      batch.map((i) => scored.slice(windows[i]!.start, windows[i]!.end)),
      timing,
    );
    batch.forEach((i, j) => {
      const w = windows[i]!;
      const m = mapDistribution(raw[j] ?? [], { style: loaded.labelStyle });
      sentences[i] = { start: at + w.start, end: at + w.end, label: m.label, score: m.score, intensity: m.intensity };
      confidences[i] = m.confidence;
    });
  }
  // Length-weighted mean: a long neutral explanation should not be outvoted by a one-word "Hoi".
  let weight = 0;
  let sum = 0;
  let conf = 0;
  let mostNegative: number | null = null;
  sentences.forEach((s, i) => {
    const w = Math.max(1, windows[i]!.tokens);
    weight += w;
    sum += w * s.score;
    conf += w * confidences[i]!;
    if (mostNegative === null || s.score < sentences[mostNegative]!.score) mostNegative = i;
  });
  const score = weight > 0 ? sum / weight : 0;
  return {
    modelId,
    label: polarityOf(score),
    score,
    intensity: intensityOf(score),
    confidence: weight > 0 ? conf / weight : 0,
    sentences,
    mostNegative,
    truncated,
    ms: performance.now() - t0,
    scored: { start: range.start, end: range.start + scored.length },
    timing: { ...timing, totalMs: performance.now() - t0 },
  };
}

/**
 * What `pipe(texts, { topk: null })` of transformers.js 2.17 does (TextClassificationPipeline._call:
 * tokenizer with padding and truncation, the model, softmax per row, every label), in steps, so the
 * bench can say where a message's time goes: tokenizer or ONNX Runtime. Same answers (tested
 * against the pipeline in tests/unit/model/speed.test.ts).
 */
export async function scoreBatch(
  pipe: TextClassifierPipe,
  texts: string[],
  timing: { tokenizeMs: number; runMs: number; batches: number; positions: number },
) {
  const t0 = performance.now();
  const inputs = pipe.tokenizer(texts, { padding: true, truncation: true });
  const t1 = performance.now();
  const { logits } = await pipe.model(inputs);
  timing.tokenizeMs += t1 - t0;
  timing.runMs += performance.now() - t1;
  timing.batches += 1;
  timing.positions += inputs.input_ids.dims.reduce((a, b) => a * b, 1);
  const id2label = pipe.model.config.id2label ?? {};
  const [rows = 0, labels = 0] = logits.dims;
  const out: Array<Array<{ label: string; score: number }>> = [];
  for (let r = 0; r < rows; r++) {
    const p = softmax(Array.from(logits.data.subarray(r * labels, (r + 1) * labels)));
    out.push(p.map((score, k) => ({ label: id2label[String(k)] ?? `LABEL_${k}`, score })).sort((a, b) => b.score - a.score));
  }
  return out;
}

/** The customer's own words as the engine finds them (`body`: no quoted history, no signature); the whole text when that is blank. */
export function customerRange(text: string): { start: number; end: number } {
  const { body } = splitParts(defuse(text));
  return text.slice(body.start, body.end).trim() ? { start: body.start, end: body.end } : { start: 0, end: text.length };
}
