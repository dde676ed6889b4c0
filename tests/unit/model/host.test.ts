import { describe, expect, it } from 'vitest';
import { createModelHost, type ToWorker, type WorkerLike } from '../../../src/model/host';
import type { ModelResult, ModelStatus } from '../../../src/model/types';

type Listener = (event: { data?: unknown; message?: string; preventDefault?: () => void }) => void;

/** A worker whose behaviour per request is scripted by the test. */
class FakeWorker implements WorkerLike {
  readonly received: ToWorker[] = [];
  terminated = false;
  private listeners: Record<string, Listener[]> = {};
  constructor(private readonly onRequest: (w: FakeWorker, m: ToWorker) => void) {}
  postMessage(message: unknown) {
    this.received.push(message as ToWorker);
    queueMicrotask(() => this.onRequest(this, message as ToWorker));
  }
  terminate() {
    this.terminated = true;
  }
  addEventListener(type: string, listener: Listener) {
    (this.listeners[type] ??= []).push(listener);
  }
  emit(type: 'message' | 'error', event: { data?: unknown; message?: string }) {
    for (const l of this.listeners[type] ?? []) l({ ...event, preventDefault: () => {} });
  }
}

const config = { modelId: 'triade/test-sentiment-nl-en', allowRemote: false };
const result = (modelId = config.modelId): ModelResult => ({
  modelId,
  label: 'negative',
  score: -0.8,
  intensity: 3,
  confidence: 0.9,
  sentences: [],
  mostNegative: null,
  truncated: false,
  ms: 1,
});
const answer = (w: FakeWorker, m: ToWorker) =>
  w.emit('message', {
    data: { type: 'answer', id: m.id, response: { ok: true, requestId: m.request.requestId, result: result() } },
  });
const crash = (w: FakeWorker) => w.emit('error', { message: 'RuntimeError: memory access out of bounds' });

function setup(script: Array<(w: FakeWorker, m: ToWorker) => void>) {
  const workers: FakeWorker[] = [];
  const statuses: ModelStatus[] = [];
  const logs: string[] = [];
  const host = createModelHost({
    spawn: () => {
      const w = new FakeWorker(script[workers.length] ?? answer);
      workers.push(w);
      return w;
    },
    onStatus: (s) => statuses.push(s),
    log: (m) => logs.push(m),
  });
  return { host, workers, statuses, logs };
}

