/**
 * Hostile and unlucky text costs no more than ordinary prose of the same length. A customer controls
 * the incoming mail: blank lines, runs of spaces and tabs, one endless word, a time followed by a sea
 * of spaces used to take seconds to minutes (quadratic patterns). Each is timed against prose of the
 * same length in the same run, so the ratio holds on a slow or busy machine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeIncoming, checkDraft, findPromises } from '../../../src/core';
import { BARRIER, defuse, MAX_SPACE_RUN } from '../../../src/core/defuse';
import { bestTime as best } from './best-time';

const NOW = new Date(2026, 11, 1, 10, 0);
const PROSE =
  'Beste Anja, ik heb drie keer gebeld en mijn pakket is nog steeds niet geleverd. Ik bel u morgen om 15.00 uur terug. ' +
  'I called twice and nobody answers, this is ridiculous!! Ordernummer 12345678.\n';
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const ENGINES = {
  analyzeIncoming: (s: string) => analyzeIncoming(s),
  checkDraft: (s: string) => checkDraft(s),
  findPromises: (s: string) => findPromises(s, NOW, 'nl'),
};

/**
 * Time of `text` over time of prose of the same length, the least of three interleaved tries (a
 * quadratic step is slow every time, a busy machine only some of the time); a 2 ms floor keeps tiny
 * timings from dividing noise.
 */
function ratio(engine: (s: string) => unknown, text: string): number {
  const prose = fill(PROSE, text.length);
  engine(prose); // warm up
  let min = Infinity;
  for (let i = 0; i < 3; i++)
    min = Math.min(
      min,
      best(() => engine(text)) /
        Math.max(
          best(() => engine(prose)),
          2,
        ),
    );
  return min;
}

// The inputs of the audit (issue 11), at 200 KB: before the fix the worst took minutes.
const N = 200_000;
const AUDIT: Record<string, string> = {
  'blank lines': fill('\n', N),
  spaces: fill(' ', N),
  'spaces, tabs and newlines': fill(' \t\n', N),
  '"niet" and one endless word': 'niet ' + fill('ge', N),
  'a time followed by spaces': 'Ik bel u morgen om 15.00' + fill(' ', N),
  'a greeting over blank lines': 'Beste,\n' + fill(' \n', N) + 'x',
  'no-break and zero-width spaces, line separators': fill('\u00a0\u200b\u2028\u2029 \u3000', N),
};

describe('hostile input costs at most 3× prose of the same length', () => {
  for (const [name, fn] of Object.entries(ENGINES)) {
    for (const [label, text] of Object.entries(AUDIT)) {
      it(`${name}: ${label}`, () => {
        expect(ratio(fn, text)).toBeLessThan(3);
      }, 60_000);
    }
  }
});

describe('defuse keeps offsets and ordinary text', () => {
  it('returns ordinary text unchanged and keeps every length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const d = defuse(s);
        expect(d.length).toBe(s.length);
        if (!/\s{33}|[\p{L}\p{N}_]{65}/u.test(s)) expect(d).toBe(s);
      }),
    );
  });

  it('cuts a long whitespace run after its first characters, so spans still point into the text', () => {
    const text = 'Ik ben boos.' + ' '.repeat(100) + 'Al drie keer gebeld!';
    const d = defuse(text);
    expect(d.slice(12, 12 + MAX_SPACE_RUN)).toBe(' '.repeat(MAX_SPACE_RUN));
    expect(d[12 + MAX_SPACE_RUN]).toBe(BARRIER);
    const a = analyzeIncoming(text);
    expect(a.sentiment.label).toBe('negative');
    for (const c of a.cues) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

// Generated hostile text: runs of mixed whitespace, long words, punctuation runs and repeated phrases,
// spliced into prose. Property: never worse than a small multiple of prose of the same length.
const PIECES = [
  '\n',
  ' ',
  '\t',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\r\n',
  '.',
  '!',
  '?',
  '-',
  '€',
  '😡',
  'a',
  'ge',
  'om ',
  'niet ',
  '15.00 ',
];
const hostile = fc
  .array(
    fc.oneof(
      fc.record({ unit: fc.constantFrom(...PIECES), times: fc.integer({ min: 500, max: 6000 }) }),
      fc.record({
        unit: fc.constantFrom('nog steeds niet ', 'al drie keer gebeld ', 'I want a refund ', 'om 15.00 uur '),
        times: fc.integer({ min: 50, max: 400 }),
      }),
      fc.record({ unit: fc.constantFrom(PROSE), times: fc.integer({ min: 1, max: 5 }) }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.map((p) => p.unit.repeat(p.times)).join(''))
  .filter((s) => s.length >= 5_000);

describe('generated hostile text stays within a small multiple of prose', () => {
  for (const [name, fn] of Object.entries(ENGINES)) {
    it(
      name,
      () => {
        fc.assert(
          fc.property(hostile, (text) => {
            expect(ratio(fn, text)).toBeLessThan(8);
          }),
          { numRuns: 25, seed: 20261201 },
        );
      },
      120_000,
    );
  }
});
