/** Small key/value preferences (retention days, UI language …), validated on the way in and out. */
import type { z } from 'zod';
import type { TriadeDb } from './db';
import { ACTIONS, guard, parseOrThrow } from './errors';
import { settingSchema } from './schema';

/**
 * Reads a setting through `schema`. A missing value, or one an older release stored in another
 * shape, gives `fallback` instead of breaking the page.
 * @example const days = await getSetting(db, 'retentionDays', z.number().int().min(1), 365);
 */
export async function getSetting<S extends z.ZodType>(
  db: TriadeDb,
  key: string,
  schema: S,
  fallback: z.output<S>,
): Promise<z.output<S>> {
  const row = await guard(ACTIONS.read, () => db.settings.get(key));
  if (!row) return fallback;
  const r = schema.safeParse(row.value);
  return r.success ? r.data : fallback;
}

/**
 * Stores a JSON-safe setting value.
 * @throws StorageError 'invalid' for a bad key or a value JSON cannot hold.
 */
export async function setSetting(db: TriadeDb, key: string, value: unknown): Promise<void> {
  const row = parseOrThrow(settingSchema, { key, value }, ACTIONS.setting, 'setting');
  await guard(ACTIONS.setting, () => db.settings.put(row));
}

/** Removes a setting, so readers get their fallback again. */
export function deleteSetting(db: TriadeDb, key: string): Promise<void> {
  return guard(ACTIONS.setting, () => db.settings.delete(key));
}
