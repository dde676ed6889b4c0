import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_MODEL_BINARY_ID, TEST_MODEL_GENERIC_ID, TEST_MODEL_ID, writeTestModel } from '../../../scripts/make-test-model';
import { createClassifier, disposeAllClassifiers, getModelStatus, type ClassifierOptions } from '../../../src/model/classifier';
import { fuse } from '../../../src/model/fuse';
import { ModelLoadError } from '../../../src/model/load';

const root = path.resolve('tests/.tmp/model-classifier');
const opts = (modelId: string, extra: Partial<ClassifierOptions> = {}): ClassifierOptions => ({
  modelId,
  localModelPath: root,
  allowRemote: false,
  ...extra,
});

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await writeTestModel(root);
  // A corrupt copy: valid config and tokenizer, ONNX bytes that are not a model.
  await cp(path.join(root, TEST_MODEL_ID), path.join(root, 'triade/corrupt-onnx'), { recursive: true });
  await writeFile(path.join(root, 'triade/corrupt-onnx/onnx/model_quantized.onnx'), Buffer.alloc(4096, 7));
  await cp(path.join(root, TEST_MODEL_ID), path.join(root, 'triade/corrupt-config'), { recursive: true });
  await writeFile(path.join(root, 'triade/corrupt-config/config.json'), '{"model_type": "bert", "id2label": {');
}, 60_000);

afterAll(async () => {
  await disposeAllClassifiers();
});

describe('classifier on the generated model (onnxruntime-node)', () => {
  it('scores clear Dutch and English complaints negative and thank-yous positive', async () => {
    const c = await createClassifier(opts(TEST_MODEL_ID));
    expect(c.source).toBe('bundled');
    expect(c.labelStyle).toBe('stars');
    const nl = await c.classify('Ik ben woedend. Dit is de slechtste service ooit, echt belachelijk en onacceptabel!');
    const en = await c.classify('This is terrible. I am so angry and disappointed, your support is useless.');
    const thanksNl = await c.classify('Hartelijk bedankt, super geholpen, echt fantastisch!');
    const thanksEn = await c.classify('Thank you so much, wonderful help, you made my day!');
    const calm = await c.classify('Mijn bestelnummer is 12345 en het adres staat in de bijlage.');
    expect(nl.label).toBe('negative');
    expect(en.label).toBe('negative');
    expect(nl.score).toBeLessThan(-0.4); // 1–2 stars
    expect(thanksNl.label).toBe('positive');
    expect(thanksEn.label).toBe('positive');
    expect(thanksEn.score).toBeGreaterThan(0.4); // 4–5 stars
    expect(calm.label).toBe('neutral');
    expect(nl.sentences[0]).toMatchObject({ start: 0 });
  });

  it('the fixture model flips a negated word within its clause only', async () => {
    const c = await createClassifier(opts(TEST_MODEL_ID));
    expect((await c.classify('Dit is goed.')).label).toBe('positive');
    expect((await c.classify('Dit is niet goed.')).label).toBe('negative');
    expect((await c.classify('Geen probleem, bedankt!')).label).toBe('positive'); // the comma ends "geen"
  });

  it('loads once for concurrent callers', async () => {
    const [a, b] = await Promise.all([createClassifier(opts(TEST_MODEL_ID)), createClassifier(opts(TEST_MODEL_ID))]);
    expect(a).toBe(b);
    expect(getModelStatus(TEST_MODEL_ID)).toMatchObject({ state: 'ready', source: 'bundled' });
  });

  it('splits a 20,000-character message into windows that cover it and finds the angriest sentence', async () => {
    const c = await createClassifier(opts(TEST_MODEL_ID));
    const filler = [
      'Op 3 maart heb ik een bestelling geplaatst voor een wasmachine met bestelnummer 55501.',
      'De bezorger zou tussen negen en twaalf uur komen en ik was de hele ochtend thuis.',
      'In de bijlage staan de factuur en de foto van het pakket.',
      'Short line.',
    ];
    const parts: string[] = [];
    let len = 0;
    let i = 0;
    while (len < 20_000) {
      const s = filler[i++ % filler.length]!;
      parts.push(s);
      len += s.length + 1;
    }
    const angry = 'Dit is absoluut belachelijk, ik ben woedend en walgelijk behandeld door jullie waardeloze klantenservice!';
    parts.splice(120, 0, angry);
    const text = parts.join(i % 7 === 0 ? '\n' : ' ');
    const angryAt = text.indexOf(angry);
    expect(text.length).toBeGreaterThan(20_000);

    const r = await c.classify(text);
    expect(r.truncated).toBe(false);
    expect(r.sentences.length).toBeGreaterThan(20);
    let prevEnd = 0;
    for (const s of r.sentences) {
      expect(s.start).toBeGreaterThanOrEqual(prevEnd);
      expect(s.end).toBeGreaterThan(s.start);
      expect(text.slice(prevEnd, s.start).trim()).toBe(''); // nothing but whitespace between windows
      expect(c.countTokens(text.slice(s.start, s.end))).toBeLessThanOrEqual(c.maxTokens - 2);
      prevEnd = s.end;
    }
    expect(r.sentences[0]!.start).toBe(0);
    expect(prevEnd).toBe(text.length);
    const worst = r.sentences[r.mostNegative!]!;
    expect(worst.start).toBeLessThanOrEqual(angryAt);
    expect(worst.end).toBeGreaterThanOrEqual(angryAt + angry.length);
    expect(worst.label).toBe('negative');
    expect(r.label).toBe('neutral'); // one angry sentence does not outweigh 20,000 calm characters
  });

  it('caps very long input and says so', async () => {
    const c = await createClassifier(opts(TEST_MODEL_ID));
    const r = await c.classify('Het pakket is er nog niet. '.repeat(2000), { maxChars: 5_000 });
    expect(r.truncated).toBe(true);
    expect(r.sentences[r.sentences.length - 1]!.end).toBeLessThanOrEqual(5_000);
  });

  it('maps the SST-2 style variant', async () => {
    const c = await createClassifier(opts(TEST_MODEL_BINARY_ID));
    expect(c.labelStyle).toBe('sst2');
    expect((await c.classify('This is terrible, I am so angry.')).label).toBe('negative');
    expect((await c.classify('Thank you, wonderful help!')).label).toBe('positive');
  });

  it('refuses anonymous labels without a hint, and uses the hint when given', async () => {
    const err = await createClassifier(opts(TEST_MODEL_GENERIC_ID)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelLoadError);
    expect((err as ModelLoadError).reason).toBe('unsupported-labels');
    const c = await createClassifier(opts(TEST_MODEL_GENERIC_ID, { labelStyle: 'generic3' }));
    expect((await c.classify('Dit is de slechtste service ooit, belachelijk!')).label).toBe('negative');
  });
});

