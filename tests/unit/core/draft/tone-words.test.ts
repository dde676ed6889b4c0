import { fileURLToPath } from 'node:url';
import { readJsonl, replyItem } from '../../../../scripts/eval/corpus';
import { describe, expect, it } from 'vitest';
import { draftSignals } from '../../../../src/core/draft';
import { sentenceStart } from '../../../../src/core/draft/matches';
import {
  defensiveProbability,
  findDefensiveTone,
  toneApplies,
  toneFeatures,
  toneProbability,
  toneWeights,
} from '../../../../src/core/draft/tone';

// findDefensiveTone looks the reply's words up in the weights without building a feature per word. It must flag
// exactly what the layer was fitted on says: toneProbability over toneFeatures' full list, on the same sentence.

function reference(body: string, s: ReturnType<typeof draftSignals>) {
  if (!toneApplies(body)) return undefined;
  const features = toneFeatures(body, s.scan, s.states);
  if (toneProbability(features, toneWeights) < toneWeights.threshold) return undefined;
  const bySentence = new Map<number, number>();
  for (const f of features) {
    const weight = toneWeights.features[f.name] ?? 0;
    if (f.start === undefined || weight <= 0) continue;
    const at = sentenceStart(body, f.start);
    bySentence.set(at, (bySentence.get(at) ?? 0) + weight);
  }
  let best = -1;
  let bestWeight = 0;
  for (const [at, weight] of bySentence) if (weight > bestWeight) [best, bestWeight] = [at, weight];
  return best;
}

// The corpus reader of `npm run eval`: every line validated.
const replies = readJsonl(fileURLToPath(new URL('../../../fixtures/corpus/replies.jsonl', import.meta.url)), replyItem).map(
  (i) => i.text,
);

describe('reply-tone layer, word look-up', () => {
  it('gives the probability of the full feature list on every corpus reply', () => {
    let differ = 0;
    for (const text of replies) {
      const s = draftSignals(text);
      const want = toneProbability(toneFeatures(s.toneBody, s.scan, s.states), toneWeights);
      if (defensiveProbability(s.toneBody, s.scan, s.states).probability !== want) differ++;
    }
    expect(differ).toBe(0);
  });

  it('flags the same replies, on the same sentence, as the full feature list', () => {
    let flagged = 0;
    let differ = 0;
    for (const text of replies) {
      const s = draftSignals(text);
      const got = findDefensiveTone(s.toneBody, s.scan, s.states);
      const want = reference(s.toneBody, s);
      if (got) flagged++;
      // The flag starts at its sentence's first non-space character.
      const gotStart = got ? sentenceStart(s.toneBody, got.start) : undefined;
      const wantStart = want === undefined || want < 0 ? undefined : sentenceStart(s.toneBody, want);
      if (gotStart !== wantStart) differ++;
    }
    expect(flagged).toBeGreaterThan(100);
    expect(differ).toBe(0);
  });
});
