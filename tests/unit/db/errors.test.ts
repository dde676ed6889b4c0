import Dexie, { type DBCore, type Middleware } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import {
  StorageError,
  TriadeDb,
  addReminder,
  classify,
  notesOf,
  openCase,
  openDb,
  saveNote,
  setSetting,
  toStorageError,
  ACTIONS,
  STORES,
} from '../../../src/db';
import { deps, freshDb, freshName } from './helpers';

/** Makes every write to `table` fail the way a full disk does in Chrome. */
function failingWrites(table: string, error: () => unknown): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== table) return t;
        return { ...t, mutate: () => Promise.reject(error()) };
      },
    }),
  };
}
const domQuota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('storage failures reach the user as a clear StorageError', () => {
  it('saveNote rejects with code "quota" and an "Opslag vol" message when the disk is full, and stores nothing', async () => {
    const name = freshName();
    const setup = await openDb(name, deps);
    const c = await openCase(setup, { channel: 'phone' });
    const first = await saveNote(setup, { caseId: c.id, text: 'Klant zegt: factuur klopt niet' });
    setup.close();

    const db = new TriadeDb(name, deps);
    db.use(failingWrites('notes', domQuota));
    await db.open();
    const attempt = saveNote(db, { ...first, text: 'Klant zegt: factuur klopt niet, al twee keer gebeld' });
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toMatchObject({ code: 'quota' });
    const err = (await attempt.catch((e: unknown) => e)) as StorageError;
    expect(err.nl).toMatch(/^Opslag vol: de notitie is niet opgeslagen\./);
    expect(err.en).toMatch(/^Storage full: the note was not saved\./);
    expect(err.message).toBe(err.en);
    // A new note (no id yet) fails the same way; the read-then-write path too.
    await expect(saveNote(db, { caseId: c.id, text: 'nieuw' })).rejects.toMatchObject({ code: 'quota' });
    await expect(saveNote(db, { id: first.id, caseId: c.id, text: 'zonder createdAt' })).rejects.toMatchObject({ code: 'quota' });
    // The last text that did reach the disk is still there, unchanged.
    expect((await notesOf(db, c.id)).map((n) => n.text)).toEqual(['Klant zegt: factuur klopt niet']);
    db.close();
  });

  it('a quota error wrapped by Dexie (inner error, bulk failures) is still classified as quota', () => {
    const inner = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(classify(new Dexie.AbortError('Transaction aborted', inner))).toBe('quota');
    expect(classify(new Dexie.BulkError('2 of 3 failed', { 1: inner }))).toBe('quota');
    expect(classify({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'Persistent storage maximum size reached' })).toBe('quota');
    expect(classify(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(classify(new Dexie.OpenFailedError(Object.assign(new Error('x'), { name: 'VersionError' })))).toBe('blocked');
    expect(classify(new TypeError('boom'))).toBe('unknown');
    const unknown = toStorageError('weird', ACTIONS.note);
    expect(unknown.code).toBe('unknown');
    expect(unknown.nl).toMatch(/^Opslagfout: de notitie is niet opgeslagen/);
  });

  it('saveNote on a closed database rejects with code "closed"', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' });
    db.close({ disableAutoOpen: true });
    const err = (await saveNote(db, { caseId: c.id, text: 'typing…' }).catch((e: unknown) => e)) as StorageError;
    expect(err.code).toBe('closed');
    expect(err.nl).toContain('Herlaad het paneel');
  });

  it('a database left by a newer release (rolled-back extension) still opens, with its rows', async () => {
    // Dexie 4 adapts to a higher installed version instead of failing with VersionError, so a
    // rollback keeps the case log usable; a real VersionError is still mapped to 'blocked' above.
    const name = freshName();
    const future = new Dexie(name, deps);
    future.version(40).stores({ ...STORES[3], somethingNew: 'id' });
    await future.open();
    await future
      .table('cases')
      .add({ id: 'c-future', channel: 'chat', openedAt: '2027-01-01T00:00:00.000Z', avoidable: { flag: false } });
    future.close();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = await openDb(name, deps);
    warn.mockRestore();
    expect((await db.cases.get('c-future'))!.channel).toBe('chat');
    await openCase(db, { channel: 'phone' });
    expect(await db.cases.count()).toBe(2);
    db.close();
  });

  it('invalid writes are refused with code "invalid", naming the field, and nothing is written', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' });
    const put = vi.spyOn(db.notes, 'put');
    await expect(saveNote(db, { caseId: c.id, text: 42 as unknown as string })).rejects.toMatchObject({
      code: 'invalid',
      field: 'note.text',
    });
    await expect(saveNote(db, { caseId: c.id, text: 'x', tag: 'gossip' as never })).rejects.toMatchObject({
      code: 'invalid',
      field: 'note.tag',
    });
    await expect(saveNote(db, { caseId: 'not an id!', text: 'x' })).rejects.toMatchObject({
      code: 'invalid',
      field: 'note.caseId',
    });
    expect(put).not.toHaveBeenCalled();
    await expect(openCase(db, { channel: 'fax' as never })).rejects.toMatchObject({ code: 'invalid', field: 'case.channel' });
    await expect(addReminder(db, { caseId: c.id, dueAt: 'tomorrow', text: 'bellen', kind: 'callback' })).rejects.toMatchObject({
      code: 'invalid',
      field: 'reminder.dueAt',
    });
    const err = (await setSetting(db, 'retentionDays', () => 1).catch((e: unknown) => e)) as StorageError;
    expect(err).toMatchObject({ code: 'invalid', field: 'setting.value' });
    expect(err.nl).toMatch(/^Ongeldige gegevens: de instelling is niet opgeslagen\. setting\.value: /);
    expect(await db.notes.count()).toBe(0);
  });
});
