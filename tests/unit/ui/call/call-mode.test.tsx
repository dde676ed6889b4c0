// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../db/helpers';
import { notesOf, openCase, saveNote, draftNote, type Reminder, type TriadeDb } from '../../../../src/db';
import { CallMode } from '../../../../src/ui/call/CallMode';
import { SAVE_DEBOUNCE_MS } from '../../../../src/ui/call/note-saver';
import { callStrings } from '../../../../src/ui/call/strings';
import { click, key, mount, sleep, typeInto, waitFor } from './render';

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
  vi.restoreAllMocks();
});

async function startCall(db: TriadeDb, arm: (r: Reminder) => void = () => {}) {
  const view = mount(<CallMode db={db} lang="nl" arm={arm} />);
  cleanup.push(view.unmount);
  const start = await waitFor(() => view.root.querySelector<HTMLButtonElement>('[data-testid=start-call]'), 2000, 'start button');
  click(start);
  const field = await waitFor(() => view.root.querySelector<HTMLTextAreaElement>('[data-testid=note-text]'), 2000, 'note field');
  const caseId = view.root.querySelector('[data-testid=call-mode]')!.getAttribute('data-case-id')!;
  return { view, field, caseId };
}

const lastField = (root: HTMLElement) => [...root.querySelectorAll<HTMLTextAreaElement>('[data-testid=note-text]')].at(-1)!;

describe('call mode: notes are never lost', () => {
  it('saves a note within the debounce window, without any button', async () => {
    const db = await freshDb();
    const { field, caseId } = await startCall(db);
    typeInto(field, 'Pakket al drie weken niet geleverd');
    // Nothing on disk yet right after the keystroke: the write waits for a pause in typing…
    expect((await notesOf(db, caseId)).map((n) => n.text)).toEqual([]);
    // …and is there once the debounce has passed.
    const saved = await waitFor(async () => (await notesOf(db, caseId))[0], SAVE_DEBOUNCE_MS + 500, 'saved note');
    expect(saved.text).toBe('Pakket al drie weken niet geleverd');
    expect(saved.tag).toBe('customer_says');
    expect(saved.sentiment?.label).toBe('negative');
  });

  it('writes at once when the page is hidden or closed, not after the debounce', async () => {
    const db = await freshDb();
    const { field, caseId } = await startCall(db);
    typeInto(field, 'Klant wil zijn geld terug, halve zin');
    window.dispatchEvent(new Event('pagehide'));
    const saved = await waitFor(async () => (await notesOf(db, caseId))[0], SAVE_DEBOUNCE_MS / 2, 'note flushed on pagehide');
    expect(saved.text).toBe('Klant wil zijn geld terug, halve zin');
  });

  it('keeps the text and shows the storage message when a save fails, and saves on retry', async () => {
    const db = await freshDb();
    const { view, field, caseId } = await startCall(db);
    const put = vi
      .spyOn(db.notes, 'put')
      .mockImplementation(() => Promise.reject(new DOMException('disk full', 'QuotaExceededError')) as never);
    typeInto(field, 'Belangrijk: klantnummer 884213');
    const alert = await waitFor(
      () => view.root.querySelector('[data-testid=note-error]'),
      SAVE_DEBOUNCE_MS + 1000,
      'error message',
    );
    expect(alert.textContent).toMatch(/notitie is niet opgeslagen/);
    expect(lastField(view.root).value).toBe('Belangrijk: klantnummer 884213');
    expect(await notesOf(db, caseId)).toEqual([]);
    // The disk has room again: one click on "save again" stores the kept text.
    put.mockRestore();
    click(alert.querySelector('button')!);
    const saved = await waitFor(async () => (await notesOf(db, caseId))[0], SAVE_DEBOUNCE_MS + 1000, 'saved after retry');
    expect(saved.text).toBe('Belangrijk: klantnummer 884213');
    await waitFor(() => !view.root.querySelector('[data-testid=note-error]'), 1000, 'error cleared');
  });

  it('restores an unfinished call with its notes when the page opens again', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone', customerName: 'mevrouw Jansen' });
    await saveNote(db, { ...draftNote(c.id, 'customer_says'), text: 'Mijn printer is kapot aangekomen' });
    await saveNote(db, { ...draftNote(c.id, 'agreed', new Date(Date.now() + 5)), text: 'Nieuwe printer opgestuurd' });
    const view = mount(<CallMode db={db} lang="nl" arm={() => {}} />);
    cleanup.push(view.unmount);
    await waitFor(() => view.root.querySelector('[data-testid=restored]'), 2000, 'restored banner');
    await waitFor(() => view.root.querySelector('[data-testid=call-mode][data-notes=loaded]'), 2000, 'notes loaded');
    const texts = [...view.root.querySelectorAll<HTMLTextAreaElement>('[data-testid=note-text]')].map((t) => t.value);
    expect(texts).toEqual(['Mijn printer is kapot aangekomen', 'Nieuwe printer opgestuurd']);
    expect(view.root.querySelector('[data-testid=call-mode]')!.getAttribute('data-case-id')).toBe(c.id);
  });

  it('Enter starts a new note and Alt+2 tags it "agreed"', async () => {
    const db = await freshDb();
    const { view, field, caseId } = await startCall(db);
    typeInto(field, 'Wil een nieuwe printer');
    key(field, { key: 'Enter' });
    const second = await waitFor(
      () => view.root.querySelectorAll('[data-testid=note-text]')[1] as HTMLTextAreaElement | undefined,
      1000,
      'second note',
    );
    key(second, { key: '2', code: 'Digit2', altKey: true });
    typeInto(second, 'Nieuwe printer wordt vandaag verstuurd');
    const notes = await waitFor(
      async () => {
        const rows = await notesOf(db, caseId);
        return rows.length === 2 ? rows : undefined;
      },
      SAVE_DEBOUNCE_MS + 1000,
      'two notes',
    );
    expect(notes.map((n) => [n.tag, n.text])).toEqual([
      ['customer_says', 'Wil een nieuwe printer'],
      ['agreed', 'Nieuwe printer wordt vandaag verstuurd'],
    ]);
  });
});

