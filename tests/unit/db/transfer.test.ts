import { describe, expect, it, vi } from 'vitest';
import {
  StorageError,
  addNote,
  addReminder,
  casesToCsv,
  closeCase,
  csvCell,
  exportJson,
  importJson,
  importJsonWithSummary,
  listCases,
  markFired,
  notesOf,
  logEvent,
  notesToCsv,
  openCase,
  saveNote,
  toCsv,
  type TriadeDb,
} from '../../../src/db';
import { at, freshDb } from './helpers';

const CLOCK = { now: new Date('2026-11-25T16:00:00.000Z') };

/** A small but complete case log: every record kind and most optional fields. */
async function fill(db: TriadeDb): Promise<void> {
  for (let i = 0; i < 6; i++) {
    const c = await openCase(
      db,
      {
        channel: (['phone', 'email', 'chat'] as const)[i % 3]!,
        customerName: `Klant "${i}", Zoë`,
        threadKey: i % 2 ? `gmail:t${i}` : undefined,
        lang: 'nl',
      },
      at(i * 30),
    );
    await saveNote(
      db,
      {
        caseId: c.id,
        text: `regel 1\nregel 2, met komma ${i}`,
        tag: 'customer_says',
        sentiment: { label: 'negative', score: -0.5, intensity: 2 },
      },
      at(i * 30 + 1),
    );
    await addNote(db, c.id, '=HYPERLINK("http://x")', 'fact', at(i * 30 + 2));
    await logEvent(db, c.id, 'card_inserted', { card: 'empathy.nl.1', nested: { ok: true, n: [1, 2] } }, at(i * 30 + 3));
    if (i % 2 === 0)
      await addReminder(db, { caseId: c.id, kind: 'callback', dueAt: at(i * 30 + 24 * 60), text: 'Terugbellen om 15.00' });
    if (i < 4)
      await closeCase(
        db,
        c.id,
        {
          causeCategory: i === 0 ? 'unclear_invoice' : 'delivery',
          checklist: { understanding: 'done', apology: i ? 'done' : 'missing' },
          violations: ['sorry_but'],
          gestures: ['bloemen'],
          resolution: 'Opgelost',
        },
        at(i * 30 + 10),
      );
  }
}

const counts = async (db: TriadeDb) => [
  await db.cases.count(),
  await db.notes.count(),
  await db.events.count(),
  await db.reminders.count(),
];

