import { describe, expect, it } from 'vitest';
import { addNote, closeCase, openCase } from '../../../src/db';
import { applyRetention } from '../../../src/storage/retention';
import { threadStorageKey, violationKey } from '../../../src/storage/thread-memory';
import { at, DAY_MIN, freshDb } from '../db/helpers';

/** storage.local as the retention job sees it. */
function memoryStorage(init: Record<string, unknown>) {
  const data: Record<string, unknown> = structuredClone(init);
  return {
    data,
    async get(keys?: string | null) {
      if (typeof keys === 'string') return keys in data ? { [keys]: structuredClone(data[keys]) } : {};
      return structuredClone(data);
    },
    async set(items: Record<string, unknown>) {
      Object.assign(data, structuredClone(items));
    },
    async remove(keys: string | string[]) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

const SUBJECT = 'Re: Uw factuur 2026-11 van Jansen';
const DRAFT_SNIPPET = 'sorry maar daar kan ik niets aan doen';

describe('the daily retention job', () => {
  it('prunes the side panel’s per-thread memory with the case log, and leaves no subject, URL or draft text in storage', async () => {
    const db = await freshDb();
    const now = at(100 * DAY_MIN);
    const closed = await openCase(db, { channel: 'email', threadKey: 'gmail:t1' }, at(0));
    await addNote(db, closed.id, 'oud', 'none', at(1));
    await closeCase(db, closed.id, {}, at(2));
    const recentMs = now.getTime() - 2 * 86_400_000;
    const storage = memoryStorage({
      retentionDays: 30,
      uiLang: 'nl',
      // Left by an older release: the key holds the subject, the flags hold the agent's draft.
      [`thread:gmail:${SUBJECT}`]: { dismissed: [`v:sorry_but:${DRAFT_SNIPPET}`, 'empathy.nl.1'], used: ['apology.nl.2'] },
      [`thread:generic:https://crm.example.com/klant/884213?naam=Jansen`]: { dismissed: [], used: [] },
      // Written by this release: ids and hashes only, with the time the thread was last touched.
      [threadStorageKey('gmail:old-thread')]: { dismissed: ['empathy.nl.3'], used: [], at: at(1).getTime() },
      [threadStorageKey('gmail:recent-thread')]: { dismissed: ['empathy.nl.4'], used: [], at: recentMs },
    });

    await applyRetention(db, storage, now);

    expect(await db.cases.count()).toBe(0);
    const dump = JSON.stringify(storage.data);
    for (const text of ['Uw factuur', 'Jansen', 'crm.example.com', '884213', DRAFT_SNIPPET, 'sorry maar'])
      expect(dump).not.toContain(text);
    // The old thread is gone, the recent one stays.
    expect(storage.data[threadStorageKey('gmail:old-thread')]).toBeUndefined();
    expect(storage.data[threadStorageKey('gmail:recent-thread')]).toMatchObject({ dismissed: ['empathy.nl.4'] });
    // What the agent hid in the legacy thread is still hidden: same choices, now keyed by hash.
    const migrated = storage.data[threadStorageKey(`gmail:${SUBJECT}`)] as { dismissed: string[]; used: string[] };
    expect(migrated.dismissed).toEqual([violationKey({ rule: 'sorry_but', text: DRAFT_SNIPPET }), 'empathy.nl.1']);
    expect(migrated.used).toEqual(['apology.nl.2']);
    expect(storage.data).toMatchObject({ retentionDays: 30, uiLang: 'nl' });
  });

  it('without a retention term keeps every thread but still removes the text from the keys', async () => {
    const db = await freshDb();
    const storage = memoryStorage({ [`thread:gmail:${SUBJECT}`]: { dismissed: [`v:sorry_but:${DRAFT_SNIPPET}`], used: [] } });
    await applyRetention(db, storage, at(0));
    expect(Object.keys(storage.data)).toEqual([threadStorageKey(`gmail:${SUBJECT}`)]);
    expect(JSON.stringify(storage.data)).not.toContain('sorry maar');
  });
});
