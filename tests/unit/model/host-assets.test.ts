import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addModelAssets, type PublicFile } from '../../../src/model/wasm-assets';

const ROOT = join(import.meta.dirname, '../../..');

function fakeModel(root: string, id: string, test: boolean) {
  const dir = join(root, id);
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ model_type: 'bert', id2label: { 0: 'NEGATIVE', 1: 'POSITIVE' }, ...(test ? { triade_test_model: true } : {}) }));
  writeFileSync(join(dir, 'onnx/model_quantized.onnx'), 'x');
}

describe('build hook for model assets', () => {
  it('adds the single-threaded SIMD ONNX Runtime under wasm/ (threaded only on request) and no test model', () => {
    const files: PublicFile[] = [];
    const listed = addModelAssets(files, { root: ROOT, extraModelsDir: undefined });
    const dests = files.map((f) => f.relativeDest);
    expect(dests.filter((d) => d.startsWith('wasm/'))).toEqual(['wasm/ort-wasm-simd.wasm']);
    const threaded: PublicFile[] = [];
    addModelAssets(threaded, { root: ROOT, threads: true });
    expect(threaded.map((f) => f.relativeDest)).toContain('wasm/ort-wasm-simd-threaded.wasm');
    expect(dests.filter((d) => d.startsWith('models/') && d !== 'models/index.json')).toEqual(
      // whatever a developer bundled into public/models by hand, never a test model
      expect.not.arrayContaining([expect.stringContaining('triade/test-')]),
    );
    expect(listed.every((m) => !m.test)).toBe(true);
    expect(files.find((f) => f.relativeDest === 'models/index.json')).toBeDefined();
  });

  it('takes test models from the extra folder only, and lists them as test models', () => {
    const extra = mkdtempSync(join(tmpdir(), 'triade-extra-'));
    fakeModel(extra, 'triade/test-sentiment-nl-en', true);
    const files: PublicFile[] = [];
    const listed = addModelAssets(files, { root: ROOT, extraModelsDir: extra });
    expect(listed).toContainEqual({ id: 'triade/test-sentiment-nl-en', labels: ['NEGATIVE', 'POSITIVE'], test: true });
    expect(files.map((f) => f.relativeDest)).toContain('models/triade/test-sentiment-nl-en/onnx/model_quantized.onnx');
    const index = files.find((f) => f.relativeDest === 'models/index.json');
    expect(index && 'contents' in index && JSON.parse(index.contents).models).toEqual(listed);
  });

  it('drops a generated test model found in public/models from a build', () => {
    const root = mkdtempSync(join(tmpdir(), 'triade-root-'));
    mkdirSync(join(root, 'node_modules/onnxruntime-web/dist'), { recursive: true });
    for (const f of ['ort-wasm-simd.wasm', 'ort-wasm-simd-threaded.wasm']) writeFileSync(join(root, 'node_modules/onnxruntime-web/dist', f), '');
    fakeModel(join(root, 'public/models'), 'triade/test-sentiment-nl-en', true);
    fakeModel(join(root, 'public/models'), 'acme/real-model', false);
    const files: PublicFile[] = [
      { absoluteSrc: 'x', relativeDest: 'models/triade/test-sentiment-nl-en/config.json' },
      { absoluteSrc: 'x', relativeDest: 'models/triade/test-sentiment-nl-en/onnx/model_quantized.onnx' },
      { absoluteSrc: 'x', relativeDest: 'models/acme/real-model/config.json' },
    ];
    const warnings: string[] = [];
    const listed = addModelAssets(files, { root, warn: (w) => warnings.push(w) });
    expect(listed.map((m) => m.id)).toEqual(['acme/real-model']);
    expect(files.some((f) => f.relativeDest.includes('triade/test-'))).toBe(false);
    expect(warnings[0]).toMatch(/generated test model/);
  });
});
