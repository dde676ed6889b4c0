import { describe, expect, it } from 'vitest';
import { detectLabelStyle, mapDistribution, UnsupportedLabelsError } from '../../../src/model/labels';

const stars = (p: number[]) =>
  ['1 star', '2 stars', '3 stars', '4 stars', '5 stars'].map((label, i) => ({ label, score: p[i]! }));

describe('mapDistribution', () => {
  it('reads star ratings by expected value, not argmax', () => {
    const sure2 = mapDistribution(stars([0, 1, 0, 0, 0]));
    const split12 = mapDistribution(stars([0.45, 0.55, 0, 0, 0]));
    expect(sure2.label).toBe('negative');
    expect(split12.score).toBeLessThan(sure2.score); // same argmax, more mass on 1 star
    expect(mapDistribution(stars([0.55, 0.45, 0, 0, 0])).intensity).toBeGreaterThan(sure2.intensity);
    const warm = mapDistribution(stars([0, 0, 0.05, 0.15, 0.8]));
    expect(warm).toMatchObject({ label: 'positive', intensity: 3 });
    expect(warm.confidence).toBeCloseTo(0.95, 5);
  });

  it('calls a spread-out star distribution neutral', () => {
    const r = mapDistribution(stars([0.2, 0.2, 0.2, 0.2, 0.2]));
    expect(r.label).toBe('neutral');
    expect(r.score).toBeCloseTo(0, 5);
  });

  it('reads SST-2 labels in any case', () => {
    expect(
      mapDistribution([
        { label: 'NEGATIVE', score: 0.97 },
        { label: 'POSITIVE', score: 0.03 },
      ]),
    ).toMatchObject({ label: 'negative', intensity: 3 });
    expect(
      mapDistribution([
        { label: 'positive', score: 0.6 },
        { label: 'negative', score: 0.4 },
      ]).label,
    ).toBe('neutral');
  });

  it('reads three-way labels, long and short spellings', () => {
    expect(
      mapDistribution([
        { label: 'negative', score: 0.1 },
        { label: 'neutral', score: 0.8 },
        { label: 'positive', score: 0.1 },
      ]).label,
    ).toBe('neutral');
    expect(
      mapDistribution([
        { label: 'neg', score: 0.05 },
        { label: 'neu', score: 0.15 },
        { label: 'pos', score: 0.8 },
      ]).label,
    ).toBe('positive');
  });

  it('needs a hint for anonymous LABEL_n labels and uses it', () => {
    const d = [
      { label: 'LABEL_0', score: 0.8 },
      { label: 'LABEL_1', score: 0.15 },
      { label: 'LABEL_2', score: 0.05 },
    ];
    expect(() => mapDistribution(d)).toThrow(UnsupportedLabelsError);
    expect(mapDistribution(d, { style: 'generic3' }).label).toBe('negative');
    expect(
      mapDistribution(
        [
          { label: 'LABEL_1', score: 0.9 },
          { label: 'LABEL_0', score: 0.1 },
        ],
        { style: 'generic2' },
      ).label,
    ).toBe('positive');
  });

  it('tells five-way SST-5 labels from three-way ones', () => {
    expect(detectLabelStyle(['very negative', 'negative', 'neutral', 'positive', 'very positive'])).toBe('five');
    expect(detectLabelStyle(['negative', 'neutral', 'positive'])).toBe('three');
    expect(detectLabelStyle(['joy', 'anger'])).toBeUndefined();
    expect(detectLabelStyle(['1 star', '5 stars'], 'sst2')).toBeUndefined(); // a wrong hint is not silently ignored
  });
});
