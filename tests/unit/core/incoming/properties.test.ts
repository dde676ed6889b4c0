import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeIncoming } from '../../../../src/core/incoming/index';
import { foldFast } from '../../../../src/core/incoming/tokens';
import { fold } from '../../../../src/core/text';
import type { IncomingAnalysis, Span } from '../../../../src/core/types';

// Pieces that stress offsets and regexes: emoji (surrogate pairs, ZWJ), zero-width, RTL, accents, HTML soup,
// quote headers, signatures, numbers that look like dates/amounts, and complaint words.
const PIECES = [
  '😡',
  '👍🏽',
  '👨‍👩‍👧',
  '\u200b',
  '\u200d',
  '\u202e',
  '\ufeff',
  'مرحبا',
  'שלום',
  'İ',
  'ß',
  'Één',
  'café',
  'ﬁ',
  '<div><p>',
  '</p></div>',
  '&nbsp;',
  '<br/>',
  '> ',
  '\n',
  '\r\n',
  '  ',
  '!!!',
  '?!',
  '€ 49,95',
  '24-11-2026',
  '15:00',
  '#4821',
  'ordernummer 12345678',
  'Met vriendelijke groet,\nAnna',
  'Op ma 3 nov. schreef X:\n',
  'nog steeds niet geleverd',
  'SCHANDALIG',
  'niet opzeggen',
  'ombudsman',
  'thanks in advance',
  'NOT',
  "don't",
  'al 3 keer',
  'voor de derde keer',
  '2026-11-24',
  '$10.50',
  '3 pm',
  'Mijn naam is Jan',
  'kapot',
  '🙏',
];
const messy = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ maxLength: 12 })), {
    maxLength: 40,
  })
  .map((xs) => xs.join(' '));

function spans(a: IncomingAnalysis): Span[] {
  return [
    ...a.sentiment.evidence,
    ...a.emotionEvidence,
    ...a.cues,
    ...a.facts,
    ...a.customerType.reasons.flatMap((r) => (r.span ? [r.span] : [])),
  ];
}

describe('analyzeIncoming properties', () => {
  it('never throws and keeps every span inside the text, naming the words it covers', () => {
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const a = analyzeIncoming(text);
        expect(a.body.start).toBeGreaterThanOrEqual(0);
        expect(a.body.end).toBeLessThanOrEqual(text.length);
        for (const s of spans(a)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.start).toBeLessThan(s.end);
          expect(text.slice(s.start, s.end)).toBe(s.text);
        }
        // Evidence and emotion come from the customer's own words only.
        for (const s of [...a.sentiment.evidence, ...a.emotionEvidence, ...a.cues]) {
          expect(s.end).toBeLessThanOrEqual(a.body.end);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('folds exactly like the shared fold (same string, same length)', () => {
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ unit: 'binary', maxLength: 100 })), (text) => {
        expect(foldFast(text)).toBe(fold(text));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps scores and confidences in range and evidence strongest first', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const a = analyzeIncoming(text);
        expect(a.sentiment.score).toBeGreaterThanOrEqual(-1);
        expect(a.sentiment.score).toBeLessThanOrEqual(1);
        expect([1, 2, 3]).toContain(a.sentiment.intensity);
        expect(a.langConfidence).toBeGreaterThanOrEqual(0);
        expect(a.langConfidence).toBeLessThanOrEqual(1);
        expect(a.customerType.confidence).toBeGreaterThanOrEqual(0);
        expect(a.customerType.confidence).toBeLessThanOrEqual(1);
        expect(a.customerType.reasons.length).toBeGreaterThan(0);
        const w = a.sentiment.evidence.map((h) => Math.abs(h.weight));
        for (let i = 1; i < w.length; i++) expect(w[i]!).toBeLessThanOrEqual(w[i - 1]!);
        if (a.sentiment.label === 'negative') expect(a.sentiment.score).toBeLessThan(0);
        if (a.sentiment.label === 'positive') expect(a.sentiment.score).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('does not change its reading of the body when angry quoted history is appended', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Waar blijft mijn pakket?', 'Bedankt voor de hulp!', 'Wat kost verzending naar België?'),
        (body) => {
          const alone = analyzeIncoming(body);
          const withQuote = analyzeIncoming(
            `${body}\n\nOp 3 nov. 2026 schreef Shop <a@b.nl>:\n> SCHANDALIG!!! 😡 ik ga naar de advocaat`,
          );
          expect(withQuote.sentiment.label).toBe(alone.sentiment.label);
          expect(withQuote.cues).toEqual(alone.cues);
          expect(withQuote.emotion).toBe(alone.emotion);
        },
      ),
    );
  });

  it('takes roughly linear time: 200 KB costs at most ~20x as much as 10 KB (×3 slack)', () => {
    const para =
      'Beste klantenservice, mijn pakket (ordernummer 12345678) is nog steeds niet geleverd. Ik heb al 3 keer gebeld op 24-11-2026 om 15:00 en niemand neemt op!!! Dit is SCHANDALIG 😡. I called three times, still not delivered, € 49,95 charged twice.\n';
    const make = (n: number) => para.repeat(Math.ceil(n / para.length)).slice(0, n);
    const small = make(10_000);
    const large = make(200_000);
    const time = (t: string) => {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const s = performance.now();
        analyzeIncoming(t);
        runs.push(performance.now() - s);
      }
      return Math.min(...runs);
    };
    time(small); // warm up
    const a = time(small);
    const b = time(large);
    // A quadratic step would make this ratio ~400; linear is ~20. Floor the small time against timer noise.
    expect(b / Math.max(a, 0.5)).toBeLessThan(60);
  });
});
