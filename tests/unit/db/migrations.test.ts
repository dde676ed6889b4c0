import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, STORES, TriadeDb, findByThread, listCases, notesOf, openCase, saveNote, openDb } from '../../../src/db';
import { deps, freshName } from './helpers';

/** Builds a database exactly as release `version` left it, fills it, and closes it. */
async function legacyDb(version: 1 | 2, fill: (db: Dexie) => Promise<void>): Promise<string> {
  const name = freshName(`v${version}`);
  const old = new Dexie(name, deps);
  old.version(1).stores(STORES[1]);
  if (version === 2) old.version(2).stores(STORES[2]);
  await old.open();
  await fill(old);
  old.close();
  return name;
}

// Rows shaped as the old releases wrote them: v1 notes had no updatedAt, v1/v2 cases no avoidable.
const v1Case = (id: string, openedAt: string, extra: object = {}) => ({
  id,
  channel: 'phone',
  customerName: 'Jansen',
  openedAt,
  ...extra,
});

describe('schema upgrades keep every row', () => {
  it('v1 → current: cases, notes and settings survive; new fields get defaults', async () => {
    const name = await legacyDb(1, async (db) => {
      await db
        .table('cases')
        .bulkAdd([
          v1Case('c1', '2025-01-10T09:00:00.000Z', { closedAt: '2025-01-10T09:20:00.000Z', causeCategory: 'delivery' }),
          v1Case('c2', '2025-01-11T09:00:00.000Z', { causeCategory: 'repeat_question' }),
        ]);
      await db.table('notes').bulkAdd([
        {
          id: 'n1',
          caseId: 'c1',
          text: 'Klant zegt: pakket al 3 weken onderweg',
          tag: 'customer_says',
          createdAt: '2025-01-10T09:01:00.000Z',
        },
        { id: 'n2', caseId: 'c1', text: 'Afgesproken: morgen 15.00 terugbellen', createdAt: '2025-01-10T09:05:00.000Z' },
      ]);
      await db.table('settings').put({ key: 'retentionDays', value: 365 });
    });

    const db = await openDb(name, deps);
    expect(db.verno).toBe(DB_VERSION);
    const cases = (await listCases(db)).cases;
    expect(cases.map((c) => c.id)).toEqual(['c2', 'c1']);
    expect(cases.find((c) => c.id === 'c1')!.avoidable).toEqual({ flag: false });
    // A cause that is an avoidable contact by definition is flagged on old rows too.
    expect(cases.find((c) => c.id === 'c2')!.avoidable).toEqual({ flag: true, reason: 'repeat_question' });
    const notes = await notesOf(db, 'c1');
    expect(notes.map((n) => [n.id, n.tag, n.updatedAt])).toEqual([
      ['n1', 'customer_says', '2025-01-10T09:01:00.000Z'],
      ['n2', 'none', '2025-01-10T09:05:00.000Z'],
    ]);
    expect(notes[0]!.text).toBe('Klant zegt: pakket al 3 weken onderweg');
    expect(await db.settings.get('retentionDays')).toEqual({ key: 'retentionDays', value: 365 });
    // The new tables and indexes work on the upgraded database.
    const c = await openCase(db, { channel: 'email', threadKey: 'gmail:abc' });
    expect((await findByThread(db, 'gmail:abc'))!.id).toBe(c.id);
    await saveNote(db, { caseId: 'c1', text: 'na de upgrade' });
    expect(await notesOf(db, 'c1')).toHaveLength(3);
    db.close();
  });

  it('v2 → current: events and reminders survive, cases get the avoidable default', async () => {
    const name = await legacyDb(2, async (db) => {
      await db.table('cases').add(v1Case('c1', '2025-06-01T10:00:00.000Z'));
      await db.table('notes').add({
        id: 'n1',
        caseId: 'c1',
        text: 'feit',
        tag: 'fact',
        createdAt: '2025-06-01T10:01:00.000Z',
        updatedAt: '2025-06-01T10:02:00.000Z',
      });
      await db
        .table('events')
        .add({ id: 'e1', caseId: 'c1', kind: 'opened', at: '2025-06-01T10:00:00.000Z', data: { channel: 'phone' } });
      await db
        .table('reminders')
        .add({ id: 'r1', caseId: 'c1', kind: 'callback', dueAt: '2025-06-02T15:00:00.000Z', text: 'Terugbellen' });
    });
    const db = new TriadeDb(name, deps);
    await db.open();
    expect((await db.cases.get('c1'))!.avoidable).toEqual({ flag: false });
    expect((await db.notes.get('n1'))!.updatedAt).toBe('2025-06-01T10:02:00.000Z');
    expect(await db.events.get('e1')).toMatchObject({ kind: 'opened', data: { channel: 'phone' } });
    expect(await db.reminders.where('dueAt').belowOrEqual('2025-06-03').toArray()).toHaveLength(1);
    db.close();
  });

  it('opening a current database again runs no upgrade and changes nothing', async () => {
    const name = freshName();
    const db = await openDb(name, deps);
    const c = await openCase(db, { channel: 'chat' });
    await db.cases.update(c.id, { avoidable: { flag: true, reason: 'handmatig' } });
    db.close();
    const again = await openDb(name, deps);
    expect((await again.cases.get(c.id))!.avoidable).toEqual({ flag: true, reason: 'handmatig' });
    again.close();
  });
});
