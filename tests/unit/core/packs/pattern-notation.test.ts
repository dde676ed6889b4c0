import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkPackPattern, compilePackPatterns, NOTATION_LIMITS } from '../../../../src/core/knowledge/pattern-notation';
import { compilePatterns } from '../../../../src/core/knowledge/rule-notation';

const hits = (patterns: string[], text: string) => [...text.matchAll(compilePackPatterns(patterns)!)].map((m) => m[0]);
const problem = (pattern: string) => {
  const r = checkPackPattern(pattern);
  if (r.ok) throw new Error(`expected ${pattern} to be refused`);
  return r.problem;
};

describe('pack notation: what it matches', () => {
  it('words, a space for any whitespace, whole words only', () => {
    expect(hits(['ons beleid'], 'dat is ons\n  beleid.')).toEqual(['ons\n  beleid']);
    expect(hits(['beleid'], 'ons beleidsplan')).toEqual([]);
    expect(hits(['beleid'], 'het is beleid, echt')).toEqual(['beleid']);
  });

  it('groups, alternatives and optional parts', () => {
    const p = ['dat is (?:nu eenmaal )?(?:ons|het) beleid'];
    expect(hits(p, 'dat is nu eenmaal ons beleid')).toEqual(['dat is nu eenmaal ons beleid']);
    expect(hits(p, 'dat is het beleid')).toEqual(['dat is het beleid']);
    expect(hits(p, 'dat is jullie beleid')).toEqual([]);
    expect(hits(['app?ologi[sz]e'], 'we apologise, i apologize, aplogize')).toEqual(['apologise', 'apologize']);
    expect(hits(['navragen|nakijken'], 'ik ga het nakijken')).toEqual(['nakijken']);
  });

  it('{w} is one whole word; a bounded gap of words', () => {
    const p = ['geen (?:{w} ){0,3}idee'];
    expect(hits(p, 'geen idee')).toEqual(['geen idee']);
    expect(hits(p, 'geen flauw, echt idee')).toEqual(['geen flauw, echt idee']);
    expect(hits(p, 'geen een twee drie vier idee')).toEqual([]);
    expect(hits(['ik weet {w} niet'], 'ik weet het niet')).toEqual(['ik weet het niet']);
  });

  it('a lazy repeat prefers the fewest words, as in the built-in rules', () => {
    expect(hits(['is (?:{w} ){0,4}?fout'], 'het is echt fout, heel fout')).toEqual(['is echt fout']);
    expect(hits(['(?:ik )??weet'], 'ik weet')).toEqual(['ik weet']);
  });

  it('{*} is the rest of a word', () => {
    expect(hits(['zoek{*} uit'], 'ik zoek het uit, we zoeken uit, zoekt uit')).toEqual(['zoeken uit', 'zoekt uit']);
    expect(hits(['zoek{*} uit'], 'ik zoek uit')).toEqual(['zoek uit']);
  });

  it('{S} and {E}: sentence start and end', () => {
    expect(hits(['{S}weet ik'], 'weet ik. nou weet ik. ja!  weet ik')).toEqual(['weet ik', 'weet ik']);
    expect(hits(['{S}{w} klaar'], 'goed. dus klaar')).toEqual(['dus klaar']);
    expect(hits(['klaar{E}'], 'klaar ermee. we zijn klaar.')).toEqual(['klaar']);
    expect(hits(['klaar{E}'], 'klaar   \nja')).toEqual(['klaar']);
  });

  it('(?!…) is an exception, in whole words', () => {
    expect(hits(['niet(?! of)'], 'ik weet niet of het kan')).toEqual([]);
    expect(hits(['niet(?! of)'], 'ik weet niet ofwel')).toEqual(['niet']);
    expect(hits(['niet(?! of| zeker)'], 'niet zeker, niet precies')).toEqual(['niet']);
  });

  it('capitals, accents and curly apostrophes in a pattern are folded like the draft', () => {
    expect(hits(['Dat Is BELEID'], 'dat is beleid')).toEqual(['dat is beleid']);
    expect(hits(['één keer'], 'een keer')).toEqual(['een keer']);
    expect(hits(['don’t know'], "i don't know")).toEqual(["don't know"]);
  });

  it('escaped punctuation is literal', () => {
    expect(hits(['100\\% zeker'], '100% zeker')).toEqual(['100% zeker']);
    expect(hits(['toch\\?'], 'toch? tochx')).toEqual(['toch?']);
    expect(hits(['\\(tijdelijk\\)'], 'het is (tijdelijk) zo')).toEqual(['(tijdelijk)']);
  });

  it('means what the built-in notation means for the patterns v1 packs write (same hits)', () => {
    const v1 = [
      'dat is (?:nu eenmaal )?(?:ons|het) beleid',
      'geen (?:{w} ){0,3}idee',
      "(?:ik|k) weet (?:het|dat|'t|t|dit) (?:ook |echt |eerlijk gezegd )?niet",
      'kan (?:me|mij|ons) (?:echt |werkelijk )?(?:niet|niks|niets) (?:zoveel |zo veel |veel )?(?:schelen|schele)',
      '{S}weet ik (?:het |dat )?(?:echt |ook )?niet',
      'app?ologi[sz]e',
      'navragen|nakijken|nagaan',
    ];
    const texts = [
      'Dat is nu eenmaal ons beleid. Geen flauw idee. Ik weet het echt niet.',
      "k weet 't eerlijk gezegd niet, kan me echt niks zo veel schelen",
      'Weet ik niet. weet ik het ook niet? we apologize and will navragen, nakijken.',
      'geen een twee drie vier idee; dat is het beleid\n\nweet ik dat niet',
    ].map((t) => t.toLowerCase());
    for (const p of v1) {
      const old = compilePatterns([p]);
      for (const t of texts) expect(hits([p], t), `${p} on ${t}`).toEqual([...t.matchAll(old)].map((m) => m[0]));
    }
  });
});

