/**
 * Talks to the analysis worker with a time budget. Only the newest input is analysed (inputs that
 * arrive while the worker is busy replace each other). A result later than `budgetMs` still
 * counts, but the panel is told the text is too long to check live; a worker still busy after
 * `stuckMs` is terminated and a fresh one takes the next input. A message whose analysis never
 * finished is left out of later requests (the draft is still checked).
 */
import { fromWorkerSchema, type AnalyzeRequest, type CoachRequest, type FromWorker, type ToWorker } from './protocol';
import type { AnalysisResult } from './run-analysis';
import type { CoachResult } from './run-coach';

/** What the client needs of a Worker (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

export type AnalysisInput = Omit<AnalyzeRequest, 'type' | 'id'>;
export type CoachInput = Omit<CoachRequest, 'type' | 'id'>;

/** One kind of job the worker does: how to ask for it and where its answer is. */
export interface JobKind<In, Out> {
  /** `skip`: leave out the customer's message, which hung a worker before. */
  message(id: number, input: In, skip: boolean): ToWorker;
  /** The customer's message in the input, analysed first and cached by the worker; null: none. */
  incoming(input: In): string | null;
  result(m: FromWorker): Out | undefined;
}

export const REPLY_JOB: JobKind<AnalysisInput, AnalysisResult> = {
  message: (id, input, skip) => ({ type: 'analyze', id, ...input, incoming: skip ? null : input.incoming }),
  incoming: (input) => input.incoming,
  result: (m) => (m.type === 'result' ? m.result : undefined),
};

export const CALL_JOB: JobKind<CoachInput, CoachResult> = {
  message: (id, input) => ({ type: 'coach', id, ...input }),
  incoming: () => null,
  result: (m) => (m.type === 'coach-result' ? m.result : undefined),
};

export interface AnalysisUpdate<In = AnalysisInput, Out = AnalysisResult> {
  /** The newest finished analysis, and the input it answers. */
  result: Out | null;
  input: In | null;
  /** The last check took longer than the budget, or never finished: the panel may be behind. */
  tooLong: boolean;
  /** The customer's message was too long to analyse and is left out. */
  incomingSkipped: boolean;
  /** The worker could not be started (the panel has no live analysis). */
  failed?: boolean;
}

export interface AnalysisClientOptions {
  budgetMs?: number;
  stuckMs?: number;
  now?: () => number;
}

interface InFlight<In> {
  id: number;
  input: In;
  sentIncoming: boolean;
  incomingDone: boolean;
  startedAt: number;
  timers: Array<ReturnType<typeof setTimeout>>;
}

export const ANALYSIS_BUDGET_MS = 300;
export const ANALYSIS_STUCK_MS = 3_000;
const MAX_START_FAILURES = 3;

export class AnalysisClient<In = AnalysisInput, Out = AnalysisResult> {
  private worker: WorkerLike | null = null;
  private ready = false;
  private inFlight: InFlight<In> | null = null;
  private pending: In | null = null;
  private packs: readonly unknown[] = [];
  private nextId = 1;
  /** A message whose analysis was stopped: left out while it is still the one on screen. */
  private skipIncoming: string | null = null;
  private state: AnalysisUpdate<In, Out> = { result: null, input: null, tooLong: false, incomingSkipped: false };
  private readonly budgetMs: number;
  private readonly stuckMs: number;
  private readonly now: () => number;
  private disposed = false;
  private startFailures = 0;

  constructor(
    private readonly kind: JobKind<In, Out>,
    private readonly spawn: () => WorkerLike,
    private readonly onUpdate: (u: AnalysisUpdate<In, Out>) => void,
    options: AnalysisClientOptions = {},
  ) {
    this.budgetMs = options.budgetMs ?? ANALYSIS_BUDGET_MS;
    this.stuckMs = options.stuckMs ?? ANALYSIS_STUCK_MS;
    this.now = options.now ?? (() => performance.now());
    this.start();
  }

  /** The team packs' rules and cards; sent to the worker once per change. */
  setTeam(packs: readonly unknown[]): void {
    this.packs = packs;
    if (this.worker && this.ready) this.send({ type: 'team', packs: [...packs] });
  }

  analyze(input: In): void {
    this.pending = input;
    this.pump();
  }

