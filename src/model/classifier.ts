/**
 * The sentiment classifier the extension talks to: one loaded model per id (concurrent callers
 * share the load), one classification at a time per model (the WASM session is single-flight),
 * long texts scored window by window and aggregated.
 */
import { intensityOf, mapDistribution, polarityOf, type LabelStyleId } from './labels';
import { loadModel, ModelLoadError, reasonOf, type LoadedModel, type LoadOptions } from './load';
import type { ModelResult, ModelSource, ModelStatus, SentenceScore } from './types';
import { planWindows } from './windows';

export type ClassifierOptions = LoadOptions;

export interface ClassifyOptions {
  /** Characters scored at most; the rest is ignored and the result says `truncated` (bad-input guard for 1 MB mails). */
  maxChars?: number;
  /** Windows per model call. */
  batchSize?: number;
  /** Merge sentences until a window has at least this many tokens. */
  minTokens?: number;
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
      return wrap(options.modelId, loaded, () => {
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

function wrap(modelId: string, loaded: LoadedModel, onDispose: () => void): Classifier {
  let queue: Promise<unknown> = Promise.resolve();
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
    classify: (text, options) => enqueue(() => classifyText(modelId, loaded, countTokens, text, options ?? {})),
    dispose: () =>
      enqueue(async () => {
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
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const truncated = text.length > maxChars;
  const scored = truncated ? text.slice(0, maxChars) : text;
  const windows = planWindows(scored, countTokens, {
    maxTokens: loaded.maxTokens,
    ...(options.minTokens !== undefined ? { minTokens: options.minTokens } : {}),
  });
  const batchSize = Math.max(1, options.batchSize ?? 16);
  const sentences: SentenceScore[] = [];
  const confidences: number[] = [];
  for (let i = 0; i < windows.length; i += batchSize) {
    const batch = windows.slice(i, i + batchSize);
    const raw = (await loaded.pipe(
      batch.map((w) => scored.slice(w.start, w.end)),
      { topk: null },
    )) as Array<Array<{ label: string; score: number }>>;
    batch.forEach((w, j) => {
      const m = mapDistribution(raw[j] ?? [], { style: loaded.labelStyle });
      sentences.push({ start: w.start, end: w.end, label: m.label, score: m.score, intensity: m.intensity });
      confidences.push(m.confidence);
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
  };
}
