/**
 * The fitted layer over the lexicon: a small multinomial logistic regression that weighs the engine's
 * own signals (complaint phrases, lexicon sums, cues, question form, thanks, punctuation) and the
 * words and word pairs of the message. Its weights are fitted on the `tune` split of the real-text
 * corpus by `npm run train` (scripts/train.ts) into knowledge/sentiment-weights.json; nothing here is
 * set by hand. Every verdict stays explained: the features that pushed it are returned as evidence.
 */
import type { Cue, SentimentHit, SentimentLabel } from '../types';
import type { Lang } from '../types';
import { THREAT_KINDS } from './cues';
import { REQUEST, type SentimentDetail } from './sentiment';
import type { Token } from './tokens';
import { weightedWordFeatures, wordFeatures, wordTable, type WordTable } from './word-features';
import weightsJson from '../knowledge/sentiment-weights.json';

export const SENTIMENT_CLASSES = ['negative', 'neutral', 'positive'] as const satisfies readonly SentimentLabel[];

export interface SentimentWeights {
  version: 1;
  classes: typeof SENTIMENT_CLASSES;
  bias: [number, number, number];
  /** How much more probable the fitted class must be than the lexicon's before it overrides it. */
  margin: number;
  /** feature name → weight per class (negative, neutral, positive). */
  features: Record<string, [number, number, number]>;
}

/** One feature: its name, value and, for word features, where it stands in the text. */
export interface Feature {
  name: string;
  value: number;
  start?: number;
  end?: number;
}

export interface FeatureInput {
  text: string;
  body: { start: number; end: number };
  tokens: readonly Token[];
  lang: Lang;
  sentiment: SentimentDetail;
  cues: readonly Cue[];
}

const QUESTION_START = new Set([
  'hoe',
  'wat',
  'wanneer',
  'waar',
  'waarom',
  'welke',
  'wie',
  'kan',
  'kun',
  'kunt',
  'mag',
  'moet',
  'is',
  'zijn',
  'heeft',
  'hebben',
  'wordt',
  'how',
  'what',
  'when',
  'where',
  'why',
  'which',
  'who',
  'can',
  'could',
  'do',
  'does',
  'is',
  'are',
  'will',
  'would',
  'should',
  'comment',
  'quand',
  'pourquoi',
  'est-ce',
  'wie',
  'wann',
  'warum',
  'wo',
  'kann',
  'konnt',
  'gibt',
]);
const THANKS = /\b(?:bedankt|dank|dankjewel|dankuwel|thanks|thank|merci|danke|cheers)\b/;
const MAX_WORD_FEATURES = 400;
/** Below this many words the fitted layer does not overrule the lexicon. */
export const MIN_WORDS = 4;

/**
 * The features of one message, in a fixed order of kinds. Word features are binary (present once).
 * @example sentimentFeatures(input).find((f) => f.name === 'cue:repeat')
 */
export function sentimentFeatures(input: FeatureInput): Feature[] {
  return [
    ...engineFeatures(input),
    ...wordFeatures(input.text, input.tokens, { breaks: BREAKS, maxFeatures: MAX_WORD_FEATURES }),
  ];
}

const BREAKS = '.!?;\n';

/** The features that are not words: the engine's signals, the message's form and its language. */
function engineFeatures(input: FeatureInput): Feature[] {
  const { body, tokens, sentiment: s } = input;
  const text = input.text;
  const out: Feature[] = [];
  const push = (name: string, value: number) => value !== 0 && out.push({ name, value });
  const bodyText = text.slice(body.start, body.end);
  push('lex:neg', Math.tanh(-s.negative / 4));
  push('lex:pos', Math.tanh(s.positive / 4));
  push('lex:score', s.score);
  push('complaints', Math.min(s.complaintCount, 3) / 3);
  // The lexicon's own verdict is a feature too: the fitted layer corrects it rather than starting over.
  push('lex:negative', s.label === 'negative' ? 1 : 0);
  push('lex:positive', s.label === 'positive' ? 1 : 0);
  let emojiPos = 0;
  let emojiNeg = 0;
  for (const h of s.evidence) {
    if (h.source !== 'emoji') continue;
    if (h.weight > 0) emojiPos++;
    else emojiNeg++;
  }
  push('emoji:pos', Math.min(emojiPos, 2));
  push('emoji:neg', Math.min(emojiNeg, 2));
  push('request', REQUEST.test(bodyText.toLowerCase()) ? 1 : 0);
  push('shout', s.shouting.length > 0 ? 1 : 0);
  for (const c of new Set(input.cues.map((c) => c.kind))) push(`cue:${c}`, 1);
  const questions = (bodyText.match(/\?/g) ?? []).length;
  push('question', questions > 0 ? 1 : 0);
  push('question:only', questions > 0 && s.negative === 0 ? 1 : 0);
  push('question:start', tokens.length > 0 && QUESTION_START.has(tokens[0]!.word) ? 1 : 0);
  push('exclaim', /!/.test(bodyText) ? 1 : 0);
  // Doubled marks ("Where is my order??", "!!") carry impatience in a chat line of four words as in a long mail.
  push('marks:repeat', /[?!]\s*[?!]/.test(bodyText) ? 1 : 0);
  push('thanks', THANKS.test(bodyText.toLowerCase()) ? 1 : 0);
  push('length', Math.min(Math.log1p(tokens.length) / 5, 1.5));
  push(`lang:${input.lang}`, 1);
  return out;
}

