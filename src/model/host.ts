/**
 * The model host: owns the Web Worker that runs transformers.js, so no page waits on the model.
 * Lives in the offscreen document (Chrome) or the background page (Firefox).
 *
 * - Every message to and from the worker is zod-parsed; a malformed one is refused with a clear error.
 * - A crashed worker is replaced and each request it held is sent once more; a second crash
 *   answers that request with a failed status instead of looping.
 * - The worker reports status and download progress; the host keeps the latest per model id
 *   and passes it on (`onStatus`), so a panel that opens late can ask for it.
 * - After `unloadAfterMs` without a request (default 30 minutes; a request's config may say
 *   otherwise, 0 = never) the worker is terminated — the only way to hand a WASM heap back — and
 *   the status becomes `{ state: 'idle', unloaded }`; the next request loads the model again.
 */
import { z } from 'zod';
import { hostConfigSchema, type HostConfig } from './messages';
import { DEFAULT_UNLOAD_AFTER_MINUTES } from './settings';
import {
  classifyRequestSchema,
  classifyResponseSchema,
  modelStatusSchema,
  type ClassifyRequest,
  type ClassifyResponse,
  type ModelStatus,
} from './types';

// ---- host ↔ worker messages ----

export const toWorkerSchema = z.object({
  type: z.literal('classify'),
  id: z.number().int().nonnegative(),
  request: classifyRequestSchema,
  config: hostConfigSchema,
  /** WASM threads; only the first load of a worker applies it (ONNX Runtime initialises once). */
  numThreads: z.number().int().min(1).max(16),
});
export type ToWorker = z.infer<typeof toWorkerSchema>;

export const fromWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer'), id: z.number().int().nonnegative(), response: classifyResponseSchema }),
  z.object({ type: z.literal('status'), status: modelStatusSchema }),
  /** The worker could not parse what it was sent (a bug on our side): the request fails at once. */
  z.object({ type: z.literal('refused'), id: z.number().int().nonnegative().nullable(), error: z.string() }),
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;

/** First zod issue as one readable line. */
export function describeIssue(error: z.ZodError): string {
  const first = error.issues[0];
  return `${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}`;
}

// ---- the host ----

/** The part of `Worker` the host uses; a fake in unit tests. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(
    type: 'message' | 'error' | 'messageerror',
    listener: (event: { data?: unknown; message?: string; preventDefault?: () => void }) => void,
  ): void;
}

export interface ModelHostOptions {
  spawn: () => WorkerLike;
  onStatus?: (status: ModelStatus) => void;
  /** 1 unless the host page is cross-origin isolated (SharedArrayBuffer). */
  numThreads?: number;
  /** Development log for refused or odd messages. */
  log?: (message: string) => void;
  /** Idle time after which the worker (and the model in it) is unloaded; a request's `config.unloadAfterMs` wins. 0 = never. */
  unloadAfterMs?: number;
}

/** Default idle time before the model is unloaded: a real-size model holds ≈ 600 MB (bench: model-shape); reloading costs a few seconds. */
export const DEFAULT_UNLOAD_AFTER_MS = DEFAULT_UNLOAD_AFTER_MINUTES * 60_000;

export interface ModelHost {
  /** Never rejects: failures come back as `{ ok: false, status }`. */
  classify(request: ClassifyRequest, config: HostConfig): Promise<ClassifyResponse>;
  status(modelId: string): ModelStatus;
  /** Crashes seen so far (for tests and the dev log). */
  readonly restarts: number;
  dispose(): void;
}

interface Pending {
  message: ToWorker;
  attempts: number;
  resolve(r: ClassifyResponse): void;
}

const MAX_ATTEMPTS = 2; // the first try and one retry on a fresh worker

