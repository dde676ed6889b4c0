/**
 * What issue 15 added to make the real-size model affordable, on the real ONNX runtime with the small
 * generated test model: answers cached by message hash, only the customer's own words scored,
 * windows batched by length, a machine too small refused before the ONNX file is read, and the idle
 * unload of the host (fake worker, fake timers).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { shapeConfigJson } from '../../../scripts/make-shape-model';
import { TEST_MODEL_ID, writeTestModel } from '../../../scripts/make-test-model';
import { hashText, LruCache } from '../../../src/model/cache';
import {
  createClassifier,
  customerRange,
  disposeAllClassifiers,
  scoreBatch,
  type ClassifierOptions,
} from '../../../src/model/classifier';
import { lexiconOnlyReason } from '../../../src/model/fuse';
import { createModelHost, type ToWorker, type WorkerLike } from '../../../src/model/host';
import { loadModel, ModelLoadError } from '../../../src/model/load';
import { estimateParams, machineTooSmall } from '../../../src/model/machine';
import { modelBackgroundHandlers, type ModelForwarder } from '../../../src/model/offscreen-manager';
import { MODEL_SETTINGS_KEY, parseModelSettings, unloadAfterMsOf } from '../../../src/model/settings';
import type { ModelStatus } from '../../../src/model/types';
import { planBatches } from '../../../src/model/windows';

const root = path.resolve('tests/.tmp/model-speed');
const SHAPE_CONFIG_ONLY = 'triade/shape-config-only';
const opts = (extra: Partial<ClassifierOptions> = {}): ClassifierOptions => ({
  modelId: TEST_MODEL_ID,
  localModelPath: root,
  allowRemote: false,
  ...extra,
});

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await writeTestModel(root);
  // The real-size model's config.json alone: a refusal must come before any ONNX file is looked for.
  await mkdir(path.join(root, SHAPE_CONFIG_ONLY), { recursive: true });
  await writeFile(path.join(root, SHAPE_CONFIG_ONLY, 'config.json'), JSON.stringify(shapeConfigJson()));
}, 60_000);

afterAll(async () => {
  await disposeAllClassifiers();
});

describe('answer cache by message hash', () => {
  it('hashes deterministically, by content and length', () => {
    expect(hashText('Dit is slecht.')).toBe(hashText('Dit is slecht.'));
    expect(hashText('Dit is slecht.')).not.toBe(hashText('Dit is slecht!'));
    expect(hashText('')).toMatch(/:0$/);
  });

  it('keeps the most recently used entries', () => {
    const c = new LruCache<number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1); // a is now the most recent
    c.set('c', 3);
    expect(c.get('b')).toBeUndefined();
    expect([c.get('a'), c.get('c'), c.size]).toEqual([1, 3, 2]);
    const off = new LruCache<number>(0);
    off.set('a', 1);
    expect(off.get('a')).toBeUndefined();
  });

  it('answers a text scored before from the cache, with the same verdict', async () => {
    const c = await createClassifier(opts());
    const text = 'Ik ben woedend, dit is belachelijk en onacceptabel! Mijn bestelling 5501 is nog steeds niet geleverd.';
    const first = await c.classify(text);
    const again = await c.classify(text);
    expect(first.cached).toBeUndefined();
    expect(again.cached).toBe(true);
    expect({ ...again, ms: 0, cached: undefined }).toEqual({ ...first, ms: 0, cached: undefined, timing: undefined });
    // A hit says it cost no model time; the first answer says where its time went.
    expect(again.timing).toBeUndefined();
    expect(first.timing).toMatchObject({ windows: first.sentences.length, batches: 1 });
    expect(first.timing!.positions).toBeGreaterThanOrEqual(first.sentences.length * 3);
    // Other options are another answer.
    expect((await c.classify(text, { minTokens: 40 })).cached).toBeUndefined();
    // Identical requests queued together are scored once.
    const other = 'Hartelijk bedankt, super geholpen!';
    const [x, y] = await Promise.all([c.classify(other), c.classify(other)]);
    expect([x.cached, y.cached]).toEqual([undefined, true]);
  });

  it('can be turned off, and is emptied with the model', async () => {
    await disposeAllClassifiers();
    const c = await createClassifier(opts({ cacheSize: 0 }));
    await c.classify('Dit is slecht.');
    expect((await c.classify('Dit is slecht.')).cached).toBeUndefined();
    await c.dispose();
    const d = await createClassifier(opts());
    expect((await d.classify('Dit is slecht.')).cached).toBeUndefined();
  });
});

describe("only the customer's own words", () => {
  const own = 'Hartelijk bedankt, jullie hebben me super geholpen. Top service!';
  const mail = `${own}\n\nMet vriendelijke groet,\nAn Peeters\n\nOp ma 3 nov. 2025 om 10:12 schreef Klantenservice <help@example.com>:\n> Dit is belachelijk, waardeloos en onacceptabel, ik ben woedend!\n> Slechte service, walgelijk.`;

  it('finds the body as the engine does, and the whole text when there is nothing outside a quote', () => {
    expect(mail.slice(customerRange(mail).start, customerRange(mail).end)).toBe(own);
    const allQuote = '> Dit is slecht.\n> Echt slecht.';
    expect(customerRange(allQuote)).toEqual({ start: 0, end: allQuote.length });
  });

  it('leaves quoted history and signature out of the score; offsets still point into the text', async () => {
    const c = await createClassifier(opts());
    const whole = await c.classify(mail);
    const body = await c.classify(mail, { customerTextOnly: true });
    expect(body.label).toBe('positive');
    expect(body.score).toBeGreaterThan(whole.score); // the angry quote no longer counts
    expect(body.scored).toEqual({ start: 0, end: own.length });
    for (const s of body.sentences) expect(s.end).toBeLessThanOrEqual(own.length);
    expect(whole.scored).toEqual({ start: 0, end: mail.length });
    // A body that does not start at 0 keeps its offsets in the full text.
    const indented = `\n\n${mail}`;
    const r = await c.classify(indented, { customerTextOnly: true });
    expect(indented.slice(r.sentences[0]!.start, r.sentences.at(-1)!.end)).toContain('Top service!');
  });
});

describe('windows batched by length', () => {
  it('groups similar lengths, covers every window once, and caps the batch size', () => {
    const w = [40, 10, 12, 11, 200, 45, 13].map((tokens) => ({ tokens }));
    const batches = planBatches(w, 16);
    expect(batches.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(batches).toEqual([[1, 3, 2, 6], [0, 5], [4]]);
    expect(planBatches(w, 2).every((b) => b.length <= 2)).toBe(true);
    expect(planBatches([], 16)).toEqual([]);
  });

  it('gives the same answer in text order whatever the batch size', async () => {
    const c = await createClassifier(opts({ cacheSize: 0 }));
    const text =
      'Hoi. Dit is echt belachelijk en waardeloos, ik ben woedend! Mijn pakket 12345 is nog steeds niet geleverd. Bedankt voor niets. Super geholpen, top, hartelijk bedankt voor de snelle hulp!';
    const one = await c.classify(text, { batchSize: 1, minTokens: 1 });
    const many = await c.classify(text, { batchSize: 16, minTokens: 1 });
    expect(many.sentences).toEqual(one.sentences);
    expect(many.sentences.map((s) => s.start)).toEqual([...many.sentences.map((s) => s.start)].sort((a, b) => a - b));
    expect(many.score).toBeCloseTo(one.score, 6);
    expect(many.mostNegative).toBe(one.mostNegative);
  });
});

describe('scoring in steps (tokenizer, then ONNX Runtime) answers what the pipeline answers', () => {
  it('gives the same labels and scores as transformers.js pipe(texts, { topk: null }), batch by batch', async () => {
    const loaded = await loadModel(opts());
    try {
      const batches = [
        [
          'Dit is echt belachelijk en waardeloos, ik ben woedend!',
          'Hartelijk bedankt, super geholpen!',
          'Mijn pakket is nog steeds niet geleverd.',
        ],
        ['Hoi.'],
        ['The service was terrible and nobody answered my emails, this is unacceptable.', 'Thanks a lot, great help!'],
      ];
      for (const texts of batches) {
        const timing = { tokenizeMs: 0, runMs: 0, batches: 0, positions: 0 };
        const stepwise = await scoreBatch(loaded.pipe, texts, timing);
        const viaPipe = (await loaded.pipe(texts, { topk: null })) as Array<Array<{ label: string; score: number }>>;
        expect(stepwise.map((row) => row.map((x) => x.label))).toEqual(viaPipe.map((row) => row.map((x) => x.label)));
        stepwise.forEach((row, i) => row.forEach((x, k) => expect(x.score).toBeCloseTo(viaPipe[i]![k]!.score, 6)));
        expect(timing.batches).toBe(1);
        expect(timing.positions % texts.length).toBe(0); // one padded length for the batch
      }
    } finally {
      await loaded.pipe.dispose();
    }
  });
});

describe('a machine too small for the model', () => {
  it('estimates the real-size model at its parameter count', () => {
    expect(estimateParams(shapeConfigJson())).toBeGreaterThan(160e6);
    expect(estimateParams(shapeConfigJson())).toBeLessThan(175e6);
    expect(estimateParams({})).toBe(0);
  });

  it('refuses BERT-base on 1 GB or on one core, never the small test model', () => {
    const cfg = shapeConfigJson();
    expect(machineTooSmall(cfg, { memoryGb: 1, cores: 4 }, 'x/y')).toMatch(/1 GB of memory.*needs about \d+ MB/);
    expect(machineTooSmall(cfg, { memoryGb: 8, cores: 1 }, 'x/y')).toMatch(/one processor core/);
    expect(machineTooSmall(cfg, { memoryGb: 8, cores: 2 }, 'x/y')).toBeNull();
    expect(machineTooSmall(cfg, { memoryGb: null, cores: null }, 'x/y')).toBeNull();
    expect(machineTooSmall({ vocab_size: 3000, hidden_size: 4 }, { memoryGb: 0.25, cores: 1 }, 'x/y')).toBeNull();
  });

  it('fails the load with reason machine-too-small before reading the ONNX file, and the panel says why', async () => {
    const err = await createClassifier(opts({ modelId: SHAPE_CONFIG_ONLY, machine: { memoryGb: 1, cores: 2 } })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ModelLoadError);
    expect((err as ModelLoadError).reason).toBe('machine-too-small');
    expect((err as ModelLoadError).message).toMatch(/1 GB/);
    const status: ModelStatus = { state: 'failed', modelId: SHAPE_CONFIG_ONLY, reason: 'machine-too-small', message: '' };
    expect(lexiconOnlyReason(status)).toBe('machine-too-small');
    // The same config on a big enough machine goes on to look for the ONNX file (absent here).
    const err2 = await createClassifier(opts({ modelId: SHAPE_CONFIG_ONLY, machine: { memoryGb: 8, cores: 2 } })).catch(
      (e: unknown) => e,
    );
    expect((err2 as ModelLoadError).reason).not.toBe('machine-too-small');
  });
});

describe('unload after an idle time', () => {
  type Listener = (event: { data?: unknown }) => void;
  function setup(unloadAfterMs?: number) {
    const workers: Array<WorkerLike & { terminated: boolean; received: ToWorker[] }> = [];
    const statuses: ModelStatus[] = [];
    const host = createModelHost({
      ...(unloadAfterMs !== undefined ? { unloadAfterMs } : {}),
      onStatus: (s) => statuses.push(s),
      spawn: () => {
        const listeners: Listener[] = [];
        const w = {
          terminated: false,
          received: [] as ToWorker[],
          postMessage(m: unknown) {
            const msg = m as ToWorker;
            w.received.push(msg);
            const result = {
              modelId: msg.config.modelId,
              label: 'neutral',
              score: 0,
              intensity: 1,
              confidence: 1,
              sentences: [],
              mostNegative: null,
              truncated: false,
              ms: 1,
            };
            queueMicrotask(() =>
              listeners.forEach((l) =>
                l({ data: { type: 'answer', id: msg.id, response: { ok: true, requestId: msg.request.requestId, result } } }),
              ),
            );
          },
          terminate() {
            w.terminated = true;
          },
          addEventListener(type: string, l: Listener) {
            if (type === 'message') listeners.push(l);
          },
        };
        workers.push(w);
        return w;
      },
    });
    return { host, workers, statuses };
  }
  const config = { modelId: 'triade/test-sentiment-nl-en', allowRemote: false };

  it('terminates the worker after the idle time, says so, and loads again on the next message', async () => {
    vi.useFakeTimers();
    try {
      const { host, workers, statuses } = setup(60_000);
      await host.classify({ requestId: 'a', text: 'x' }, config);
      await vi.advanceTimersByTimeAsync(59_000);
      await host.classify({ requestId: 'b', text: 'y' }, config); // a message resets the clock
      await vi.advanceTimersByTimeAsync(59_000);
      expect(workers[0]!.terminated).toBe(false);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(workers[0]!.terminated).toBe(true);
      const unloaded: ModelStatus = { state: 'idle', unloaded: { modelId: config.modelId, afterMs: 60_000 } };
      expect(statuses.at(-1)).toEqual(unloaded);
      expect(host.status(config.modelId)).toEqual(unloaded);
      expect(lexiconOnlyReason(unloaded)).toBe('model-unloaded');
      const again = await host.classify({ requestId: 'c', text: 'z' }, config);
      expect(again.ok).toBe(true);
      expect(workers).toHaveLength(2);
      host.dispose();
    } finally {
      vi.useRealTimers();
    }
  });

  it("follows the request's setting; 0 keeps the model loaded", async () => {
    vi.useFakeTimers();
    try {
      const { host, workers } = setup();
      await host.classify({ requestId: 'a', text: 'x' }, { ...config, unloadAfterMs: 0 });
      await vi.advanceTimersByTimeAsync(24 * 3_600_000);
      expect(workers[0]!.terminated).toBe(false);
      await host.classify({ requestId: 'b', text: 'x' }, { ...config, unloadAfterMs: 5_000 });
      await vi.advanceTimersByTimeAsync(5_001);
      expect(workers[0]!.terminated).toBe(true);
      host.dispose();
    } finally {
      vi.useRealTimers();
    }
  });

  it('comes from the settings, in minutes; absent leaves the default', async () => {
    expect(unloadAfterMsOf(parseModelSettings({ unloadAfterMinutes: 10 }))).toBe(600_000);
    expect(unloadAfterMsOf(parseModelSettings({}))).toBeUndefined();
    expect(parseModelSettings({ unloadAfterMinutes: -3 }).unloadAfterMinutes).toBeUndefined();
    const sent: unknown[] = [];
    const forwarder: ModelForwarder = {
      classify: async (r, c) => (sent.push(c), { ok: false, requestId: r.requestId, status: { state: 'idle' } }),
      status: async () => ({ state: 'idle' }),
    };
    const storage = (v: unknown) => ({ get: async () => ({ [MODEL_SETTINGS_KEY]: v }), set: async () => {} });
    await modelBackgroundHandlers(storage({ unloadAfterMinutes: 0.5 }), forwarder)['panel→model/classify']({
      requestId: 'r',
      text: 't',
    });
    await modelBackgroundHandlers(storage({}), forwarder)['panel→model/classify']({ requestId: 'r', text: 't' });
    expect(sent).toEqual([
      { modelId: 'Xenova/bert-base-multilingual-uncased-sentiment', allowRemote: false, unloadAfterMs: 30_000 },
      { modelId: 'Xenova/bert-base-multilingual-uncased-sentiment', allowRemote: false },
    ]);
  });
});
