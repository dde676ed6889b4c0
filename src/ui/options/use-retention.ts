import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DeleteCounts, TriadeDb } from '../../db';
import { applyRetention, RETENTION_KEY } from '../../storage/retention';

/** storage.local key read by the background's daily retention run (src/storage/retention.ts). */
export { RETENTION_KEY };

const asDays = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null);

/**
 * The retention setting (days, or null = keep everything), live; what IT policy asks for, if
 * anything; and running it now.
 */
export function useRetention(db: TriadeDb) {
  const [days, setDays] = useState<number | null>(null);
  const [policyDays, setPolicyDays] = useState<number | null>(null);
  useEffect(() => {
    let alive = true;
    void browser.storage.local.get(RETENTION_KEY).then((got) => alive && setDays(asDays(got[RETENTION_KEY])));
    // COMPAT(firefox): no managed storage without a policy: the read rejects; then there is no policy.
    void browser.storage.managed
      ?.get(RETENTION_KEY)
      .then((got) => alive && setPolicyDays(asDays(got[RETENTION_KEY])))
      .catch(() => {});
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && RETENTION_KEY in changes) setDays(asDays(changes[RETENTION_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const save = useCallback(async (next: number | null) => {
    setDays(next);
    if (next === null) await browser.storage.local.remove(RETENTION_KEY);
    else await browser.storage.local.set({ [RETENTION_KEY]: next });
  }, []);

  // The same run as the background's daily one: the case log and the per-thread memory.
  const applyNow = useCallback(
    (): Promise<DeleteCounts> =>
      days
        ? applyRetention(db, browser.storage.local, new Date(), days)
        : Promise.resolve({ cases: 0, notes: 0, events: 0, reminders: 0 }),
    [db, days],
  );

  return { days, policyDays, save, applyNow };
}
