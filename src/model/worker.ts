/**
 * The Web Worker that runs transformers.js. Started by the model host (src/model/host.ts) with
 * `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })` (spawn-worker.ts).
 * Files come from the extension itself: bundled models under /models/, ONNX Runtime under /wasm/.
 */
import { createClassifier, disposeAllClassifiers, type Classifier } from './classifier';
import { ModelLoadError, reasonOf } from './load';
import { describeIssue, toWorkerSchema, type FromWorker, type ToWorker } from './host';
import type { ClassifyResponse, ModelStatus } from './types';

interface WorkerScope {
  location: { href: string };
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

// Absolute URLs: relative ones would resolve against the worker's own chunk path (/chunks/…).
const MODELS_PATH = '/models/';
const WASM_URL = new URL('/wasm/', scope.location.href).href;

const post = (m: FromWorker) => scope.postMessage(m);
const postStatus = (status: ModelStatus) => post({ type: 'status', status });

let activeModel: string | null = null;
/** The model whose 'ready' was broadcast (at most one is loaded). */
let announced = new Set<string>();
// One job at a time: a model switch must not dispose a classifier another job is using.
let chain: Promise<unknown> = Promise.resolve();

async function classifier(msg: ToWorker): Promise<Classifier> {
  const { modelId, allowRemote } = msg.config;
  if (activeModel !== null && activeModel !== modelId) await disposeAllClassifiers();
  activeModel = modelId;
  let lastPost = 0;
  // Announce a load only when one starts: a loaded model answers at once, no 'loading' flicker.
  if (!announced.has(modelId)) postStatus({ state: 'loading', modelId, progress: null });
  const c = await createClassifier({
    modelId,
    localModelPath: MODELS_PATH,
    allowRemote,
    wasmPaths: WASM_URL,
    numThreads: msg.numThreads,
    onProgress: (p) => {
      // Download progress fires per chunk; a few updates a second are plenty for a progress bar.
      const now = performance.now();
      if (now - lastPost < 100 && p.progress !== 1) return;
      lastPost = now;
      postStatus({ state: 'loading', modelId, progress: p.progress, ...(p.file ? { file: p.file } : {}) });
    },
  });
  return c;
}

/**
 * The .wasm files ONNX Runtime fetched in this worker (1.14 picks ort-wasm-simd.wasm when SIMD
 * validates, the -threaded one when it may use threads). Seen at fetch: Resource Timing does not
 * list chrome-extension:// requests.
 */
const fetchedWasm = new Set<string>();
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const file = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
  if (file.endsWith('.wasm')) fetchedWasm.add(file);
  return realFetch(input, init);
};

/** Which ONNX Runtime build runs: the .wasm it fetched and its threads (more than one only when cross-origin isolated). */
function runtimeInfo(numThreads: number): { wasm: string[]; threads: number } {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  return { wasm: [...fetchedWasm], threads: isolated ? numThreads : 1 };
}

async function handle(msg: ToWorker): Promise<ClassifyResponse> {
  const { requestId } = msg.request;
  const { modelId } = msg.config;
  let c: Classifier;
  try {
    c = await classifier(msg);
  } catch (err) {
    const reason = err instanceof ModelLoadError ? err.reason : reasonOf(err, msg.config.allowRemote);
    const status: ModelStatus = { state: 'failed', modelId, reason, message: err instanceof Error ? err.message : String(err) };
    announced.delete(modelId);
    postStatus(status);
    return { ok: false, requestId, status };
  }
  const ready: ModelStatus = {
    state: 'ready',
    modelId,
    source: c.source,
    loadMs: c.loadMs,
    runtime: runtimeInfo(msg.numThreads),
  };
  if (!announced.has(modelId)) {
    announced = new Set([modelId]);
    postStatus(ready);
  }
  try {
    // The customer's own words only: quoted history and signature cost model time and are not theirs.
    return { ok: true, requestId, result: await c.classify(msg.request.text, { customerTextOnly: true }) };
  } catch (err) {
    // Loaded but this text failed: the panel shows "model error" and the lexicon answers.
    console.warn('[triade] classification failed', err);
    return { ok: false, requestId, status: ready };
  }
}

scope.addEventListener('message', (e) => {
  const parsed = toWorkerSchema.safeParse(e.data);
  if (!parsed.success) {
    const id = (e.data as { id?: unknown } | null)?.id;
    post({
      type: 'refused',
      id: typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null,
      error: describeIssue(parsed.error),
    });
    return;
  }
  const msg = parsed.data;
  const job = chain.then(() => handle(msg));
  chain = job.catch(() => undefined);
  void job.then((response) => post({ type: 'answer', id: msg.id, response }));
});
