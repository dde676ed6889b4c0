/**
 * The local case log: one Dexie database per browser profile, reachable from extension pages
 * only (never from content scripts). The version history below is the schema's real history:
 * never edit an old version, add a new one.
 */
import Dexie, { type Table } from 'dexie';
import { ACTIONS, toStorageError } from './errors';
import {
  AVOIDABLE_CAUSES,
  type Case,
  type CaseEvent,
  type CauseCategory,
  type Note,
  type Reminder,
  type Setting,
} from './schema';

export const DB_NAME = 'triade';

/**
 * Index specs per version. Exported so migration tests can build a database exactly as an
 * older release left it.
 */
export const STORES = {
  1: {
    cases: 'id, openedAt',
    notes: 'id, caseId',
    settings: 'key',
  },
  2: {
    cases: 'id, openedAt, closedAt',
    // [caseId+createdAt]: a case's notes in typing order without sorting in memory.
    notes: 'id, caseId, [caseId+createdAt]',
    events: 'id, caseId, at',
    reminders: 'id, caseId, dueAt',
    settings: 'key',
  },
  3: {
    // threadKey: find the case of an e-mail thread that is opened again.
    cases: 'id, openedAt, closedAt, threadKey',
    notes: 'id, caseId, [caseId+createdAt]',
    events: 'id, caseId, at',
    reminders: 'id, caseId, dueAt',
    settings: 'key',
  },
} as const;

export const DB_VERSION = 3;

/** Options for tests and benchmarks running outside a browser (fake-indexeddb). */
export interface DbDeps {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class TriadeDb extends Dexie {
  cases!: Table<Case, string>;
  notes!: Table<Note, string>;
  events!: Table<CaseEvent, string>;
  reminders!: Table<Reminder, string>;
  settings!: Table<Setting, string>;

  constructor(name: string = DB_NAME, deps: DbDeps = {}) {
    super(name, {
      ...(deps.indexedDB ? { indexedDB: deps.indexedDB } : {}),
      ...(deps.IDBKeyRange ? { IDBKeyRange: deps.IDBKeyRange } : {}),
    });

    // v1 (first release): cases, notes without updatedAt, settings.
    this.version(1).stores(STORES[1]);

    // v2: events and reminders; notes get updatedAt and a per-case order index.
    this.version(2)
      .stores(STORES[2])
      .upgrade((tx) =>
        tx
          .table('notes')
          .toCollection()
          .modify((n: Record<string, unknown>) => {
            if (typeof n.updatedAt !== 'string') n.updatedAt = n.createdAt;
            if (typeof n.tag !== 'string') n.tag = 'none';
          }),
      );

    // v3: avoidable-contact flag (seed 003) and threadKey on cases. Old rows get a flag that
    // follows their cause, so the dashboard's avoidable count covers history too.
    this.version(3)
      .stores(STORES[3])
      .upgrade((tx) =>
        tx
          .table('cases')
          .toCollection()
          .modify((c: Record<string, unknown>) => {
            if (typeof c.avoidable !== 'object' || c.avoidable === null) {
              const cause = c.causeCategory as CauseCategory | undefined;
              c.avoidable = cause && AVOIDABLE_CAUSES.includes(cause) ? { flag: true, reason: cause } : { flag: false };
            }
          }),
      );
  }
}

/**
 * Opens (creating or upgrading as needed) a Triade database. Tests pass a fresh name and
 * fake-indexeddb's factory in `deps`.
 * @throws StorageError 'blocked' when another window holds an incompatible version open.
 */
export async function openDb(name: string = DB_NAME, deps: DbDeps = {}): Promise<TriadeDb> {
  const db = new TriadeDb(name, deps);
  try {
    await db.open();
  } catch (e) {
    db.close();
    throw toStorageError(e, ACTIONS.open);
  }
  return db;
}

let shared: TriadeDb | undefined;

/** The extension pages' shared database (opened lazily by Dexie on first use). */
export function getDb(): TriadeDb {
  shared ??= new TriadeDb(DB_NAME);
  return shared;
}
