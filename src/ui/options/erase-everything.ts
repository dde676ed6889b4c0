import { eraseAll, type TriadeDb } from '../../db';
import { THREAD_KEY_PREFIX } from '../../storage/thread-memory';

/** The part of `browser.storage.local` needed here (tests pass a plain object). */
export interface KeyStorage {
  get(keys?: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

/** storage.local keys of what the side panel remembers per conversation (src/storage/thread-memory.ts). */
export { THREAD_KEY_PREFIX };

/**
 * Erases the case log (cases, notes, events, reminders) and the side panel's per-conversation
 * memory. Settings and phrase packs stay. Counts first so the page can say what went.
 * @example const { cases, threads } = await eraseEverything(getDb(), browser.storage.local);
 */
export async function eraseEverything(db: TriadeDb, storage: KeyStorage): Promise<{ cases: number; threads: number }> {
  const cases = await db.cases.count();
  await eraseAll(db);
  const keys = Object.keys(await storage.get(null)).filter((k) => k.startsWith(THREAD_KEY_PREFIX));
  if (keys.length) await storage.remove(keys);
  return { cases, threads: keys.length };
}
