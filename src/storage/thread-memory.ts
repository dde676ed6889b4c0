/**
 * How the side panel's per-thread memory (dismissed cards and flags, used cards, the chosen
 * customer type) sits in `storage.local`, and how retention prunes it. No text of the page or
 * of the agent is stored: keys hold a hash of the thread (not its subject or URL) and dismissed
 * flags a hash of the flagged words (not the draft), and each entry says when it was last used.
 * Pure (no preact, no browser global): the retention run (./retention.ts), in the background and the options page, uses it too.
 */

/** Every key of the per-thread memory starts with this (erase-everything.ts removes them all). */
export const THREAD_KEY_PREFIX = 'thread:';
/** Keys written since the memory stopped holding text: `thread:h:<hash>`. */
const HASHED_PREFIX = `${THREAD_KEY_PREFIX}h:`;
const DAY_MS = 86_400_000;

export interface ThreadMemory {
  /** Card ids and violation keys the agent hid in this thread. */
  dismissed: string[];
  /** Card ids already inserted in this thread: the same advice is not offered twice. */
  used: string[];
  /** The agent's choice of customer type, if any. */
  customerType?: string;
  /** When the memory last changed (ms since the epoch), for retention. */
  at?: number;
}

/**
 * A 64-bit hash of `text` as 16 hex digits (two 32-bit FNV-1a variants). Not a secret, only a
 * way to recognise the same thread or the same words again without keeping them.
 * @example hashText('gmail:18c2f…') // → 'a41c…' (16 hex digits)
 */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b ^= b >>> 15;
  }
  return a.toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The storage key of a thread's memory (`site:threadId`, or 'paste'). */
export function threadStorageKey(threadKey: string): string {
  return HASHED_PREFIX + hashText(threadKey);
}

/** Violations are remembered by rule and (hashed) wording, not by offset, since offsets move as the agent types. */
export const violationKey = (v: { rule: string; text: string }) => `v:${v.rule}:${hashText(v.text.toLowerCase())}`;

/** The part of `browser.storage.local` retention needs (tests pass a plain object). */
export interface ThreadStorage {
  get(keys?: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** A dismissed entry of an older release, `v:<rule>:<draft words>`, with the words hashed. */
function rehashDismissed(entry: string): string {
  const m = /^v:([^:]*):([\s\S]*)$/.exec(entry);
  return m && !/^[0-9a-f]{16}$/.test(m[2]!) ? violationKey({ rule: m[1]!, text: m[2]! }) : entry;
}

/**
 * Retention for the per-thread memory: entries of older releases (keys with subjects or URLs,
 * flags with draft words) are rewritten to hashes, keeping what the agent decided; with `days`,
 * entries not used for that many days are removed.
 * @example await pruneThreadMemory(browser.storage.local, 90);
 */
export async function pruneThreadMemory(
  storage: ThreadStorage,
  days: number | null,
  now: number = Date.now(),
): Promise<{ rewritten: number; removed: number }> {
  const all = await storage.get(null);
  const cutoff = days === null ? -Infinity : now - days * DAY_MS;
  const writes: Record<string, ThreadMemory> = {};
  const removals: string[] = [];
  let rewritten = 0;
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(THREAD_KEY_PREFIX)) continue;
    const v = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (key.startsWith(HASHED_PREFIX)) {
      if (typeof v.at !== 'number' || v.at < cutoff) removals.push(key);
      continue;
    }
    // An older release's entry: move it to its hashed key, merged with one written since.
    removals.push(key);
    rewritten += 1;
    const target = threadStorageKey(key.slice(THREAD_KEY_PREFIX.length));
    const since = (writes[target] ?? all[target]) as ThreadMemory | undefined;
    const memory: ThreadMemory = {
      dismissed: [...new Set([...strings(v.dismissed).map(rehashDismissed), ...strings(since?.dismissed)])],
      used: [...new Set([...strings(v.used), ...strings(since?.used)])],
      at: Math.max(now, typeof since?.at === 'number' ? since.at : 0),
    };
    const type = since?.customerType ?? (typeof v.customerType === 'string' ? v.customerType : undefined);
    if (type !== undefined) memory.customerType = type;
    writes[target] = memory;
  }
  if (Object.keys(writes).length) await storage.set(writes);
  const gone = removals.filter((k) => !(k in writes));
  if (gone.length) await storage.remove(gone);
  return { rewritten, removed: gone.length - rewritten };
}
