import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  addNote,
  addReminder,
  deleteNote,
  deleteSetting,
  draftNote,
  due,
  getSetting,
  liveNotes,
  markFired,
  notesOf,
  openCase,
  pendingOf,
  saveNote,
  setSetting,
  StorageError,
  noteVersion,
  type Note,
} from '../../../src/db';
import { at, freshDb } from './helpers';

describe('notes', () => {
  it('saveNote keeps one note per id while the agent types, with the first creation time', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' }, at(0));
    let note = await saveNote(db, { caseId: c.id, text: 'K', tag: 'customer_says' }, at(1));
    for (const [i, text] of ['Kl', 'Kla', 'Klant zegt: al 3x gebeld'].entries())
      note = await saveNote(db, { ...note, text }, at(2 + i));
    // Without createdAt (e.g. after the panel was reopened) the stored creation time is kept.
    note = await saveNote(db, { id: note.id, caseId: c.id, text: 'Klant zegt: al 3x gebeld!', tag: 'customer_says' }, at(9));
    const notes = await notesOf(db, c.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toEqual(note);
    expect(notes[0]).toMatchObject({
      text: 'Klant zegt: al 3x gebeld!',
      createdAt: at(1).toISOString(),
      updatedAt: at(9).toISOString(),
    });
  });

  it('keystrokes saved without waiting for each other still make one note, ending with the last text', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' }, at(0));
    const draft = draftNote(c.id, 'action', at(1));
    const words = 'Actie: creditnota vandaag versturen'.split('');
    let text = '';
    await Promise.all(words.map((ch) => saveNote(db, { ...draft, text: (text += ch) }, at(2))));
    const notes = await notesOf(db, c.id);
    expect(notes.map((n) => [n.text, n.tag, n.createdAt])).toEqual([
      ['Actie: creditnota vandaag versturen', 'action', at(1).toISOString()],
    ]);
  });

  it('notesOf lists a case’s notes in the order they were started, and nothing of other cases', async () => {
    const db = await freshDb();
    const a = await openCase(db, { channel: 'phone' }, at(0));
    const b = await openCase(db, { channel: 'phone' }, at(0));
    const second = await addNote(db, a.id, 'tweede', 'agreed', at(5));
    await addNote(db, a.id, 'eerste', 'fact', at(1));
    await addNote(db, b.id, 'andere klant', 'none', at(2));
    await saveNote(db, { ...second, text: 'tweede, aangepast' }, at(20));
    expect((await notesOf(db, a.id)).map((n) => n.text)).toEqual(['eerste', 'tweede, aangepast']);
    await deleteNote(db, second.id);
    expect((await notesOf(db, a.id)).map((n) => n.text)).toEqual(['eerste']);
  });

  it('liveNotes emits the new text after each save', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' }, at(0));
    const seen: Note[][] = [];
    const sub = liveNotes(db, c.id).subscribe((n) => seen.push(n));
    const n = await addNote(db, c.id, 'Afgesproken: morgen', 'agreed');
    await expect.poll(() => seen.at(-1)?.[0]?.text).toBe('Afgesproken: morgen');
    await saveNote(db, { ...n, text: 'Afgesproken: morgen 15.00 terugbellen' });
    await expect.poll(() => seen.at(-1)?.[0]?.text).toBe('Afgesproken: morgen 15.00 terugbellen');
    sub.unsubscribe();
  });

  it('refuses a note for a case that no longer exists with a clear error, and writes no orphan', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' }, at(0));
    const draft = draftNote(c.id, 'fact', at(1));
    await saveNote(db, { ...draft, text: 'Klantnummer 884213' }, at(1));
    // The case goes (erased in another window) while the panel still has the note open.
    await db.transaction('rw', db.cases, db.notes, async () => {
      await db.notes.where('caseId').equals(c.id).delete();
      await db.cases.delete(c.id);
    });
    const err = await saveNote(db, { ...draft, text: 'Klantnummer 884213, belt terug' }, at(2)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect(err).toMatchObject({ code: 'no-case', field: 'note.caseId' });
    expect((err as StorageError).nl).toMatch(/dossier bestaat niet meer/);
    expect((err as StorageError).en).toMatch(/case no longer exists/);
    expect(await db.notes.count()).toBe(0);
    await expect(addNote(db, 'never-opened', 'los')).rejects.toMatchObject({ code: 'no-case' });
    expect(await db.notes.count()).toBe(0);
  });

  it('a save based on a version another window has since replaced is refused with the newer note, and changes nothing', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' }, at(0));
    const draft = draftNote(c.id, 'agreed', at(1));
    const first = await saveNote(db, { ...draft, text: 'Afgesproken: terugbellen', expected: [null] }, at(1));
    // Window B builds on the first version and saves.
    const b = await saveNote(
      db,
      { ...draft, text: 'Afgesproken: morgen om 15.00 terugbellen', expected: [noteVersion(first)] },
      at(2),
    );
    // Window A still builds on the first version: refused, B's note stays.
    const err = await saveNote(
      db,
      { ...draft, text: 'Afgesproken: terugbellen, vandaag nog', expected: [noteVersion(first)] },
      at(3),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect(err).toMatchObject({ code: 'conflict', current: { text: 'Afgesproken: morgen om 15.00 terugbellen', rev: b.rev } });
    expect((err as StorageError).nl).toMatch(/ander venster/);
    expect((await notesOf(db, c.id)).map((n) => n.text)).toEqual(['Afgesproken: morgen om 15.00 terugbellen']);
    // "No note yet" is a version too: a second window cannot create over an existing note.
    await expect(saveNote(db, { ...draft, text: 'nieuw?', expected: [null] }, at(4))).rejects.toMatchObject({ code: 'conflict' });
    // Two windows saving in the same millisecond still have different versions.
    const same = await saveNote(db, { ...draftNote(c.id), text: 'x', expected: [null] }, at(6));
    await saveNote(db, { ...same, text: 'B in dezelfde milliseconde', expected: [noteVersion(same)] }, at(6));
    await expect(
      saveNote(db, { ...same, text: 'A in dezelfde milliseconde', expected: [noteVersion(same)] }, at(6)),
    ).rejects.toMatchObject({ code: 'conflict' });
    // Building on the current version (or on one of several of one's own) is fine.
    await expect(
      saveNote(db, { ...draft, text: 'A, na het lezen van B', expected: [noteVersion(first), noteVersion(b)] }, at(5)),
    ).resolves.toMatchObject({ text: 'A, na het lezen van B' });
  });

  it('keeps emoji, zero-width and right-to-left text exactly as typed', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'chat' }, at(0));
    const text = 'Klant 😡 zegt\u200b: مرحبا \u202Eomg\u202C — "quote", \'single\'';
    await addNote(db, c.id, text);
    expect((await notesOf(db, c.id))[0]!.text).toBe(text);
  });
});