/** Class probabilities for a feature list under the given weights. */
export function classProbabilities(features: readonly Feature[], w: SentimentWeights): [number, number, number] {
  const z: [number, number, number] = [...w.bias];
  addWeighted(z, features, w);
  return softmax(z);
}

/** Adds each feature's weights times its value to the class sums, in the features' order. */
function addWeighted(z: [number, number, number], features: readonly Feature[], w: SentimentWeights): void {
  for (const f of features) {
    const fw = w.features[f.name];
    if (!fw) continue;
    for (let k = 0; k < 3; k++) z[k]! += fw[k]! * f.value;
  }
}

function softmax(z: [number, number, number]): [number, number, number] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e[0]! + e[1]! + e[2]!;
  return [e[0]! / sum, e[1]! / sum, e[2]! / sum];
}

/**
 * The lexicon's class, which the fitted layer must beat. A message too short for the fitted layer that threatens to
 * leave, to sue or to go public ("Never again.", "Plus jamais ça.", "Ich habe gekündigt.") is a complaint whatever
 * its words score: in the corpus 447 of the 452 messages with such a cue were negative.
 */
export function lexiconClass(input: FeatureInput): number {
  if (input.tokens.length < MIN_WORDS && input.cues.some((c) => THREAT_KINDS.has(c.kind))) return 0;
  return SENTIMENT_CLASSES.indexOf(input.sentiment.label);
}

/**
 * The fitted class, unless it is barely more probable than the lexicon's class: then the lexicon
 * keeps its verdict (a short "Pakket ontvangen 👍" is not overruled on a hunch).
 */
export function decide(p: readonly number[], lexicon: number, margin: number, words: number): number {
  // Two or three words say little on their own ("Pakket ontvangen 👍"): there the lexicon's reading stands.
  if (words < MIN_WORDS) return lexicon;
  const best = p[0]! >= p[1]! && p[0]! >= p[2]! ? 0 : p[2]! > p[1]! ? 2 : 1;
  return best !== lexicon && p[best]! - p[lexicon]! < margin ? lexicon : best;
}

// Function words can weigh in the fit, but highlighting "je" or "was" explains nothing to an agent.
const FUNCTION_WORDS = new Set(
  (
    'de het een en of maar want dus dat die dit deze er hier daar was is zijn ben bent heeft hebt heb had hadden wordt werd ik je jij u uw we wij ze zij hij ' +
    'mijn jouw ons onze hun met van voor naar op in aan bij om uit tot als dan toch nog ook al wel terwijl omdat toen ' +
    'the a an and or but so that this these those there here was is are be been has have had i you your we our they he she it its my ' +
    'with of for to on in at by from as then still also just while because when ' +
    'le la les un une des et ou mais que qui ce je tu vous nous il elle on est sont a au aux du de en pour par avec sur ' +
    'der die das ein eine und oder aber dass ich du sie wir er es ist sind hat haben war mit von fur zu auf in an bei als noch auch'
  ).split(' '),
);
const meaningful = (w: string) => w.length >= 3 && !FUNCTION_WORDS.has(w);
/** A word feature worth showing: a content word, or a pair with at least one. */
export function carriesMeaning(name: string): boolean {
  const words = name.slice(2).split(' ');
  return name.startsWith('b:') ? words.some(meaningful) : meaningful(words[0]!);
}

