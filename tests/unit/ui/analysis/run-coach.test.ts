import { describe, expect, it } from 'vitest';
import { coachRequestSchema, coachResultSchema } from '../../../../src/ui/analysis/protocol';
import { runCoach } from '../../../../src/ui/analysis/run-coach';

const at = '2026-11-24T09:00:00.000Z';
const request = coachRequestSchema.parse({
  type: 'coach',
  id: 1,
  notes: [
    {
      id: 'n1',
      text: 'Ik wacht al twee weken op mijn printer en niemand belt terug, ik ben het echt zat.',
      tag: 'customer_says',
      createdAt: at,
    },
    { id: 'n2', text: 'Ik bel u morgen om 15.00 uur terug.', tag: 'none', createdAt: at },
  ],
  uiLang: 'en',
  manual: { sorry: true },
  customerName: 'de heer Evers',
  now: Date.parse(at),
});

describe('runCoach (call mode in the analysis worker)', () => {
  it("answers in the customer's language, with the hand tick, a line for the next step and the promised moment", () => {
    const r = runCoach(request);
    expect(r.speech.lang).toBe('nl');
    expect(r.steps.find((s) => s.id === 'sorry')).toMatchObject({ done: true, byHand: true });
    expect(r.cards.length).toBeGreaterThan(0);
    expect(r.cards.every((c) => c.lang === 'nl')).toBe(true);
    expect(r.offers).toHaveLength(1);
    expect(r.offers[0]!.due.getDate()).toBe(25);
    // What the worker sends back fits the schema the panel parses it with (dates survive as dates).
    expect(coachResultSchema.safeParse(structuredClone(r)).success).toBe(true);
  });

  it('refuses a malformed request', () => {
    expect(coachRequestSchema.safeParse({ ...request, notes: [{ id: 'x', text: 5, tag: 'none', createdAt: at }] }).success).toBe(
      false,
    );
    expect(coachRequestSchema.safeParse({ ...request, manual: { shout: true } }).success).toBe(false);
  });
});
