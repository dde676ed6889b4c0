import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { phraseCards } from '../../../../src/core/knowledge/phrases';
import { mergePacks, parsePack, type PhrasePack } from '../../../../src/core/knowledge/phrase-pack';
import { suggest } from '../../../../src/core/suggest';

const fixture = readFileSync(new URL('../../../fixtures/packs/acme.json', import.meta.url), 'utf8');
const valid = () => JSON.parse(fixture) as Record<string, any>;
const refused = (json: unknown) => {
  const r = parsePack(json);
  if (r.ok) throw new Error('expected the pack to be refused');
  return r;
};

describe('parsePack: valid packs', () => {
  it('accepts the documented example, from text or from parsed JSON', () => {
    const r = parsePack(fixture);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pack).toMatchObject({ id: 'acme', name: 'Acme klantenservice', team: 'Team Facturen' });
    expect(r.pack.cards).toHaveLength(2);
    expect(r.pack.cards[0]!.situation).toBe('any'); // defaults filled in as for built-in cards
    expect(parsePack(valid()).ok).toBe(true);
  });

  it('accepts a pack with rules only', () => {
    const p = valid();
    p.cards = [];
    expect(parsePack(p).ok).toBe(true);
  });

  it('the docs example is the fixture', () => {
    const docs = readFileSync(new URL('../../../../docs/phrase-packs.md', import.meta.url), 'utf8');
    const block = /```json\n([\s\S]*?)\n```/.exec(docs)?.[1];
    expect(block && JSON.parse(block)).toEqual(valid());
  });
});