describe('fallback when the model cannot load', () => {
  const lexicon = {
    sentiment: { label: 'negative' as const, score: -0.6, intensity: 2 as const, evidence: [] },
    cues: [],
  };

  it('a missing model with downloads off fails with a clear reason, and fuse answers with the lexicon', async () => {
    const err = await createClassifier(opts('triade/not-there')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelLoadError);
    expect((err as ModelLoadError).reason).toBe('not-bundled-and-remote-off');
    const status = getModelStatus('triade/not-there');
    expect(status).toMatchObject({ state: 'failed', reason: 'not-bundled-and-remote-off' });
    const fused = fuse(lexicon, undefined, status);
    expect(fused).toMatchObject({ engine: 'lexicon', reason: 'model-unavailable-offline', label: 'negative', score: -0.6 });
  });

  it('corrupt ONNX bytes and broken config.json fail as corrupt', async () => {
    for (const id of ['triade/corrupt-onnx', 'triade/corrupt-config']) {
      const err = await createClassifier(opts(id)).catch((e: unknown) => e);
      expect(err, id).toBeInstanceOf(ModelLoadError);
      expect((err as ModelLoadError).reason, id).toBe('corrupt');
      const fused = fuse(lexicon, undefined, getModelStatus(id));
      expect(fused).toMatchObject({ engine: 'lexicon', reason: 'model-error' });
    }
  });

  it('a failed load is retried on the next call', async () => {
    const id = 'triade/late-arrival';
    expect(await createClassifier(opts(id)).catch((e: ModelLoadError) => e.reason)).toBe('not-bundled-and-remote-off');
    await cp(path.join(root, TEST_MODEL_ID), path.join(root, id), { recursive: true });
    const c = await createClassifier(opts(id));
    expect(c.modelId).toBe(id);
  });
});

describe('writeTestModel', () => {
  it('writes the same bytes every time', async () => {
    const other = path.resolve('tests/.tmp/model-classifier-again');
    await rm(other, { recursive: true, force: true });
    await writeTestModel(other);
    for (const f of ['onnx/model_quantized.onnx', 'tokenizer.json', 'config.json']) {
      const a = await readFile(path.join(root, TEST_MODEL_ID, f));
      const b = await readFile(path.join(other, TEST_MODEL_ID, f));
      expect(a.equals(b), f).toBe(true);
    }
  });
});
