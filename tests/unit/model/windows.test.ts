import { describe, expect, it } from 'vitest';
import { planWindows } from '../../../src/model/windows';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('planWindows', () => {
  it('merges short sentences and keeps offsets into the text', () => {
    const text = 'Hoi. Dank. Mijn pakket is al drie weken onderweg en niemand reageert op mijn mails. Groet';
    const w = planWindows(text, words, { minTokens: 6 });
    expect(w.length).toBeLessThan(4);
    expect(w[0]!.start).toBe(0);
    expect(w[w.length - 1]!.end).toBe(text.length);
  });

  it('splits a sentence longer than the window at word boundaries', () => {
    const text = Array.from({ length: 300 }, (_, i) => `woord${i}`).join(' ');
    const w = planWindows(text, words, { maxTokens: 52 });
    expect(w.length).toBeGreaterThanOrEqual(6);
    for (const x of w) {
      expect(x.tokens).toBeLessThanOrEqual(50);
      expect(text[x.start - 1] ?? ' ').toBe(' ');
      expect(text[x.end] ?? ' ').toBe(' ');
    }
    expect(w.reduce((n, x) => n + x.tokens, 0)).toBe(300);
  });

  it('cuts a whitespace-free run by characters', () => {
    const text = 'x'.repeat(5000);
    const w = planWindows(text, (s) => Math.ceil(s.length / 4), { maxTokens: 102 });
    expect(w[0]!.start).toBe(0);
    expect(w[w.length - 1]!.end).toBe(5000);
    for (const x of w) expect(x.end - x.start).toBeLessThanOrEqual(400);
  });
});
