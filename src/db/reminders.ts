/** Follow-up reminders: the callback the agent promised, the recall after a month (seed 000). */
import type { TriadeDb } from './db';
import { ACTIONS, guard, invalid, parseOrThrow } from './errors';
import { newId, reminderSchema, type IsoDate, type Reminder, type ReminderKind } from './schema';

export interface ReminderInput {
  caseId: string;
  dueAt: Date | IsoDate;
  text: string;
  kind: ReminderKind;
}

/**
 * Schedules a reminder.
 * @example await addReminder(db, { caseId, kind: 'callback', dueAt: tomorrow15h, text: 'Terugbellen: levering' });
 */
export async function addReminder(db: TriadeDb, input: ReminderInput): Promise<Reminder> {
  const dueAt =
    input.dueAt instanceof Date ? (Number.isNaN(input.dueAt.getTime()) ? 'invalid' : input.dueAt.toISOString()) : input.dueAt;
  const r = parseOrThrow(reminderSchema, { ...input, dueAt, id: newId() }, ACTIONS.reminder, 'reminder');
  await guard(ACTIONS.reminder, () => db.reminders.add(r));
  return r;
}

/** Reminders due at `now` that have not fired yet, earliest first. */
export function due(db: TriadeDb, now: Date = new Date()): Promise<Reminder[]> {
  return guard(ACTIONS.read, () =>
    db.reminders
      .where('dueAt')
      .belowOrEqual(now.toISOString())
      .filter((r) => r.firedAt === undefined)
      .toArray(),
  );
}

/** Unfired reminders of one case, earliest first (to show "callback tomorrow 15:00" on the case). */
export async function pendingOf(db: TriadeDb, caseId: string): Promise<Reminder[]> {
  const rows = await guard(ACTIONS.read, () => db.reminders.where('caseId').equals(caseId).toArray());
  return rows.filter((r) => r.firedAt === undefined).sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
}

/**
 * Marks a reminder as shown, so `due` does not return it again.
 * @throws StorageError 'invalid' when there is no reminder with this id.
 */
export async function markFired(db: TriadeDb, id: string, now: Date = new Date()): Promise<Reminder> {
  return guard(ACTIONS.reminder, () =>
    db.transaction('rw', db.reminders, async () => {
      const r = await db.reminders.get(id);
      if (!r) throw invalid(ACTIONS.reminder, 'reminder.id', `no reminder with id ${id}`);
      if (r.firedAt !== undefined) return r;
      const fired = parseOrThrow(reminderSchema, { ...r, firedAt: now.toISOString() }, ACTIONS.reminder, 'reminder');
      await db.reminders.put(fired);
      return fired;
    }),
  );
}
