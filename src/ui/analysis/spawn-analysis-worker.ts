/**
 * Start the analysis worker. COMPAT(wxt-0.21): `new Worker(new URL(…, import.meta.url))` is not
 * bundled by WXT 0.21 (see src/model/spawn-worker.ts); the `?worker` import is.
 */
import AnalysisWorker from './analysis.worker.ts?worker';
import type { WorkerLike } from './analysis-client';

export function spawnAnalysisWorker(): WorkerLike {
  return new AnalysisWorker({ name: 'triade-analysis' }) as unknown as WorkerLike;
}