  dispose(): void {
    this.disposed = true;
    this.clearInFlight();
    this.worker?.terminate();
    this.worker = null;
  }

  private start(): void {
    const w = this.spawn();
    this.worker = w;
    this.ready = false;
    w.onmessage = (e) => this.receive(w, e.data);
    w.onerror = (e) => {
      console.warn('[triade] analysis worker failed', e);
      if (this.worker !== w) return;
      // A worker that fails before it is ready would fail again: stop after a few tries instead of spinning.
      if (!this.ready && ++this.startFailures >= MAX_START_FAILURES) {
        this.clearInFlight();
        w.terminate();
        this.worker = null;
        this.emit({ failed: true });
        return;
      }
      // A worker that died on a job (out of memory on a pasted novel, say) must not drop it in
      // silence: check the same input again on a fresh worker, without the message it died on, and
      // say so, as for a stuck one.
      const f = this.ready ? this.inFlight : null;
      if (f) {
        if (!this.pending) this.pending = f.input;
        this.abandon(f);
        return;
      }
      this.restart();
    };
  }

  private restart(): void {
    this.clearInFlight();
    this.worker?.terminate();
    this.worker = null;
    if (!this.disposed) this.start();
  }

  private send(m: ToWorker): void {
    this.worker?.postMessage(m);
  }

  private emit(patch: Partial<AnalysisUpdate<In, Out>>): void {
    this.state = { ...this.state, ...patch };
    this.onUpdate(this.state);
  }

  private pump(): void {
    if (this.disposed || !this.worker || !this.ready || this.inFlight || !this.pending) return;
    const input = this.pending;
    this.pending = null;
    const incoming = this.kind.incoming(input);
    const sentIncoming = incoming !== null && incoming !== this.skipIncoming;
    const id = this.nextId++;
    const f: InFlight<In> = { id, input, sentIncoming, incomingDone: !sentIncoming, startedAt: this.now(), timers: [] };
    this.inFlight = f;
    f.timers.push(
      setTimeout(() => this.inFlight === f && this.emit({ tooLong: true }), this.budgetMs),
      setTimeout(() => this.inFlight === f && this.stuck(f), this.stuckMs),
    );
    this.send(this.kind.message(id, input, incoming !== null && !sentIncoming));
  }

  private stuck(f: InFlight<In>): void {
    console.warn(`[triade] analysis took over ${this.stuckMs} ms: worker restarted`);
    this.abandon(f);
  }

  /** Give up on the worker over job `f`: a fresh one, never again sent the message it hung or died on; say so. */
  private abandon(f: InFlight<In>): void {
    const incoming = this.kind.incoming(f.input);
    if (!f.incomingDone && incoming !== null) this.skipIncoming = incoming;
    this.restart();
    this.emit({ tooLong: true });
  }

  private receive(from: WorkerLike, data: unknown): void {
    if (from !== this.worker) return;
    const parsed = fromWorkerSchema.safeParse(data);
    if (!parsed.success) {
      console.warn('[triade] dropped a malformed analysis result:', parsed.error.issues[0]?.message);
      return;
    }
    const m = parsed.data;
    if (m.type === 'ready') {
      this.ready = true;
      this.startFailures = 0;
      if (this.packs.length) this.send({ type: 'team', packs: [...this.packs] });
      this.pump();
      return;
    }
    const f = this.inFlight;
    if (!f || m.id !== f.id) return;
    if (m.type === 'incoming-done') {
      f.incomingDone = true;
      return;
    }
    const late = this.now() - f.startedAt > this.budgetMs;
    this.clearInFlight();
    const result = this.kind.result(m);
    if (result === undefined) {
      console.warn('[triade] analysis failed:', m.type === 'error' ? m.message : `unexpected ${m.type}`);
      this.emit({ tooLong: late });
    } else {
      const incomingSkipped = this.kind.incoming(f.input) !== null && !f.sentIncoming;
      this.emit({ result, input: f.input, tooLong: late || incomingSkipped, incomingSkipped });
    }
    this.pump();
  }

  private clearInFlight(): void {
    for (const t of this.inFlight?.timers ?? []) clearTimeout(t);
    this.inFlight = null;
  }
}