describe('JSON export / import', () => {
  it('export → import into a fresh database → export gives the same bytes', async () => {
    const a = await freshDb();
    await fill(a);
    const first = await exportJson(a, CLOCK);
    const parsed = JSON.parse(first);
    expect(parsed).toMatchObject({ format: 'triade-export', version: 1, exportedAt: '2026-11-25T16:00:00.000Z' });
    expect([parsed.cases.length, parsed.notes.length, parsed.events.length, parsed.reminders.length]).toEqual([6, 12, 16, 3]);

    const b = await freshDb();
    expect(await importJson(b, first)).toEqual({ cases: 6, notes: 12, events: 16, reminders: 3 });
    expect(await exportJson(b, CLOCK)).toBe(first);
  });

  it('importing the same file twice does not duplicate anything and updates by id', async () => {
    const a = await freshDb();
    await fill(a);
    const file = await exportJson(a, CLOCK);
    const b = await freshDb();
    await importJson(b, file);
    await importJson(b, file);
    expect(await counts(b)).toEqual([6, 12, 16, 3]);
    // A changed record with a known id replaces the local one.
    const edited = JSON.parse(file);
    edited.cases[0].resolution = 'Bijgewerkt';
    await importJson(b, JSON.stringify(edited));
    expect((await b.cases.get(edited.cases[0].id))!.resolution).toBe('Bijgewerkt');
    expect(await b.cases.count()).toBe(6);
  });

  it('an older export never turns a note back, reopens a closed case or un-fires a reminder, and the summary says what was skipped', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone', customerName: 'Jansen' }, at(0));
    const v1 = await saveNote(db, { caseId: c.id, text: 'v1: klant belt over factuur', tag: 'customer_says' }, at(1));
    const r = await addReminder(db, { caseId: c.id, kind: 'callback', dueAt: at(60), text: 'Terugbellen' });
    const older = await exportJson(db, CLOCK);
    // Work goes on after that export: note v2, the case closed with its resolution, the callback made.
    await saveNote(db, { ...v1, text: 'v2: factuur gecorrigeerd, creditnota verstuurd' }, at(5));
    await closeCase(db, c.id, { resolution: 'Creditnota verstuurd' }, at(10));
    await markFired(db, r.id, at(61));
    // A new note in the old file's world is still welcome.
    const file = JSON.parse(older);
    file.notes.push({
      ...file.notes[0],
      id: 'n-only-in-file',
      text: 'alleen in het bestand',
      createdAt: at(2).toISOString(),
      updatedAt: at(2).toISOString(),
    });

    const summary = await importJsonWithSummary(db, JSON.stringify(file));
    expect((await notesOf(db, c.id)).map((n) => n.text)).toEqual([
      'v2: factuur gecorrigeerd, creditnota verstuurd',
      'alleen in het bestand',
    ]);
    expect(await db.cases.get(c.id)).toMatchObject({ closedAt: at(10).toISOString(), resolution: 'Creditnota verstuurd' });
    expect((await db.reminders.get(r.id))!.firedAt).toBe(at(61).toISOString());
    expect(summary.skipped).toEqual({ cases: 1, notes: 1, events: 0, reminders: 1 });
    expect(summary.imported).toEqual({ cases: 0, notes: 1, events: 1, reminders: 0 });

    // The newer copy does win, in the other direction.
    const back = await freshDb();
    await importJson(back, older);
    const newer = await importJsonWithSummary(back, await exportJson(db, CLOCK));
    expect(newer.skipped).toEqual({ cases: 0, notes: 0, events: 0, reminders: 0 });
    expect(await back.cases.get(c.id)).toMatchObject({ closedAt: at(10).toISOString(), resolution: 'Creditnota verstuurd' });
    expect((await notesOf(back, c.id)).map((n) => n.text)).toEqual([
      'v2: factuur gecorrigeerd, creditnota verstuurd',
      'alleen in het bestand',
    ]);
  });

  async function expectRejected(db: TriadeDb, text: string, field: string, why?: RegExp) {
    const before = await exportJson(db, CLOCK);
    const err = (await importJson(db, text).catch((e: unknown) => e)) as StorageError;
    expect(err).toBeInstanceOf(StorageError);
    expect(err.code).toBe('invalid');
    expect(err.field).toBe(field);
    if (why) expect(err.en).toMatch(why);
    expect(err.nl).toMatch(/^Ongeldige gegevens: er is niets geïmporteerd\./);
    expect(await exportJson(db, CLOCK)).toBe(before);
  }

  it('a file that is not JSON, or not a Triade export, changes nothing and says so', async () => {
    const db = await freshDb();
    await fill(db);
    await expectRejected(db, '{"format": "triade-export", ', '(file)', /not a JSON file/);
    await expectRejected(db, '[1,2,3]', '(file)', /not a Triade export/);
    await expectRejected(db, JSON.stringify({ format: 'other-tool', version: 1 }), 'format', /not a Triade export/);
    await expectRejected(db, JSON.stringify({ format: 'triade-export', version: 7, cases: [] }), 'version', /newer Triade/);
    await expectRejected(
      db,
      JSON.stringify({ format: 'triade-export', version: 1, exportedAt: CLOCK.now.toISOString(), cases: [] }),
      'notes',
    );
  });

  it('one bad record among many changes nothing and is named with its index and field', async () => {
    const source = await freshDb();
    await fill(source);
    const good = JSON.parse(await exportJson(source, CLOCK));
    const db = await freshDb();
    await fill(db);

    const badDate = structuredClone(good);
    badDate.cases[3].openedAt = 'gisteren';
    badDate.notes[9].tag = 'gossip'; // a later problem must not hide the first one
    await expectRejected(db, JSON.stringify(badDate), 'cases[3].openedAt', /cases\[3\]\.openedAt: expected a date/);

    const badNote = structuredClone(good);
    delete badNote.notes[7].text;
    await expectRejected(db, JSON.stringify(badNote), 'notes[7].text');

    const badChecklist = structuredClone(good);
    badChecklist.cases[1].checklist.apology = 'sort of';
    await expectRejected(db, JSON.stringify(badChecklist), 'cases[1].checklist.apology');

    const dup = structuredClone(good);
    dup.cases[4].id = dup.cases[2].id;
    await expectRejected(db, JSON.stringify(dup), 'cases[4].id', /same id as cases\[2\]/);

    const orphan = structuredClone(good);
    orphan.reminders[1].caseId = 'no-such-case';
    await expectRejected(db, JSON.stringify(orphan), 'reminders[1].caseId', /no case with id no-such-case/);
  });

  it('notes may refer to a case that is already in the database', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' }, at(0));
    const file = {
      format: 'triade-export',
      version: 1,
      exportedAt: CLOCK.now.toISOString(),
      cases: [],
      events: [],
      reminders: [],
      notes: [
        {
          id: 'n-imported',
          caseId: c.id,
          text: 'uit een ander paneel',
          tag: 'agreed',
          createdAt: '2026-11-25T14:01:00+01:00',
          updatedAt: '2026-11-25T14:01:00+01:00',
        },
      ],
    };
    await importJson(db, JSON.stringify(file));
    // Offsets are normalised to UTC so the note sorts correctly.
    expect((await db.notes.get('n-imported'))!.createdAt).toBe('2026-11-25T13:01:00.000Z');
  });

  it('a write that fails half-way rolls the whole import back', async () => {
    const source = await freshDb();
    await fill(source);
    const file = await exportJson(source, CLOCK);
    const db = await freshDb();
    // Reminders are written last; failing there must also undo the cases, notes and events.
    vi.spyOn(db.reminders, 'bulkPut').mockImplementation(() => {
      throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    });
    await expect(importJson(db, file)).rejects.toMatchObject({ code: 'quota' });
    expect(await counts(db)).toEqual([0, 0, 0, 0]);
    expect((await listCases(db)).total).toBe(0);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('zei "nooit meer"')).toBe('"zei ""nooit meer"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
    expect(csvCell('a;b')).toBe('a;b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(true)).toBe('true');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=cmd')).toBe("'\t=cmd");
    expect(csvCell('=HYPERLINK("http://x","klik")')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csvCell('e-mail = ok')).toBe('e-mail = ok');
  });

  it('writes a header row, CRLF line ends and one row per record, in a stable column order', async () => {
    const db = await freshDb();
    await fill(db);
    const cases = (await listCases(db)).cases.reverse();
    const csv = casesToCsv(cases);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'id,opened_at,closed_at,channel,customer_name,customer_type,cause_category,avoidable,avoidable_reason,lang,thread_key,' +
        'sentiment_first_label,sentiment_first_score,sentiment_first_intensity,sentiment_close_label,sentiment_close_score,sentiment_close_intensity,' +
        'checklist_understanding,checklist_apology,checklist_solution,checklist_time_commitment,checklist_thanks,checklist_name,checklist_beyond,checklist_feedback,' +
        'violations,gestures,resolution',
    );
    expect(lines).toHaveLength(cases.length + 2); // header, rows, and the empty string after the final CRLF
    expect(lines[1]).toBe(
      `${cases[0]!.id},2026-11-25T14:00:00.000Z,2026-11-25T14:10:00.000Z,phone,"Klant ""0"", Zoë",,unclear_invoice,true,unclear_invoice,nl,,,,,,,,done,missing,,,,,,,sorry_but,bloemen,Opgelost`,
    );
    const notes = notesToCsv((await db.notes.orderBy('[caseId+createdAt]').toArray()).filter((n) => n.caseId === cases[0]!.id));
    const rows = notes.split('\r\n');
    expect(rows[0]).toBe('id,case_id,created_at,updated_at,tag,text,sentiment_label,sentiment_score,sentiment_intensity');
    expect(rows[1]).toContain(',customer_says,"regel 1\nregel 2, met komma 0",negative,-0.5,2');
    expect(rows.find((r) => r.includes('HYPERLINK'))).toContain(`,fact,"'=HYPERLINK(""http://x"")",,,`);
    expect(toCsv(['a'], [['é']], { bom: true, delimiter: ';' })).toBe('\uFEFFa\r\né\r\n');
  });
});
