import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPromises, scoreCallNotes, writeFollowUpLetter } from '../../../../src/core/followup';

// Pieces that make promises likely, mixed with arbitrary text so the grammar meets odd neighbours.
const PIECES = [
  'Ik bel u',
  'morgen',
  'om 15.00 uur',
  'terug',
  'uiterlijk vrijdag',
  'u hoort',
  'binnen twee werkdagen',
  'vandaag om 9:00',
  'op 31 februari',
  'op 3 december',
  'over een uur',
  "I'll call you",
  'tomorrow at 3 pm',
  'by end of day',
  'within 2 business days',
  'next Tuesday',
  'at 3',
  '. ',
  ', ',
  ' en ',
  '\n',
  '15.00 u.',
  'vanavond om 8 uur',
  'tussen 14.00 en 15.00 uur',
  '€15.00',
  '😀',
  '\u200b',
];
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 25 }).map((a) => a.join(' ')),
);
const now = fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true });
const lang = fc.constantFrom('nl' as const, 'en' as const, undefined);

describe('findPromises properties', () => {
  it('never throws, keeps spans inside the text and never returns a due date before now', () => {
    fc.assert(
      fc.property(text, now, lang, fc.boolean(), (t, n, l, any) => {
        const found = findPromises(t, n, l, { speaker: any ? 'any' : 'agent' });
        for (const p of found) {
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.end).toBeLessThanOrEqual(t.length);
          expect(p.start).toBeLessThan(p.end);
          expect(t.slice(p.start, p.end)).toBe(p.text);
          expect(t.slice(p.when.start, p.when.end)).toBe(p.when.text);
          expect(Number.isNaN(p.due.getTime())).toBe(false);
          expect(p.due.getTime()).toBeGreaterThanOrEqual(n.getTime());
        }
      }),
      { numRuns: 500 },
    );
  });

  it('returns nothing for an invalid clock', () => {
    expect(findPromises('Ik bel u morgen om 15.00 uur terug.', new Date(Number.NaN), 'nl')).toEqual([]);
  });
});

describe('letter and call checklist properties', () => {
  const tag = fc.constantFrom('customer_says' as const, 'agreed' as const, 'action' as const, 'fact' as const, 'none' as const);
  it('scoreCallNotes never throws and its evidence points into the note', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text, tag }), { maxLength: 8 }), lang, (notes, l) => {
        for (const step of scoreCallNotes(notes, l ?? 'nl', new Date(2026, 10, 27, 15, 30))) {
          if (!step.evidence) continue;
          const note = notes[step.evidence.noteIndex]!;
          expect(note.text.slice(step.evidence.start, step.evidence.end)).toBe(step.evidence.text);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('writeFollowUpLetter never prints "undefined" or an empty list item', () => {
    const items = fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 });
    fc.assert(
      fc.property(
        fc.constantFrom('nl' as const, 'en' as const),
        fc.string({ maxLength: 40 }),
        items,
        items,
        (l, complaint, actions, gesture) => {
          const letter = writeFollowUpLetter({ lang: l, complaint, actions, gesture });
          expect(letter).not.toMatch(/undefined/);
          expect(letter).not.toMatch(/^-\s*$/m);
        },
      ),
      { numRuns: 200 },
    );
  });
});
