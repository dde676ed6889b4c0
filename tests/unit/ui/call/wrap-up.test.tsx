// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

// The team's register setting lives in storage.local: WXT's in-memory fake of the extension APIs.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing')).fakeBrowser }));
import { freshDb } from '../../db/helpers';
import { draftNote, getCase, openCase, saveNote, type Reminder } from '../../../../src/db';
import { WrapUp } from '../../../../src/ui/call/WrapUp';
import { click, mount, waitFor } from './render';
import { act } from 'preact/test-utils';

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
  fakeBrowser.reset();
});

function choose(select: HTMLSelectElement, value: string) {
  void act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('wrap-up', () => {
  it('writes the follow-up letter from the notes, closes the case with its figures, and offers the recall', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone', customerName: 'mevrouw Jansen' });
    let t = Date.now();
    const note = async (tag: 'customer_says' | 'action' | 'agreed', text: string) =>
      saveNote(db, { ...draftNote(c.id, tag, new Date(t++)), text });
    await note('customer_says', 'De printer kwam beschadigd aan, ik ben er echt klaar mee');
    await note('action', 'Nieuwe printer verstuurd');
    await note('agreed', 'Bos bloemen laten bezorgen');
    await note('customer_says', 'Dank u, fijn dat het zo snel geregeld is');
    const armed: Reminder[] = [];
    const view = mount(
      <WrapUp
        db={db}
        lang="nl"
        caseId={c.id}
        checklist={{ understanding: 'done', apology: 'missing' }}
        arm={(r) => armed.push(r)}
      />,
    );
    cleanup.push(view.unmount);
    const letter = await waitFor(() => view.root.querySelector<HTMLTextAreaElement>('[data-testid=letter]'), 2000, 'letter');
    expect(letter.value).toMatch(/^Beste mevrouw Jansen,/);
    expect(letter.value).toContain('Nieuwe printer verstuurd');
    expect(letter.value).toContain('Bos bloemen laten bezorgen');
    choose(view.root.querySelector('[data-testid=cause]')!, 'product_defect');
    choose(view.root.querySelector('[data-testid=customer-type]')!, 'loyal_irritated');
    click(view.root.querySelector('[data-testid=close-case]')!);
    await waitFor(() => view.root.querySelector('[data-testid=closed]'), 2000, 'closed');
    const closed = (await getCase(db, c.id))!;
    expect(closed.closedAt).toBeDefined();
    expect(closed.causeCategory).toBe('product_defect');
    expect(closed.customerType).toBe('loyal_irritated');
    expect(closed.checklist).toEqual({ understanding: 'done', apology: 'missing' });
    expect(closed.gestures).toEqual(['Bos bloemen laten bezorgen']);
    expect(closed.sentimentClose?.label).toBe('positive');
    expect(closed.avoidable.flag).toBe(false);
    // Loyal but irritated: a recall after a month, one click away.
    const recall = await waitFor(() => view.root.querySelector('[data-testid=recall]'), 1000, 'recall offer');
    click(recall.querySelector('button')!);
    await waitFor(() => armed.length === 1, 2000, 'recall armed');
    const [r] = await db.reminders.where('caseId').equals(c.id).toArray();
    expect(r!.kind).toBe('recall_month');
    const days = (Date.parse(r!.dueAt) - Date.parse(closed.closedAt!)) / 86_400_000;
    expect(days).toBeGreaterThan(27);
    expect(days).toBeLessThan(35);
  });

  it('creates the case from an e-mail thread on close, with the draft checklist and violations', async () => {
    const db = await freshDb();
    const view = mount(
      <WrapUp
        db={db}
        lang="en"
        thread={{
          threadKey: 'gmail:abc123',
          customerName: 'Anja',
          channel: 'email',
          lang: 'en',
          checklist: { apology: 'done' },
          violations: ['sorry_but'],
        }}
      />,
    );
    cleanup.push(view.unmount);
    const letter = await waitFor(() => view.root.querySelector<HTMLTextAreaElement>('[data-testid=letter]'), 2000, 'letter');
    expect(letter.value).toMatch(/^Dear Anja,/);
    choose(view.root.querySelector('[data-testid=cause]')!, 'unclear_invoice');
    expect(view.root.querySelector<HTMLInputElement>('[data-testid=avoidable]')!.checked).toBe(true);
    click(view.root.querySelector('[data-testid=close-case]')!);
    await waitFor(() => view.root.querySelector('[data-testid=closed]'), 2000, 'closed');
    const [c] = await db.cases.toArray();
    expect(c).toMatchObject({
      channel: 'email',
      threadKey: 'gmail:abc123',
      customerName: 'Anja',
      causeCategory: 'unclear_invoice',
      checklist: { apology: 'done' },
      violations: ['sorry_but'],
    });
    expect(c!.avoidable.flag).toBe(true);
    expect(c!.closedAt).toBeDefined();
    // Not loyal or passionate: no recall offered.
    expect(view.root.querySelector('[data-testid=recall]')).toBeNull();
  });
  it("writes the letter in the register the team fixed, and in the customer's own when the team follows the customer", async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone', customerName: 'Sanne' });
    let t = Date.now();
    const note = async (tag: 'customer_says' | 'action', text: string) =>
      saveNote(db, { ...draftNote(c.id, tag, new Date(t++)), text });
    await note('customer_says', 'Hoi, kun jij even kijken waarom mijn pakket nog niet is bezorgd? Ik wacht al een week.');
    await note('action', 'Nieuw pakket verstuurd');
    const letterOf = async () => {
      const view = mount(<WrapUp db={db} lang="nl" caseId={c.id} />);
      cleanup.push(view.unmount);
      const letter = await waitFor(() => view.root.querySelector<HTMLTextAreaElement>('[data-testid=letter]'), 2000, 'letter');
      return { view, letter };
    };
    // Following the customer, who wrote "jij": the letter says je.
    const informal = await letterOf();
    await waitFor(() => /\bje\b/i.test(informal.letter.value), 2000, 'je in the letter');
    expect(informal.letter.value).not.toMatch(/\b(?:u|uw)\b/);
    informal.view.unmount();
    // The team fixed "u": the same notes give a letter in u, also when the setting arrives after the first render.
    await fakeBrowser.storage.local.set({ replyRegister: 'formal' });
    const formal = await letterOf();
    await waitFor(() => /\b(?:u|uw)\b/.test(formal.letter.value), 2000, 'u in the letter');
    expect(formal.letter.value).not.toMatch(/\bje\b/i);
  });
});
