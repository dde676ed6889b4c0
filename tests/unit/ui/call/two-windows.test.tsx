// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../db/helpers';
import { notesOf, type TriadeDb } from '../../../../src/db';
import { CallMode } from '../../../../src/ui/call/CallMode';
import { SAVE_DEBOUNCE_MS } from '../../../../src/ui/call/note-saver';
import { click, mount, typeInto, waitFor } from './render';

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

/** One side panel (one browser window) on the shared database. */
function panel(db: TriadeDb) {
  const view = mount(<CallMode db={db} lang="nl" arm={() => {}} />);
  cleanup.push(view.unmount);
  const fields = () => [...view.root.querySelectorAll<HTMLTextAreaElement>('[data-testid=note-text]')];
  const texts = () => fields().map((f) => f.value);
  return { view, fields, texts };
}

const sorted = (xs: string[]) => [...xs].sort();

describe('call mode in two windows on the same case', () => {
  it('each panel sees the notes the other one types', async () => {
    const db = await freshDb();
    const a = panel(db);
    click(await waitFor(() => a.view.root.querySelector('[data-testid=start-call]'), 2000, 'start'));
    const fieldA = await waitFor(() => a.fields()[0], 2000, 'note field in A');
    typeInto(fieldA, 'Klant: pakket niet bezorgd');
    const caseId = a.view.root.querySelector('[data-testid=call-mode]')!.getAttribute('data-case-id')!;
    await waitFor(
      async () => (await notesOf(db, caseId))[0]?.text === 'Klant: pakket niet bezorgd',
      SAVE_DEBOUNCE_MS + 1000,
      'A saved',
    );

    // The second window opens the same unfinished call and shows A's note…
    const b = panel(db);
    await waitFor(() => b.texts()[0] === 'Klant: pakket niet bezorgd', 2000, 'B shows A’s note');
    // …and what B adds shows up in A without a reload.
    typeInto(b.fields()[0]!, 'Klant: pakket niet bezorgd, al drie weken');
    await waitFor(() => a.texts()[0] === 'Klant: pakket niet bezorgd, al drie weken', 5000, 'A shows B’s text');
    expect(a.view.root.querySelector('[data-testid=note-conflict]')).toBeNull();
  });

  it('when both change the same note at once, nothing is overwritten unseen: the newer note is kept, the other text becomes a note of its own, and the panel says so', async () => {
    const db = await freshDb();
    const a = panel(db);
    click(await waitFor(() => a.view.root.querySelector('[data-testid=start-call]'), 2000, 'start'));
    typeInto(await waitFor(() => a.fields()[0], 2000, 'note field in A'), 'Klant belt over factuur');
    const caseId = a.view.root.querySelector('[data-testid=call-mode]')!.getAttribute('data-case-id')!;
    await waitFor(async () => (await notesOf(db, caseId)).length === 1, SAVE_DEBOUNCE_MS + 1000, 'A saved');
    const b = panel(db);
    await waitFor(() => b.texts()[0] === 'Klant belt over factuur', 2000, 'B shows the note');

    // Both agents (or one agent in two windows) edit the note before either save has happened.
    typeInto(a.fields()[0]!, 'Klant belt over factuur: bedrag te hoog');
    typeInto(b.fields()[0]!, 'Klant belt over factuur van november');

    const both = ['Klant belt over factuur van november', 'Klant belt over factuur: bedrag te hoog'];
    await waitFor(
      async () => sorted((await notesOf(db, caseId)).map((n) => n.text)).join('|') === both.join('|'),
      8000,
      'both texts on disk',
    );
    await waitFor(
      () => sorted(a.texts()).join('|') === both.join('|') && sorted(b.texts()).join('|') === both.join('|'),
      5000,
      'both panels show both texts',
    );
    // One of the two panels lost the race and says the other window's newer note was kept.
    const notices = [
      ...a.view.root.querySelectorAll('[data-testid=note-conflict]'),
      ...b.view.root.querySelectorAll('[data-testid=note-conflict]'),
    ];
    expect(notices).toHaveLength(1);
    expect(notices[0]!.textContent).toMatch(/ander venster/);
  });
});
