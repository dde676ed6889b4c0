import { describe, expect, it } from 'vitest';
import { analyzeIncoming } from '../../../../src/core/incoming/index';
import type { SentimentLabel } from '../../../../src/core/types';
import { BLIND } from './blind';
import { FRESH } from './fresh';
import { HOLDOUT } from './holdout';
import { LABELLED, type Labelled } from './labelled';

interface Score {
  accuracy: number;
  perClass: Record<SentimentLabel, { correct: number; total: number }>;
  misses: string[];
}

function score(set: Labelled[]): Score {
  const perClass: Score['perClass'] = {
    negative: { correct: 0, total: 0 },
    neutral: { correct: 0, total: 0 },
    positive: { correct: 0, total: 0 },
  };
  const misses: string[] = [];
  let correct = 0;
  for (const item of set) {
    const got = analyzeIncoming(item.text).sentiment.label;
    perClass[item.label].total++;
    if (got === item.label) {
      correct++;
      perClass[item.label].correct++;
    } else misses.push(`${item.label} → ${got}: ${item.text.slice(0, 70)}`);
  }
  return { accuracy: correct / set.length, perClass, misses };
}

function print(name: string, s: Score): void {
  const cls = (Object.keys(s.perClass) as SentimentLabel[])
    .map((k) => `${k} ${s.perClass[k].correct}/${s.perClass[k].total}`)
    .join(', ');
  console.log(
    `[incoming accuracy] ${name}: ${(s.accuracy * 100).toFixed(1)}% (${cls})${s.misses.length ? '\n  ' + s.misses.join('\n  ') : ''}`,
  );
}

describe('sentiment accuracy on labelled customer messages', () => {
  it('labels the calm-complaint set (40 complaints, 10 questions, 10 thanks) at least 85% right', () => {
    const s = score(LABELLED);
    print('labelled (tuning set)', s);
    expect(s.accuracy).toBeGreaterThanOrEqual(0.85);
    // Calm complaints are the point: a lexicon alone calls them neutral.
    expect(s.perClass.negative.correct / s.perClass.negative.total).toBeGreaterThanOrEqual(0.85);
  });

  it('stays at least 80% right on the three later sets together (held-out, fresh, chat style)', () => {
    const s = score([...HOLDOUT, ...FRESH, ...BLIND]);
    print('later sets', s);
    expect(s.accuracy).toBeGreaterThanOrEqual(0.8);
  });

  it('gets the language of every labelled message right', () => {
    const wrong = [...LABELLED, ...HOLDOUT, ...FRESH, ...BLIND].filter((l) => analyzeIncoming(l.text).lang !== l.lang);
    expect(wrong.map((l) => l.text)).toEqual([]);
  });
});
