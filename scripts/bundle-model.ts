/**
 * Copy a local model folder into public/models/<modelId>/ so the build ships it and the
 * extension never needs the Hub (offline / locked-down deployments).
 *
 * Usage: tsx scripts/bundle-model.ts <folder> [modelId]
 *   modelId defaults to config.json's `_name_or_path`, e.g. Xenova/bert-base-multilingual-uncased-sentiment.
 */
import { copyFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MODELS_DIR = 'public/models';
const TOKENIZER_FILES = ['tokenizer.json', 'tokenizer_config.json', 'vocab.txt', 'special_tokens_map.json'];
// transformers.js loads onnx/model_quantized.onnx by default; model.onnx is the unquantized fallback.
const ONNX_NAMES = ['model_quantized.onnx', 'model.onnx'];
const MODEL_ID = /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/;

export class BundleError extends Error {}

async function isFile(p: string): Promise<boolean> {
  return stat(p).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Check the layout and return the files to copy (relative paths) and the model id. */
export async function validateModelFolder(
  folder: string,
  modelId?: string,
): Promise<{ files: string[]; modelId: string; labels: string[] }> {
  if (
    !(await stat(folder).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  )
    throw new BundleError(`Not a folder: ${folder}`);
  const configPath = path.join(folder, 'config.json');
  if (!(await isFile(configPath))) throw new BundleError(`Missing config.json in ${folder}`);
  let config: { id2label?: Record<string, string>; model_type?: string; _name_or_path?: string };
  try {
    config = JSON.parse(await readFile(configPath, 'utf8')) as typeof config;
  } catch (err) {
    throw new BundleError(`config.json is not valid JSON: ${(err as Error).message}`);
  }
  if (!config.model_type) throw new BundleError('config.json has no model_type: transformers.js cannot pick a model class');
  const labels = Object.values(config.id2label ?? {});
  if (labels.length < 2)
    throw new BundleError('config.json has no id2label with at least two labels: not a classification model');
  if (!(await isFile(path.join(folder, 'tokenizer.json')))) throw new BundleError(`Missing tokenizer.json in ${folder}`);
  for (const f of ['tokenizer.json', 'tokenizer_config.json']) {
    const p = path.join(folder, f);
    if (!(await isFile(p))) continue;
    try {
      JSON.parse(await readFile(p, 'utf8'));
    } catch (err) {
      throw new BundleError(`${f} is not valid JSON: ${(err as Error).message}`);
    }
  }
  const onnxDir = path.join(folder, 'onnx');
  const present = await readdir(onnxDir).catch(() => [] as string[]);
  const onnxFiles = ONNX_NAMES.filter((n) => present.includes(n));
  if (!onnxFiles.includes('model_quantized.onnx')) {
    throw new BundleError(`Missing onnx/model_quantized.onnx in ${folder} (found: ${present.join(', ') || 'no onnx/ folder'})`);
  }
  for (const f of onnxFiles) {
    const s = await stat(path.join(onnxDir, f));
    if (s.size < 64) throw new BundleError(`onnx/${f} is only ${s.size} bytes: a Git LFS pointer or a broken download?`);
  }
  const id = modelId ?? config._name_or_path;
  if (!id || !MODEL_ID.test(id)) throw new BundleError(`Give a model id like owner/name (got ${id ?? 'nothing'})`);
  const files = [
    'config.json',
    ...(await Promise.all(TOKENIZER_FILES.map(async (f) => ((await isFile(path.join(folder, f))) ? f : null)))).filter(
      (f): f is string => f !== null,
    ),
    ...onnxFiles.map((f) => `onnx/${f}`),
  ];
  return { files, modelId: id, labels };
}

/** Validate `folder` and copy it to `<outRoot>/<modelId>/`, replacing an older copy. Returns the target folder. */
export async function bundleModel(folder: string, modelId?: string, outRoot: string = MODELS_DIR): Promise<string> {
  const v = await validateModelFolder(folder, modelId);
  const target = path.resolve(outRoot, v.modelId);
  await rm(target, { recursive: true, force: true });
  await mkdir(path.join(target, 'onnx'), { recursive: true });
  for (const f of v.files) await copyFile(path.join(folder, f), path.join(target, f));
  return target;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [folder, id] = process.argv.slice(2);
  if (!folder) {
    console.error('Usage: tsx scripts/bundle-model.ts <folder> [modelId]');
    process.exitCode = 2;
  } else {
    bundleModel(folder, id).then(
      (target) => console.log(`Bundled into ${target}`),
      (err: unknown) => {
        console.error(err instanceof BundleError ? `bundle-model: ${err.message}` : err);
        process.exitCode = 1;
      },
    );
  }
}
