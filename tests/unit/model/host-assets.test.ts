import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { patchOrtThreads, threadFiles } from '../../../src/model/ort-threads';
import { addModelAssets, type PublicFile } from '../../../src/model/wasm-assets';

const ROOT = join(import.meta.dirname, '../../..');

function fakeModel(root: string, id: string, test: boolean) {
  const dir = join(root, id);
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      model_type: 'bert',
      id2label: { 0: 'NEGATIVE', 1: 'POSITIVE' },
      ...(test ? { triade_test_model: true } : {}),
    }),
  );
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
    for (const f of ['ort-wasm-simd.wasm', 'ort-wasm-simd-threaded.wasm'])
      writeFileSync(join(root, 'node_modules/onnxruntime-web/dist', f), '');
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

describe("ONNX Runtime's threads from the extension's own files (a cross-origin-isolated build)", () => {
  const dist = join(ROOT, 'node_modules/onnxruntime-web/dist');

  it('rewrites the runtime to start its threads from /wasm/ instead of blob: scripts the CSP refuses', () => {
    const code = readFileSync(join(dist, 'ort-web.min.js'), 'utf8');
    // Counted, not matched: a failure should not print 500 KB of minified code.
    const count = (s: string, part: string) => s.split(part).length - 1;
    const patched = patchOrtThreads(code);
    expect(count(code, 'URL.createObjectURL(new Blob([n(4154)]')).toBe(1);
    expect(count(patched, 'URL.createObjectURL(new Blob([n(4154)]')).toBe(0); // the pthread worker
    // The factory the thread imports; the other copy is the proxy worker's (a string, env.wasm.proxy only).
    expect([count(code, 'mainScriptUrlOrBlob=new Blob('), count(patched, 'mainScriptUrlOrBlob=new Blob(')]).toEqual([2, 1]);
    expect(count(patched, 'mainScriptUrlOrBlob=(null!=g?g:"")+"ort-wasm-threaded.js"')).toBe(1);
    // Another version's code is refused, not half patched.
    expect(() => patchOrtThreads(code.replace('n(4154)', 'n(4155)'))).toThrow(/1\.14\.0/);
  });

  it('ships the pthread worker and the factory as the global the worker calls', () => {
    const files: PublicFile[] = [];
    addModelAssets(files, { root: ROOT, threads: true });
    const dests = files.map((f) => f.relativeDest);
    expect(dests).toEqual(
      expect.arrayContaining([
        'wasm/ort-wasm-simd-threaded.wasm',
        'wasm/ort-wasm-threaded.worker.js',
        'wasm/ort-wasm-threaded.js',
      ]),
    );
    const factory = threadFiles(dist).find((f) => f.relativeDest === 'wasm/ort-wasm-threaded.js')!.contents;
    // As importScripts runs it in a thread: a classic script that leaves `ortWasmThreaded` behind.
    expect(runInNewContext(`${factory}; typeof ortWasmThreaded`, {})).toBe('function');
  });
});
