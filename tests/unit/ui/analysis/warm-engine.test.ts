import { describe, expect, it } from 'vitest';
import { analyzeIncoming, checkDraft } from '../../../../src/core';
import { warmEngine } from '../../../../src/ui/analysis/run-analysis';

// The worker runs warmEngine before it says it is ready. It must not change what the engine then reads.
describe('engine warm-up', () => {
  it('runs in every language and leaves the analysis of the next message as it would be', () => {
    const text = 'Voor de derde keer gebeld, nog steeds geen antwoord. Als het vrijdag niet geregeld is, zeg ik op.';
    const before = analyzeIncoming(text);
    const draftBefore = checkDraft('Beste Anja, sorry hiervoor. Ik bel u morgen om 10 uur.', { incoming: before });
    expect(() => warmEngine()).not.toThrow();
    expect(analyzeIncoming(text)).toEqual(before);
    expect(checkDraft('Beste Anja, sorry hiervoor. Ik bel u morgen om 10 uur.', { incoming: before })).toEqual(draftBefore);
    expect(before.cues.map((c) => c.kind)).toEqual(expect.arrayContaining(['repeat', 'churn']));
  });
});
