// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../db/helpers';
import { closeCase, exportJson, openCase, type TriadeDb } from '../../../../src/db';
import { CaseLog } from '../../../../src/ui/cases/CaseLog';
import { mount, waitFor } from './render';
import { act } from 'preact/test-utils';

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

function pick(input: HTMLInputElement, text: string) {
  Object.defineProperty(input, 'files', {
    configurable: true,
    value: [new File([text], 'export.json', { type: 'application/json' })],
  });
  void act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function showLog(db: TriadeDb) {
  const opened: string[] = [];
  const view = mount(<CaseLog db={db} lang="nl" onOpen={(id) => opened.push(id)} />);
  cleanup.push(view.unmount);
  return { view, opened };
}

describe('case log', () => {
  it('lists cases newest first and opens one', async () => {
    const db = await freshDb();
    const older = await openCase(db, { channel: 'email', customerName: 'Anja' }, new Date(Date.now() - 3_600_000));
    const newer = await openCase(db, { channel: 'phone', customerName: 'Evers' });
    const { view, opened } = await showLog(db);
    const rows = await waitFor(
      () => {
        const r = view.root.querySelectorAll('[data-testid=case-row]');
        return r.length === 2 ? [...r] : undefined;
      },
      2000,
      'two rows',
    );
    expect(rows.map((r) => r.getAttribute('data-case-id'))).toEqual([newer.id, older.id]);
    void act(() => (rows[1]!.querySelector('button') as HTMLButtonElement).click());
    expect(opened).toEqual([older.id]);
  });

  it('imports a JSON export, and rejects a broken one with the reason and nothing imported', async () => {
    const source = await freshDb();
    await openCase(source, { channel: 'phone', customerName: 'Jansen' });
    const file = await exportJson(source);
    const db = await freshDb();
    const { view } = await showLog(db);
    const input = await waitFor(() => view.root.querySelector<HTMLInputElement>('[data-testid=import-file]'), 1000, 'file input');

    pick(input, file.replace('"phone"', '"fax"'));
    const err = await waitFor(() => view.root.querySelector('[data-testid=transfer-note].error'), 2000, 'import error');
    expect(err.textContent).toMatch(/niets geïmporteerd/);
    expect(await db.cases.count()).toBe(0);

    pick(input, file);
    await waitFor(() => view.root.querySelector('[data-testid=transfer-note]:not(.error)'), 2000, 'import done');
    expect(view.root.querySelector('[data-testid=transfer-note]')!.textContent).toMatch(/1 dossiers/);
    // The list is live: the imported case shows up without a reload.
    await waitFor(() => view.root.querySelector('[data-testid=case-row]'), 2000, 'imported row');
  });

  it('says what an older export did not overwrite, and the closed case stays closed', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone', customerName: 'Jansen' });
    const older = await exportJson(db);
    await closeCase(db, c.id, { resolution: 'Nieuwe printer verstuurd' });
    const { view } = await showLog(db);
    const input = await waitFor(() => view.root.querySelector<HTMLInputElement>('[data-testid=import-file]'), 1000, 'file input');
    pick(input, older);
    const note = await waitFor(() => view.root.querySelector('[data-testid=transfer-note]:not(.error)'), 2000, 'import done');
    expect(note.textContent).toMatch(/Niet overschreven, want de versie hier is nieuwer \(die is bewaard\): 1 dossiers/);
    expect(await db.cases.get(c.id)).toMatchObject({ resolution: 'Nieuwe printer verstuurd' });
  });
});
