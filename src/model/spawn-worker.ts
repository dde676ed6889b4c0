/**
 * Start the model worker. Kept apart from host.ts so unit tests can drive the host with a fake
 * worker, and so only the contexts that host the model (offscreen document, Firefox background)
 * pull in the worker chunk.
 *
 * COMPAT(wxt-0.21): WXT defines `import.meta.url` as `self.location.href` for every bundle, so
 * Vite never sees the `new Worker(new URL('./worker.ts', import.meta.url))` pattern and ships
 * the .ts path untouched. The `?worker` import is handled by Vite's worker plugin instead.
 */
import ModelWorker from './worker.ts?worker';
import type { WorkerLike } from './host';

export function spawnModelWorker(): WorkerLike {
  return new ModelWorker({ name: 'triade-model' });
}

/** Threads ONNX Runtime may use: more than one needs SharedArrayBuffer, i.e. a cross-origin-isolated page. */
export function modelThreads(): number {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  if (!isolated) return 1;
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 2;
  return Math.max(1, Math.min(4, cores));
}
