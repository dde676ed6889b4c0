/** Whether the customer's mood improved: the sentiment at first contact against the one at close. */
import type { SentimentLabel } from '../../../core/types';
import type { Case } from '../../../db/schema';
import type { SectionAccumulator } from './accumulator';

export const SENTIMENT_LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

export interface SentimentSide {
  /** Cases with this snapshot. */
  n: number;
  /** Mean score −1…+1; undefined when n = 0. */
  mean: number | undefined;
  labels: Record<SentimentLabel, number>;
}

export interface SentimentAggregate {
  first: SentimentSide;
  close: SentimentSide;
  /** Cases with both snapshots. */
  paired: number;
  improved: number;
  same: number;
  worse: number;
  /** improved / paired; undefined when nothing is paired. */
  improvedShare: number | undefined;
}

const emptyLabels = (): Record<SentimentLabel, number> => ({ negative: 0, neutral: 0, positive: 0 });

export function sentimentAccumulator(): SectionAccumulator<SentimentAggregate> {
  const first: SentimentSide = { n: 0, mean: 0, labels: emptyLabels() };
  const close: SentimentSide = { n: 0, mean: 0, labels: emptyLabels() };
  let firstSum = 0;
  let closeSum = 0;
  let paired = 0;
  let improved = 0;
  let worse = 0;
  return {
    add(c: Case) {
      if (c.sentimentFirst) {
        first.n++;
        firstSum += c.sentimentFirst.score;
        first.labels[c.sentimentFirst.label]++;
      }
      if (c.sentimentClose) {
        close.n++;
        closeSum += c.sentimentClose.score;
        close.labels[c.sentimentClose.label]++;
      }
      if (c.sentimentFirst && c.sentimentClose) {
        paired++;
        const d = c.sentimentClose.score - c.sentimentFirst.score;
        if (d > 1e-9) improved++;
        else if (d < -1e-9) worse++;
      }
    },
    result() {
      first.mean = first.n ? firstSum / first.n : undefined;
      close.mean = close.n ? closeSum / close.n : undefined;
      return {
        first,
        close,
        paired,
        improved,
        worse,
        same: paired - improved - worse,
        improvedShare: paired ? improved / paired : undefined,
      };
    },
  };
}
