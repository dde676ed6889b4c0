/**
 * Moving the case log in and out: a versioned JSON envelope (complete, re-importable) and CSV
 * (for a spreadsheet). Import is all-or-nothing and idempotent (upsert by id), and never goes back
 * in time: a record the file holds in an older state than this database is skipped.
 */
import { z } from 'zod';
import type { TriadeDb } from './db';
import { ACTIONS, guard, invalid, invalidFromZod } from './errors';
import {
  CHECKLIST_IDS,
  caseSchema,
  eventSchema,
  isoDateSchema,
  noteSchema,
  reminderSchema,
  type Case,
  type CaseEvent,
  type Note,
  type Reminder,
  type SentimentSnapshot,
} from './schema';

export const EXPORT_FORMAT = 'triade-export';
export const EXPORT_VERSION = 1;

export const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `expected "${EXPORT_FORMAT}"` }),
  version: z.literal(EXPORT_VERSION, { error: `expected ${EXPORT_VERSION}` }),
  exportedAt: isoDateSchema,
  cases: z.array(caseSchema),
  notes: z.array(noteSchema),
  events: z.array(eventSchema),
  reminders: z.array(reminderSchema),
});
export type ExportFile = z.output<typeof exportSchema>;

export interface ExportOptions {
  /** Clock for `exportedAt` (tests fix it to compare two exports byte for byte). */
  now?: Date;
}

/** Re-parses a stored row so keys come out in schema order; a row that no longer parses is kept as stored. */
function canonical<S extends z.ZodType>(schema: S, row: unknown): z.output<S> {
  const r = schema.safeParse(row);
  return r.success ? r.data : (row as z.output<S>);
}

/** Reads every case, note, event and reminder in one consistent snapshot, in a stable order. */
export async function exportData(db: TriadeDb, options: ExportOptions = {}): Promise<ExportFile> {
  const [cases, notes, events, reminders] = await guard(ACTIONS.export, () =>
    db.transaction('r', [db.cases, db.notes, db.events, db.reminders], () =>
      // Index order breaks ties by primary key, so the order is the same on every export.
      Promise.all([
        db.cases.orderBy('openedAt').toArray(),
        db.notes.orderBy('[caseId+createdAt]').toArray(),
        db.events.orderBy('at').toArray(),
        db.reminders.orderBy('dueAt').toArray(),
      ]),
    ),
  );
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    cases: cases.map((c) => canonical(caseSchema, c)),
    notes: notes.map((n) => canonical(noteSchema, n)),
    events: events.map((e) => canonical(eventSchema, e)),
    reminders: reminders.map((r) => canonical(reminderSchema, r)),
  };
}

/**
 * The whole case log as a JSON file (pretty-printed, stable order).
 * @example download('triade-export.json', await exportJson(db));
 */
export async function exportJson(db: TriadeDb, options: ExportOptions = {}): Promise<string> {
  return JSON.stringify(await exportData(db, options), null, 2) + '\n';
}

export interface ImportCounts {
  cases: number;
  notes: number;
  events: number;
  reminders: number;
}

/**
 * Checks a JSON export and names the first problem, without touching the database.
 * @throws StorageError 'invalid' with `field` like `cases[3].openedAt`.
 */
export function parseExport(text: string): ExportFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw invalid(ACTIONS.import, '(file)', `not a JSON file (${(e as Error).message})`, e);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw invalid(ACTIONS.import, '(file)', 'not a Triade export');
  const head = raw as { format?: unknown; version?: unknown };
  if (head.format !== EXPORT_FORMAT)
    throw invalid(ACTIONS.import, 'format', `expected "${EXPORT_FORMAT}": this is not a Triade export`);
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION)
    throw invalid(ACTIONS.import, 'version', `made by a newer Triade (format version ${head.version}); update Triade first`);
  const r = exportSchema.safeParse(raw);
  if (!r.success) throw invalidFromZod(r.error, ACTIONS.import);
  const file = r.data;
  for (const table of ['cases', 'notes', 'events', 'reminders'] as const) {
    const seen = new Map<string, number>();
    file[table].forEach((row, i) => {
      const first = seen.get(row.id);
      if (first !== undefined) throw invalid(ACTIONS.import, `${table}[${i}].id`, `same id as ${table}[${first}]`);
      seen.set(row.id, i);
    });
  }
  return file;
}

