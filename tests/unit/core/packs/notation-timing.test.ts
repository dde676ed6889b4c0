/**
 * Pack patterns cannot hang the draft check: whatever the notation accepts scans in time linear in
 * the draft. Each hostile text is timed against plain prose of the same length in the same run
 * (a ratio, so it holds on a slow or busy machine); a super-linear pattern would be hundreds of
 * times slower at these lengths, not a few.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPackPattern, compilePackPatterns, NOTATION_LIMITS } from '../../../../src/core/knowledge/pattern-notation';
import { compilePatterns } from '../../../../src/core/knowledge/rule-notation';
import { checkDraft } from '../../../../src/core';
import type { ExtraDontRule } from '../../../../src/core/types';
import { bestTime as best } from '../best-time';

const VOCAB = ['geen', 'idee', 'dat', 'is', 'ons', 'beleid', 'a', 'b', 'niet', 'weet', 'ik', 'u'];
const OTHER = ['beste', 'meneer', 'dank', 'voor', 'uw', 'bericht', 'pakket', 'morgen', 'graag', 'groet', 'het', 'de'];
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Ordinary prose over the pattern vocabulary and everyday words: single spaces, short sentences. */
function prose(n: number): string {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  let out = '';
  let words = 0;
  while (out.length < n) {
    const pool = next() % 3 === 0 ? VOCAB : OTHER;
    out += pool[next() % pool.length]!;
    out += ++words % 9 === 0 ? '. ' : next() % 11 === 0 ? ', ' : ' ';
  }
  return out.slice(0, n);
}

function scan(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let hits = 0;
  while (re.exec(text)) hits++;
  return hits;
}

/** Scan time of `text` over that of prose of the same length; a 1 ms floor keeps tiny timings from dividing noise. */
function ratio(re: RegExp, text: string): number {
  const plain = prose(text.length);
  scan(re, plain); // warm up
  return (
    best(() => scan(re, text)) /
    Math.max(
      best(() => scan(re, plain)),
      1,
    )
  );
}

const word = fc.constantFrom(...VOCAB);
/** One part of a pattern, built from the notation's pieces (a filter below keeps what it accepts). */
const part: fc.Arbitrary<string> = fc.oneof(
  word,
  fc.constant('{w}'),
  word.map((w) => `${w}{*}`),
  fc.tuple(word, word, word, word).map(([a, b, c, d]) => `(?:${a}|${b}|${c} ${d})`),
  fc.tuple(word, word).map(([a, b]) => `(?:${a} )?${b}`),
  fc.tuple(fc.integer({ min: 1, max: 10 }), word).map(([k, w]) => `(?:{w} ){0,${k}}${w}`),
  fc
    .tuple(word, word, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 4 }), word)
    .map(([a, b, m, k, w]) => `(?:${a} |${b} ){${m},${m + k}}${w}`),
  fc.tuple(fc.constantFrom('[ab]', '[a-e]', '[0-9]', '[sz]'), word).map(([c, w]) => `${c}${w}`),
  word.map((w) => `${w}?`),
);
const pattern = fc
  .tuple(fc.boolean(), fc.array(part, { minLength: 1, maxLength: 5 }), fc.constantFrom('', '{E}', '(?! niet)', '(?! {w} b)'))
  .map(([start, parts, tail]) => `${start ? '{S}' : ''}${parts.join(' ')}${tail}`)
  .filter((p) => checkPackPattern(p).ok);

const N = 50_000;
const WS = [' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', ' \u200b '];
/** Hostile drafts: whitespace runs, very long words, the same phrase over and over. */
const hostile = fc.oneof(
  fc
    .tuple(fc.array(fc.constantFrom(...WS), { minLength: 1, maxLength: 4 }), word, word)
    .map(([ws, a, b]) => `${a}${fill(ws.join(''), N - 10)}${b}`),
  fc
    .tuple(fc.array(fc.constantFrom(...WS), { minLength: 1, maxLength: 3 }), fc.integer({ min: 20, max: 400 }))
    .map(([ws, run]) => fill(VOCAB.map((w) => w + fill(ws.join(''), run)).join(''), N)),
  fc.tuple(word, fc.constantFrom('a', 'e', '-', "'", '0')).map(([w, c]) => `${w} ${fill(c, N - w.length - 2)} ${w}`),
  fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => fill(ws.join(' ') + ' ', N)),
  fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => fill(ws.join(''), N)),
  fc.array(word, { minLength: 2, maxLength: 5 }).map((ws) => fill(ws.join(' ') + '. ', N)),
);

describe('pack notation: linear time by construction', () => {
  it('property: any accepted pattern scans hostile drafts within a small factor of prose of the same length', () => {
    const seen: number[] = [];
    fc.assert(
      fc.property(pattern, hostile, (p, text) => {
        const re = compilePackPatterns([p])!;
        const r = ratio(re, text);
        seen.push(r);
        if (process.env.TRIADE_TIMINGS && r > 2) console.log(r.toFixed(2), p, JSON.stringify(text.slice(0, 30)));
        expect(r, `${p} on ${JSON.stringify(text.slice(0, 40))}…`).toBeLessThan(5);
      }),
      { numRuns: 120 },
    );
    if (process.env.TRIADE_TIMINGS)
      console.log(
        'ratios: max',
        Math.max(...seen).toFixed(2),
        'median',
        seen.sort((a, b) => a - b)[seen.length >> 1]!.toFixed(2),
      );
  }, 120_000);
});

