import { describe, expect, it } from 'vitest';
import type { Cue, CueKind, Sentiment, SentimentHit } from '../../../src/core/types';
import { fuse } from '../../../src/model/fuse';
import type { ModelResult, ModelStatus } from '../../../src/model/types';

const ready: ModelStatus = { state: 'ready', modelId: 'm', source: 'bundled', loadMs: 10 };
const hit: SentimentHit = { start: 0, end: 5, text: 'boos', weight: -2, source: 'lexicon' };

function lexicon(
  label: Sentiment['label'],
  score: number,
  intensity: Sentiment['intensity'],
  cues: CueKind[] = [],
  evidence: SentimentHit[] = [hit],
) {
  return {
    sentiment: { label, score, intensity, evidence },
    cues: cues.map((kind, i): Cue => ({ kind, start: i, end: i + 1, text: 'x' })),
  };
}

function model(
  label: ModelResult['label'],
  score: number,
  intensity: ModelResult['intensity'],
  sentenceScores: number[] = [score],
): ModelResult {
  const sentences = sentenceScores.map((s, i) => ({ start: i * 10, end: i * 10 + 9, label, score: s, intensity }));
  let worst = 0;
  sentences.forEach((s, i) => (s.score < sentences[worst]!.score ? (worst = i) : undefined));
  return {
    modelId: 'm',
    label,
    score,
    intensity,
    confidence: 0.8,
    sentences,
    mostNegative: 0 in sentences ? worst : null,
    truncated: false,
    ms: 3,
  };
}

describe('fuse', () => {
  it('takes polarity and strength from the model, evidence from the lexicon', () => {
    const f = fuse(lexicon('negative', -0.3, 1), model('negative', -0.8, 3), ready);
    expect(f).toMatchObject({ engine: 'model+lexicon', label: 'negative', score: -0.8, intensity: 3, adjustments: [] });
    expect(f.evidence).toEqual([hit]);
    expect(f.sources.model?.score).toBe(-0.8);
    expect(f.reason).toBeUndefined();
  });

  it('model positive and lexicon mildly negative: the model wins', () => {
    expect(fuse(lexicon('negative', -0.3, 1), model('positive', 0.6, 2), ready).label).toBe('positive');
  });

  it('pushes a neutral model answer to negative when the message carries strong cues', () => {
    const f = fuse(lexicon('neutral', -0.1, 1, ['churn']), model('neutral', 0.05, 1), ready);
    expect(f.label).toBe('negative');
    expect(f.score).toBeLessThanOrEqual(-0.25);
    expect(f.adjustments).toContain('cues-pushed-negative');
    // One weak cue is not enough.
    expect(fuse(lexicon('neutral', -0.1, 1, ['urgency']), model('neutral', 0.05, 1), ready).label).toBe('neutral');
  });

  it('pushes to negative when the lexicon is clearly negative or one sentence is furious', () => {
    expect(fuse(lexicon('negative', -0.6, 2), model('neutral', -0.1, 1), ready).label).toBe('negative');
    expect(fuse(lexicon('neutral', 0, 1), model('neutral', 0, 1, [0, 0.1, -0.8, 0]), ready).label).toBe('negative');
    // A calm factual complaint the model hears as neutral: the lexicon's complaint pattern makes it one.
    const complaint: SentimentHit = { start: 0, end: 24, text: 'twee keer is afgeschreven', weight: -3, source: 'complaint' };
    expect(fuse(lexicon('negative', -0.5, 1, [], [complaint]), model('neutral', 0, 1), ready).label).toBe('negative');
    // A mildly negative word alone is not enough.
    expect(fuse(lexicon('negative', -0.3, 1), model('neutral', 0, 1), ready).label).toBe('neutral');
    // …but never against a positive lexicon.
    expect(fuse(lexicon('positive', 0.5, 2), model('neutral', 0, 1, [0, -0.8]), ready).label).toBe('neutral');
  });

  it('raises intensity of a negative answer for escalation cues', () => {
    const f = fuse(lexicon('negative', -0.5, 2, ['legal', 'public']), model('negative', -0.4, 1), ready);
    expect(f.intensity).toBe(3); // +1 escalation, +1 cue weight 4
    expect(f.adjustments).toContain('cues-raised-intensity');
    expect(fuse(lexicon('negative', -0.5, 2, ['repeat']), model('negative', -0.4, 1), ready).intensity).toBe(1);
  });

  it('tempers a positive model answer on a message that threatens to leave (sarcasm)', () => {
    const f = fuse(lexicon('negative', -0.2, 1, ['churn']), model('positive', 0.7, 2), ready);
    expect(f.label).toBe('neutral');
    expect(f.adjustments).toEqual(['cues-tempered-positive']);
  });

  it('answers with the lexicon alone, saying why, when there is no model result', () => {
    const lex = lexicon('negative', -0.7, 2, ['churn']);
    const cases: Array<[ModelStatus, string]> = [
      [{ state: 'loading', modelId: 'm', progress: 0.4 }, 'model-loading'],
      [{ state: 'idle' }, 'model-loading'],
      [{ state: 'disabled' }, 'disabled'],
      [{ state: 'failed', modelId: 'm', reason: 'not-bundled-and-remote-off', message: '' }, 'model-unavailable-offline'],
      [{ state: 'failed', modelId: 'm', reason: 'download-failed', message: '' }, 'model-unavailable-offline'],
      [{ state: 'failed', modelId: 'm', reason: 'corrupt', message: '' }, 'model-error'],
      [ready, 'model-error'],
    ];
    for (const [status, reason] of cases) {
      const f = fuse(lex, undefined, status);
      expect(f, status.state).toMatchObject({ engine: 'lexicon', reason, label: 'negative', score: -0.7, intensity: 2 });
      expect(f.sources.model).toBeUndefined();
    }
  });
});
