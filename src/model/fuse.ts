/**
 * Fuse the model's answer with the lexicon engine's. The model gives polarity and strength;
 * the lexicon gives the cues, spans and explanations, and can correct the model where a
 * message's cues are strong but its wording is calm (FACTS.md: most real complaints are).
 */
import type { Cue, CueKind, IncomingAnalysis, Intensity } from '../core/types';
import { clampScore } from '../core/sentiment-score';
import { intensityOf, NEUTRAL_BAND, polarityOf } from './labels';
import type { FusedSentiment, FusionAdjustment, LexiconOnlyReason, ModelResult, ModelStatus } from './types';

export type LexiconInput = Pick<IncomingAnalysis, 'sentiment' | 'cues'>;

// Escalation cues (the customer threatens to leave, to sue, to go public) weigh double.
const CUE_WEIGHT: Record<CueKind, number> = { churn: 2, legal: 2, public: 2, repeat: 1, urgency: 1 };
const ESCALATION: ReadonlySet<CueKind> = new Set<CueKind>(['churn', 'legal', 'public']);

/** Why the lexicon answers alone, given the model's status. */
export function lexiconOnlyReason(status: ModelStatus): LexiconOnlyReason {
  switch (status.state) {
    case 'disabled':
      return 'disabled';
    case 'idle':
      // Unloaded after an idle time: the next message loads it again.
      return status.unloaded ? 'model-unloaded' : 'model-loading';
    case 'loading':
      return 'model-loading';
    case 'failed':
      if (status.reason === 'machine-too-small') return 'machine-too-small';
      return status.reason === 'not-bundled-and-remote-off' || status.reason === 'download-failed'
        ? 'model-unavailable-offline'
        : 'model-error';
    case 'ready':
      // Ready but no result: the classification itself failed.
      return 'model-error';
  }
}

/** Sum of cue weights, counting each cue kind once (five "again"s are one repeat cue) plus complaint evidence, at most 2. */
function cueStrength(lexicon: LexiconInput): { weight: number; escalation: boolean } {
  const kinds = new Set<CueKind>(lexicon.cues.map((c: Cue) => c.kind));
  let weight = 0;
  for (const k of kinds) weight += CUE_WEIGHT[k];
  weight += Math.min(2, lexicon.sentiment.evidence.filter((h) => h.source === 'complaint').length);
  return { weight, escalation: [...kinds].some((k) => ESCALATION.has(k)) };
}

const clampIntensity = (n: number): Intensity => (n >= 3 ? 3 : n <= 1 ? 1 : 2);

/**
 * Rules, applied to the model's answer when there is one:
 * 1. Model neutral, lexicon not positive, and (cue weight ≥ 2, or lexicon negative with intensity ≥ 2 or on a
 *    complaint pattern, or the model's own most negative sentence ≤ −0.6) → negative, score min(model, lexicon,
 *    −0.25). A calm complaint with a threat in it is a complaint; so is a calm factual one ("twee keer afgeschreven",
 *    "nog steeds niet geleverd"), which a general sentiment model hears as neutral but real customers mean as a
 *    complaint (the labelled corpus); one furious sentence in a long mail counts.
 * 2. Model positive with an escalation cue (churn, legal, public) → neutral at most: a "great, thanks
 *    for nothing, I'm going to the papers" is sarcasm the model cannot see.
 * 3. Final answer negative → intensity +1 for an escalation cue and +1 for cue weight ≥ 4, capped at 3.
 * Without a model result the lexicon answers alone and the reason comes from `status`.
 * @example fuse({ sentiment, cues }, undefined, { state: 'loading', modelId: 'x', progress: null }).reason === 'model-loading'
 */
export function fuse(lexicon: LexiconInput, model: ModelResult | undefined, status: ModelStatus): FusedSentiment {
  const lex = lexicon.sentiment;
  const lexSource = { label: lex.label, score: lex.score, intensity: lex.intensity };
  if (!model) {
    return {
      label: lex.label,
      score: lex.score,
      intensity: lex.intensity,
      engine: 'lexicon',
      reason: lexiconOnlyReason(status),
      adjustments: [],
      sources: { lexicon: lexSource },
      evidence: lex.evidence,
    };
  }
  const { weight, escalation } = cueStrength(lexicon);
  const adjustments: FusionAdjustment[] = [];
  let score = model.score;
  let label = model.label;
  let intensity: Intensity = model.intensity;

  const angriest = model.mostNegative === null ? undefined : model.sentences[model.mostNegative];
  if (
    label === 'neutral' &&
    lex.label !== 'positive' &&
    (weight >= 2 ||
      (lex.label === 'negative' && (lex.intensity >= 2 || lex.evidence.some((h) => h.source === 'complaint'))) ||
      (angriest !== undefined && angriest.score <= -0.6))
  ) {
    score = Math.min(score, lex.score, -NEUTRAL_BAND);
    label = 'negative';
    intensity = intensityOf(score);
    adjustments.push('cues-pushed-negative');
  } else if (label === 'positive' && escalation) {
    score = Math.min(score, NEUTRAL_BAND / 2);
    label = polarityOf(score);
    intensity = 1;
    adjustments.push('cues-tempered-positive');
  }
  if (label === 'negative') {
    const raised = clampIntensity(intensity + (escalation ? 1 : 0) + (weight >= 4 ? 1 : 0));
    if (raised > intensity) {
      intensity = raised;
      adjustments.push('cues-raised-intensity');
    }
  }
  return {
    label,
    score: clampScore(score),
    intensity,
    engine: 'model+lexicon',
    adjustments,
    sources: {
      model: {
        modelId: model.modelId,
        label: model.label,
        score: model.score,
        intensity: model.intensity,
        confidence: model.confidence,
      },
      lexicon: lexSource,
    },
    evidence: lex.evidence,
  };
}
