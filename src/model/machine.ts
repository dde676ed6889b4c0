/**
 * Is this computer big enough for a model? Checked on the model's config.json before the ONNX
 * file is read (or downloaded), so a small machine never starts a load it cannot finish.
 *
 * Measured (npm run bench -- model-shape): the default model, BERT-base multilingual in int8
 * (≈ 168 M parameters, a 168 MB file), adds about WORKING_SET_PER_PARAM bytes per parameter to the
 * extension's renderer processes once loaded. Triade loads a model only when that working set is at
 * most a quarter of the machine's memory, and never a model above SMALL_MODEL_PARAMS on one core.
 */

export interface MachineInfo {
  /** Memory in GB as the browser reports it (navigator.deviceMemory: rounded down to a power of two, at most 8); null when unknown. */
  memoryGb: number | null;
  /** Logical cores (navigator.hardwareConcurrency); null when unknown. */
  cores: number | null;
}

/** The config.json fields that size a BERT-family model (all optional: other families are estimated from what is there). */
export interface SizeConfig {
  vocab_size?: number;
  hidden_size?: number;
  num_hidden_layers?: number;
  intermediate_size?: number;
  max_position_embeddings?: number;
  type_vocab_size?: number;
}

/** Bytes of renderer memory per int8 parameter once the model is loaded (bench: ≈ 3.4 for the real-size model in Chromium). */
export const WORKING_SET_PER_PARAM = 3.5;
/** A model's working set may take at most this share of the machine's memory. */
export const MAX_MEMORY_SHARE = 0.25;
/** Models up to this many parameters run anywhere (the generated test model has a few hundred thousand). */
export const SMALL_MODEL_PARAMS = 20_000_000;

/** What the browser (or Node) says about this computer. */
export function currentMachine(): MachineInfo {
  const nav = (globalThis as { navigator?: { deviceMemory?: unknown; hardwareConcurrency?: unknown } }).navigator;
  const memoryGb = typeof nav?.deviceMemory === 'number' && nav.deviceMemory > 0 ? nav.deviceMemory : null;
  const cores = typeof nav?.hardwareConcurrency === 'number' && nav.hardwareConcurrency > 0 ? nav.hardwareConcurrency : null;
  return { memoryGb, cores };
}

/** Parameters of a BERT-style encoder from its config; 0 when the config does not say. */
export function estimateParams(c: SizeConfig): number {
  const h = c.hidden_size ?? 0;
  if (!h) return 0;
  const layers = c.num_hidden_layers ?? 0;
  const inter = c.intermediate_size ?? 4 * h;
  const embeddings = ((c.vocab_size ?? 0) + (c.max_position_embeddings ?? 0) + (c.type_vocab_size ?? 0)) * h;
  const perLayer = 4 * h * h + 2 * h * inter + 9 * h + inter; // Q, K, V, output; two feed-forward matrices; biases and norms
  return embeddings + layers * perLayer + h * h; // + pooler
}

/** Why this machine cannot run the model, in words for the panel and the options page; null when it can. */
export function machineTooSmall(config: SizeConfig, machine: MachineInfo, modelId: string): string | null {
  const params = estimateParams(config);
  if (params <= SMALL_MODEL_PARAMS) return null;
  const needMb = (params * WORKING_SET_PER_PARAM) / 1_048_576;
  const minGb = needMb / 1024 / MAX_MEMORY_SHARE;
  if (machine.memoryGb !== null && machine.memoryGb < minGb) {
    return `This computer reports ${machine.memoryGb} GB of memory; ${modelId} needs about ${Math.round(needMb)} MB while it runs, and Triade loads it only with at least ${minGb.toFixed(1)} GB. The lexicon answers on its own.`;
  }
  if (machine.cores !== null && machine.cores < 2) {
    return `This computer has one processor core; ${modelId} (${Math.round(params / 1e6)} M parameters) would keep it busy for seconds per message. The lexicon answers on its own.`;
  }
  return null;
}
