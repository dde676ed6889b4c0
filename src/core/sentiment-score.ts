/**
 * A sentiment score kept to −1…+1, the range every reader assumes (the case log's schema refuses
 * anything else), and the short form of a sentiment that a case or a note stores.
 */
import type { Sentiment } from './types';

/**
 * @example clampScore(1.3) === 1; clampScore(-0.4) === -0.4
 */
export function clampScore(score: number): number {
  return Math.max(-1, Math.min(1, score));
}

/**
 * Label, clamped score and intensity of a sentiment, without its evidence.
 * @example sentimentSnapshot(analyzeIncoming('Dit is belachelijk!').sentiment) // { label: 'negative', score: -0.8, intensity: 3 }
 */
export function sentimentSnapshot(
  s: Pick<Sentiment, 'label' | 'score' | 'intensity'>,
): Pick<Sentiment, 'label' | 'score' | 'intensity'> {
  return { label: s.label, score: clampScore(s.score), intensity: s.intensity };
}