describe('the timing harness would catch a super-linear pattern', () => {
  it('the raw-regex form of "{w} x" is quadratic on a run of dashes; the notation\'s is not', () => {
    const dashes = fill('-', 10_000);
    const raw = compilePatterns(['{w} x']); // the built-in (reviewed) notation: a raw regex
    const safe = compilePackPatterns(['{w} x'])!;
    expect(ratio(raw, dashes)).toBeGreaterThan(20);
    expect(ratio(safe, dashes)).toBeLessThan(3);
  });
});

const DRAFT_PROSE =
  'Beste meneer Evers, dank u voor uw bericht. Ik begrijp dat het vervelend is dat uw pakket nog niet is geleverd. ' +
  'Ik zoek het voor u uit en laat het u morgen voor 12.00 uur weten. Met vriendelijke groet, Anna\n';
const rules = (patterns: string[]): ExtraDontRule[] => [{ id: 'acme.test', lang: 'nl', patterns, reason: 'r', suggestion: 's' }];

/** checkDraft with these pack rules, best of 5, in ms. */
function draftTime(extraRules: ExtraDontRule[], draft: string): number {
  // Warm up past V8's regex tier-up (interpreted for the first runs, compiled after): timing straddling it is noise.
  for (let i = 0; i < 10; i++) checkDraft(draft, { lang: 'nl', extraRules });
  return best(() => checkDraft(draft, { lang: 'nl', extraRules }), 5);
}

/**
 * Time on the longer draft over time on the shorter, the least of three interleaved tries: a quadratic
 * pattern is slow in every try, a busy machine only in some.
 */
function growth(extraRules: ExtraDontRule[], short: string, long: string): number {
  let min = Infinity;
  for (let i = 0; i < 3; i++) min = Math.min(min, draftTime(extraRules, long) / Math.max(draftTime(extraRules, short), 1));
  return min;
}

describe("the audit's catastrophic shapes, written in the notation, on a 2,000-character draft", () => {
  const DRAFTS: Record<string, string> = {
    prose: fill(DRAFT_PROSE, 2000),
    'a a a …': fill('a ', 2000),
    'one long word': 'ik ' + fill('a', 1997),
    spaces: 'a' + fill(' ', 1998) + 'b',
    'mixed whitespace': fill('a \u00a0\t\u2028\n  ', 2000),
    'repeated phrase': fill('dat is ons dat is het ', 2000),
  };
  const SHAPES: Record<string, string> = {
    'a\\w*\\w*\\w*! → a{*}!': 'a{*}!',
    'a.*.*.*b → a (?:{w} ){0,10}b': 'a (?:{w} ){0,10}b',
    '(?:{w} ){1,6} (the unbounded group repeated {1,6})': '(?:{w} ){1,6}!',
    'a gap at the start': '(?:{w} ){0,10}b',
    'at the combinations cap (63 live paths)': '(?:a |a ){0,5}x',
  };
  const ordinary = rules(['ons beleid']);

  for (const [name, pattern] of Object.entries(SHAPES)) {
    it(name, () => {
      expect(checkPackPattern(pattern).ok).toBe(true);
      const base = draftTime(ordinary, DRAFTS.prose!);
      for (const [label, draft] of Object.entries(DRAFTS)) {
        const t = draftTime(rules([pattern]), draft);
        if (process.env.TRIADE_TIMINGS)
          console.log(`${pattern} on ${label}: ${t.toFixed(2)} ms (ordinary rule on prose ${base.toFixed(2)} ms)`);
        expect(t, label).toBeLessThan(50);
        // Same class as an ordinary rule on an ordinary draft: the pack rule adds next to nothing.
        expect(t / Math.max(base, 1), label).toBeLessThan(3);
      }
    });
  }
});

describe('a whole pack at the cost budget, in the worst shapes, on hostile 2,000-character drafts', () => {
  // Each shape fills the pack's budget (NOTATION_LIMITS.packCost) with copies of itself.
  const SHAPES = [
    '(?:a |a ){0,5}x',
    'a (?:{w} ){0,10}b',
    '(?:{w} ){0,10}b',
    '(?:a |b ){0,10}x',
    '{S}a (?:{w} ){0,9}b{E}',
    'dat is (?:nu eenmaal )?(?:ons|het) beleid',
  ];
  const DRAFTS = (n: number): Record<string, string> => ({
    'a a a …': fill('a ', n),
    'mixed whitespace': fill('a \u00a0\t\n ', n),
    'long words': fill(' aaaaaa', n),
    'repeated phrase': fill('dat is nu eenmaal ons ik beloof u dat het ', n),
  });
  const packOf = (shape: string): ExtraDontRule[] => {
    const { cost } = checkPackPattern(shape) as { cost: number };
    const patterns = Array.from({ length: Math.floor(NOTATION_LIMITS.packCost / cost) }, (_, i) => `${shape}${i}`);
    return Array.from({ length: Math.ceil(patterns.length / 40) }, (_, r) => rules(patterns.slice(r * 40, r * 40 + 40))[0]!);
  };

  for (const shape of SHAPES) {
    it(shape, () => {
      const pack = packOf(shape);
      const long = DRAFTS(2000);
      // Linearity over a factor of four (linear 4×, quadratic 16×): the gap stays clear on a busy machine.
      const longer = DRAFTS(4000);
      const short = DRAFTS(1000);
      for (const label of Object.keys(long)) {
        const t = draftTime(pack, long[label]!);
        if (process.env.TRIADE_TIMINGS)
          console.log(`pack of ${pack.flatMap((r) => r.patterns).length} × ${shape} on ${label}: ${t.toFixed(1)} ms`);
        expect(t, label).toBeLessThan(50);
        expect(growth(pack, short[label]!, longer[label]!), label).toBeLessThan(8);
      }
    });
  }
});