/** What an import did, table by table. */
export interface ImportSummary {
  /** Records of the file now stored as the file has them (new, updated, or already the same). */
  imported: ImportCounts;
  /** Records of the file that are older than the copy here: the copy here was kept. */
  skipped: ImportCounts;
}

const zero = (): ImportCounts => ({ cases: 0, notes: 0, events: 0, reminders: 0 });

/**
 * Whether the stored copy is newer than the file's, so the file's must not replace it. Same age:
 * the file wins (importing the same file again changes nothing; an edited export updates).
 * - note: the later `updatedAt`;
 * - case: closed beats open, and the later close beats the earlier (a case never reopens);
 * - reminder: fired beats not fired (it must not fire twice);
 * - event: never changes once logged.
 */
const NEWER_HERE: {
  cases: (here: Case, file: Case) => boolean;
  notes: (here: Note, file: Note) => boolean;
  events: (here: CaseEvent, file: CaseEvent) => boolean;
  reminders: (here: Reminder, file: Reminder) => boolean;
} = {
  cases: (here, file) => here.closedAt !== undefined && (file.closedAt === undefined || file.closedAt < here.closedAt),
  notes: (here, file) => here.updatedAt > file.updatedAt,
  events: () => false,
  reminders: (here, file) => here.firedAt !== undefined && (file.firedAt === undefined || file.firedAt < here.firedAt),
};

/**
 * Imports a JSON export in ONE transaction: either every record is written (existing ids are
 * replaced, so importing the same file twice changes nothing) or none is. A record this database
 * holds in a newer state (see NEWER_HERE) is kept and counted as skipped: an old export never
 * turns a note back, reopens a closed case or un-fires a reminder.
 * @throws StorageError 'invalid' naming the first bad record, or the storage failure that
 *   rolled the import back ('quota', …).
 * @example const { imported, skipped } = await importJsonWithSummary(db, await file.text());
 */
export async function importJsonWithSummary(db: TriadeDb, text: string): Promise<ImportSummary> {
  const file = parseExport(text);
  const inFile = new Set(file.cases.map((c) => c.id));
  return guard(ACTIONS.import, () =>
    db.transaction('rw', [db.cases, db.notes, db.events, db.reminders], async () => {
      // Every note, event and reminder must belong to a case in the file or already on disk.
      const outside = [
        ...new Set([...file.notes, ...file.events, ...file.reminders].map((r) => r.caseId).filter((id) => !inFile.has(id))),
      ];
      if (outside.length) {
        const known = new Set(await db.cases.where('id').anyOf(outside).primaryKeys());
        for (const table of ['notes', 'events', 'reminders'] as const) {
          const i = file[table].findIndex((r) => !inFile.has(r.caseId) && !known.has(r.caseId));
          if (i >= 0) throw invalid(ACTIONS.import, `${table}[${i}].caseId`, `no case with id ${file[table][i]!.caseId}`);
        }
      }
      const summary: ImportSummary = { imported: zero(), skipped: zero() };
      /** The file's rows that are not older than the stored ones (read in this same transaction). */
      const fresher = async <T extends { id: string }>(
        table: keyof ImportCounts,
        rows: T[],
        newerHere: (here: T, file: T) => boolean,
      ) => {
        const stored = await db.table<T, string>(table).bulkGet(rows.map((r) => r.id));
        const keep = rows.filter((row, i) => !(stored[i] && newerHere(stored[i], row)));
        summary.imported[table] = keep.length;
        summary.skipped[table] = rows.length - keep.length;
        return keep;
      };
      await db.cases.bulkPut(await fresher('cases', file.cases, NEWER_HERE.cases));
      await db.notes.bulkPut(await fresher('notes', file.notes, NEWER_HERE.notes));
      await db.events.bulkPut(await fresher('events', file.events, NEWER_HERE.events));
      await db.reminders.bulkPut(await fresher('reminders', file.reminders, NEWER_HERE.reminders));
      return summary;
    }),
  );
}

