import { readFile, rm, writeFile, cp, stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleModel, BundleError } from '../../../scripts/bundle-model';
import { TEST_MODEL_ID, writeTestModel } from '../../../scripts/make-test-model';

const root = path.resolve('tests/.tmp/model-bundle');
const src = path.join(root, 'src');
const out = path.join(root, 'public-models');

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await writeTestModel(src);
}, 60_000);

describe('bundle-model', () => {
  it('copies a valid model folder under <out>/<modelId>/', async () => {
    const target = await bundleModel(path.join(src, TEST_MODEL_ID), 'acme/sentiment', out);
    expect(target).toBe(path.join(out, 'acme/sentiment'));
    const a = await readFile(path.join(src, TEST_MODEL_ID, 'onnx/model_quantized.onnx'));
    expect((await readFile(path.join(target, 'onnx/model_quantized.onnx'))).equals(a)).toBe(true);
    expect((await stat(path.join(target, 'tokenizer.json'))).isFile()).toBe(true);
  });

  it('takes the model id from config.json when none is given', async () => {
    expect(await bundleModel(path.join(src, TEST_MODEL_ID), undefined, out)).toBe(path.join(out, TEST_MODEL_ID));
  });

  it('refuses a folder without the quantized ONNX file, naming what is missing', async () => {
    const broken = path.join(root, 'no-onnx');
    await cp(path.join(src, TEST_MODEL_ID), broken, { recursive: true });
    await rm(path.join(broken, 'onnx'), { recursive: true });
    await expect(bundleModel(broken, 'acme/x', out)).rejects.toThrow(/model_quantized\.onnx/);
  });

  it('refuses a Git LFS pointer in place of the weights and a config without labels', async () => {
    const lfs = path.join(root, 'lfs');
    await cp(path.join(src, TEST_MODEL_ID), lfs, { recursive: true });
    await writeFile(path.join(lfs, 'onnx/model_quantized.onnx'), 'version https://git-lfs\n');
    await expect(bundleModel(lfs, 'acme/x', out)).rejects.toThrow(/LFS/);
    const nolabels = path.join(root, 'nolabels');
    await cp(path.join(src, TEST_MODEL_ID), nolabels, { recursive: true });
    await writeFile(path.join(nolabels, 'config.json'), '{"model_type":"bert"}');
    await expect(bundleModel(nolabels, 'acme/x', out)).rejects.toBeInstanceOf(BundleError);
  });
});
