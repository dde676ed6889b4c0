import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { analyzeLine } from '../../../scripts/analyze-line';

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
      'understanding', 'apology', 'solution', 'time_commitment', 'thanks', 'name', 'beyond', 'feedback',
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
    expect(analyzeLine(JSON.stringify({ id: 3, body: 'x' }))).toEqual({ id: 3, error: 'expected {"id","text"} or {"id","draft"}' });
  });

  it('runs as a command over stdin and keeps going after a bad line', () => {
    const input = ['{"id":1,"text":"Thank you, the new charger works perfectly!"}', 'oops', '{"id":2,"draft":"Sorry, maar dat is uw eigen schuld."}'].join('\n');
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
