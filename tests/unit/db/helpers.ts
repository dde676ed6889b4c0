import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { openDb, type DbDeps, type TriadeDb } from '../../../src/db';

export const deps: DbDeps = { indexedDB, IDBKeyRange };

// liveQuery reads Dexie's global dependencies (taken from globalThis when dexie loads), not
// the per-database ones: point them at fake-indexeddb too, as a browser would have them.
Dexie.dependencies.indexedDB ??= indexedDB;
Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;

let n = 0;
/** A unique database name per test, so tests never see each other's rows. */
export function freshName(prefix = 'test'): string {
  n += 1;
  return `${prefix}-${n}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A new, empty, opened Triade database on fake-indexeddb. */
export function freshDb(): Promise<TriadeDb> {
  return openDb(freshName(), deps);
}

/** A fixed clock: 25 Nov 2026 at 14:00 UTC plus `minutes`. */
export function at(minutes = 0): Date {
  return new Date(Date.UTC(2026, 10, 25, 14, 0) + minutes * 60_000);
}
export const DAY_MIN = 24 * 60;
