/**
 * Property tests: whatever the analysis, draft, clock or name, suggest answers with clean, insertable cards.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextTimeSlot, renderCard, suggest } from '../../../../src/core/suggest';
import { phraseCards } from '../../../../src/core/knowledge';
import type { IncomingAnalysis, SuggestInput } from '../../../../src/core/types';

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
// Mostly valid values, sometimes garbage of the right shape (a message from an older or buggy analyser).
const loose = <T>(values: readonly T[]) =>
  fc.oneof({ weight: 4, arbitrary: pick(values) }, { weight: 1, arbitrary: fc.string() });
const span = fc.record({ start: fc.nat(500), end: fc.nat(500), text: fc.string({ maxLength: 20 }) });
const name = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('{name}', 'Jan [de] Vries', '  ', 'mevrouw De Vries', '\u200bAnn\u202e'),
);

const incomingArb = fc.record(
  {
    lang: loose(['nl', 'en', 'fr', 'de', 'other'] as const),
    langConfidence: fc.double({ min: 0, max: 1, noNaN: true }),
    sentiment: fc.record({
      label: loose(['negative', 'neutral', 'positive'] as const),
      score: fc.double({ min: -1, max: 1, noNaN: true }),
      intensity: fc.oneof(pick([1, 2, 3] as const), fc.integer({ min: -5, max: 9 })),
      evidence: fc.constant([]),
    }),
    emotion: loose(['anger', 'frustration', 'disappointment', 'worry', 'none'] as const),
    emotionEvidence: fc.array(span, { maxLength: 3 }),
    cues: fc.array(
      fc.record({
        kind: loose(['churn', 'legal', 'public', 'repeat', 'urgency'] as const),
        start: fc.nat(),
        end: fc.nat(),
        text: fc.string(),
      }),
      { maxLength: 4 },
    ),
    facts: fc.array(
      fc.record({
        kind: loose(['date', 'time', 'amount', 'order', 'ticket', 'invoice', 'reference'] as const),
        value: fc.string({ maxLength: 30 }),
        start: fc.nat(),
        end: fc.nat(),
        text: fc.string(),
      }),
      { maxLength: 4 },
    ),
    customerType: fc.record({
      type: loose(['active_hater', 'extreme_critic', 'loyal_irritated', 'passionate'] as const),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      reasons: fc.constant([]),
    }),
    customerName: name,
    body: fc.record({ start: fc.nat(), end: fc.nat() }),
  },
  { requiredKeys: ['lang', 'sentiment', 'emotion', 'cues', 'facts', 'customerType'] },
) as unknown as fc.Arbitrary<IncomingAnalysis>;

const checklistId = pick([
  'understanding',
  'apology',
  'solution',
  'time_commitment',
  'thanks',
  'name',
  'beyond',
  'feedback',
] as const);
const inputArb: fc.Arbitrary<SuggestInput> = fc.record(
  {
    incoming: incomingArb,
    lang: pick(['nl', 'en'] as const),
    customerName: name,
    customerType: pick(['active_hater', 'extreme_critic', 'loyal_irritated', 'passionate'] as const),
    draft: fc.record({
      lang: pick(['nl', 'en'] as const),
      checklist: fc.array(fc.record({ id: checklistId, state: pick(['done', 'missing', 'not_needed'] as const) }), {
        maxLength: 8,
      }),
      violations: fc.constant([]),
      ignored: fc.constant([]),
    }),
    now: fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1) }),
    extraCards: fc.array(fc.oneof(fc.anything(), pick(phraseCards.slice(0, 6))), { maxLength: 3 }),
  },
  { requiredKeys: ['now'] },
);

describe('suggest properties', () => {
  it('never throws and never leaves a placeholder, bracket or control character in a card', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const cards = suggest(input);
        expect(cards.length).toBeGreaterThanOrEqual(6);
        for (const c of cards) {
          expect(c.text).not.toMatch(/[{}[\]\u0000-\u001f]/);
          expect(c.text.trim()).toBe(c.text);
          expect(['nl', 'en']).toContain(c.lang);
          expect(c.reason.length).toBeGreaterThan(0);
        }
        expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic for the same input', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(suggest(input)).toEqual(suggest(input));
      }),
      { numRuns: 150 },
    );
  });

  it('puts every card whose checklist item is done after every card that is still open', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const done = new Set((input.draft?.checklist ?? []).filter((i) => i.state === 'done').map((i) => i.id));
        const flags = suggest(input).map((c) => done.has(c.satisfies));
        const firstDone = flags.indexOf(true);
        if (firstDone >= 0) expect(flags.slice(firstDone).every(Boolean)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('puts a plain name into the cards when one is given', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z]{2,12}$/), pick(['nl', 'en'] as const), (n, lang) => {
        const cards = suggest({ lang, customerName: n, now: new Date(2026, 10, 24, 14) });
        expect(cards.some((c) => c.text.includes(n))).toBe(true);
      }),
    );
  });
});

describe('helpers properties', () => {
  it('nextTimeSlot is always a working day, later than now, at 15:00 or 16:00', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }),
        pick(['nl', 'en'] as const),
        (now, lang) => {
          const slot = nextTimeSlot(now, lang);
          expect([1, 2, 3, 4, 5]).toContain(slot.date.getDay());
          expect(slot.date.getTime()).toBeGreaterThan(now.getTime());
          expect([15, 16]).toContain(slot.date.getHours());
          expect(slot.date.getTime() - now.getTime()).toBeLessThan(4 * 24 * 3600 * 1000);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('renderCard never leaves a group bracket or a {name} behind for any name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...phraseCards.map((c) => c.text)),
        fc.option(fc.string(), { nil: undefined }),
        (template, n) => {
          const out = renderCard(template, { name: n, day: 'morgen', time: '15.00 uur', next_step: 'ik zoek het uit' });
          expect(out).not.toMatch(/[{}[\]]/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
