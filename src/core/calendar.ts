/**
 * Calendar steps in local time, built from date parts so they stay right across DST changes.
 * Working days are Monday to Friday; public holidays are not known here.
 */

/** Midnight of the given date, local time. */
export function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** Same wall-clock day plus n calendar days (safe across DST: built from parts). */
export function addDays(d: Date, n: number): Date {
  return new Date(
    d.getFullYear(),
    d.getMonth(),
    d.getDate() + n,
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
    d.getMilliseconds(),
  );
}

/** Same day of the month n months later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(d: Date, n: number): Date {
  const first = new Date(d.getFullYear(), d.getMonth() + n, 1, d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
  const last = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
  first.setDate(Math.min(d.getDate(), last));
  return first;
}

/** Monday to Friday. */
export function isWorkingDay(d: Date): boolean {
  return d.getDay() !== 0 && d.getDay() !== 6;
}

/**
 * `d` itself on a working day, else the Monday after, at the same wall-clock time.
 * @example nextWorkingDay(new Date(2026, 1, 28, 10)) // Mon 2 Mar 2026 10:00 (28 Feb is a Saturday)
 */
export function nextWorkingDay(d: Date): Date {
  let out = d;
  while (!isWorkingDay(out)) out = addDays(out, 1);
  return out;
}

/** n working days after `d`, skipping Saturday and Sunday. */
export function addBusinessDays(d: Date, n: number): Date {
  let out = d;
  for (let i = 0; i < n; i++) out = nextWorkingDay(addDays(out, 1));
  return out;
}
