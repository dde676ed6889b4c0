import { useCallback, useEffect, useState } from 'preact/hooks';
import { addReminder, isStorageError, type Reminder, type ReminderInput, type TriadeDb } from '../../db';
import { armReminder } from '../../reminders/alarms';
import type { UiLang } from '../i18n/ui-lang';

/** Arms the alarm of a new reminder; extension pages may set alarms themselves. Tests pass a fake. */
export type Arm = (r: Reminder) => void;

const armInBrowser: Arm = (r) => {
  try {
    armReminder(r);
  } catch {
    // No alarms API (a test page): the background re-arms every pending reminder at start-up.
  }
};

/** The reminders of a case, and a one-click add that also sets the alarm. */
export function useCaseReminders(db: TriadeDb, caseId: string | null, lang: UiLang, arm: Arm = armInBrowser) {
  const [reminders, setReminders] = useState<Reminder[]>([]);
  const [error, setError] = useState<string>();
  useEffect(() => {
    setReminders([]);
    if (!caseId) return;
    let alive = true;
    db.reminders
      .where('caseId')
      .equals(caseId)
      .toArray()
      .then(
        (rows) => alive && setReminders(rows),
        () => {},
      );
    return () => {
      alive = false;
    };
  }, [db, caseId]);
  const add = useCallback(
    async (input: Omit<ReminderInput, 'caseId'>) => {
      if (!caseId) return null;
      try {
        const r = await addReminder(db, { ...input, caseId, text: input.text.slice(0, 500) });
        arm(r);
        setReminders((list) => [...list, r]);
        setError(undefined);
        return r;
      } catch (e) {
        setError(isStorageError(e) ? e.text(lang) : String((e as Error)?.message ?? e));
        return null;
      }
    },
    [db, caseId, lang, arm],
  );
  return { reminders, add, error };
}
