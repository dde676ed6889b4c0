/**
 * Database figures on fake-indexeddb in Node (a real browser's IndexedDB is slower per write
 * but does the same work): note-save latency, case-log open time on 10,000 cases, the v1→v3
 * upgrade and a full JSON export. Run: `npx tsx bench/db.ts`.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { pathToFileURL } from 'node:url';
import {
  CASE_CHANNELS,
  CAUSE_CATEGORIES,
  STORES,
  caseSchema,
  exportJson,
  lastDays,
  listCases,
  noteSchema,
  openDb,
  saveNote,
  type Case,
  type Note,
} from '../src/db';
import { fmtMs, summarize } from './stats';

const CASES = 10_000;
const NOTES_EVERY = 3; // one case in three has notes (phone calls)
const NOW = new Date('2026-11-25T14:00:00.000Z');
const DAY = 86_400_000;

function seedRows(): { cases: Case[]; notes: Note[] } {
  const cases: Case[] = [];
  const notes: Note[] = [];
  for (let i = 0; i < CASES; i++) {
    // Spread over the last year, newest last.
    const opened = new Date(NOW.getTime() - (CASES - i) * ((365 * DAY) / CASES));
    const c = caseSchema.parse({
      id: `case-${String(i).padStart(5, '0')}`,
      channel: CASE_CHANNELS[i % CASE_CHANNELS.length],
      customerName: `Klant ${i}`,
      causeCategory: CAUSE_CATEGORIES[i % CAUSE_CATEGORIES.length],
      openedAt: opened.toISOString(),
      closedAt: new Date(opened.getTime() + 9 * 60_000).toISOString(),
      sentimentFirst: { label: 'negative', score: -0.6, intensity: 2 },
      checklist: { understanding: 'done', apology: i % 4 ? 'done' : 'missing', solution: 'done' },
      violations: i % 5 ? [] : ['sorry_but'],
      resolution: 'Opgelost met een creditnota en een belafspraak.',
      threadKey: i % 2 ? `gmail:thread${i}` : undefined,
    });
    cases.push(c);
    if (i % NOTES_EVERY === 0) {
      for (let k = 0; k < 3; k++) {
        const at = new Date(opened.getTime() + k * 60_000).toISOString();
        notes.push(
          noteSchema.parse({
            id: `note-${i}-${k}`,
            caseId: c.id,
            text: `Notitie ${k}: klant zegt dat het pakket niet is bezorgd.`,
            tag: 'customer_says',
            createdAt: at,
            updatedAt: at,
          }),
        );
      }
    }
  }
  return { cases, notes };
}

async function time<T>(fn: () => Promise<T>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function sample(fn: (i: number) => Promise<unknown>, runs: number, warmup: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await time(() => fn(warmup + i)));
  return out;
}

export interface DbBenchFigures {
  cases: number;
  notes: number;
  seedMs: number;
  noteSave: { p50: number; p95: number; n: number };
  noteSaveReadFirst: { p50: number; p95: number; n: number };
  caseLogOpen: { p50: number; p95: number; n: number };
  caseLogOpenLast30Days: { p50: number; p95: number; n: number };
  upgradeV1toV3Ms: number;
  exportJsonMs: number;
  exportBytes: number;
}

/** Seeds 10,000 cases into fake-indexeddb, prints the figures and returns them. */
export async function benchDb(): Promise<DbBenchFigures> {
  const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
  const { cases, notes } = seedRows();
  const db = await openDb('bench-db', deps);
  const seedMs = await time(async () => {
    await db.cases.bulkAdd(cases);
    await db.notes.bulkAdd(notes);
  });

  // A call in progress on the newest case: every keystroke saves the whole note again.
  const live = cases[cases.length - 1]!;
  let note = await saveNote(db, { caseId: live.id, text: 'K', tag: 'customer_says' });
  const typed = 'Klant zegt: pakket al drie weken onderweg, twee keer gebeld, niemand belde terug. ';
  const noteSave = summarize(
    await sample(
      async (i) => {
        note = await saveNote(db, { ...note, text: note.text + typed[i % typed.length] });
      },
      200,
      20,
    ),
  );
  // The path after the panel was reopened: no createdAt in hand, read then write.
  const noteSaveReadFirst = summarize(
    await sample((i) => saveNote(db, { id: note.id, caseId: live.id, text: note.text + i, tag: 'customer_says' }), 200, 20),
  );

  const caseLogOpen = summarize(await sample(() => listCases(db, { limit: 50 }), 50, 5));
  const caseLogOpenLast30Days = summarize(await sample(() => listCases(db, { period: lastDays(30, NOW), limit: 50 }), 50, 5));
  const first = await listCases(db, { limit: 50 });
  if (first.cases.length !== 50 || first.total !== CASES) throw new Error(`case log wrong: ${first.cases.length}/${first.total}`);

  let exportBytes = 0;
  const exportJsonMs = await time(async () => {
    exportBytes = (await exportJson(db, { now: NOW })).length;
  });
  db.close();

  // The same rows as release 1 stored them, then opened by the current code.
  const v1 = new Dexie('bench-upgrade', deps);
  v1.version(1).stores(STORES[1]);
  await v1.open();
  await v1.table('cases').bulkAdd(cases.map(({ avoidable: _drop, threadKey: _t, ...rest }) => rest));
  await v1.table('notes').bulkAdd(notes.map(({ updatedAt: _u, ...rest }) => rest));
  v1.close();
  let upgraded: Awaited<ReturnType<typeof openDb>> | undefined;
  const upgradeV1toV3Ms = await time(async () => {
    upgraded = await openDb('bench-upgrade', deps);
  });
  const check = await upgraded!.cases.get(cases[0]!.id);
  if (!check?.avoidable) throw new Error('upgrade did not fill avoidable');
  upgraded!.close();

  const figures: DbBenchFigures = {
    cases: CASES,
    notes: notes.length,
    seedMs,
    noteSave,
    noteSaveReadFirst,
    caseLogOpen,
    caseLogOpenLast30Days,
    upgradeV1toV3Ms,
    exportJsonMs,
    exportBytes,
  };
  const row = (label: string, s: { p50: number; p95: number; n: number }, note = '') =>
    console.log(`  ${label.padEnd(48)} p50 ${fmtMs(s.p50).padStart(9)}  p95 ${fmtMs(s.p95).padStart(9)}  (n=${s.n}) ${note}`);
  console.log(
    `db (fake-indexeddb, ${CASES.toLocaleString('en')} cases, ${notes.length.toLocaleString('en')} notes; seeded in ${fmtMs(seedMs)})`,
  );
  row('saveNote upsert (keystroke path)', noteSave, 'guide: p95 < 16 ms (one frame)');
  row('saveNote without createdAt (read + write)', noteSaveReadFirst);
  row('case log open: newest 50 + count', caseLogOpen, 'guide: p95 < 100 ms');
  row('case log open: last 30 days, newest 50 + count', caseLogOpenLast30Days);
  console.log(`  ${'upgrade v1 → v3 on all rows'.padEnd(48)} ${fmtMs(upgradeV1toV3Ms)}`);
  console.log(`  ${'exportJson (all rows)'.padEnd(48)} ${fmtMs(exportJsonMs)}, ${(exportBytes / 1e6).toFixed(1)} MB`);
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchDb().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
