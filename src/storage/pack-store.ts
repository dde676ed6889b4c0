/**
 * Installed team phrase packs, kept in extension storage (local) under one key so every extension
 * page — the dashboard that installs them, the side panel that uses them — sees the same list.
 * A pack pushed by IT (managed storage) is listed too, read-only.
 *
 * Functions take the storage area as a parameter: tests pass a plain object, pages pass
 * `browser.storage.local`.
 */
import { z } from 'zod';
import { parsePack, phrasePackSchema, type PhrasePack } from '../core/knowledge/phrase-pack';

/** storage.local key of the packs the team lead installed. */
export const PACKS_KEY = 'phrasePacks';
/** storage.local key where the background mirrors the pack from managed storage (src/background/managed.ts). */
export const MANAGED_PACK_KEY = 'managedPhrasePack';

export interface InstalledPack {
  pack: PhrasePack;
  installedAt: string;
  /** `managed`: pushed by policy, cannot be removed here. */
  source: 'user' | 'managed';
}

export interface PackStorage {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const storedSchema = z.object({
  pack: phrasePackSchema,
  installedAt: z.string(),
  source: z.enum(['user', 'managed']).catch('user'),
});

/** Entries that no longer parse (edited by hand, older format) are left out rather than breaking the panel. */
function readList(raw: unknown, source: InstalledPack['source']): InstalledPack[] {
  if (!Array.isArray(raw)) return [];
  const out: InstalledPack[] = [];
  for (const entry of raw) {
    const r = storedSchema.safeParse(entry);
    if (r.success) out.push({ ...r.data, source });
  }
  return out;
}

/** Every installed pack: the managed one first (policy wins), then the team lead's in install order. */
export async function readPacks(storage: PackStorage): Promise<InstalledPack[]> {
  const got = await storage.get([PACKS_KEY, MANAGED_PACK_KEY]);
  const managed = readList(got[MANAGED_PACK_KEY] === undefined ? [] : [got[MANAGED_PACK_KEY]], 'managed');
  const user = readList(got[PACKS_KEY], 'user').filter((u) => !managed.some((m) => m.pack.id === u.pack.id));
  return [...managed, ...user];
}

export type InstallResult = { ok: true; pack: PhrasePack; replaced: boolean } | { ok: false; error: string; field: string };

/**
 * Validates and installs a pack (the file's text or parsed JSON). A pack with an id already
 * installed replaces it; an invalid pack changes nothing.
 */
export async function installPack(storage: PackStorage, file: unknown, now: Date = new Date()): Promise<InstallResult> {
  const parsed = parsePack(file);
  if (!parsed.ok) return parsed;
  const got = await storage.get([PACKS_KEY, MANAGED_PACK_KEY]);
  const managedId = (got[MANAGED_PACK_KEY] as { pack?: { id?: unknown } } | undefined)?.pack?.id;
  if (managedId === parsed.pack.id)
    return {
      ok: false,
      field: 'id',
      error: `id: "${parsed.pack.id}" is set by your organisation's policy and cannot be replaced here`,
    };
  const list = readList(got[PACKS_KEY], 'user');
  const replaced = list.some((p) => p.pack.id === parsed.pack.id);
  const next = [
    ...list.filter((p) => p.pack.id !== parsed.pack.id),
    { pack: parsed.pack, installedAt: now.toISOString(), source: 'user' as const },
  ];
  await storage.set({ [PACKS_KEY]: next });
  return { ok: true, pack: parsed.pack, replaced };
}

/** Removes an installed pack by id (managed packs are not in this list and stay). */
export async function removePack(storage: PackStorage, id: string): Promise<void> {
  const got = await storage.get(PACKS_KEY);
  const list = readList(got[PACKS_KEY], 'user');
  await storage.set({ [PACKS_KEY]: list.filter((p) => p.pack.id !== id) });
}
