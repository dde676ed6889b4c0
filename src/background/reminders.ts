/**
 * Callback and recall reminders, end to end: an alarm per reminder (`reminder:<id>`), a
 * notification when it goes off, and a click on the notification opens the case.
 * Pure wiring over the case log; the background calls `wireReminders()` once, at start-up.
 * Extension pages arm a reminder with `armReminder` from src/reminders/alarms.ts.
 */
import { browser } from 'wxt/browser';
import { getCase, getDb, markFired, type Reminder, type TriadeDb } from '../db';
import { armReminder, reminderAlarmName, reminderIdOf } from '../reminders/alarms';

/** The parts of the extension API this module uses, so tests can pass fakes. */
export interface ReminderApis {
  alarms: { create(name: string, info: { when: number }): unknown };
  notifications: {
    create(
      id: string,
      options: {
        type: 'basic';
        iconUrl: string;
        title: string;
        message: string;
        priority?: number;
        requireInteraction?: boolean;
      },
    ): unknown;
    clear(id: string): unknown;
  };
  tabs: { create(props: { url: string }): unknown };
  runtime: { getURL(path: string): string };
}

// A plain dot in the accent colour: the manifest has no icon yet, and Chrome refuses a notification without one.
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAeUlEQVR4nO3WMRKAIAxEUW7CET2Ih4bOGUclIRJ2iy1Skv8qTanHWZATedSMSQFY0TAmM+5CZIZdkF3xT8TO+CuCDpAdfyAQ8RtCAFT8QggggAA0APiHSACK3zHFQUIBgB+lFGf5SshwvwfwB2Hu9gJmMFP7IoCl0wE7di2e4xfbqAAAAABJRU5ErkJggg==';

const TEXT = {
  nl: { title: (who: string) => `Triade: ${who}`, anonymous: 'klant zonder naam', open: 'Klik om het dossier te openen.' },
  en: { title: (who: string) => `Triade: ${who}`, anonymous: 'unnamed customer', open: 'Click to open the case.' },
};

/** The page that shows one case. */
export function casePath(caseId: string): string {
  return `/calls.html#case=${encodeURIComponent(caseId)}`;
}

export function defaultApis(): ReminderApis {
  return browser;
}

/**
 * An alarm for every reminder that has not fired yet. Chrome may drop alarms on a browser
 * restart, so the background runs this at start-up; reminders missed while closed fire at once.
 * @returns how many alarms were set.
 */
export async function scheduleReminderAlarms(
  db: TriadeDb = getDb(),
  apis: Pick<ReminderApis, 'alarms'> = defaultApis(),
  now = Date.now(),
): Promise<number> {
  const open = await db.reminders.filter((r) => r.firedAt === undefined).toArray();
  for (const r of open) armReminder(r, apis, now);
  return open.length;
}

/**
 * Shows the notification of a reminder alarm and marks the reminder fired.
 * @returns the reminder, or null for other alarms and reminders that are gone or already shown.
 */
export async function onAlarm(
  alarm: { name: string },
  db: TriadeDb = getDb(),
  apis: ReminderApis = defaultApis(),
  lang: 'nl' | 'en' = uiLang(),
  now: Date = new Date(),
): Promise<Reminder | null> {
  const id = reminderIdOf(alarm.name);
  if (!id) return null;
  const reminder = await db.reminders.get(id);
  if (!reminder || reminder.firedAt !== undefined) return null;
  const c = await getCase(db, reminder.caseId);
  const t = TEXT[lang];
  await apis.notifications.create(reminderAlarmName(id), {
    type: 'basic',
    iconUrl: ICON,
    title: t.title(c?.customerName?.trim() || t.anonymous),
    message: `${reminder.text}\n${t.open}`,
    priority: 2,
    // COMPAT(firefox): Firefox (153 ESR) rejects the whole notification for this property ("Unexpected
    // property"), so there the reminder shows as an ordinary notification.
    ...(import.meta.env.FIREFOX ? {} : { requireInteraction: true }),
  });
  return markFired(db, id, now);
}

/**
 * Opens the case of a clicked reminder notification in a tab.
 * @returns the opened URL, or null when the notification is not a reminder.
 */
export async function onNotificationClick(
  notificationId: string,
  db: TriadeDb = getDb(),
  apis: ReminderApis = defaultApis(),
): Promise<string | null> {
  const id = reminderIdOf(notificationId);
  if (!id) return null;
  const reminder = await db.reminders.get(id);
  const url = apis.runtime.getURL(reminder ? casePath(reminder.caseId) : '/calls.html#cases');
  await apis.tabs.create({ url });
  await Promise.resolve(apis.notifications.clear(notificationId)).catch(() => {});
  return url;
}

/** Registers the listeners; call once, synchronously, when the background starts (MV3 wakes it for them). */
export function wireReminders(apis = browser): void {
  apis.alarms.onAlarm.addListener(
    (alarm) =>
      void storedLang()
        .then((lang) => onAlarm(alarm, getDb(), defaultApis(), lang))
        .catch((e) => console.warn('[triade] reminder alarm', e)),
  );
  apis.notifications.onClicked.addListener(
    (id) => void onNotificationClick(id).catch((e) => console.warn('[triade] reminder click', e)),
  );
  // Reachable from the service worker's DevTools console (and the e2e test, which cannot click a
  // headless notification): \`triadeReminders.click('reminder:<id>')\`. Only the extension's own scope sees it.
  (globalThis as { triadeReminders?: unknown }).triadeReminders = {
    fire: (name: string) => onAlarm({ name }),
    click: (id: string) => onNotificationClick(id),
    schedule: () => scheduleReminderAlarms(),
  };
  apis.runtime.onStartup.addListener(() => void scheduleReminderAlarms().catch(() => {}));
  apis.runtime.onInstalled.addListener(() => void scheduleReminderAlarms().catch(() => {}));
}

/** The panel's language setting (`uiLang` in local storage), else the browser's. */
async function storedLang(): Promise<'nl' | 'en'> {
  const got = await browser.storage.local.get('uiLang').catch(() => ({}));
  const l = (got as Record<string, unknown>).uiLang;
  return l === 'en' || l === 'nl' ? l : uiLang();
}

function uiLang(): 'nl' | 'en' {
  const l = (globalThis.navigator?.language ?? 'nl').toLowerCase();
  return l.startsWith('en') ? 'en' : 'nl';
}
