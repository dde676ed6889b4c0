import { fileURLToPath } from 'node:url';
import { readJsonl, incomingItem } from '../../../../scripts/eval/corpus';
import { describe, expect, it } from 'vitest';
import { incomingSignals } from '../../../../src/core/incoming';
import {
  carriesMeaning,
  classProbabilities,
  decide,
  learnedSentiment,
  lexiconClass,
  sentimentFeatures,
  sentimentWeights,
  SENTIMENT_CLASSES,
  type FeatureInput,
  type SentimentWeights,
} from '../../../../src/core/incoming/learned';

// learnedSentiment looks the message's words up in the weights without building a feature per word. It must give
// exactly what the layer was fitted on: the probabilities of sentimentFeatures' full list, and the same evidence.

function reference(input: FeatureInput) {
  const features = sentimentFeatures(input);
  const p = classProbabilities(features, sentimentWeights);
  const lexicon = lexiconClass(input);
  const k = decide(p, lexicon, sentimentWeights.margin, input.tokens.length);
  const spans: Array<[number, number, number]> = [];
  if (k !== 1) {
    const pulls = features
      .filter((f) => f.start !== undefined && sentimentWeights.features[f.name] && carriesMeaning(f.name))
      .map((f) => {
        const fw = sentimentWeights.features[f.name]!;
        return { f, pull: fw[k]! - Math.max(fw[(k + 1) % 3]!, fw[(k + 2) % 3]!) };
      })
      .filter(({ pull }) => pull > 0.15);
    pulls.sort((a, b) => b.pull - a.pull);
    for (const { f, pull } of pulls.slice(0, 6)) spans.push([f.start!, f.end!, Math.round((k === 0 ? -pull : pull) * 100) / 100]);
  }
  const score = SENTIMENT_CLASSES[k] === input.sentiment.label ? input.sentiment.score : Math.round((p[2] - p[0]) * 1000) / 1000;
  return { label: SENTIMENT_CLASSES[k], score, spans };
}

// The corpus reader of `npm run eval`: every line validated.
const corpus = readJsonl(fileURLToPath(new URL('../../../fixtures/corpus/incoming.jsonl', import.meta.url)), incomingItem).map(
  (i) => i.text,
);

describe('fitted sentiment layer, word look-up', () => {
  it('gives the label and score of the full feature list on every corpus message', () => {
    let differ = 0;
    for (const text of corpus) {
      const input = incomingSignals(text).features;
      const got = learnedSentiment(input);
      const want = reference(input);
      if (got.label !== want.label || got.score !== want.score) differ++;
    }
    expect(differ).toBe(0);
  });

  it('points at the same words with the same weights', () => {
    let differ = 0;
    for (const text of corpus) {
      const input = incomingSignals(text).features;
      const got = learnedSentiment(input).evidence.map((e) => [e.start, e.end, e.weight]);
      if (JSON.stringify(got) !== JSON.stringify(reference(input).spans)) differ++;
    }
    expect(differ).toBe(0);
  });

  it('takes the general path on a message too long for the look-up, with the same result', () => {
    const long = corpus.slice(0, 12).join('\n\n');
    const input = incomingSignals(long).features;
    expect(input.tokens.length).toBeGreaterThan(200);
    const got = learnedSentiment(input);
    const want = reference(input);
    expect([got.label, got.score, got.evidence.map((e) => [e.start, e.end, e.weight])]).toEqual([
      want.label,
      want.score,
      want.spans,
    ]);
  });
});

describe('the fitted score keeps the sign of the label', () => {
  it('reads a tie of negative and positive (within the rounding) as a score below zero, never as 0', () => {
    const input = incomingSignals('Het pakket is vandaag bij de buren afgegeven.').features;
    expect(input.sentiment.label).toBe('neutral');
    // Negative and positive equally likely, neutral unlikely: the label is negative (ties go to the first class).
    const tie: SentimentWeights = { version: 1, classes: SENTIMENT_CLASSES, bias: [0, -5, 0], margin: 0, features: {} };
    const v = learnedSentiment(input, tie);
    expect(v.label).toBe('negative');
    expect(v.score).toBeLessThan(0);
  });
});
