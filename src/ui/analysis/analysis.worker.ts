/**
 * The side panel's analysis worker: the src/core engine off the panel's main thread, so a long or
 * hostile message cannot freeze the panel. Started by analysis-client.ts through a `?worker` import
 * (spawn-analysis-worker.ts); every message is parsed with protocol.ts before it is used.
 */
import { createIncomingCache, NO_TEAM, runAnalysis, teamOf, type Team } from './run-analysis';
import { toWorkerSchema, type FromWorker } from './protocol';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
}
const scope = globalThis as unknown as WorkerScope;
const post = (m: FromWorker) => scope.postMessage(m);

let team: Team = NO_TEAM;
let current = -1;
// Tells the panel when the message itself is done, so a timeout can be blamed on the message or on the draft.
const lexicon = createIncomingCache(() => post({ type: 'incoming-done', id: current }));

scope.addEventListener('message', (e) => {
  const msg = toWorkerSchema.safeParse(e.data);
  if (!msg.success) {
    console.warn('[triade] analysis worker dropped a message:', msg.error.issues[0]?.message);
    return;
  }
  const m = msg.data;
  if (m.type === 'team') {
    team = teamOf(m.packs);
    return;
  }
  current = m.id;
  const t0 = performance.now();
  try {
    const result = runAnalysis(m, team, lexicon);
    post({ type: 'result', id: m.id, ms: performance.now() - t0, result });
  } catch (err) {
    post({ type: 'error', id: m.id, message: String(err).slice(0, 2000) });
  }
});

post({ type: 'ready' });
