/**
 * Build-time only (runs in wxt.config.ts under Node): puts ONNX Runtime's .wasm files and the
 * list of bundled models into the extension, so nothing is ever fetched from a CDN.
 *
 * - `wasm/ort-wasm-simd*.wasm` from node_modules/onnxruntime-web/dist (the copy transformers.js
 *   bundles, byte-identical to @xenova/transformers/dist). Only the SIMD builds: every browser the
 *   extension supports (Chrome ≥ 116 for offscreen documents, Firefox ≥ 115) has WASM SIMD.
 * - `models/<owner>/<name>/…` from public/models (the `npm run model:bundle` folder, gitignored)
 *   and, for tests only, from TRIADE_EXTRA_MODELS_DIR.
 * - `models/index.json`: the bundled models, for the options page.
 * Generated test models (config.json `triade_test_model: true`) are only taken from the extra
 * folder: a test model left in public/models never reaches a user build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { threadFiles } from './ort-threads';
import type { BundledModel } from './settings';

/** WXT's ResolvedPublicFile, structurally (wxt does not export the type from its root). */
export type PublicFile = { relativeDest: string } & ({ absoluteSrc: string } | { contents: string });

export interface ModelAssetOptions {
  /** Project root (where node_modules is). */
  root: string;
  /** Extra models root laid out as <owner>/<name>/… (tests: a generated test model). */
  extraModelsDir?: string | undefined;
  /** Ship the multi-threaded runtime too; only useful in a cross-origin-isolated build (bench: TRIADE_COI=1). */
  threads?: boolean;
  warn?: (message: string) => void;
}

export const WASM_FILES = ['ort-wasm-simd.wasm', 'ort-wasm-simd-threaded.wasm'] as const;

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(abs).isDirectory()) out.push(...listFiles(abs, rel));
    else out.push(rel);
  }
  return out;
}

/** Models under `root` (<owner>/<name>/config.json), with their labels and whether they are generated test doubles. */
export function findModels(root: string): Array<BundledModel & { dir: string }> {
  if (!existsSync(root)) return [];
  const found: Array<BundledModel & { dir: string }> = [];
  for (const owner of readdirSync(root).sort()) {
    const ownerDir = path.join(root, owner);
    if (!statSync(ownerDir).isDirectory()) continue;
    for (const name of readdirSync(ownerDir).sort()) {
      const dir = path.join(ownerDir, name);
      const configPath = path.join(dir, 'config.json');
      if (!existsSync(configPath)) continue;
      const config = JSON.parse(readFileSync(configPath, 'utf8')) as {
        id2label?: Record<string, string>;
        triade_test_model?: boolean;
      };
      found.push({
        id: `${owner}/${name}`,
        labels: Object.values(config.id2label ?? {}),
        test: config.triade_test_model === true,
        dir,
      });
    }
  }
  return found;
}

/**
 * The 'build:publicAssets' hook body: edits `files` in place.
 * @example hooks: { 'build:publicAssets': (_wxt, files) => addModelAssets(files, { root: process.cwd(), extraModelsDir: process.env.TRIADE_EXTRA_MODELS_DIR }) }
 */
export function addModelAssets(files: PublicFile[], options: ModelAssetOptions): BundledModel[] {
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const ortDist = path.join(options.root, 'node_modules/onnxruntime-web/dist');
  for (const f of options.threads === true ? WASM_FILES : WASM_FILES.slice(0, 1)) {
    const src = path.join(ortDist, f);
    if (!existsSync(src)) throw new Error(`ONNX Runtime file missing: ${src} (npm install?)`);
    files.push({ absoluteSrc: src, relativeDest: `wasm/${f}` });
  }
  // Threads start from these files, not from blob: scripts the extension's CSP refuses (ort-threads.ts).
  if (options.threads === true) files.push(...threadFiles(ortDist));

  const listed: BundledModel[] = [];
  // public/models: already in `files`; drop generated test models from it.
  for (const m of findModels(path.join(options.root, 'public/models'))) {
    if (m.test) {
      warn(`[triade] ${m.id} in public/models is a generated test model: left out of the build`);
      const prefix = `models/${m.id}/`;
      for (let i = files.length - 1; i >= 0; i--)
        if (files[i]!.relativeDest.replaceAll('\\', '/').startsWith(prefix)) files.splice(i, 1);
      continue;
    }
    listed.push({ id: m.id, labels: m.labels, test: false });
  }
  if (options.extraModelsDir) {
    for (const m of findModels(path.resolve(options.extraModelsDir))) {
      if (listed.some((l) => l.id === m.id)) continue;
      for (const rel of listFiles(m.dir))
        files.push({ absoluteSrc: path.join(m.dir, rel), relativeDest: `models/${m.id}/${rel}` });
      listed.push({ id: m.id, labels: m.labels, test: m.test });
    }
  }
  const index = files.findIndex((f) => f.relativeDest === 'models/index.json');
  if (index >= 0) files.splice(index, 1);
  files.push({ relativeDest: 'models/index.json', contents: JSON.stringify({ models: listed }, null, 1) + '\n' });
  return listed;
}
