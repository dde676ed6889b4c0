import { describe, expect, it } from 'vitest';
import {
  closeCase,
  deleteOlderThan,
  eraseAll,
  eventsOf,
  findByThread,
  getCase,
  lastDays,
  listCases,
  liveCases,
  openCase,
  addNote,
  addReminder,
  markFired,
  notesOf,
  updateCase,
  saveNote,
  exportJson,
  importJson,
  type CasePage,
} from '../../../src/db';
import { at, DAY_MIN, freshDb } from './helpers';

describe('cases', () => {
  it('opens a case with an id, open time and an "opened" event, and closes it with the wrap-up', async () => {
    const db = await freshDb();
    const c = await openCase(
      db,
      { channel: 'phone', customerName: 'Anja de Vries', sentimentFirst: { label: 'negative', score: -0.8, intensity: 3 } },
      at(0),
    );
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.openedAt).toBe('2026-11-25T14:00:00.000Z');
    expect(c.avoidable).toEqual({ flag: false });

    const closed = await closeCase(
      db,
      c.id,
      {
        causeCategory: 'delivery',
        sentimentClose: { label: 'positive', score: 0.4, intensity: 1 },
        checklist: { understanding: 'done', apology: 'done', solution: 'missing' },
        violations: ['sorry_but', 'pass_on'],
        gestures: ['handgeschreven kaartje'],
        resolution: 'Pakket vandaag met voorrang verstuurd',
      },
      at(12),
    );
    expect(closed.closedAt).toBe('2026-11-25T14:12:00.000Z');
    expect(await getCase(db, c.id)).toEqual(closed);
    const events = await eventsOf(db, c.id);
    expect(events.map((e) => e.kind)).toEqual(['opened', 'closed']);
    expect(events[1]!.data).toEqual({ durationSec: 720 });
  });

  it('marks a contact avoidable when the cause is one of the "waardeloze contacten", unless the agent says otherwise', async () => {
    const db = await freshDb();
    const a = await openCase(db, { channel: 'email' }, at(0));
    expect((await closeCase(db, a.id, { causeCategory: 'unclear_invoice' }, at(5))).avoidable).toEqual({
      flag: true,
      reason: 'unclear_invoice',
    });
    const b = await openCase(db, { channel: 'chat' }, at(0));
    expect(
      (await closeCase(db, b.id, { causeCategory: 'repeat_question', avoidable: { flag: false } }, at(5))).avoidable,
    ).toEqual({ flag: false });
    const c = await openCase(db, { channel: 'chat' }, at(0));
    expect((await closeCase(db, c.id, { causeCategory: 'product_defect' }, at(5))).avoidable.flag).toBe(false);
  });

  it('closing twice keeps the first close time and updates the wrap-up', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' }, at(0));
    await closeCase(db, c.id, { resolution: 'eerste' }, at(10));
    const again = await closeCase(db, c.id, { resolution: 'tweede' }, at(30));
    expect(again.closedAt).toBe(at(10).toISOString());
    expect(again.resolution).toBe('tweede');
  });

  it('rejects closing a case that does not exist, naming it', async () => {
    const db = await freshDb();
    await expect(closeCase(db, 'nope', {})).rejects.toMatchObject({ code: 'invalid', field: 'case.id' });
  });

  it('updateCase changes details during the call and validates them', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' }, at(0));
    expect((await updateCase(db, c.id, { customerName: 'Jansen', customerType: 'loyal_irritated' })).customerName).toBe('Jansen');
    await expect(updateCase(db, c.id, { customerType: 'grumpy' as never })).rejects.toMatchObject({
      code: 'invalid',
      field: 'case.customerType',
    });
    expect((await getCase(db, c.id))!.customerType).toBe('loyal_irritated');
  });

  it('findByThread finds the open case of a thread, else the newest closed one', async () => {
    const db = await freshDb();
    const old = await openCase(db, { channel: 'email', threadKey: 'gmail:18c2f' }, at(0));
    await closeCase(db, old.id, {}, at(5));
    expect((await findByThread(db, 'gmail:18c2f'))!.id).toBe(old.id);
    const open = await openCase(db, { channel: 'email', threadKey: 'gmail:18c2f' }, at(60));
    await openCase(db, { channel: 'email', threadKey: 'zendesk:18c2f' }, at(90));
    expect((await findByThread(db, 'gmail:18c2f'))!.id).toBe(open.id);
    expect(await findByThread(db, 'outlook:none')).toBeUndefined();
  });

  it('listCases pages newest first within a period and counts the whole period', async () => {
    const db = await freshDb();
    for (let d = 0; d < 10; d++) await openCase(db, { channel: 'email', customerName: `klant ${d}` }, at(d * DAY_MIN));
    const all = await listCases(db, { limit: 3 });
    expect(all.total).toBe(10);
    expect(all.cases.map((c) => c.customerName)).toEqual(['klant 9', 'klant 8', 'klant 7']);
    const week = await listCases(db, { period: lastDays(7, at(9 * DAY_MIN)), limit: 2, offset: 1 });
    expect(week.total).toBe(8); // days 2…9
    expect(week.cases.map((c) => c.customerName)).toEqual(['klant 8', 'klant 7']);
    const from = await listCases(db, { period: { from: at(8 * DAY_MIN) } });
    expect(from.cases.map((c) => c.customerName)).toEqual(['klant 9', 'klant 8']);
    const to = await listCases(db, { period: { to: at(1 * DAY_MIN) } });
    expect(to.cases.map((c) => c.customerName)).toEqual(['klant 0']);
  });

  it('liveCases emits again when a case is opened', async () => {
    const db = await freshDb();
    const pages: CasePage[] = [];
    const sub = liveCases(db, { limit: 5 }).subscribe((p) => pages.push(p));
    await expect.poll(() => pages.length).toBe(1);
    await openCase(db, { channel: 'chat', customerName: 'Live' }, at(0));
    await expect.poll(() => pages.at(-1)?.total).toBe(1);
    expect(pages.at(-1)!.cases[0]!.customerName).toBe('Live');
    sub.unsubscribe();
  });

  it('deleteOlderThan removes old cases with their notes and events, keeps recent ones and those with a pending callback', async () => {
    const db = await freshDb();
    const now = at(100 * DAY_MIN);
    const old = await openCase(db, { channel: 'phone', customerName: 'oud' }, at(0));
    await addNote(db, old.id, 'oude notitie', 'fact', at(1));
    const oldWithRecall = await openCase(db, { channel: 'phone', customerName: 'recall' }, at(0));
    await addReminder(db, {
      caseId: oldWithRecall.id,
      kind: 'recall_month',
      dueAt: at(101 * DAY_MIN),
      text: 'Recall na een maand',
    });
    const oldFired = await openCase(db, { channel: 'phone', customerName: 'oud, gebeld' }, at(0));
    const r = await addReminder(db, { caseId: oldFired.id, kind: 'callback', dueAt: at(60), text: 'Terugbellen' });
    await markFired(db, r.id, at(61));
    const recent = await openCase(db, { channel: 'phone', customerName: 'recent' }, at(95 * DAY_MIN));
    await addNote(db, recent.id, 'nieuwe notitie', 'fact', at(95 * DAY_MIN));
    // Retention only ever deletes closed cases: these were handled and closed long ago (as a
    // wrap-up closes them, minus its "closed" event, so the event counts stay as they were).
    for (const c of [old, oldWithRecall, oldFired]) await db.cases.update(c.id, { closedAt: at(2).toISOString() });

    const counts = await deleteOlderThan(db, 30, now);
    expect(counts).toEqual({ cases: 2, notes: 1, events: 2, reminders: 1 });
    const left = (await listCases(db)).cases.map((c) => c.customerName).sort();
    expect(left).toEqual(['recall', 'recent']);
    expect(await notesOf(db, old.id)).toEqual([]);
    expect((await notesOf(db, recent.id)).map((n) => n.text)).toEqual(['nieuwe notitie']);
    await expect(deleteOlderThan(db, -1, now)).rejects.toMatchObject({ code: 'invalid' });
  });

  it('retention never deletes a case that is still open, however old; the next keystroke still saves and the export imports', async () => {
    const db = await freshDb();
    const now = at(100 * DAY_MIN);
    const open = await openCase(db, { channel: 'email', customerName: 'nog open' }, at(0));
    await addNote(db, open.id, 'Klant wacht nog op de creditnota', 'fact', at(1));
    const closedLongAgo = await openCase(db, { channel: 'phone', customerName: 'lang geleden gesloten' }, at(0));
    await closeCase(db, closedLongAgo.id, { resolution: 'Opgelost' }, at(10));
    const closedRecently = await openCase(db, { channel: 'phone', customerName: 'net gesloten' }, at(0));
    await closeCase(db, closedRecently.id, { resolution: 'Gisteren opgelost' }, at(99 * DAY_MIN));

    await deleteOlderThan(db, 30, now);
    const left = (await listCases(db)).cases.map((c) => c.customerName).sort();
    expect(left).toEqual(['net gesloten', 'nog open']);
    // The agent keeps typing in the open case: the note is saved, nothing is orphaned.
    const [note] = await notesOf(db, open.id);
    await saveNote(db, { ...note!, text: 'Klant wacht nog op de creditnota, belt morgen' }, now);
    expect((await notesOf(db, open.id)).map((n) => n.text)).toEqual(['Klant wacht nog op de creditnota, belt morgen']);
    // …and the database's own export is accepted on import.
    const fresh = await freshDb();
    await expect(importJson(fresh, await exportJson(db))).resolves.toMatchObject({ cases: 2, notes: 1 });
  });

  it('eraseAll empties the case log', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'letter' }, at(0));
    await addNote(db, c.id, 'x');
    await eraseAll(db);
    expect((await listCases(db)).total).toBe(0);
    expect(await notesOf(db, c.id)).toEqual([]);
  });
});
