import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeLine } from '../../../scripts/analyze-line';
import { parsePack, type PhrasePack } from '../../../src/core/knowledge/phrase-pack';

describe('npm run analyze: one JSON line per input line, stable field names', () => {
  it('analyses an incoming Dutch complaint with sentiment, emotion and cue spans', () => {
    const text = 'Voor de derde keer bel ik jullie. Mijn pakket is nog steeds niet geleverd en ik zeg mijn abonnement op.';
    const out = analyzeLine(JSON.stringify({ id: 't-1', text })) as any;
    expect(out.id).toBe('t-1');
    expect(out.lang).toBe('nl');
    expect(out.sentiment.label).toBe('negative');
    expect([1, 2, 3]).toContain(out.sentiment.intensity);
    const kinds = out.cues.map((c: any) => c.kind);
    expect(kinds).toContain('repeat');
    expect(kinds).toContain('churn');
    for (const c of out.cues) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('checks a reply draft: checklist ids and states, violations with rule, span and suggestion', () => {
    const draft = 'Beste meneer Evers, ik weet het niet. Daarvoor moet u bij de bank zijn.';
    const out = analyzeLine(JSON.stringify({ id: 7, draft, customerName: 'Evers' })) as any;
    expect(out.checklist.map((c: any) => c.id)).toEqual([
      'understanding',
      'apology',
      'solution',
      'time_commitment',
      'thanks',
      'name',
      'beyond',
      'feedback',
    ]);
    expect(out.checklist.find((c: any) => c.id === 'name').state).toBe('done');
    const rules = out.violations.map((v: any) => v.rule);
    expect(rules).toContain('dont_know');
    expect(rules).toContain('pass_on');
    for (const v of out.violations) {
      expect(draft.slice(v.start, v.end).length).toBeGreaterThan(0);
      expect(v.suggestion.length).toBeGreaterThan(10);
    }
  });

  it('reports a bad line with a clear error instead of stopping', () => {
    expect(analyzeLine('{not json')).toEqual({ error: 'not valid JSON' });
    expect(analyzeLine(JSON.stringify({ id: 3, body: 'x' }))).toEqual({
      id: 3,
      error: 'expected {"id","text"} or {"id","draft"}',
    });
  });

  it('runs as a command over stdin and keeps going after a bad line', () => {
    const input = [
      '{"id":1,"text":"Thank you, the new charger works perfectly!"}',
      'oops',
      '{"id":2,"draft":"Sorry, maar dat is uw eigen schuld."}',
    ].join('\n');
    const out = execFileSync('npx', ['vite-node', 'scripts/analyze.ts', '-'], { input, encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[0].sentiment.label).toBe('positive');
    expect(out[1]).toMatchObject({ line: 2, error: 'not valid JSON' });
    expect(out[2].violations.map((v: any) => v.rule)).toEqual(expect.arrayContaining(['sorry_but']));
  }, 30_000);
});

describe("npm run analyze -- --pack FILE: a team pack's extra rules on the drafts", () => {
  const PACK = 'tests/fixtures/packs/acme.json';
  const acme = () => JSON.parse(readFileSync(PACK, 'utf8')) as Record<string, any>;
  const rulesOf = (json: unknown) => (parsePack(json) as { ok: true; pack: PhrasePack }).pack.dontRules!;

  it("reports a pack rule's hit in violations with the pack rule's id, beside the built-in ones", () => {
    const draft = 'Beste meneer Evers, dat is nu eenmaal ons beleid. Daarvoor moet u bij de bank zijn.';
    const out = analyzeLine(JSON.stringify({ id: 1, draft }), { extraRules: rulesOf(acme()) }) as any;
    const policy = out.violations.find((v: any) => v.rule === 'acme.policy');
    expect(policy).toMatchObject({
      text: 'dat is nu eenmaal ons beleid',
      suggestion: expect.stringContaining('waarom we het zo doen'),
    });
    expect(draft.slice(policy.start, policy.end)).toBe(policy.text);
    expect(out.violations.map((v: any) => v.rule)).toContain('pass_on');
    expect(Object.keys(policy).sort()).toEqual(['end', 'rule', 'start', 'suggestion', 'text']);
    // Without the pack: same fields, no pack rule.
    const plain = analyzeLine(JSON.stringify({ id: 1, draft })) as any;
    expect(plain.violations.map((v: any) => v.rule)).not.toContain('acme.policy');
  });

  it("a pack rule in the notation's hardest shapes stays well under 50 ms on a 2,000-character draft", () => {
    const pack = acme();
    pack.dontRules[0].patterns = ['a{*}!', 'a (?:{w} ){0,10}b', '(?:{w} ){1,6}klaar', '(?:a |a ){0,5}x'];
    const extraRules = rulesOf(pack);
    const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    for (const draft of [fill('a ', 2000), 'ik ' + fill('a', 1997), 'a' + fill(' ', 1998) + 'b', fill('a \u00a0\t\n ', 2000)]) {
      const line = JSON.stringify({ id: 1, draft });
      analyzeLine(line, { extraRules });
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        analyzeLine(line, { extraRules });
        best = Math.min(best, performance.now() - t);
      }
      expect(best).toBeLessThan(50);
    }
  });

  it('runs as a command with --pack; an invalid pack exits 2 naming the field on stderr', () => {
    const input = '{"id":1,"draft":"Dat is ons beleid, meneer."}\n';
    const ok = execFileSync('npx', ['vite-node', 'scripts/analyze.ts', '--', '--pack', PACK, '-'], { input, encoding: 'utf8' });
    expect(JSON.parse(ok.trim()).violations.map((v: any) => v.rule)).toContain('acme.policy');

    const dir = mkdtempSync(join(tmpdir(), 'triade-pack-'));
    const bad = acme();
    bad.dontRules[0].patterns = ['ons beleid', 'a.*.*.*b'];
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const r = spawnSync('npx', ['vite-node', 'scripts/analyze.ts', '--', '--pack', join(dir, 'bad.json'), '-'], {
      input,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /invalid pack .*bad\.json: dontRules\[0\]\.patterns\[1\]: pattern refused: "\." \(any character\) is not part of the notation/,
    );

    const missing = spawnSync('npx', ['vite-node', 'scripts/analyze.ts', '--', '--pack', join(dir, 'nope.json'), '-'], {
      input,
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read pack .*nope\.json/);
  }, 60_000);
});

describe('npm run analyze: register, cards and channel (issue 12)', () => {
  const NOW = '2026-11-24T14:00:00';
  it('an informal Dutch message gets informal cards naming the customer; a formal one formal cards with meneer + surname', () => {
    const informal = analyzeLine(
      JSON.stringify({
        id: 1,
        text: 'Hoi! Mijn pakket is nog steeds niet binnen. Kun je even kijken? Groetjes, Sanne',
        now: NOW,
      }),
    ) as any;
    expect(informal.register).toBe('informal');
    expect(informal.customerName).toBe('Sanne');
    expect(informal.registerEvidence.map((e: any) => e.kind)).toEqual(['salutation', 'pronoun', 'signoff']);
    expect(informal.cards.length).toBeGreaterThan(3);
    for (const c of informal.cards) {
      expect(Object.keys(c)).toEqual(['kind', 'lang', 'text']);
      expect(c.lang).toBe('nl');
      expect(c.text).not.toMatch(/\b(?:u|uw)\b/);
    }
    expect(informal.cards.some((c: any) => c.text.includes('Sanne'))).toBe(true);

    const formal = analyzeLine(
      JSON.stringify({
        id: 2,
        text: 'Geachte heer, mevrouw,\n\nMijn pakket is nog steeds niet binnen. Kunt u dit nagaan?\n\nMet vriendelijke groet,\nDhr. P. Janssen',
        now: NOW,
      }),
    ) as any;
    expect(formal.register).toBe('formal');
    for (const c of formal.cards) expect(c.text).not.toMatch(/\b(?:je|jij|jouw)\b/);
    expect(formal.cards.some((c: any) => c.text.includes('meneer Janssen'))).toBe(true);
    expect(formal.cards.some((c: any) => c.text.includes('P. Janssen'))).toBe(false);
  });

  it('a French or German message gets cards in its language and register', () => {
    const fr = analyzeLine(
      JSON.stringify({
        id: 8,
        text: 'Bonjour, ma commande 123456 n’est jamais arrivée. Pouvez-vous vérifier ? Cordialement, Madame Dubois',
        now: NOW,
      }),
    ) as any;
    expect(fr.lang).toBe('fr');
    expect(fr.register).toBe('formal');
    expect(new Set(fr.cards.map((c: any) => c.lang))).toEqual(new Set(['fr']));
    expect(fr.cards.some((c: any) => /\bvous\b/.test(c.text))).toBe(true);
    expect(fr.cards.some((c: any) => c.text.includes('Madame Dubois'))).toBe(true);
    const tu = analyzeLine(
      JSON.stringify({ id: 9, text: 'Salut, ma commande n’est pas arrivée, tu peux regarder ? Merci, Léa', now: NOW }),
    ) as any;
    expect(tu.register).toBe('informal');
    for (const c of tu.cards) expect(c.text).not.toMatch(/\b(?:vous|votre|vos)\b/);
    const de = analyzeLine(
      JSON.stringify({
        id: 10,
        text: 'Guten Tag, ich warte seit drei Wochen auf meine Bestellung. Können Sie mir helfen? Mit freundlichen Grüßen, Frau Weber',
        now: NOW,
      }),
    ) as any;
    expect(de.lang).toBe('de');
    expect(new Set(de.cards.map((c: any) => c.lang))).toEqual(new Set(['de']));
    expect(de.cards.some((c: any) => c.text.includes('Frau Weber'))).toBe(true);
    expect(de.cards.some((c: any) => /morgen um 15 Uhr/.test(c.text))).toBe(true);
  });

  it('a French and a German reply tick apology, solution, time and thanks, and their don’ts are flagged', () => {
    const fr = analyzeLine(
      JSON.stringify({
        id: 11,
        draft:
          'Bonjour Madame Dubois, merci pour votre message. Nous sommes désolés pour ce retard. Nous allons vous rembourser et je vous rappelle demain à 15 h.',
      }),
    ) as any;
    const state = (out: any, id: string) => out.checklist.find((c: any) => c.id === id).state;
    for (const id of ['apology', 'solution', 'time_commitment', 'thanks']) expect(state(fr, id), id).toBe('done');
    const de = analyzeLine(
      JSON.stringify({
        id: 12,
        draft:
          'Guten Tag Frau Weber, vielen Dank für Ihre Nachricht. Es tut uns leid. Wir haben den Betrag erstattet und ich melde mich morgen um 15 Uhr.',
      }),
    ) as any;
    for (const id of ['apology', 'solution', 'time_commitment', 'thanks']) expect(state(de, id), id).toBe('done');
    const frBad = analyzeLine(
      JSON.stringify({ id: 13, draft: 'Bonjour, selon nos conditions, vous auriez dû vérifier. Tu peux nous écrire.' }),
    ) as any;
    const frRules = frBad.violations.map((v: any) => v.rule);
    expect(frRules).toEqual(expect.arrayContaining(['i_am_right', 'blame_customer', 'register_mix']));
    const deBad = analyzeLine(
      JSON.stringify({ id: 14, draft: 'Guten Tag, laut unseren AGB ist das so. Wenden Sie sich an den Verkäufer.' }),
    ) as any;
    expect(deBad.violations.map((v: any) => v.rule)).toEqual(expect.arrayContaining(['i_am_right', 'pass_on']));
  });

  it('a team register on the incoming line overrides the customer’s', () => {
    const out = analyzeLine(
      JSON.stringify({ id: 3, text: 'Hoi! Kun je even kijken? Groetjes, Sanne', register: 'formal', now: NOW }),
    ) as any;
    expect(out.register).toBe('informal'); // what the customer wrote
    for (const c of out.cards) expect(c.text).not.toMatch(/\b(?:je|jij|jouw)\b/);
  });

  it('a draft line with channel and register: suggestions follow them, an e-mail never asks to hold the line', () => {
    const email = analyzeLine(
      JSON.stringify({ id: 4, draft: 'Beste meneer Janssen, ik weet het niet. Schiet op.', channel: 'email' }),
    ) as any;
    for (const v of email.violations) expect(v.suggestion).not.toMatch(/wacht|minuut|momentje|aan de lijn/i);
    const phone = analyzeLine(
      JSON.stringify({ id: 5, draft: 'Beste meneer Janssen, ik weet het niet.', channel: 'phone' }),
    ) as any;
    expect(phone.violations[0].suggestion).toMatch(/wachten/);
    const team = analyzeLine(
      JSON.stringify({ id: 6, draft: 'Hoi Sanne, ik weet het niet. Heb je de bon nog?', register: 'formal', channel: 'chat' }),
    ) as any;
    expect(team.violations.map((v: any) => [v.rule, v.text, v.suggestion])).toContainEqual([
      'register_team',
      'Heb je',
      'Heeft u',
    ]);
    const je = analyzeLine(
      JSON.stringify({ id: 7, draft: 'Hoi Sanne, ik weet het niet. Heb je de bon nog?', register: 'informal', channel: 'chat' }),
    ) as any;
    expect(je.violations.find((v: any) => v.rule === 'dont_know').suggestion).toMatch(/\bje\b/);
  });
});