type ClassWeights = [number, number, number];
interface Compiled {
  table: WordTable<ClassWeights>;
  /** The word features worth showing as evidence (their weight arrays). */
  shown: ReadonlySet<ClassWeights>;
}
// Worked out once per weights table, not per message and word.
const COMPILED = new WeakMap<SentimentWeights, Compiled>();
function compiled(w: SentimentWeights): Compiled {
  let c = COMPILED.get(w);
  if (!c) {
    const shown = new Set<ClassWeights>();
    const table = wordTable(w.features, (fw, name) => {
      if (carriesMeaning(name)) shown.add(fw);
      return fw;
    });
    c = { table, shown };
    COMPILED.set(w, c);
  }
  return c;
}

/**
 * The weighted word features of a message in text order. Up to MAX_WORD_FEATURES / 2 words the cap cannot bind, so
 * they are looked up by word without building names (the common case); longer messages take the general path.
 */
function weightedWords(input: FeatureInput, w: SentimentWeights): Array<{ value: ClassWeights; start: number; end: number }> {
  if (input.tokens.length * 2 <= MAX_WORD_FEATURES)
    return weightedWordFeatures(input.text, input.tokens, BREAKS, compiled(w).table);
  const out: Array<{ value: ClassWeights; start: number; end: number }> = [];
  for (const f of wordFeatures(input.text, input.tokens, { breaks: BREAKS, maxFeatures: MAX_WORD_FEATURES })) {
    const fw = w.features[f.name];
    if (fw) out.push({ value: fw, start: f.start, end: f.end });
  }
  return out;
}

export const sentimentWeights = weightsJson as unknown as SentimentWeights;

export interface LearnedVerdict {
  label: SentimentLabel;
  /** p(positive) − p(negative), −1…1. */
  score: number;
  /** The word features that pushed most towards the label, as evidence spans. */
  evidence: SentimentHit[];
}

/**
 * The fitted verdict for one message.
 * @example learnedSentiment(input).label // 'negative' for "Al drie keer gebeld, nog steeds niets."
 */
export function learnedSentiment(input: FeatureInput, w: SentimentWeights = sentimentWeights): LearnedVerdict {
  // The same sum as classProbabilities(sentimentFeatures(input), w), in the same order, without the unweighted words.
  const z: [number, number, number] = [...w.bias];
  addWeighted(z, engineFeatures(input), w);
  const words = weightedWords(input, w);
  for (const { value: fw } of words) for (let k = 0; k < 3; k++) z[k]! += fw[k]!;
  const p = softmax(z);
  const lexicon = lexiconClass(input);
  const k = decide(p, lexicon, w.margin, input.tokens.length);
  const label = SENTIMENT_CLASSES[k]!;
  const evidence: SentimentHit[] = [];
  if (label !== 'neutral') {
    // A word counts as evidence when it pulls towards the label more than towards the other classes.
    const pulls: Array<{ start: number; end: number; pull: number }> = [];
    const shown = compiled(w).shown;
    for (const { value: fw, start, end } of words) {
      if (!shown.has(fw)) continue;
      const pull = fw[k]! - Math.max(fw[(k + 1) % 3]!, fw[(k + 2) % 3]!);
      if (pull > 0.15) pulls.push({ start, end, pull });
    }
    pulls.sort((a, b) => b.pull - a.pull);
    for (const { start, end, pull } of pulls.slice(0, 6)) {
      evidence.push({
        start,
        end,
        text: input.text.slice(start, end),
        weight: Math.round((label === 'negative' ? -pull : pull) * 100) / 100,
        source: 'learned',
      });
    }
  }
  // Where both agree the lexicon's score stays: it grades capitals, marks and strong words finer than p.
  const score =
    label === input.sentiment.label ? input.sentiment.score : signedScore(label, Math.round((p[2] - p[0]) * 1000) / 1000);
  return { label, score, evidence };
}

/** Keeps the score's sign with the label when two classes tie within the rounding (p(neg) ≈ p(pos) > p(neutral)). */
function signedScore(label: SentimentLabel, score: number): number {
  if (label === 'negative') return Math.min(score, -0.001);
  if (label === 'positive') return Math.max(score, 0.001);
  return score;
}
