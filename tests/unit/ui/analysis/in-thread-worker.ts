/**
 * The analysis worker run in the test's own thread (happy-dom has no Worker): the same handler,
 * messages structured-cloned and delivered on later tasks as a real worker would.
 */
import { createWorkerHandler } from '../../../../src/ui/analysis/worker-handler';

export class InThreadWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  private stopped = false;
  private readonly handle = createWorkerHandler((m) => this.deliver(m));

  constructor(_url?: unknown, _options?: unknown) {
    this.deliver({ type: 'ready' });
  }
  postMessage(data: unknown) {
    const copy = structuredClone(data);
    setTimeout(() => !this.stopped && this.handle(copy), 0);
  }
  terminate() {
    this.stopped = true;
  }
  private deliver(m: unknown) {
    const copy = structuredClone(m);
    setTimeout(() => !this.stopped && this.onmessage?.({ data: copy }), 0);
  }
}

/** Lets components that start the analysis worker run under happy-dom. */
export function provideInThreadWorker(): void {
  const g = globalThis as { Worker?: unknown };
  if (typeof g.Worker === 'undefined') g.Worker = InThreadWorker;
}
