import { describe, expect, it } from 'vitest';
import { analyzeIncoming } from '../../../../src/core';

describe('codes a few words away from their label', () => {
  it('reads "de factuur van november (F-2026-1187)" as the invoice number', () => {
    const text = 'Op mijn bankafschrift zie ik dat de factuur van november (F-2026-1187) twee keer is afgeschreven.';
    const fact = analyzeIncoming(text).facts.find((f) => f.kind === 'invoice');
    expect(fact).toMatchObject({ value: '#F-2026-1187', text: 'F-2026-1187' });
    expect(text.slice(fact!.start, fact!.end)).toBe('F-2026-1187');
  });

  it('takes the nearest label before the code', () => {
    const text = 'About the invoice: my order from last week (SO-4471-22) arrived broken.';
    expect(analyzeIncoming(text).facts.find((f) => f.text === 'SO-4471-22')?.kind).toBe('order');
  });

  it('does not take a phone number or a short code for an identifier', () => {
    const facts = analyzeIncoming('Bel me op 06-12345678 of 020-7654321, het gaat om de A-12.').facts;
    expect(facts.filter((f) => f.kind !== 'date' && f.kind !== 'time')).toEqual([]);
  });
});

describe('codes that start with their own label', () => {
  it('keeps the label in "RMA-20931"', () => {
    expect(analyzeIncoming('My return RMA-20931 was never refunded.').facts[0]).toMatchObject({
      kind: 'order',
      value: '#RMA-20931',
    });
  });
});
