import { beforeEach, describe, expect, it } from 'vitest';
import {
  ensureOffscreen,
  modelBackgroundHandlers,
  offscreenForwarder,
  type ChromeOffscreenApi,
} from '../../../src/model/offscreen-manager';
import {
  DEFAULT_MODEL_ID,
  MODEL_SETTINGS_KEY,
  parseModelSettings,
  readModelSettings,
  writeModelSettings,
  type LocalStorageLike,
} from '../../../src/model/settings';

function memoryStorage(initial: Record<string, unknown> = {}): LocalStorageLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return { data, get: async (k) => (k in data ? { [k]: data[k] } : {}), set: async (items) => void Object.assign(data, items) };
}

function fakeChrome(answer: (msg: { name: string; payload: Record<string, unknown> }) => unknown) {
  let exists = false;
  const created: string[] = [];
  const sent: Array<{ name: string; payload: Record<string, unknown> }> = [];
  const api: ChromeOffscreenApi = {
    offscreen: {
      createDocument: async ({ url }) => {
        await new Promise((r) => setTimeout(r, 5));
        if (exists) throw new Error('Only a single offscreen document may be created.');
        exists = true;
        created.push(url);
      },
    },
    runtime: {
      getURL: (p) => `chrome-extension://abc/${p}`,
      getContexts: async () => (exists ? [{}] : []),
      sendMessage: async (m) => {
        sent.push(m as never);
        return answer(m as never);
      },
    },
  };
  return { api, created, sent, kill: () => (exists = false) };
}

const ok = (payload: Record<string, unknown>) => ({
  ok: true,
  requestId: payload.requestId,
  result: {
    modelId: 'm/x',
    label: 'neutral',
    score: 0,
    intensity: 1,
    confidence: 1,
    sentences: [],
    mostNegative: null,
    truncated: false,
    ms: 1,
  },
});

describe('model settings', () => {
  it('defaults: model engine, the multilingual default model, downloads off', () => {
    expect(parseModelSettings(undefined)).toEqual({ engine: 'model', modelId: DEFAULT_MODEL_ID, allowDownload: false });
  });
  it('repairs broken fields one by one and refuses ids that climb out of models/', () => {
    expect(parseModelSettings({ engine: 'gpt', modelId: '../../secrets', allowDownload: 'yes' })).toEqual(parseModelSettings({}));
    expect(parseModelSettings({ modelId: 'a/..' }).modelId).toBe(DEFAULT_MODEL_ID);
    expect(parseModelSettings({ engine: 'lexicon', modelId: 'owner/name-v2.1' })).toMatchObject({
      engine: 'lexicon',
      modelId: 'owner/name-v2.1',
    });
  });
  it('reads and writes one key in storage.local', async () => {
    const storage = memoryStorage();
    await writeModelSettings(storage, { allowDownload: true });
    expect(Object.keys(storage.data)).toEqual([MODEL_SETTINGS_KEY]);
    expect(await readModelSettings(storage)).toMatchObject({ engine: 'model', allowDownload: true });
  });
});

describe('background side of the model', () => {
  let storage: ReturnType<typeof memoryStorage>;
  beforeEach(() => (storage = memoryStorage()));

  it('creates the offscreen document once, even for concurrent requests', async () => {
    const c = fakeChrome((m) => ok(m.payload));
    await Promise.all([ensureOffscreen(c.api), ensureOffscreen(c.api), ensureOffscreen(c.api)]);
    await ensureOffscreen(c.api);
    expect(c.created).toEqual(['offscreen.html']);
  });

  it('forwards with the stored settings and target offscreen', async () => {
    const c = fakeChrome((m) => ok(m.payload));
    await writeModelSettings(storage, { modelId: 'triade/test-sentiment-nl-en', allowDownload: true });
    const h = modelBackgroundHandlers(storage, offscreenForwarder(c.api));
    expect(await h['panel→model/classify']({ requestId: 'r', text: 'hoi' })).toMatchObject({ ok: true, requestId: 'r' });
    expect(c.sent[0]).toEqual({
      name: 'bg→offscreen/classify',
      payload: {
        requestId: 'r',
        text: 'hoi',
        target: 'offscreen',
        config: { modelId: 'triade/test-sentiment-nl-en', allowRemote: true },
      },
    });
  });

  it('lexicon engine: answers disabled without creating the document', async () => {
    const c = fakeChrome((m) => ok(m.payload));
    await writeModelSettings(storage, { engine: 'lexicon' });
    const h = modelBackgroundHandlers(storage, offscreenForwarder(c.api));
    expect(await h['panel→model/classify']({ requestId: 'r', text: 'hoi' })).toEqual({
      ok: false,
      requestId: 'r',
      status: { state: 'disabled' },
    });
    expect(await h['panel→model/status']()).toEqual({ state: 'disabled' });
    expect(c.created).toEqual([]);
  });

  it('status does not start the model', async () => {
    const c = fakeChrome(() => ({ state: 'ready', modelId: DEFAULT_MODEL_ID, source: 'bundled', loadMs: 3 }));
    const h = modelBackgroundHandlers(storage, offscreenForwarder(c.api));
    expect(await h['panel→model/status']()).toEqual({ state: 'idle' });
    expect(c.created).toEqual([]);
  });

  it('a document that died is recreated and asked once more', async () => {
    let calls = 0;
    const c = fakeChrome((m) => {
      calls += 1;
      if (calls === 1) {
        c.kill();
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      return ok(m.payload);
    });
    const h = modelBackgroundHandlers(storage, offscreenForwarder(c.api));
    expect(await h['panel→model/classify']({ requestId: 'r', text: 'x' })).toMatchObject({ ok: true });
    expect(c.created).toHaveLength(2);
  });

  it('an invalid answer twice becomes a failed status, not a throw', async () => {
    const c = fakeChrome(() => ({ ok: 'maybe' }));
    const h = modelBackgroundHandlers(storage, offscreenForwarder(c.api));
    expect(await h['panel→model/classify']({ requestId: 'r', text: 'x' })).toMatchObject({
      ok: false,
      status: { state: 'failed', reason: 'load-failed', message: expect.stringContaining('unreachable') },
    });
  });
});
