import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkDraft } from '../../../../src/core/draft';
import type { DraftCheck } from '../../../../src/core/types';

// Pieces real drafts are made of, plus the awkward characters pasted text brings along.
const FRAGMENTS = [
  'Beste mevrouw Sánchez,',
  'Hi Tom,',
  'ik weet het niet',
  "I don't know",
  'kom niet terug',
  "don't come back",
  'sorry, maar',
  "I'm sorry, but",
  'u had moeten',
  'you should have',
  'Excuses voor het ongemak.',
  'Thank you!',
  'Ik bel u morgen om 15.00 uur.',
  'within 2 business days',
  '10% korting',
  'a voucher',
  'handgeschreven kaartje',
  "'",
  '"',
  '‘',
  '’',
  '„',
  '”',
  '«',
  '»',
  '>',
  '> quoted',
  'Op ma 24 nov. 2026 om 10:12 schreef Jan:',
  'On Tue, Anna wrote:',
  'Met vriendelijke groet,',
  'Kind regards,',
  '--',
  '\n',
  '\n\n',
  ' ',
  '.',
  ',',
  '!',
  '?',
  '…',
  '😀',
  '👍🏽',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u202e',
  '\u202b',
  'שלום',
  'مرحبا',
  'İ',
  'ß',
  'ﬁ',
  '\ud800',
  '\udc00',
];
const draftLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  draftLike,
);

function expectWellFormed(draft: string, result: DraftCheck): void {
  for (const v of result.violations) {
    expect(v.start).toBeGreaterThanOrEqual(0);
    expect(v.end).toBeLessThanOrEqual(draft.length);
    expect(v.start).toBeLessThan(v.end);
    expect(v.text).toBe(draft.slice(v.start, v.end));
    expect(v.reason.length).toBeGreaterThan(0);
    expect(v.suggestion.length).toBeGreaterThan(0);
  }
  const starts = result.violations.map((v) => v.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  expect(result.checklist).toHaveLength(8);
  for (const item of result.checklist) {
    if (item.state === 'done') expect(item.evidence?.text).toBe(draft.slice(item.evidence!.start, item.evidence!.end));
    if (item.state === 'not_needed') expect(item.why).toBeDefined();
  }
  for (const r of result.ignored) {
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeLessThanOrEqual(draft.length);
  }
  // Nothing flagged inside the parts that are not checked.
  for (const v of result.violations) for (const r of result.ignored) expect(v.end <= r.start || v.start >= r.end).toBe(true);
}

describe('checkDraft: properties', () => {
  it('never throws and returns spans that point into the draft', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.string({ maxLength: 30 }), { nil: undefined }), (draft, customerName) => {
        expectWellFormed(draft, checkDraft(draft, customerName === undefined ? {} : { customerName }));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same verdict whatever the capitalisation', () => {
    fc.assert(
      fc.property(draftLike, (draft) => {
        const rules = (d: string) => checkDraft(d, { lang: 'nl' }).violations.map((v) => [v.rule, v.start]);
        expect(rules(draft.toUpperCase().length === draft.length ? draft.toUpperCase() : draft)).toEqual(rules(draft));
      }),
      { numRuns: 100 },
    );
  });

  it('copes with 100 KB drafts of emoji, zero-width, RTL and whitespace', () => {
    const blocks = ['😀\u200b', '\u202eשלום ', ' '.repeat(50), '\n', 'ik weet het niet. ', "'kom niet terug' ", '> '];
    for (const block of blocks) {
      const draft = block.repeat(Math.ceil(100_000 / block.length));
      expectWellFormed(draft, checkDraft(draft));
    }
  });

  it('takes roughly linear time: 100 KB costs about ten times 10 KB, not a hundred', () => {
    const paragraph =
      'Beste meneer Jansen, dank voor uw bericht. Ik weet het niet, sorry, maar u had moeten bellen. ' +
      "U schreef 'kom niet terug'. Ik bel u morgen om 15.00 uur. Als compensatie krijgt u 10% korting.\n";
    const small = paragraph.repeat(Math.ceil(10_000 / paragraph.length));
    const large = paragraph.repeat(Math.ceil(100_000 / paragraph.length));
    const fastest = (draft: string) => {
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        checkDraft(draft, { customerName: 'Jansen' });
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    fastest(small); // warm up the regex engine
    const ratio = fastest(large) / Math.max(fastest(small), 0.05);
    expect(ratio).toBeLessThan(40);
  });
});

describe('toScanText', () => {
  it('equals fold with straight apostrophes and keeps the length', async () => {
    const { toScanText } = await import('../../../../src/core/draft/scan-text');
    const { fold } = await import('../../../../src/core/text');
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 })),
        (text) => {
          const scan = toScanText(text);
          expect(scan.length).toBe(text.length);
          expect(scan).toBe(fold(text.replace(/[\u2018\u2019\u02bc\u00b4]/g, "'")));
        },
      ),
      { numRuns: 300 },
    );
  });
});
