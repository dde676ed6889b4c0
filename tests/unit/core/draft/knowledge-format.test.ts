import { describe, expect, it } from 'vitest';
import { DONT_RULE_IDS, dontRuleSchema, dontRules } from '../../../../src/core/knowledge/dont-rules';
import { expandPattern } from '../../../../src/core/knowledge/rule-notation';
import { CHECKLIST_IDS, checklistDefSchema, checklistItems } from '../../../../src/core/knowledge/checklist';
import { fold } from '../../../../src/core/text';
import { checkDraft } from '../../../../src/core/draft';

describe('dont rules data', () => {
  it('has one entry per rule id, in the order of types.ts', () => {
    expect(dontRules.map((r) => r.id)).toEqual([...DONT_RULE_IDS]);
  });

  it('writes every pattern in folded form (lower case, no accents), so it can match folded text', () => {
    for (const rule of dontRules) {
      for (const src of [...rule.patterns.nl, ...rule.patterns.en]) {
        const plain = src.replace(/\{[SEw]\}/g, '');
        expect(fold(plain), `${rule.id}: ${src}`).toBe(plain);
      }
    }
  });

  it('rejects a pattern that does not compile or matches everything', () => {
    const good = dontRules[0]!;
    expect(() => dontRuleSchema.parse({ ...good, patterns: { nl: ['(ik weet'], en: good.patterns.en } })).toThrow();
    expect(() => dontRuleSchema.parse({ ...good, patterns: { nl: ['(?:x)?'], en: good.patterns.en } })).toThrow();
    expect(() => dontRuleSchema.parse({ ...good, id: 'not_a_rule' })).toThrow();
  });

  it('parses back to itself (the data is in its final form)', () => {
    for (const rule of dontRules) expect(dontRuleSchema.parse(rule)).toEqual(rule);
  });

  it('never flags its own better phrasing', () => {
    for (const rule of dontRules) {
      for (const lang of ['nl', 'en'] as const) {
        const result = checkDraft(rule.better[lang], { lang });
        expect(
          result.violations.map((v) => `${v.rule}: ${v.text}`),
          `${rule.id} (${lang})`,
        ).toEqual([]);
      }
    }
  });

  it('flags the phrase the seed gives for each of the eight table rows', () => {
    const table = dontRules.filter((r) => r.source === '002');
    expect(table).toHaveLength(8);
    for (const rule of table) {
      const first = rule.phrase.nl.split(' / ')[0]!.replace('…', '.');
      expect(
        checkDraft(first, { lang: 'nl' }).violations.map((v) => v.rule),
        first,
      ).toContain(rule.id);
      const firstEn = rule.phrase.en.split(' / ')[0]!.replace('…', '.');
      expect(
        checkDraft(firstEn, { lang: 'en' }).violations.map((v) => v.rule),
        firstEn,
      ).toContain(rule.id);
    }
  });

  it('expands the pattern notation', () => {
    expect(expandPattern('ik weet {w} niet')).toBe(String.raw`(?<![a-z0-9])(?:ik\s+weet\s+[^\s.!?\u2063]+\s+niet)(?![a-z0-9])`);
    const atSentenceStart = new RegExp(expandPattern('{S}wacht'));
    expect(atSentenceStart.test('ok. wacht even')).toBe(true);
    expect(atSentenceStart.test('u wacht even')).toBe(false);
  });

  it('wraps patterns in word boundaries', () => {
    expect(new RegExp(expandPattern('morgen')).test('goedemorgen')).toBe(false);
    expect(new RegExp(expandPattern('morgen')).test('tot morgen!')).toBe(true);
  });
});

describe('checklist data', () => {
  it('has one item per checklist id, in the order of types.ts', () => {
    expect(checklistItems.map((i) => i.id)).toEqual([...CHECKLIST_IDS]);
  });

  it('has folded patterns in both languages for every item except name', () => {
    for (const item of checklistItems) {
      if (item.id === 'name') continue;
      expect(item.patterns.nl.length, item.id).toBeGreaterThan(0);
      expect(item.patterns.en.length, item.id).toBeGreaterThan(0);
      for (const src of [...item.patterns.nl, ...item.patterns.en]) {
        const plain = src.replace(/\{[SEw]\}/g, '');
        expect(fold(plain)).toBe(plain);
      }
    }
  });

  it('rejects an item without patterns (other than name)', () => {
    const understanding = checklistItems[0]!;
    expect(() => checklistDefSchema.parse({ ...understanding, patterns: { nl: [], en: [] } })).toThrow();
  });
});