describe('parsePack: refused whole, naming the first bad field', () => {
  it('not JSON, not a pack, wrong format, newer version', () => {
    expect(refused('{ nope').field).toBe('(file)');
    expect(refused([1, 2]).field).toBe('(file)');
    expect(refused({ ...valid(), format: 'triade-export' }).error).toMatch(/^format: .*not a Triade phrase pack/);
    expect(refused({ ...valid(), version: 2 }).error).toMatch(/^version: .*newer Triade/);
    expect(refused({ ...valid(), version: 0 }).field).toBe('version');
  });

  it('bad pack id, missing name, empty pack', () => {
    expect(refused({ ...valid(), id: 'Acme Team' }).field).toBe('id');
    const { name: _name, ...noName } = valid();
    expect(refused(noName).field).toBe('name');
    expect(refused({ ...valid(), cards: [], dontRules: [] }).error).toBe('cards: the pack has no cards and no rules');
  });

  it('a card that breaks the phrase-card rules', () => {
    const p = valid();
    p.cards[1].text = 'Dear {name}, sorry.'; // {name} must sit in an optional [...] group
    const r = refused(p);
    expect(r.field).toBe('cards[1]');
    expect(r.error).toMatch(/\{name\} outside an optional/);
    const q = valid();
    q.cards[0].kind = 'greeting';
    expect(refused(q).field).toBe('cards[0].kind');
  });

  it('a card outside the pack namespace, or twice', () => {
    const p = valid();
    p.cards[0].id = 'empathy.invoice.nl.1';
    expect(refused(p)).toMatchObject({ field: 'cards[0].id' });
    expect(refused(p).error).toContain('empathy.acme_<topic>.nl.<n>');
    const q = valid();
    q.cards.push({ ...q.cards[0] });
    expect(refused(q)).toMatchObject({ field: 'cards[2].id', error: 'cards[2].id: same id as an earlier card' });
  });

  it('a rule outside the namespace, without patterns, or with a pattern that does not compile', () => {
    const p = valid();
    p.dontRules[0].id = 'other.policy';
    expect(refused(p).field).toBe('dontRules[0].id');
    const q = valid();
    q.dontRules[0].patterns = [];
    expect(refused(q).field).toBe('dontRules[0].patterns');
    const r = valid();
    r.dontRules[0].patterns = ['ons (beleid'];
    expect(refused(r)).toMatchObject({ field: 'dontRules[0].patterns[0]' });
    const e = valid();
    e.dontRules[0].patterns = ['(?:beleid)?']; // would flag every draft
    expect(refused(e).error).toMatch(/empty string/);
  });

  it("raw regular expressions outside the notation, the audit's catastrophic ones first, naming the field", () => {
    const cases: Array<[string, RegExp]> = [
      ['[^](?:a+)+b', /negated class/],
      ['x|[](?:a+)+!', /empty class/],
      ['(?:a+){1,6}!', /open-ended repeat/],
      ['a\\w*\\w*\\w*!', /"\\w" is not part of the notation/],
      ['a.*.*.*b', /"\." \(any character\)/],
      ['(?:a+)+b', /open-ended repeat/],
      ['(?:beleid|beleid s)*x', /open-ended repeat/],
      ['(a)\\1', /back-references/],
      ['(?:{w} )+klaar', /open-ended repeat/],
    ];
    for (const [pattern, why] of cases) {
      const p = valid();
      p.dontRules[0].patterns = ['ons beleid', pattern];
      const r = refused(p);
      expect(r.field, pattern).toBe('dontRules[0].patterns[1]');
      expect(r.error, pattern).toMatch(/^dontRules\[0\]\.patterns\[1\]: pattern refused: /);
      expect(r.error, pattern).toMatch(why);
    }
  });

  it('the safe forms of those patterns are accepted', () => {
    for (const pattern of [
      'geen (?:{w} ){0,3}idee',
      '(?:heel |zeer ){0,3}fijn',
      'a{*}!',
      'a (?:{w} ){0,10}b',
      '(?:{w} ){1,6}klaar',
      '[+*](?:ab)?x',
    ]) {
      const p = valid();
      p.dontRules[0].patterns = [pattern];
      expect(parsePack(p).ok, pattern).toBe(true);
    }
  });

  it('patterns that are each fine but together too costly for one keystroke: refused at the one that crosses the budget', () => {
    const p = valid();
    const rule = p.dontRules[0];
    // 756 each (63 combinations × 12 parts): the 14th brings the pack over 10,000.
    p.dontRules = Array.from({ length: 16 }, (_, i) => ({ ...rule, id: `acme.r${i}`, patterns: [`(?:a |a ){0,5}x${i % 10}`] }));
    const r = refused(p);
    expect(r.field).toBe('dontRules[13].patterns[0]');
    expect(r.error).toMatch(
      /^dontRules\[13\]\.patterns\[0\]: pattern refused: the pack's patterns together are too costly .*\(this one brings them to 10584; at most 10000\)/,
    );
    p.dontRules = p.dontRules.slice(0, 13);
    expect(parsePack(p).ok).toBe(true);
  });

  it('room for a large team: 500 plain phrases fit', () => {
    const p = valid();
    const rule = p.dontRules[0];
    p.dontRules = Array.from({ length: 20 }, (_, i) => ({
      ...rule,
      id: `acme.r${i}`,
      patterns: Array.from({ length: 25 }, (_, j) => `ons beleid r${i}x${j}`),
    }));
    expect(parsePack(p).ok).toBe(true);
  });

  it('a pattern longer than the limit', () => {
    const p = valid();
    p.dontRules[0].patterns = ['ons beleid ' + 'x'.repeat(300)];
    expect(refused(p).error).toMatch(/^dontRules\[0\]\.patterns\[0\]: pattern refused: longer than 300 characters/);
  });
});

describe('mergePacks', () => {
  const pack = (parsePack(fixture) as { ok: true; pack: PhrasePack }).pack;

  it('adds team cards and rules after the built-in library, and they reach suggest()', () => {
    const merged = mergePacks(phraseCards, [pack]);
    expect(merged.cards).toHaveLength(phraseCards.length + 2);
    expect(merged.teamCards.map((c) => c.id)).toEqual(['empathy.acme_invoice.nl.1', 'empathy.acme_invoice.en.1']);
    expect(merged.extraRules.map((r) => r.id)).toEqual(['acme.policy']);
    expect(merged.origin.get('acme.policy')).toBe('acme');
    const incoming = {
      lang: 'nl',
      emotion: 'frustration',
      sentiment: { label: 'negative', score: -0.5, intensity: 2 },
      cues: [],
      facts: [],
    } as never;
    const cards = suggest({ incoming, extraCards: merged.teamCards, now: new Date(2026, 10, 25, 10) });
    expect(cards[0]!.id).toBe('empathy.acme_invoice.nl.1');
  });

  it('keeps one copy when the same pack is passed twice', () => {
    const merged = mergePacks(phraseCards, [pack, pack]);
    expect(merged.teamCards).toHaveLength(2);
    expect(merged.extraRules).toHaveLength(1);
  });
});
