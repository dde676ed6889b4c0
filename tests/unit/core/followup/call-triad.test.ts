import { describe, expect, it } from 'vitest';
import { scoreCallNotes, type TaggedNote } from '../../../../src/core/followup';
import { FRI_PM } from './helpers';

const done = (notes: TaggedNote[], lang: 'nl' | 'en') =>
  scoreCallNotes(notes, lang, FRI_PM)
    .filter((s) => s.done)
    .map((s) => s.id);

describe('scoreCallNotes', () => {
  it('nl: ticks every step from a complete set of notes', () => {
    const notes: TaggedNote[] = [
      { text: 'Begrip getoond, kan me goed voorstellen dat dit vervelend is', tag: 'none' },
      { text: 'Excuses aangeboden namens het bedrijf', tag: 'none' },
      { text: 'Ordernummer 123456, geleverd op 20-11', tag: 'none' },
      { text: 'Samengevat wat klant zei', tag: 'none' },
      { text: 'Nieuwe printer wordt verstuurd', tag: 'action' },
      { text: 'Ik bel morgen om 15.00 uur terug', tag: 'agreed' },
    ];
    expect(done(notes, 'nl')).toEqual(['understanding', 'sorry', 'facts', 'summary', 'next_steps', 'when']);
  });

  it('en: ticks every step from a complete set of notes', () => {
    const notes: TaggedNote[] = [
      { text: 'Acknowledged how frustrating this is', tag: 'none' },
      { text: 'Apologised on behalf of the company', tag: 'none' },
      { text: 'Order #48213, delivered 20 Nov', tag: 'fact' },
      { text: 'Summarised the problem back to her', tag: 'none' },
      { text: 'Replacement goes out today', tag: 'action' },
      { text: "I'll call her back tomorrow at 3 pm", tag: 'none' },
    ];
    expect(done(notes, 'en')).toEqual(['understanding', 'sorry', 'facts', 'summary', 'next_steps', 'when']);
  });

  it('returns all six steps, undone, for no notes', () => {
    const steps = scoreCallNotes([], 'nl', FRI_PM);
    expect(steps.map((s) => s.id)).toEqual(['understanding', 'sorry', 'facts', 'summary', 'next_steps', 'when']);
    expect(steps.every((s) => !s.done && s.evidence === undefined)).toBe(true);
  });

  it('points the evidence at the words in the note that ticked the step', () => {
    const notes: TaggedNote[] = [{ text: 'Klant rustig, daarna excuses aangeboden', tag: 'none' }];
    const sorry = scoreCallNotes(notes, 'nl', FRI_PM).find((s) => s.id === 'sorry')!;
    expect(sorry.evidence).toEqual({ noteIndex: 0, start: 21, end: 28, text: 'excuses' });
  });

  it("nl: what the customer says does not tick the agent's steps", () => {
    const notes: TaggedNote[] = [
      { text: 'Ik wil excuses, ik begrijp er niets van. Ik bel morgen om 10 uur terug', tag: 'customer_says' },
    ];
    expect(done(notes, 'nl')).toEqual([]);
  });

  it("en: what the customer says does not tick the agent's steps, but an order number is still a fact", () => {
    const notes: TaggedNote[] = [{ text: 'Says sorry is not enough, order 556677 still missing', tag: 'customer_says' }];
    expect(done(notes, 'en')).toEqual(['facts']);
  });

  it.each([
    ['nl', 'Geen excuses gemaakt'],
    ['en', 'No apology given yet'],
  ] as const)('%s: a negated apology does not count ("%s")', (lang, text) => {
    expect(done([{ text, tag: 'none' }], lang)).not.toContain('sorry');
  });

  it('an agreed note is a next step and, with a time, the "when"', () => {
    const steps = scoreCallNotes([{ text: 'Klant krijgt uiterlijk vrijdag een nieuwe printer', tag: 'agreed' }], 'nl', FRI_PM);
    expect(steps.find((s) => s.id === 'next_steps')!.done).toBe(true);
    expect(steps.find((s) => s.id === 'when')!.evidence?.text).toBe('Klant krijgt uiterlijk vrijdag een nieuwe printer');
  });
});
