/**
 * Settings an organisation pushes through browser policy (`storage.managed`, schema in
 * public/managed_schema.json): a team phrase pack and defaults for the UI language, the engine,
 * model downloads, case-log retention and the form of address (je / u). Example policy: docs/managed-policy.example.json.
 *
 * Graceful by design: Firefox without a policy (and Chrome without one) has no managed data, or
 * rejects the read; then nothing is applied and nothing breaks. Each field is checked on its own,
 * so one bad value does not throw away the rest.
 *
 * Defaults, not locks: a value the user already chose stays; the pack is mirrored into
 * storage.local so every extension page lists it (read-only) beside the team lead's packs.
 */
import { z } from 'zod';
import { parsePack, type PhrasePack } from '../core/knowledge/phrase-pack';
import { MODEL_SETTINGS_KEY, writeModelSettings } from '../model/settings';
import { MANAGED_PACK_KEY } from '../storage/pack-store';
import { REGISTER_SETTINGS, REPLY_REGISTER_KEY } from '../storage/reply-register';
import type { RegisterSetting } from '../core/types';

/** The policy names, as declared in public/managed_schema.json. */
export const MANAGED_KEYS = ['phrasePack', 'uiLang', 'engine', 'allowModelDownload', 'retentionDays', 'replyRegister'] as const;

export interface ManagedConfig {
  pack?: PhrasePack;
  uiLang?: 'nl' | 'en';
  engine?: 'lexicon' | 'model';
  allowModelDownload?: boolean;
  retentionDays?: number;
  /** The team's form of address: follow the customer, always "je" (informal) or always "u" (formal). */
  replyRegister?: RegisterSetting;
  /** One line per policy value that was refused, for the console and the options page. */
  problems: string[];
}

export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
}
export interface WritableAreaLike extends StorageAreaLike {
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const fields = {
  uiLang: z.enum(['nl', 'en']),
  engine: z.enum(['lexicon', 'model']),
  allowModelDownload: z.boolean(),
  retentionDays: z.number().int().min(1).max(3650),
  replyRegister: z.enum(REGISTER_SETTINGS),
};

/**
 * Reads and checks the managed policy. Never throws: no managed area, no policy, or a browser
 * that refuses the read all give an empty config.
 * @example const policy = await readManaged(browser.storage.managed); policy.uiLang // 'nl'
 */
export async function readManaged(area: StorageAreaLike | undefined): Promise<ManagedConfig> {
  const out: ManagedConfig = { problems: [] };
  let raw: Record<string, unknown>;
  try {
    // COMPAT(firefox): without a policy Firefox rejects with "Managed storage manifest not found".
    raw = area ? await area.get([...MANAGED_KEYS]) : {};
  } catch {
    return out;
  }
  for (const key of Object.keys(fields) as Array<keyof typeof fields>) {
    if (raw[key] === undefined) continue;
    const r = fields[key].safeParse(raw[key]);
    if (r.success) (out as unknown as Record<string, unknown>)[key] = r.data;
    else out.problems.push(`${key}: ${r.error.issues[0]?.message ?? 'invalid'}`);
  }
  if (raw.phrasePack !== undefined) {
    // Windows registry policies often carry objects as JSON text; parsePack accepts both.
    const r = parsePack(raw.phrasePack);
    if (r.ok) out.pack = r.pack;
    else out.problems.push(`phrasePack.${r.error}`);
  }
  return out;
}

/**
 * Applies a managed config to storage.local: mirrors the pack (or removes a pack the policy no
 * longer sets), and fills the UI language and model settings when the user has not chosen yet.
 * Returns the retention the policy asks for, which the caller applies to the case log.
 */
export async function applyManaged(
  config: ManagedConfig,
  local: WritableAreaLike,
  now: Date = new Date(),
): Promise<{ retentionDays?: number }> {
  if (config.pack)
    await local.set({ [MANAGED_PACK_KEY]: { pack: config.pack, installedAt: now.toISOString(), source: 'managed' } });
  else await local.remove(MANAGED_PACK_KEY);
  const have = await local.get(['uiLang', MODEL_SETTINGS_KEY, REPLY_REGISTER_KEY]);
  if (config.uiLang && have.uiLang === undefined) await local.set({ uiLang: config.uiLang });
  if (config.replyRegister && have[REPLY_REGISTER_KEY] === undefined)
    await local.set({ [REPLY_REGISTER_KEY]: config.replyRegister });
  if (have[MODEL_SETTINGS_KEY] === undefined && (config.engine !== undefined || config.allowModelDownload !== undefined)) {
    await writeModelSettings(local, {
      ...(config.engine !== undefined ? { engine: config.engine } : {}),
      ...(config.allowModelDownload !== undefined ? { allowDownload: config.allowModelDownload } : {}),
    });
  }
  return config.retentionDays !== undefined ? { retentionDays: config.retentionDays } : {};
}

/** The part of `browser` the policy reader needs (passed in: this file imports no browser global). */
export interface BrowserLike {
  storage: {
    managed?: StorageAreaLike;
    local: WritableAreaLike;
    onChanged: { addListener(cb: (changes: Record<string, unknown>, area: string) => void): void };
  };
}

/**
 * Reads the policy now and again whenever the administrator changes it. Call once from the
 * background's main(). `onRetention` receives the policy's retention in days (to store as the
 * `retentionDays` setting / run deleteOlderThan).
 */
export function startManagedPolicy(b: BrowserLike, onRetention?: (days: number) => void): Promise<ManagedConfig> {
  const run = async () => {
    const config = await readManaged(b.storage.managed);
    if (config.problems.length) console.warn('[triade] managed policy values refused:', config.problems);
    const { retentionDays } = await applyManaged(config, b.storage.local);
    if (retentionDays !== undefined) onRetention?.(retentionDays);
    return config;
  };
  b.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void run();
  });
  return run();
}
