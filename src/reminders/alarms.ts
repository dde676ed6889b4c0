/**
 * The alarm of a reminder: its name (`reminder:<id>`) and setting it. Shared by the background,
 * which re-arms every open reminder at start-up and shows the notification when one goes off
 * (src/background/reminders.ts), and the extension pages, which arm a reminder right after
 * `addReminder` (alarms are open to every extension context).
 */
import { browser } from 'wxt/browser';
import type { Reminder } from '../db';

export const ALARM_PREFIX = 'reminder:';

/** The part of the extension API arming needs, so tests can pass a fake. */
export interface AlarmApis {
  alarms: { create(name: string, info: { when: number }): unknown };
}

export function reminderAlarmName(id: string): string {
  return ALARM_PREFIX + id;
}

/** The reminder id in an alarm or notification name, or null when the name is not ours. */
export function reminderIdOf(name: string): string | null {
  return name.startsWith(ALARM_PREFIX) && name.length > ALARM_PREFIX.length ? name.slice(ALARM_PREFIX.length) : null;
}

/** Sets (or resets) the alarm of one reminder; an overdue reminder goes off in a second. */
export function armReminder(reminder: Pick<Reminder, 'id' | 'dueAt'>, apis: AlarmApis = browser, now = Date.now()): void {
  const due = Date.parse(reminder.dueAt);
  void Promise.resolve(
    apis.alarms.create(reminderAlarmName(reminder.id), { when: Math.max(Number.isNaN(due) ? now : due, now + 1000) }),
  ).catch(() => {});
}
