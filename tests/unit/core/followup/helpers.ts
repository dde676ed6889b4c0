/** Fixed clocks for the follow-up tests (local time; weekday in the name). */
export const FRI_PM = new Date(2026, 10, 27, 15, 30); // Friday 27 Nov 2026, 15:30
export const SAT_NOON = new Date(2026, 10, 28, 12, 0); // Saturday 28 Nov 2026
export const MON_END_OF_MONTH = new Date(2026, 10, 30, 9, 0); // Monday 30 Nov 2026, 09:00
export const WED_EVENING = new Date(2026, 10, 25, 18, 0); // Wednesday 25 Nov 2026, 18:00
export const THU_NEW_YEARS_EVE = new Date(2026, 11, 31, 11, 0); // Thursday 31 Dec 2026, 11:00

/** 'YYYY-MM-DD HH:MM' in local time, so a failing test shows the date a user would see. */
export function local(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
