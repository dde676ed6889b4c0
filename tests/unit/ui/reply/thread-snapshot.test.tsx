// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { analyzeIncoming, type IncomingAnalysis } from '../../../../src/core';
import { useThreadSnapshot, type ThreadSnapshot } from '../../../../src/ui/reply/use-thread-snapshot';
import { caseRules } from '../../../../src/ui/reply/case-rules';

const root = document.createElement('div');
afterEach(() => act(() => render(null, root)));

function snapshotOf(steps: Array<[string, IncomingAnalysis | null, boolean]>): ThreadSnapshot[] {
  const out: ThreadSnapshot[] = [];
  function Probe({ k, a, current }: { k: string; a: IncomingAnalysis | null; current: boolean }) {
    out.push(useThreadSnapshot(k, a, current, 'Anja'));
    return null;
  }
  for (const [k, a, current] of steps) void act(() => render(<Probe k={k} a={a} current={current} />, root));
  return out;
}

describe('the case start of a thread', () => {
  const angry = analyzeIncoming('Dit is de derde keer dat ik bel. Mijn pakket is nog steeds niet geleverd, belachelijk!');
  const calm = analyzeIncoming('Thank you, the parcel arrived today.');

  it('is taken only from an analysis of this thread’s message, and kept while a newer one is analysed', () => {
    const [before, first, pending, other] = snapshotOf([
      ['gmail:a', angry, false], // the previous thread's analysis still on screen
      ['gmail:a', angry, true],
      ['gmail:a', calm, false],
      ['gmail:b', angry, false],
    ]);
    expect(before!.ofThisMessage).toBeNull();
    expect(before!.caseStart).toEqual({ customerName: 'Anja', lang: undefined, sentimentFirst: undefined });
    expect(first!.caseStart.sentimentFirst).toEqual({
      label: angry.sentiment.label,
      score: angry.sentiment.score,
      intensity: angry.sentiment.intensity,
    });
    expect(first!.caseStart.lang).toBe('nl');
    expect(first!.letterLang).toBe('nl');
    expect(pending!.caseStart).toEqual(first!.caseStart);
    expect(other!.ofThisMessage).toBeNull();
  });

  it('keeps the score within [-1, 1]', () => {
    const wild = { ...calm, sentiment: { ...calm.sentiment, score: 3 } };
    const [s] = snapshotOf([['gmail:a', wild, true]]);
    expect(s!.caseStart.sentimentFirst?.score).toBe(1);
    expect(s!.letterLang).toBe('en');
  });

  it('records each built-in rule once and leaves team-pack rules out', () => {
    expect(caseRules([{ rule: 'blame_customer' }, { rule: 'pack:acme/no-slang' }, { rule: 'blame_customer' }] as never)).toEqual([
      'blame_customer',
    ]);
  });
});