describe('call mode: follow-up and the spoken triad', () => {
  it('offers a reminder at the promised time and sets it with one click', async () => {
    const db = await freshDb();
    const armed: Reminder[] = [];
    const { view, field, caseId } = await startCall(db, (r) => armed.push(r));
    key(field, { key: '2', code: 'Digit2', altKey: true });
    typeInto(field, 'Terugbellen morgen om 15.00 uur');
    const offer = await waitFor(() => view.root.querySelector('[data-testid=promise-offer]'), 1000, 'promise offer');
    const tomorrow15 = new Date();
    tomorrow15.setDate(tomorrow15.getDate() + 1);
    tomorrow15.setHours(15, 0, 0, 0);
    expect(offer.getAttribute('data-due')).toBe(tomorrow15.toISOString());
    click(offer.querySelector('button')!);
    await waitFor(() => view.root.querySelector('[data-testid=reminder-set]'), 2000, 'reminder confirmed');
    const stored = await db.reminders.where('caseId').equals(caseId).toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.dueAt).toBe(tomorrow15.toISOString());
    expect(stored[0]!.kind).toBe('callback');
    expect(stored[0]!.text).toContain('Terugbellen morgen om 15.00 uur');
    expect(armed.map((r) => r.id)).toEqual([stored[0]!.id]);
  });

  it('offers nothing for a deadline the customer sets', async () => {
    const db = await freshDb();
    const { view, field } = await startCall(db);
    typeInto(field, 'Ik wil het uiterlijk vrijdag hebben');
    await sleep(50);
    expect(view.root.querySelector('[data-testid=promise-offer]')).toBeNull();
  });

  it('ticks the spoken checklist from the notes, lets the agent tick by hand, and moves "say this now" on', async () => {
    const db = await freshDb();
    const { view, field } = await startCall(db);
    const state = () =>
      Object.fromEntries(
        [...view.root.querySelectorAll('[data-testid=spoken-step]')].map((li) => [
          li.getAttribute('data-step'),
          li.getAttribute('data-done'),
        ]),
      );
    expect(view.root.querySelector('[data-testid=say-this-now]')!.getAttribute('data-step')).toBe('understanding');
    // Untag "customer says" (the first note's default): this is the agent's own note.
    click(view.root.querySelector('.tag-chip[aria-pressed=true]')!);
    typeInto(field, 'Begrip getoond en excuses aangeboden');
    await waitFor(() => state().sorry === 'true', 1000, 'sorry ticked');
    expect(state()).toMatchObject({ understanding: 'true', sorry: 'true', summary: 'false', when: 'false' });
    expect(view.root.querySelector('[data-testid=say-this-now]')!.getAttribute('data-step')).toBe('facts');
    const nl = callStrings.nl.steps.titles.facts;
    const box = [...view.root.querySelectorAll('[data-testid=spoken-step]')]
      .find((li) => li.textContent?.includes(nl))!
      .querySelector('input')!;
    click(box);
    await waitFor(() => state().facts === 'true', 1000, 'facts ticked by hand');
    expect(view.root.querySelector('[data-testid=say-this-now]')!.getAttribute('data-step')).toBe('summary');
  });

  it('scores what the customer says into the mood timeline, one point per customer note', async () => {
    const db = await freshDb();
    const { view, field } = await startCall(db);
    typeInto(field, 'Ik ben woedend, dit is de derde keer!');
    key(field, { key: 'Enter' });
    const second = await waitFor(
      () => view.root.querySelectorAll('[data-testid=note-text]')[1] as HTMLTextAreaElement | undefined,
      1000,
      'second note',
    );
    typeInto(second, 'Oké, dank u, fijn dat het nu geregeld wordt');
    const fig = await waitFor(
      () => view.root.querySelector('[data-testid=sentiment-timeline][data-points="2"]'),
      1000,
      'two points',
    );
    expect([...fig.querySelectorAll('circle')].map((c) => c.getAttribute('class'))).toEqual(['negative', 'positive']);
  });
});

describe('note saver', () => {
  it('keeps saving during a long stretch of typing, not only after a pause', async () => {
    const db = await freshDb();
    const { view, field, caseId } = await startCall(db);
    const sentence = 'Klant legt uitgebreid uit wat er met de levering misging en waarom';
    const started = Date.now();
    // One key every 20 ms for ~600 ms: never a pause as long as the debounce.
    for (let i = 1; i <= 30; i++) {
      typeInto(field, sentence.slice(0, i));
      await sleep(20);
    }
    const onDisk = (await notesOf(db, caseId))[0]?.text ?? '';
    expect(Date.now() - started).toBeGreaterThan(2 * SAVE_DEBOUNCE_MS);
    expect(onDisk.length).toBeGreaterThan(5);
    expect(sentence.startsWith(onDisk)).toBe(true);
    expect(view.root.querySelector('[data-testid=note-error]')).toBeNull();
  });
});
