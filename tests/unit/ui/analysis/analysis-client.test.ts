import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AnalysisClient,
  REPLY_JOB,
  type AnalysisInput,
  type AnalysisUpdate,
  type WorkerLike,
} from '../../../../src/ui/analysis/analysis-client';
import { toWorkerSchema, type FromWorker } from '../../../../src/ui/analysis/protocol';
import { createIncomingCache, NO_TEAM, runAnalysis, teamOf } from '../../../../src/ui/analysis/run-analysis';

/** A worker that runs the real engine, answering after `delay(request)` ms (Infinity: never). */
class FakeWorker implements WorkerLike {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  terminated = false;
  received: unknown[] = [];
  private team = NO_TEAM;
  private lexicon = createIncomingCache();
  constructor(private delay: (incoming: string | null) => number) {
    setTimeout(() => this.out({ type: 'ready' }), 0);
  }
  postMessage(raw: unknown) {
    this.received.push(raw);
    const m = toWorkerSchema.parse(raw);
    if (m.type === 'team') return void (this.team = teamOf(m.packs));
    if (m.type !== 'analyze') throw new Error('this fake answers reply analyses only');
    const ms = this.delay(m.incoming);
    if (!Number.isFinite(ms)) return;
    setTimeout(() => this.out({ type: 'result', id: m.id, ms, result: runAnalysis(m, this.team, this.lexicon) }), ms);
  }
  terminate() {
    this.terminated = true;
  }
  private out(m: FromWorker) {
    if (!this.terminated) this.onmessage?.({ data: m });
  }
}

const input = (incoming: string | null, draft: string): AnalysisInput => ({
  incoming,
  draft,
  uiLang: 'nl',
  model: { status: { state: 'idle' } },
  now: Date.UTC(2026, 10, 24, 9),
});

