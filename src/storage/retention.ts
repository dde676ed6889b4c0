/**
 * The retention run (daily from the background, and "apply now" in the options): closed cases
 * past the term go with their notes, events and reminders (src/db deleteOlderThan), and so does
 * the side panel's per-thread memory in storage.local that was not used for as long; entries of
 * older releases that still hold subjects, URLs or draft words are rewritten to hashes.
 */
import { deleteOlderThan, type DeleteCounts, type TriadeDb } from '../db';
import { pruneThreadMemory, type ThreadStorage } from './thread-memory';

/** storage.local key of the term in days (the options page and IT policy write it). */
export const RETENTION_KEY = 'retentionDays';

const asDays = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null);

/**
 * Applies the stored term (`term` overrides it). Without a term nothing is deleted, but the
 * thread memory still loses any text an older release stored.
 * @example await applyRetention(getDb(), browser.storage.local);
 */
export async function applyRetention(
  db: TriadeDb,
  storage: ThreadStorage & { get(keys?: string | null): Promise<Record<string, unknown>> },
  now: Date = new Date(),
  term?: number | null,
): Promise<DeleteCounts> {
  const days = term === undefined ? asDays((await storage.get(RETENTION_KEY))[RETENTION_KEY]) : term;
  const counts = days ? await deleteOlderThan(db, days, now) : { cases: 0, notes: 0, events: 0, reminders: 0 };
  await pruneThreadMemory(storage, days, now.getTime());
  return counts;
}
