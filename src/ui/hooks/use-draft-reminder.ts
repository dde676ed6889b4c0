import { useMemo, useState } from 'preact/hooks';
import type { PhraseLang } from '../../core';
import type { DraftPromiseFound } from '../analysis/run-analysis';
import { addReminder, findByThread, getDb, isStorageError, openCase, type OpenCaseInput } from '../../db';
import { armReminder } from '../../reminders/alarms';

export interface DraftPromiseOffer {
  text: string;
  due: Date;
  key: string;
}

/**
 * Time commitments in the agent's draft ("ik bel u morgen om 15.00 uur terug") with a one-click
 * reminder. The reminder hangs on the thread's case, which is opened here when the thread has none yet.
 */
export function useDraftReminder(
  /** The draft's time commitments, as the analysis worker found them (src/ui/analysis). */
  found: readonly DraftPromiseFound[],
  threadKey: string | null,
  lang: PhraseLang,
  /** What the case starts with when the thread has none yet (name, mood at first contact, …). */
  caseStart: Omit<OpenCaseInput, 'channel' | 'threadKey'> = {},
) {
  const [set, setSet] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const offers = useMemo<DraftPromiseOffer[]>(
    () => (threadKey ? found.map((p) => ({ text: p.text, due: p.due, key: `${threadKey}|${p.due.toISOString()}` })) : []),
    [found, threadKey],
  );

  const remind = async (o: DraftPromiseOffer) => {
    if (!threadKey) return;
    setError(undefined);
    try {
      const db = getDb();
      const existing = await findByThread(db, threadKey);
      const c = existing && !existing.closedAt ? existing : await openCase(db, { ...caseStart, channel: 'email', threadKey });
      const r = await addReminder(db, { caseId: c.id, dueAt: o.due, text: o.text, kind: 'promise' });
      armReminder(r);
      setSet((s) => [...s, o.key]);
    } catch (e) {
      setError(isStorageError(e) ? e.text(lang) : String(e));
    }
  };
  return { offers, isSet: (o: DraftPromiseOffer) => set.includes(o.key), remind, error };
}
