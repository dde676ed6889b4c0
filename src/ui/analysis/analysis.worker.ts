/**
 * The side panel's analysis worker: the src/core engine off the panel's main thread (reply mode's
 * analysis and call mode's coaching), so a long or hostile text cannot freeze the panel. Started
 * by analysis-client.ts through a `?worker` import (spawn-analysis-worker.ts); every message is
 * parsed with protocol.ts before it is used (worker-handler.ts).
 */
import { createWorkerHandler } from './worker-handler';
import type { FromWorker } from './protocol';
import { warmEngine } from './run-analysis';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
}
const scope = globalThis as unknown as WorkerScope;
const post = (m: FromWorker) => scope.postMessage(m);

const handle = createWorkerHandler(post);
scope.addEventListener('message', (e) => handle(e.data));
// Requests wait in the panel until 'ready': the patterns are compiled by then, and the first message is timed fairly.
try {
  warmEngine();
} catch (err) {
  console.warn('[triade] analysis worker warm-up failed:', String(err).slice(0, 200));
}
post({ type: 'ready' });
