import { describe, expect, it } from 'vitest';
import { nextTimeSlot } from '../../../../src/core/suggest';
import {
  FRIDAY_AFTERNOON,
  SATURDAY_MORNING,
  SUNDAY_EVENING,
  THURSDAY_LATE,
  TUESDAY_AFTERNOON,
  TUESDAY_MORNING,
} from './fixtures';

describe('nextTimeSlot', () => {
  it.each([
    ['Tuesday 09:30', TUESDAY_MORNING, 'vandaag om 16.00 uur', 'today at 4 pm'],
    ['Tuesday 11:59', new Date(2026, 10, 24, 11, 59), 'vandaag om 16.00 uur', 'today at 4 pm'],
    ['Tuesday 12:00', new Date(2026, 10, 24, 12, 0), 'morgen om 15.00 uur', 'tomorrow at 3 pm'],
    ['Tuesday 14:00', TUESDAY_AFTERNOON, 'morgen om 15.00 uur', 'tomorrow at 3 pm'],
    ['Thursday 16:00', THURSDAY_LATE, 'morgen om 15.00 uur', 'tomorrow at 3 pm'],
    ['Friday 10:00', new Date(2026, 10, 27, 10, 0), 'vandaag om 16.00 uur', 'today at 4 pm'],
    ['Friday 16:00', FRIDAY_AFTERNOON, 'maandag om 15.00 uur', 'on Monday at 3 pm'],
    ['Saturday 10:00', SATURDAY_MORNING, 'maandag om 15.00 uur', 'on Monday at 3 pm'],
    ['Sunday 20:00', SUNDAY_EVENING, 'morgen om 15.00 uur', 'tomorrow at 3 pm'],
  ])('%s → "%s" / "%s"', (_label, now, nl, en) => {
    expect(nextTimeSlot(now, 'nl').text).toBe(nl);
    expect(nextTimeSlot(now, 'en').text).toBe(en);
  });

  it('puts the Friday-afternoon slot on Monday at 15:00, never on the weekend', () => {
    const slot = nextTimeSlot(FRIDAY_AFTERNOON, 'nl');
    expect(slot.date.getDay()).toBe(1);
    expect(slot.date.getDate()).toBe(30);
    expect(slot.date.getHours()).toBe(15);
    expect(slot.day).toBe('maandag');
    expect(slot.time).toBe('15.00 uur');
  });

  it('crosses a month end', () => {
    const slot = nextTimeSlot(new Date(2026, 8, 30, 13, 0), 'en'); // Wednesday 30 September, afternoon
    expect(slot.date.getMonth()).toBe(9);
    expect(slot.date.getDate()).toBe(1);
    expect(slot.text).toBe('tomorrow at 3 pm');
  });

  it('falls back to a relative slot on an invalid clock instead of naming a wrong weekday', () => {
    expect(nextTimeSlot(new Date(Number.NaN), 'nl').text).toBe('morgen om 15.00 uur');
    expect(nextTimeSlot(new Date(Number.NaN), 'en').text).toBe('tomorrow at 3 pm');
  });
});
