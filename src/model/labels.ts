/**
 * How the labels of the sentiment models users may pick map onto Triade's polarity scale.
 * One table, one row per label style: add a row to support a new family of models.
 */
import type { Intensity, SentimentLabel } from '../core/types';
import { clampScore } from '../core/sentiment-score';

export type LabelStyleId = 'stars' | 'sst2' | 'three' | 'five' | 'generic2' | 'generic3';

interface LabelStyle {
  id: LabelStyleId;
  /** Lower-case label → position on the −1 … +1 scale. */
  values: Readonly<Record<string, number>>;
  /** Anonymous labels (LABEL_0 …) say nothing by themselves: used only when the caller names the style. */
  needsHint: boolean;
}

// Order matters for detection: the first style whose table covers every label of the model wins.
export const LABEL_STYLES: readonly LabelStyle[] = [
  // nlptown/bert-base-multilingual-uncased-sentiment (the default model): review stars.
  { id: 'stars', needsHint: false, values: { '1 star': -1, '2 stars': -0.5, '3 stars': 0, '4 stars': 0.5, '5 stars': 1 } },
  // SST-2 fine-tunes (distilbert-…-sst-2-english and friends).
  { id: 'sst2', needsHint: false, values: { negative: -1, positive: 1 } },
  // Three-way models (twitter-xlm-roberta-…-sentiment, robbert-… finetunes), long and short spellings.
  { id: 'three', needsHint: false, values: { negative: -1, neutral: 0, positive: 1, neg: -1, neu: 0, pos: 1 } },
  // SST-5 style five-way models.
  {
    id: 'five',
    needsHint: false,
    values: { 'very negative': -1, negative: -0.5, neutral: 0, positive: 0.5, 'very positive': 1 },
  },
  // Exports that lost their label names: 2 labels = negative/positive, 3 = negative/neutral/positive.
  { id: 'generic2', needsHint: true, values: { label_0: -1, label_1: 1 } },
  { id: 'generic3', needsHint: true, values: { label_0: -1, label_1: 0, label_2: 1 } },
];

/** Scores within this distance of 0 are neutral (for stars: 2.5 … 3.5). */
export const NEUTRAL_BAND = 0.25;

export class UnsupportedLabelsError extends Error {
  constructor(readonly labels: string[]) {
    super(`No label style maps these labels to a polarity: ${labels.join(', ')}`);
    this.name = 'UnsupportedLabelsError';
  }
}

const key = (label: string) => label.trim().toLowerCase();

/**
 * The style whose table covers every label, or undefined.
 * @example detectLabelStyle(['1 star', '5 stars']) === 'stars'
 */
export function detectLabelStyle(labels: readonly string[], hint?: LabelStyleId): LabelStyleId | undefined {
  const covers = (s: LabelStyle) => labels.length > 0 && labels.every((l) => key(l) in s.values);
  if (hint) {
    const hinted = LABEL_STYLES.find((s) => s.id === hint);
    return hinted && covers(hinted) ? hinted.id : undefined;
  }
  return LABEL_STYLES.find((s) => !s.needsHint && covers(s))?.id;
}

export function polarityOf(score: number): SentimentLabel {
  if (score <= -NEUTRAL_BAND) return 'negative';
  if (score >= NEUTRAL_BAND) return 'positive';
  return 'neutral';
}

/** 1 mild, 2 clear, 3 strong; neutral is always 1. */
export function intensityOf(score: number): Intensity {
  const a = Math.abs(score);
  if (a < 0.5) return 1;
  if (a < 0.75) return 2;
  return 3;
}

export interface MappedSentiment {
  label: SentimentLabel;
  /** −1 … +1: expected value over the distribution. */
  score: number;
  intensity: Intensity;
  /** 0…1: probability mass on labels of the answered polarity. */
  confidence: number;
}

/**
 * Turn a model's label distribution into Triade's polarity. Uses the expected value, so
 * "2 stars 0.5 / 1 star 0.5" is more negative than "2 stars 1.0".
 * @throws UnsupportedLabelsError when no style (or not the hinted one) covers the labels.
 * @example mapDistribution([{ label: 'POSITIVE', score: 0.9 }, { label: 'NEGATIVE', score: 0.1 }]).label === 'positive'
 */
export function mapDistribution(
  scores: ReadonlyArray<{ label: string; score: number }>,
  options: { style?: LabelStyleId } = {},
): MappedSentiment {
  const labels = scores.map((s) => s.label);
  const styleId = detectLabelStyle(labels, options.style);
  const style = LABEL_STYLES.find((s) => s.id === styleId);
  if (!style) throw new UnsupportedLabelsError(labels);
  let mass = 0;
  let sum = 0;
  for (const s of scores) {
    const p = Number.isFinite(s.score) && s.score > 0 ? s.score : 0;
    mass += p;
    sum += p * style.values[key(s.label)]!;
  }
  // A distribution with no mass says nothing: neutral with no confidence.
  const score = mass > 0 ? clampScore(sum / mass) : 0;
  const label = polarityOf(score);
  let agree = 0;
  for (const s of scores) {
    const p = Number.isFinite(s.score) && s.score > 0 ? s.score : 0;
    if (polarityOf(style.values[key(s.label)]!) === label) agree += p;
  }
  return { label, score, intensity: intensityOf(score), confidence: mass > 0 ? agree / mass : 0 };
}
