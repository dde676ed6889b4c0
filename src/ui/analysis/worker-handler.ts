/**
 * What the analysis worker does with each message, apart from the worker itself so it can run
 * in-thread in unit tests: parse with protocol.ts, keep the team packs and the last message's
 * lexicon analysis, answer each request with its result or an error.
 */
import { createIncomingCache, NO_TEAM, runAnalysis, teamOf, type Team } from './run-analysis';
import { runCoach } from './run-coach';
import { toWorkerSchema, type FromWorker } from './protocol';

/** @example scope.addEventListener('message', (e) => handle(e.data)) with handle = createWorkerHandler((m) => scope.postMessage(m)) */
export function createWorkerHandler(post: (m: FromWorker) => void): (data: unknown) => void {
  let team: Team = NO_TEAM;
  let current = -1;
  // Tells the panel when the message itself is done, so a timeout can be blamed on the message or on the draft.
  const lexicon = createIncomingCache(() => post({ type: 'incoming-done', id: current }));
  return (data) => {
    const msg = toWorkerSchema.safeParse(data);
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
      if (m.type === 'coach') post({ type: 'coach-result', id: m.id, ms: performance.now() - t0, result: runCoach(m) });
      else post({ type: 'result', id: m.id, ms: performance.now() - t0, result: runAnalysis(m, team, lexicon) });
    } catch (err) {
      post({ type: 'error', id: m.id, message: String(err).slice(0, 2000) });
    }
  };
}
