// @vitest-environment happy-dom
/**
 * When the panel asks the model (issue 15): a newly arrived customer message at once — the 250 ms
 * debounce was a quarter of the real-size model's budget for a 1 KB e-mail — and typing or a text
 * still changing after the debounce, so the worker is not kept busy with every keystroke.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ asked: [] as Array<{ text: string; at: number }> }));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: 'me',
      getURL: (p: string) => `chrome-extension://me${p}`,
      onMessage: { addListener: () => {}, removeListener: () => {} },
      sendMessage: async (msg: { name: string; payload: { requestId?: string; text?: string } }) => {
        if (msg.name === 'panel→model/status') return { state: 'ready', modelId: 'm', source: 'bundled', loadMs: 1 };
        fake.asked.push({ text: msg.payload.text!, at: performance.now() });
        const result = {
          modelId: 'm',
          label: 'negative',
          score: -0.5,
          intensity: 2,
          confidence: 0.8,
          sentences: [],
          mostNegative: null,
          truncated: false,
          ms: 1,
        };
        return { ok: true, requestId: msg.payload.requestId, result };
      },
    },
    storage: { onChanged: { addListener: () => {}, removeListener: () => {} } },
  },
}));

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { delayFor, isEditOf, useModel, type ModelAnswer } from '../../../../src/ui/hooks/use-model';
import { mount, waitFor } from '../call/render';

const MAIL_A = 'Beste klantenservice, mijn pakket 123 is nog steeds niet geleverd. Ik heb drie keer gebeld en niemand neemt op.';
const MAIL_B = 'Goedemiddag, de factuur klopt niet: ik betaal twee keer voor hetzelfde abonnement. Graag een correctie.';

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
  fake.asked = [];
});

/** A long debounce, so a loaded machine's stalls cannot pass for it (real timers). */
const DEBOUNCE = 1500;

function mountModel(initial: string | null) {
  const seen: { answer?: ModelAnswer } = {};
  function Probe({ text }: { text: string | null }) {
    seen.answer = useModel(text, DEBOUNCE);
    return null;
  }
  let current = initial;
  const m = mount(<Probe text={current} />);
  cleanup.push(m.unmount);
  const set = (t: string | null) => {
    current = t;
    void act(() => render(<Probe text={current} />, m.root));
  };
  return { seen, set };
}

describe('when the panel asks the model', () => {
  it('tells a new message from an edit of the text before', () => {
    expect(isEditOf(null, MAIL_A)).toBe(false);
    expect(isEditOf(MAIL_A, MAIL_B)).toBe(false);
    expect(isEditOf(MAIL_A, MAIL_A + '!')).toBe(true); // typing at the end
    expect(isEditOf(MAIL_A, MAIL_A.replace('drie', 'vier'))).toBe(true); // a word changed in the middle
    expect(isEditOf(MAIL_A, MAIL_A.slice(0, -5))).toBe(true); // backspace
    expect(isEditOf(MAIL_A, `Waar blijft mijn antwoord? Ik wacht nu al een week.\n\n> ${MAIL_A}`)).toBe(false); // a new message quoting the last
    expect(isEditOf('Hoi', 'Hoi, mijn pakket is kapot en ik wil mijn geld terug')).toBe(false); // pasted
    expect(delayFor(MAIL_A, MAIL_B, 10_000, 250)).toBe(0);
    expect(delayFor(MAIL_A, MAIL_B, 100, 250)).toBe(250); // still changing
    expect(delayFor(MAIL_A, MAIL_A + '!', 10_000, 250)).toBe(250);
    expect(delayFor(MAIL_A, MAIL_A + '!', 10_000, 0)).toBe(0);
  });

  it('asks at once for a newly arrived message and shows its answer, with no debounce', async () => {
    const t0 = performance.now();
    const { seen } = mountModel(MAIL_A);
    await waitFor(() => seen.answer?.result, 2000, 'the model answer');
    expect(fake.asked.map((a) => a.text)).toEqual([MAIL_A]);
    expect(fake.asked[0]!.at - t0).toBeLessThan(DEBOUNCE / 2); // asked long before the debounce could have fired
    expect(seen.answer!.engine).toBe('model+lexicon');
  });

  it('debounces typing: one request for the text once it is still, none per keystroke', { timeout: 20_000 }, async () => {
    const { seen, set } = mountModel(MAIL_A);
    await waitFor(() => seen.answer?.result, 2000, 'the first answer');
    await new Promise((r) => setTimeout(r, DEBOUNCE + 50)); // a still moment after the first message
    let typed = MAIL_A;
    for (const ch of ' Waar blijft het?') {
      typed += ch;
      set(typed);
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(fake.asked).toHaveLength(1); // nothing yet while typing
    await waitFor(() => fake.asked.length === 2 && seen.answer?.result, 3 * DEBOUNCE, 'the answer for the typed text');
    expect(fake.asked[1]!.text).toBe(typed);
    // A new message after a still moment goes at once again.
    await new Promise((r) => setTimeout(r, DEBOUNCE + 50));
    const before = performance.now();
    set(MAIL_B);
    await waitFor(() => fake.asked.length === 3, 2000, 'the new message asked');
    expect(fake.asked[2]!.text).toBe(MAIL_B);
    expect(fake.asked[2]!.at - before).toBeLessThan(DEBOUNCE / 2);
  });
});
