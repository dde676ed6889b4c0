/**
 * Loading a text-classification model through @xenova/transformers: the bundled copy first
 * (`<localModelPath>/<modelId>/`), the Hugging Face Hub only when the user allowed it.
 * Runs in Node (tests, bench) and in the extension's worker; only paths differ.
 */
import { AutoConfig, env, pipeline } from '@xenova/transformers';
import { detectLabelStyle, type LabelStyleId } from './labels';
import { currentMachine, machineTooSmall, type MachineInfo, type SizeConfig } from './machine';
import type { ModelFailureReason, ModelSource } from './types';

export interface LoadOptions {
  modelId: string;
  /** Base of the bundled models: a URL path in the extension ('/models/'), a folder in Node. */
  localModelPath: string;
  /** The user's permission to download from the Hugging Face Hub. */
  allowRemote: boolean;
  /** Where the ONNX Runtime .wasm files are served from (browser only; never a CDN in the extension). */
  wasmPaths?: string;
  /** WASM threads (browser); 1 is safest inside an extension without cross-origin isolation. */
  numThreads?: number;
  /** Forces a label style when the model's labels are anonymous (LABEL_0 …). */
  labelStyle?: LabelStyleId;
  onProgress?: (p: { file?: string; progress: number | null }) => void;
  /** The computer's memory and cores; defaults to what `navigator` reports (unknown in Node: never refused). */
  machine?: MachineInfo;
}

/** The tokenizer's output for a batch (transformers.js Tensors; `dims` is [batch, sequence]). */
export interface TokenizedBatch {
  input_ids: { dims: number[] };
  [name: string]: unknown;
}

/** The part of the transformers.js pipeline we use, typed for our calls. */
export interface TextClassifierPipe {
  (texts: string[], options: { topk: number | null }): Promise<unknown>;
  tokenizer: {
    (texts: string[], options: { padding: boolean; truncation: boolean }): TokenizedBatch;
    encode(text: string, pair: null, options: { add_special_tokens: boolean }): number[];
    model_max_length?: number;
  };
  model: {
    (inputs: TokenizedBatch): Promise<{ logits: { dims: number[]; data: Float32Array } }>;
    config: { id2label?: Record<string, string> };
  };
  dispose(): Promise<void>;
}

export interface LoadedModel {
  pipe: TextClassifierPipe;
  source: ModelSource;
  labels: string[];
  labelStyle: LabelStyleId;
  /** Window of the model in tokens, specials included. */
  maxTokens: number;
  loadMs: number;
}

export class ModelLoadError extends Error {
  constructor(
    readonly reason: ModelFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'ModelLoadError';
  }
}

// transformers.js declares some env fields as constants; they are plain mutable properties at run time.
interface MutableEnv {
  allowRemoteModels: boolean;
  allowLocalModels: boolean;
  localModelPath: string;
  backends: { onnx: { wasm?: { wasmPaths?: string | Record<string, string>; numThreads?: number } } };
}

/** Point transformers.js at our models and runtime files. `allowRemote` is set per load attempt. */
export function configureEnv(
  options: Pick<LoadOptions, 'localModelPath' | 'wasmPaths' | 'numThreads'>,
  allowRemote: boolean,
): void {
  const e = env as unknown as MutableEnv;
  e.allowLocalModels = true;
  e.allowRemoteModels = allowRemote;
  e.localModelPath = options.localModelPath.endsWith('/') ? options.localModelPath : options.localModelPath + '/';
  const wasm = e.backends.onnx.wasm;
  if (wasm) {
    if (options.wasmPaths !== undefined) wasm.wasmPaths = options.wasmPaths;
    if (options.numThreads !== undefined) wasm.numThreads = options.numThreads;
  }
}

const NOT_LOCAL = /file was not found locally|Unable to load from local path|ENOENT/i;

