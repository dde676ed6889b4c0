/**
 * The engine stays linear up to the 1 MB e-mail: a ten-times longer text may cost about ten times
 * as much (generous slack for a loaded machine), never the hundred times a quadratic step would.
 * Ratios, not wall-time limits: the absolute figures are for `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { analyzeIncoming, checkDraft } from '../../../src/core';
import { bestTime as best } from './best-time';

const PARA =
  'Beste mevrouw Jansen, dank u voor uw bericht. Ik begrijp dat u boos bent: uw pakket (ordernummer 12345678) is nog steeds niet geleverd. ' +
  'Dat is uw eigen schuld. Ik zoek het uit en bel u morgen om 15.00 uur terug. I called three times, still not delivered, € 49,95 charged twice!!! 😡\n';
const make = (n: number) => PARA.repeat(Math.ceil(n / PARA.length)).slice(0, n);

describe('linear in length up to 1 MB', () => {
  const small = make(100_000);
  const large = make(1_000_000);

  it('analyzeIncoming: 1 MB costs about ten times 100 KB, and finishes', () => {
    best(() => analyzeIncoming(small), 1); // warm up
    const a = best(() => analyzeIncoming(small), 3);
    const b = best(() => analyzeIncoming(large), 2);
    expect(analyzeIncoming(large).body.end).toBeGreaterThan(0);
    expect(b / Math.max(a, 1)).toBeLessThan(30);
  }, 60_000);

  it('checkDraft: 1 MB costs about ten times 100 KB, and still flags', () => {
    best(() => checkDraft(small), 1);
    const a = best(() => checkDraft(small), 3);
    const b = best(() => checkDraft(large), 2);
    expect(checkDraft(large).violations.length).toBeGreaterThan(0);
    expect(b / Math.max(a, 1)).toBeLessThan(30);
  }, 60_000);
});