describe('reminders', () => {
  it('due() returns unfired reminders whose time has come, earliest first, until they are marked fired', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' }, at(0));
    const later = await addReminder(db, {
      caseId: c.id,
      kind: 'recall_month',
      dueAt: at(30 * 24 * 60),
      text: 'Recall: gaat alles goed?',
    });
    const cb = await addReminder(db, { caseId: c.id, kind: 'callback', dueAt: at(60), text: 'Terugbellen 15.00' });
    const promise = await addReminder(db, { caseId: c.id, kind: 'promise', dueAt: at(30), text: 'Creditnota sturen' });
    expect(await due(db, at(10))).toEqual([]);
    expect((await due(db, at(60))).map((r) => r.id)).toEqual([promise.id, cb.id]);
    const fired = await markFired(db, cb.id, at(61));
    expect(fired.firedAt).toBe(at(61).toISOString());
    expect((await markFired(db, cb.id, at(99))).firedAt).toBe(at(61).toISOString());
    expect((await due(db, at(62))).map((r) => r.id)).toEqual([promise.id]);
    expect((await pendingOf(db, c.id)).map((r) => r.id)).toEqual([promise.id, later.id]);
    await expect(markFired(db, 'missing')).rejects.toMatchObject({ code: 'invalid', field: 'reminder.id' });
  });
});

describe('settings', () => {
  it('stores JSON values and reads them through a schema, falling back on absent or stale values', async () => {
    const db = await freshDb();
    const days = z.number().int().min(1);
    expect(await getSetting(db, 'retentionDays', days, 365)).toBe(365);
    await setSetting(db, 'retentionDays', 90);
    expect(await getSetting(db, 'retentionDays', days, 365)).toBe(90);
    await setSetting(db, 'retentionDays', 'ninety');
    expect(await getSetting(db, 'retentionDays', days, 365)).toBe(365);
    await setSetting(db, 'ui', { lang: 'nl', compact: true });
    expect(await getSetting(db, 'ui', z.object({ lang: z.enum(['nl', 'en']) }), { lang: 'en' })).toEqual({ lang: 'nl' });
    await deleteSetting(db, 'ui');
    expect(await getSetting(db, 'ui', z.object({ lang: z.enum(['nl', 'en']) }), { lang: 'en' })).toEqual({ lang: 'en' });
    await expect(setSetting(db, 'bad key!', 1)).rejects.toMatchObject({ code: 'invalid', field: 'setting.key' });
  });
});