describe('pack notation: raw regular expressions are refused with a reason', () => {
  it("the audit's catastrophic patterns (issue 11)", () => {
    expect(problem('[^](?:a+)+b')).toMatch(/negated class \[\^…\] is not part of the notation/);
    expect(problem('[](?:a+)+b]')).toMatch(/empty class \[\] is not part of the notation/);
    expect(problem('x|[](?:a+)+!')).toMatch(/empty class/);
    expect(problem('(?:a+){1,6}!')).toMatch(/"\+" \(an open-ended repeat\)/);
    expect(problem('(?:.*a){1,6}')).toMatch(/"\." \(any character\)/);
    expect(problem('a\\w*\\w*\\w*!')).toMatch(/"\\w" is not part of the notation: use \{w\} .* \{\*\}/);
    expect(problem('a.*.*.*b')).toMatch(/"\." \(any character\)/);
  });

  it('the other ways to backtrack: open-ended repeats, back-references, look-behind, nesting', () => {
    expect(problem('(?:{w} )+klaar')).toMatch(/open-ended repeat/);
    expect(problem('(?:beleid|beleid s)*x')).toMatch(/open-ended repeat/);
    expect(problem('(?:{w} ){1,}x')).toMatch(/"\{1,\}" is an open-ended repeat/);
    expect(problem('(a)\\1')).toMatch(/back-references/);
    expect(problem('(?<=had )geen')).toMatch(/look-behind/);
    expect(problem('(?=x)a')).toMatch(/look-ahead/);
    expect(problem('(?:{w} ){0,11}x')).toMatch(`at most ${NOTATION_LIMITS.repeat} repeats`);
    expect(problem('a?{0,2}b')).toMatch(/two repeats in a row/);
    expect(problem('(?:a ){0,2}?+b')).toMatch(/two repeats in a row/);
    expect(problem('(?:a|a)(?:a|a)(?:a|a)(?:a|a)(?:a|a)(?:a|a)(?:a|a)(?:a|a)(?:a|a)')).toMatch(
      /too many combinations \(512 ways/,
    );
    expect(problem('(?:a |a ){0,5}' + 'x'.repeat(25))).toMatch(
      /too costly to check on every keystroke \(63 combinations × 35 parts = 2205; at most 2000\)/,
    );
    expect(problem('((((((((((a))))))))))')).toMatch(/nested deeper/);
  });

  it('patterns that could never match, or would match everything', () => {
    expect(problem('(?:beleid)?')).toMatch(/empty string/);
    expect(problem('{S}{E}')).toMatch(/empty string/);
    expect(problem('10 ?%')).toMatch(/a space cannot be optional/);
    expect(problem('a (?: b)')).toMatch(/two spaces in a row/);
    expect(problem(' beleid')).toBe('starts with a space');
    expect(problem('beleid ')).toBe('ends with a space');
    expect(problem('{w}{0,3}')).toMatch(/\{w\} is a whole word/);
    expect(problem('x{w}')).toMatch(/put a space before it/);
    expect(problem('{*}-heid')).toMatch(/\{\*\} continues a word/);
    expect(problem('zoek{*}en')).toMatch(/letters cannot follow it/);
    expect(problem('ons (beleid')).toMatch(/not closed \(at character 12\)/);
    expect(problem('ons\tbeleid')).toMatch(/only plain spaces/);
    expect(problem('^ons$')).toMatch(/anchor/);
    expect(problem('[z-a]')).toMatch(/a range in a class/);
    expect(problem('a{x}')).toMatch(/starts a slot/);
  });

  it('a refused pattern is never compiled: compilePackPatterns keeps only the accepted ones', () => {
    expect(compilePackPatterns(['(?:a+)+b'])).toBeUndefined();
    expect(compilePackPatterns(['(?:a+)+b', 'ons beleid'])!.source).not.toContain('a+');
  });
});

describe('docs/phrase-packs.md: the notation tables say what the code does', () => {
  const docs = readFileSync(new URL('../../../../docs/phrase-packs.md', import.meta.url), 'utf8');
  const section = docs.slice(docs.indexOf('### Pattern notation'), docs.indexOf('**Why this cannot hang.**'));
  const [notation, refusedTable] = section.split('**Refused, with what to write instead.**') as [string, string];
  const rows = (table: string) =>
    table
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| write') && !l.startsWith('| refused'))
      .map((l) =>
        l
          .replace(/\\\|/g, '\u0000')
          .split('|')
          .slice(1, -1)
          .map((c) => c.replace(/\u0000/g, '|').trim()),
      );
  const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

  it('every example of the notation is accepted', () => {
    const examples = rows(notation).flatMap((r) => codes(r[2]!));
    expect(examples.length).toBeGreaterThan(12);
    for (const p of examples) expect(checkPackPattern(p).ok, p).toBe(true);
  });

  it('every refused example is refused, and every "write instead" that is a pattern is accepted', () => {
    const table = rows(refusedTable);
    expect(table.length).toBeGreaterThan(8);
    for (const [refused, , instead] of table) {
      for (const p of codes(refused!)) if (!p.endsWith('…')) expect(checkPackPattern(p).ok, p).toBe(false);
      // A "write instead" is a whole pattern or a part of one (a gap, a word slot): accepted alone or inside a sentence.
      const usable = (p: string) => [p, `a ${p}x`, `a ${p} x`].some((q) => checkPackPattern(q).ok);
      for (const p of codes(instead!)) if (!/^(\{S\}|\{E\}|\{\*\}|\(\?!…\))$/.test(p)) expect(usable(p), p).toBe(true);
    }
  });
});
