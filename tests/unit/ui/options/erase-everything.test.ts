import { describe, expect, it } from 'vitest';
import { freshDb, at } from '../../db/helpers';
import { addNote, openCase } from '../../../../src/db';
import { eraseEverything } from '../../../../src/ui/options/erase-everything';

function memoryStorage(init: Record<string, unknown>) {
  const data = { ...init };
  return {
    data,
    async get() {
      return { ...data };
    },
    async remove(keys: string[]) {
      for (const k of keys) delete data[k];
    },
  };
}

describe('eraseEverything', () => {
  it('empties the case log and the per-thread memory, and keeps settings', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'email' }, at());
    await addNote(db, c.id, 'Klant belt terug', 'none', at(1));
    const storage = memoryStorage({
      'thread:gmail:1': { dismissed: [] },
      'thread:x': {},
      uiLang: 'en',
      retentionDays: 90,
      phrasePacks: [],
    });

    expect(await eraseEverything(db, storage)).toEqual({ cases: 1, threads: 2 });
    expect(await db.cases.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect(Object.keys(storage.data).sort()).toEqual(['phrasePacks', 'retentionDays', 'uiLang']);
  });
});