describe('AnalysisClient', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('answers the newest input; inputs sent while the worker is busy replace each other', async () => {
    const workers: FakeWorker[] = [];
    const updates: AnalysisUpdate[] = [];
    const c = new AnalysisClient(
      REPLY_JOB,
      () => (workers.push(new FakeWorker(() => 5)), workers.at(-1)!),
      (u) => updates.push(u),
    );
    await vi.advanceTimersByTimeAsync(1);
    c.analyze(input('Ik wacht al drie weken!', 'Dat is niet mijn afdeling.'));
    c.analyze(input('Ik wacht al drie weken!', 'Dat is niet mijn afdeling. Ik'));
    c.analyze(input('Ik wacht al drie weken!', 'Dat is niet mijn afdeling. Ik weet het niet.'));
    await vi.advanceTimersByTimeAsync(50);
    // The first went at once, the middle one was replaced by the last.
    expect(workers[0]!.received).toHaveLength(2);
    const last = updates.at(-1)!;
    expect(last.input?.draft).toBe('Dat is niet mijn afdeling. Ik weet het niet.');
    expect(last.result?.check.violations.map((v) => v.rule)).toContain('dont_know');
    expect(last.tooLong).toBe(false);
    c.dispose();
  });

  it('past the budget says "too long" and keeps the last result; a stuck worker is replaced and the message left out', async () => {
    const HUGE = 'x'.repeat(1000);
    const workers: FakeWorker[] = [];
    const updates: AnalysisUpdate[] = [];
    const c = new AnalysisClient(
      REPLY_JOB,
      () => (workers.push(new FakeWorker((incoming) => (incoming === HUGE ? Infinity : 2))), workers.at(-1)!),
      (u) => updates.push(u),
      { budgetMs: 300, stuckMs: 3000 },
    );
    await vi.advanceTimersByTimeAsync(1);
    c.analyze(input('Waar blijft mijn pakket?', 'Beste klant,'));
    await vi.advanceTimersByTimeAsync(10);
    const good = updates.at(-1)!;
    expect(good.result?.analysis).not.toBeNull();

    c.analyze(input(HUGE, 'Beste klant,'));
    await vi.advanceTimersByTimeAsync(301);
    expect(updates.at(-1)).toMatchObject({ tooLong: true });
    expect(updates.at(-1)!.result).toBe(good.result); // the last result stays on screen
    await vi.advanceTimersByTimeAsync(3000);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);

    // The next keystroke goes to the fresh worker, without the message that hung the old one.
    c.analyze(input(HUGE, 'Beste klant, ik weet het niet.'));
    await vi.advanceTimersByTimeAsync(20);
    const after = updates.at(-1)!;
    expect(after).toMatchObject({ tooLong: true, incomingSkipped: true });
    expect(after.result?.analysis).toBeNull();
    expect(after.result?.check.violations.map((v) => v.rule)).toContain('dont_know');
    expect((workers[1]!.received.at(-1) as { incoming: unknown }).incoming).toBeNull();

    // A normal message again: live, and nothing too long.
    c.analyze(input('Mijn factuur klopt niet.', 'Beste klant,'));
    await vi.advanceTimersByTimeAsync(20);
    expect(updates.at(-1)).toMatchObject({ tooLong: false, incomingSkipped: false });
    c.dispose();
  });

  it('a worker that dies on a job does not drop it: the same input is checked again without the message, and the panel says so', async () => {
    const HUGE = 'y'.repeat(1000);
    const workers: FakeWorker[] = [];
    const updates: AnalysisUpdate[] = [];
    const c = new AnalysisClient(
      REPLY_JOB,
      () => {
        const w = new FakeWorker((incoming) => (incoming === HUGE ? Infinity : 2));
        // Dies (as an out-of-memory worker does) on the message it cannot handle.
        const post = w.postMessage.bind(w);
        w.postMessage = (raw: unknown) => {
          post(raw);
          if ((raw as { incoming?: unknown }).incoming === HUGE) setTimeout(() => w.onerror?.(new Error('out of memory')), 5);
        };
        workers.push(w);
        return w;
      },
      (u) => updates.push(u),
      { budgetMs: 300, stuckMs: 3000 },
    );
    await vi.advanceTimersByTimeAsync(1);
    c.analyze(input(HUGE, 'Beste klant, ik weet het niet.'));
    await vi.advanceTimersByTimeAsync(50);
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    const after = updates.at(-1)!;
    expect(after).toMatchObject({ tooLong: true, incomingSkipped: true });
    expect(after.result?.check.violations.map((v) => v.rule)).toContain('dont_know');
    expect((workers[1]!.received.at(-1) as { incoming: unknown }).incoming).toBeNull();
    c.dispose();
  });

  it('gives up on a worker that fails to start, instead of restarting it for ever', async () => {
    let spawned = 0;
    const updates: AnalysisUpdate[] = [];
    const broken = (): WorkerLike => {
      spawned++;
      const w: WorkerLike = { onmessage: null, onerror: null, postMessage() {}, terminate() {} };
      setTimeout(() => w.onerror?.(new Error('script blocked')), 0);
      return w;
    };
    const c = new AnalysisClient(REPLY_JOB, broken, (u) => updates.push(u));
    c.analyze(input('Waar blijft mijn pakket?', ''));
    await vi.advanceTimersByTimeAsync(100);
    expect(spawned).toBe(3);
    expect(updates.at(-1)).toMatchObject({ failed: true, result: null });
    c.dispose();
  });

  it('drops malformed messages on both sides', async () => {
    const updates: AnalysisUpdate[] = [];
    let w!: FakeWorker;
    const c = new AnalysisClient(
      REPLY_JOB,
      () => (w = new FakeWorker(() => 1)),
      (u) => updates.push(u),
    );
    await vi.advanceTimersByTimeAsync(1);
    w.onmessage!({ data: { type: 'result', id: 1, ms: 1, result: { check: 'nope' } } });
    expect(updates).toHaveLength(0);
    expect(toWorkerSchema.safeParse({ type: 'analyze', id: 1, incoming: 5 }).success).toBe(false);
    c.dispose();
  });
});