/**
 * Sort a thrown error into a reason the panel can explain. COMPAT(transformers.js 2.17): in Node a
 * broken ONNX file first fails on the native backend ("protobuf parsing failed", only logged), then
 * on the WASM fallback with a bare "Can't create a session", which is what reaches us.
 */
export function reasonOf(err: unknown, triedRemote: boolean): ModelFailureReason {
  if (err instanceof ModelLoadError) return err.reason;
  const msg = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  if (NOT_LOCAL.test(msg)) return triedRemote ? 'download-failed' : 'not-bundled-and-remote-off';
  if (
    /SyntaxError|JSON|protobuf|Failed to load model|failed to load|invalid model|Load model .* failed|magic number|Can't create a session/i.test(
      msg,
    )
  )
    return 'corrupt';
  if (/fetch|network|Could not locate file|status 4\d\d|ECONN|ENOTFOUND|ETIMEDOUT/i.test(msg)) return 'download-failed';
  return 'load-failed';
}

async function build(options: LoadOptions, allowRemote: boolean): Promise<TextClassifierPipe> {
  configureEnv(options, allowRemote);
  // config.json first (a few hundred bytes): a machine too small for the model is refused before the ONNX file is read or downloaded.
  const config = await AutoConfig.from_pretrained(options.modelId);
  const tooSmall = machineTooSmall(config as unknown as SizeConfig, options.machine ?? currentMachine(), options.modelId);
  if (tooSmall) throw new ModelLoadError('machine-too-small', tooSmall);
  const pipe = await pipeline('sentiment-analysis', options.modelId, {
    quantized: true,
    config, // read once

    progress_callback: (p: { status?: string; file?: string; progress?: number }) => {
      if (p.status === 'progress' || p.status === 'initiate' || p.status === 'done') {
        const progress =
          typeof p.progress === 'number' ? Math.max(0, Math.min(1, p.progress / 100)) : p.status === 'done' ? 1 : null;
        options.onProgress?.({ ...(p.file !== undefined ? { file: p.file } : {}), progress });
      }
    },
  });
  return pipe as unknown as TextClassifierPipe;
}

/**
 * Load the model: bundled copy first, then (only if allowed) the Hub.
 * @throws ModelLoadError with a typed reason
 */
export async function loadModel(options: LoadOptions): Promise<LoadedModel> {
  const t0 = performance.now();
  let pipe: TextClassifierPipe;
  let source: ModelSource = 'bundled';
  try {
    pipe = await build(options, false);
  } catch (localErr) {
    const reason = reasonOf(localErr, false);
    if (reason !== 'not-bundled-and-remote-off') throw new ModelLoadError(reason, messageOf(localErr));
    if (!options.allowRemote) {
      throw new ModelLoadError(
        reason,
        `Model ${options.modelId} is not bundled under ${options.localModelPath} and downloads are off.`,
      );
    }
    try {
      pipe = await build(options, true);
      source = 'remote';
    } catch (remoteErr) {
      throw new ModelLoadError(reasonOf(remoteErr, true), messageOf(remoteErr));
    } finally {
      configureEnv(options, false); // never leave downloads on for the next load
    }
  }
  const id2label = pipe.model.config.id2label ?? {};
  const labels = Object.keys(id2label)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => id2label[k]!);
  const labelStyle = detectLabelStyle(labels, options.labelStyle);
  if (!labelStyle) {
    await pipe.dispose();
    throw new ModelLoadError(
      'unsupported-labels',
      `Labels of ${options.modelId} cannot be mapped: ${labels.join(', ') || '(none)'}`,
    );
  }
  const maxLen = pipe.tokenizer.model_max_length;
  // Tokenizers without a limit report a huge sentinel; BERT-family windows are 512.
  const maxTokens = typeof maxLen === 'number' && maxLen > 8 && maxLen <= 4096 ? maxLen : 512;
  return { pipe, source, labels, labelStyle, maxTokens, loadMs: performance.now() - t0 };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
