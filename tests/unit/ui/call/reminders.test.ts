import { describe, expect, it } from 'vitest';
import { addReminder, openCase } from '../../../../src/db';
import { onAlarm, onNotificationClick, scheduleReminderAlarms, type ReminderApis } from '../../../../src/background/reminders';
import { at, freshDb } from '../../db/helpers';

function fakeApis() {
  const log = {
    alarms: [] as Array<[string, number]>,
    shown: [] as Array<[string, { title: string; message: string }]>,
    tabs: [] as string[],
    cleared: [] as string[],
  };
  const apis: ReminderApis = {
    alarms: { create: (name, info) => void log.alarms.push([name, info.when]) },
    notifications: { create: (id, o) => void log.shown.push([id, o]), clear: (id) => void log.cleared.push(id) },
    tabs: { create: ({ url }) => void log.tabs.push(url) },
    runtime: { getURL: (p) => `chrome-extension://abc${p}` },
  };
  return { apis, log };
}

describe('reminders in the background', () => {
  it('arms an alarm per pending reminder; an overdue one goes off within a second', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' }, at(0));
    const later = await addReminder(db, { caseId: c.id, kind: 'callback', dueAt: at(60), text: 'Terugbellen' });
    const overdue = await addReminder(db, { caseId: c.id, kind: 'promise', dueAt: at(-5), text: 'Mail sturen' });
    const { apis, log } = fakeApis();
    expect(await scheduleReminderAlarms(db, apis, at(0).getTime())).toBe(2);
    expect(Object.fromEntries(log.alarms)).toEqual({
      [`reminder:${later.id}`]: at(60).getTime(),
      [`reminder:${overdue.id}`]: at(0).getTime() + 1000,
    });
  });

  it('shows a notification with the customer and the text, once, and a click opens the case', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone', customerName: 'Jansen' }, at(0));
    const r = await addReminder(db, { caseId: c.id, kind: 'callback', dueAt: at(1), text: 'Terugbellen: printer' });
    const { apis, log } = fakeApis();
    const fired = await onAlarm({ name: `reminder:${r.id}` }, db, apis, 'nl', at(1));
    expect(fired?.firedAt).toBe(at(1).toISOString());
    expect(log.shown).toHaveLength(1);
    expect(log.shown[0]![1].title).toContain('Jansen');
    expect(log.shown[0]![1].message).toContain('Terugbellen: printer');
    // The same alarm again (Chrome may repeat it after a restart) shows nothing new.
    expect(await onAlarm({ name: `reminder:${r.id}` }, db, apis, 'nl', at(2))).toBeNull();
    expect(log.shown).toHaveLength(1);
    // Other alarms are not ours.
    expect(await onAlarm({ name: 'model-keepalive' }, db, apis)).toBeNull();
    expect(await onNotificationClick(`reminder:${r.id}`, db, apis)).toBe(`chrome-extension://abc/calls.html#case=${c.id}`);
    expect(log.tabs).toEqual([`chrome-extension://abc/calls.html#case=${c.id}`]);
    expect(log.cleared).toEqual([`reminder:${r.id}`]);
  });
});