/**
 * `importJsonWithSummary`, answering only how many records of each table the file now has here.
 * @throws StorageError as importJsonWithSummary.
 */
export async function importJson(db: TriadeDb, text: string): Promise<ImportCounts> {
  return (await importJsonWithSummary(db, text)).imported;
}

/** Whether an import skipped anything because this database held a newer copy. */
export function skippedAny(summary: ImportSummary): boolean {
  const s = summary.skipped;
  return s.cases + s.notes + s.events + s.reminders > 0;
}

// ---- CSV ----------------------------------------------------------------------------------

export interface CsvOptions {
  /** ',' (RFC 4180, default) or ';' (what Excel expects with Dutch regional settings). */
  delimiter?: ',' | ';';
  /** Start with a UTF-8 byte-order mark so Excel shows é and ë correctly. */
  bom?: boolean;
}

type Cell = string | number | boolean | undefined | null;

/**
 * One CSV cell: text that a spreadsheet would run as a formula (= + - @, tab, CR first) gets a
 * leading apostrophe; cells holding the delimiter, quotes or line breaks are quoted (RFC 4180).
 * Numbers and booleans are written as they are: they cannot start a formula.
 */
export function csvCell(value: Cell, delimiter: ',' | ';' = ','): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  if (s.includes(delimiter) || /["\r\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** A CSV document: header row first, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly Cell[][], options: CsvOptions = {}): string {
  const d = options.delimiter ?? ',';
  const lines = [header, ...rows].map((row) => row.map((c) => csvCell(c, d)).join(d));
  return (options.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

const sentimentCols = (prefix: string) => [`${prefix}_label`, `${prefix}_score`, `${prefix}_intensity`];
const sentimentCells = (s: SentimentSnapshot | undefined): Cell[] => [s?.label, s?.score, s?.intensity];

/** Column order of the cases CSV; stable across releases (new columns go at the end). */
export const CASE_CSV_COLUMNS: readonly string[] = [
  'id',
  'opened_at',
  'closed_at',
  'channel',
  'customer_name',
  'customer_type',
  'cause_category',
  'avoidable',
  'avoidable_reason',
  'lang',
  'thread_key',
  ...sentimentCols('sentiment_first'),
  ...sentimentCols('sentiment_close'),
  ...CHECKLIST_IDS.map((id) => `checklist_${id}`),
  'violations',
  'gestures',
  'resolution',
];

/** Cases as CSV, one row per case; lists are joined with " | ". */
export function casesToCsv(cases: readonly Case[], options: CsvOptions = {}): string {
  const rows = cases.map((c): Cell[] => [
    c.id,
    c.openedAt,
    c.closedAt,
    c.channel,
    c.customerName,
    c.customerType,
    c.causeCategory,
    c.avoidable?.flag,
    c.avoidable?.reason,
    c.lang,
    c.threadKey,
    ...sentimentCells(c.sentimentFirst),
    ...sentimentCells(c.sentimentClose),
    ...CHECKLIST_IDS.map((id) => c.checklist?.[id]),
    c.violations?.join(' | '),
    c.gestures?.join(' | '),
    c.resolution,
  ]);
  return toCsv(CASE_CSV_COLUMNS, rows, options);
}

export const NOTE_CSV_COLUMNS: readonly string[] = [
  'id',
  'case_id',
  'created_at',
  'updated_at',
  'tag',
  'text',
  ...sentimentCols('sentiment'),
];

/** Notes as CSV, one row per note. */
export function notesToCsv(notes: readonly Note[], options: CsvOptions = {}): string {
  const rows = notes.map((n): Cell[] => [
    n.id,
    n.caseId,
    n.createdAt,
    n.updatedAt,
    n.tag,
    n.text,
    ...sentimentCells(n.sentiment),
  ]);
  return toCsv(NOTE_CSV_COLUMNS, rows, options);
}

/** Both CSV files from the database, in export order. */
export async function exportCsv(db: TriadeDb, options: CsvOptions = {}): Promise<{ cases: string; notes: string }> {
  const data = await exportData(db);
  return { cases: casesToCsv(data.cases, options), notes: notesToCsv(data.notes, options) };
}