export function createModelHost(options: ModelHostOptions): ModelHost {
  const log = options.log ?? (() => {});
  const numThreads = options.numThreads ?? 1;
  const statuses = new Map<string, ModelStatus>();
  const pending = new Map<number, Pending>();
  let worker: WorkerLike | null = null;
  let generation = 0;
  let nextId = 0;
  let restarts = 0;
  let disposed = false;
  let unloadAfterMs = options.unloadAfterMs ?? DEFAULT_UNLOAD_AFTER_MS;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  /** Model ids the current worker has answered with. */
  const loadedIds = new Set<string>();

  const setStatus = (s: ModelStatus) => {
    if ('modelId' in s) statuses.set(s.modelId, s);
    else if (s.state === 'idle' && s.unloaded) statuses.set(s.unloaded.modelId, s);
    options.onStatus?.(s);
  };

  const stopIdleTimer = () => {
    if (idleTimer !== null) clearTimeout(idleTimer);
    idleTimer = null;
  };

  const unloadIdle = () => {
    idleTimer = null;
    if (disposed || pending.size > 0 || !worker) return;
    log(`model unloaded after ${unloadAfterMs} ms without a request`);
    worker.terminate();
    worker = null;
    generation += 1;
    for (const modelId of loadedIds) setStatus({ state: 'idle', unloaded: { modelId, afterMs: unloadAfterMs } });
    loadedIds.clear();
  };

  const armIdleTimer = () => {
    stopIdleTimer();
    if (disposed || pending.size > 0 || !worker || unloadAfterMs <= 0) return;
    idleTimer = setTimeout(unloadIdle, unloadAfterMs);
    (idleTimer as { unref?: () => void }).unref?.(); // Node (tests): a pending unload keeps no process alive
  };

  const fail = (p: Pending, message: string) => {
    pending.delete(p.message.id);
    const status: ModelStatus = { state: 'failed', modelId: p.message.config.modelId, reason: 'load-failed', message };
    setStatus(status);
    p.resolve({ ok: false, requestId: p.message.request.requestId, status });
  };

  const onCrash = (gen: number, why: string) => {
    if (gen !== generation || disposed) return; // an old worker's last words
    log(`model worker crashed: ${why}`);
    restarts += 1;
    worker?.terminate();
    worker = null;
    generation += 1;
    const held = [...pending.values()];
    for (const p of held) {
      if (p.attempts >= MAX_ATTEMPTS) fail(p, `The model worker crashed twice (${why}).`);
    }
    const retry = held.filter((p) => pending.has(p.message.id));
    if (retry.length === 0) return;
    const w = ensureWorker();
    for (const p of retry) {
      p.attempts += 1;
      setStatus({ state: 'loading', modelId: p.message.config.modelId, progress: null });
      w.postMessage(p.message);
    }
  };

  const onMessage = (gen: number, data: unknown) => {
    if (gen !== generation) return;
    const parsed = fromWorkerSchema.safeParse(data);
    if (!parsed.success) {
      log(`refused a malformed message from the model worker: ${describeIssue(parsed.error)}`);
      return;
    }
    const msg = parsed.data;
    if (msg.type === 'status') return setStatus(msg.status);
    if (msg.type === 'refused') {
      log(`the model worker refused a message: ${msg.error}`);
      const p = msg.id === null ? undefined : pending.get(msg.id);
      if (p) fail(p, `The model worker refused the request: ${msg.error}`);
      return;
    }
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.response.ok) loadedIds.add(p.message.config.modelId);
    p.resolve(msg.response);
    armIdleTimer();
  };

  function ensureWorker(): WorkerLike {
    if (worker) return worker;
    const gen = generation;
    const w = options.spawn();
    w.addEventListener('message', (e) => onMessage(gen, e.data));
    w.addEventListener('error', (e) => {
      e.preventDefault?.(); // handled here; keep it out of the page's console as an uncaught error
      onCrash(gen, e.message ?? 'error event');
    });
    w.addEventListener('messageerror', () => log('a model worker message could not be deserialised'));
    worker = w;
    return w;
  }

  return {
    classify(request, config) {
      const req = classifyRequestSchema.safeParse(request);
      const cfg = hostConfigSchema.safeParse(config);
      if (!req.success || !cfg.success) {
        const why = !req.success ? describeIssue(req.error) : describeIssue((cfg as { error: z.ZodError }).error);
        const status: ModelStatus = {
          state: 'failed',
          modelId: String((config as Partial<HostConfig>)?.modelId ?? '?'),
          reason: 'load-failed',
          message: `malformed request: ${why}`,
        };
        return Promise.resolve({ ok: false, requestId: String(request?.requestId ?? '?'), status });
      }
      if (disposed) {
        return Promise.resolve({ ok: false, requestId: req.data.requestId, status: { state: 'idle' } });
      }
      stopIdleTimer();
      if (cfg.data.unloadAfterMs !== undefined) unloadAfterMs = cfg.data.unloadAfterMs;
      return new Promise<ClassifyResponse>((resolve) => {
        const message: ToWorker = { type: 'classify', id: nextId++, request: req.data, config: cfg.data, numThreads };
        pending.set(message.id, { message, attempts: 1, resolve });
        ensureWorker().postMessage(message);
      });
    },
    status: (modelId) => statuses.get(modelId) ?? { state: 'idle' },
    get restarts() {
      return restarts;
    },
    dispose() {
      disposed = true;
      stopIdleTimer();
      worker?.terminate();
      worker = null;
      for (const p of [...pending.values()]) {
        pending.delete(p.message.id);
        p.resolve({ ok: false, requestId: p.message.request.requestId, status: { state: 'idle' } });
      }
    },
  };
}