describe('model host', () => {
  it('sends a request to the worker and returns its answer; the worker is started once, on demand', async () => {
    const { host, workers } = setup([answer]);
    expect(workers).toHaveLength(0);
    const a = await host.classify({ requestId: 'r1', text: 'slecht' }, config);
    const b = await host.classify({ requestId: 'r2', text: 'goed' }, config);
    expect(a).toMatchObject({ ok: true, requestId: 'r1', result: { label: 'negative' } });
    expect(b).toMatchObject({ ok: true, requestId: 'r2' });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received.map((m) => m.numThreads)).toEqual([1, 1]);
  });

  it('restarts a crashed worker and retries the request once', async () => {
    const { host, workers, statuses, logs } = setup([crash, answer]);
    const r = await host.classify({ requestId: 'r1', text: 'slecht' }, config);
    expect(r).toMatchObject({ ok: true, requestId: 'r1' });
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.received[0]!.request.requestId).toBe('r1');
    expect(host.restarts).toBe(1);
    expect(statuses).toContainEqual({ state: 'loading', modelId: config.modelId, progress: null });
    expect(logs.some((l) => l.includes('crashed'))).toBe(true);
  });

  it('gives up after the retry crashes too: a failed status, no third worker', async () => {
    const { host, workers } = setup([crash, crash, answer]);
    const r = await host.classify({ requestId: 'r1', text: 'slecht' }, config);
    expect(r).toMatchObject({
      ok: false,
      requestId: 'r1',
      status: { state: 'failed', reason: 'load-failed', modelId: config.modelId },
    });
    expect(r.ok === false && r.status.state === 'failed' && r.status.message).toMatch(/crashed twice/);
    expect(workers).toHaveLength(2);
    expect(host.status(config.modelId)).toMatchObject({ state: 'failed' });
    // The next request gets a fresh worker and a fresh pair of attempts.
    expect(await host.classify({ requestId: 'r2', text: 'x' }, config)).toMatchObject({ ok: true });
    expect(workers).toHaveLength(3);
  });

  it('retries every request the crashed worker held, each once', async () => {
    let first = true;
    const { host, workers } = setup([
      (w) => {
        if (first) {
          first = false;
          return; // hold the first request until the second arrives, then crash with both pending
        }
        crash(w);
      },
      answer,
    ]);
    const [a, b] = await Promise.all([
      host.classify({ requestId: 'a', text: '1' }, config),
      host.classify({ requestId: 'b', text: '2' }, config),
    ]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(workers[1]!.received.map((m) => m.request.requestId).sort()).toEqual(['a', 'b']);
  });

  it('refuses malformed messages from the worker with a clear log line, and keeps waiting for the real answer', async () => {
    const { host, logs } = setup([
      (w, m) => {
        w.emit('message', {
          data: { type: 'answer', id: m.id, response: { ok: true, requestId: 'r1', result: { label: 'furious' } } },
        });
        w.emit('message', { data: 'hello' });
        answer(w, m);
      },
    ]);
    expect(await host.classify({ requestId: 'r1', text: 'x' }, config)).toMatchObject({ ok: true });
    expect(logs.filter((l) => l.startsWith('refused a malformed message from the model worker'))).toHaveLength(2);
  });

  it('refuses a malformed request without starting a worker', async () => {
    const { host, workers } = setup([answer]);
    const r = await host.classify({ requestId: '', text: 'x' }, config);
    expect(r).toMatchObject({
      ok: false,
      status: { state: 'failed', message: expect.stringMatching(/^malformed request: requestId/) },
    });
    const bad = await host.classify({ requestId: 'r', text: 'x' }, { modelId: '../../etc', allowRemote: false });
    expect(bad).toMatchObject({ ok: false, status: { message: expect.stringMatching(/^malformed request: modelId/) } });
    expect(workers).toHaveLength(0);
  });

  it('fails a request the worker refused, at once', async () => {
    const { host } = setup([
      (w, m) => w.emit('message', { data: { type: 'refused', id: m.id, error: 'text: expected string' } }),
    ]);
    const r = await host.classify({ requestId: 'r1', text: 'x' }, config);
    expect(r).toMatchObject({ ok: false, status: { state: 'failed', message: expect.stringContaining('refused') } });
  });

  it('keeps the latest status per model and passes status broadcasts on', async () => {
    const { host, statuses } = setup([
      (w, m) => {
        w.emit('message', {
          data: {
            type: 'status',
            status: { state: 'loading', modelId: config.modelId, progress: 0.5, file: 'onnx/model_quantized.onnx' },
          },
        });
        w.emit('message', {
          data: { type: 'status', status: { state: 'ready', modelId: config.modelId, source: 'bundled', loadMs: 12 } },
        });
        answer(w, m);
      },
    ]);
    expect(host.status(config.modelId)).toEqual({ state: 'idle' });
    await host.classify({ requestId: 'r1', text: 'x' }, config);
    expect(statuses.map((s) => s.state)).toEqual(['loading', 'ready']);
    expect(host.status(config.modelId)).toEqual({ state: 'ready', modelId: config.modelId, source: 'bundled', loadMs: 12 });
  });

  it('ignores the last words of a worker it already replaced', async () => {
    let old: FakeWorker | undefined;
    const { host } = setup([
      (w) => {
        old = w;
        crash(w);
      },
      answer,
    ]);
    await host.classify({ requestId: 'r1', text: 'x' }, config);
    crash(old!); // a late error event from the terminated worker
    expect(host.restarts).toBe(1);
  });

  it('answers pending requests with idle on dispose', async () => {
    const { host } = setup([() => {}]);
    const p = host.classify({ requestId: 'r1', text: 'x' }, config);
    await Promise.resolve();
    host.dispose();
    expect(await p).toEqual({ ok: false, requestId: 'r1', status: { state: 'idle' } });
  });
});
