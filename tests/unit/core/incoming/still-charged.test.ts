import { describe, expect, it } from 'vitest';
import { analyzeIncoming } from '../../../../src/core';

describe('money still leaving after a cancellation', () => {
  it('reads a calm "still being charged" message as a complaint, with the words as evidence', () => {
    const text = 'Ik heb mijn abonnement in september opgezegd, maar er wordt nog steeds elke maand geld afgeschreven.';
    const a = analyzeIncoming(text);
    expect(a.sentiment.label).toBe('negative');
    expect(a.sentiment.evidence.some((e) => /nog steeds .*afgeschreven/.test(e.text))).toBe(true);
  });

  it('does not call an ordinary direct-debit question a complaint', () => {
    expect(analyzeIncoming('Wordt het bedrag automatisch afgeschreven of moet ik het zelf overmaken?').sentiment.label).toBe(
      'neutral',
    );
  });
});
