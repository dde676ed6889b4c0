/**
 * The time axis of the dashboard's "over time" charts: the bucket unit for a period's length,
 * the buckets' first days, and which bucket a case falls in; plus a fast reader of stored dates.
 */
export const DAY_MS = 86_400_000;

export type BucketUnit = 'day' | 'week' | 'month';

/** The time axis of the "over time" charts. */
export interface Buckets {
  unit: BucketUnit;
  /** First local day of each bucket, `YYYY-MM-DD`; weeks start on Monday (as in the Netherlands). */
  starts: string[];
}

/**
 * Per day up to six weeks, per week up to about a year and a half, per month beyond:
 * enough bars to see a trend, few enough to read.
 * @example bucketUnitFor(30 * DAY_MS) === 'day'; bucketUnitFor(365 * DAY_MS) === 'week'
 */
export function bucketUnitFor(spanMs: number): BucketUnit {
  if (spanMs <= 42 * DAY_MS) return 'day';
  if (spanMs <= 550 * DAY_MS) return 'week';
  return 'month';
}

const ymd = (localMs: number) => new Date(localMs).toISOString().slice(0, 10);

/** Start (in shifted "local" milliseconds) of the bucket that holds `localMs`. */
function bucketStart(localMs: number, unit: BucketUnit): number {
  const dayStart = Math.floor(localMs / DAY_MS) * DAY_MS;
  if (unit === 'day') return dayStart;
  if (unit === 'week') {
    const weekday = (new Date(dayStart).getUTCDay() + 6) % 7; // Monday = 0
    return dayStart - weekday * DAY_MS;
  }
  const d = new Date(dayStart);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

export interface Axis {
  buckets: Buckets;
  /** Bucket index of a case opened at UTC time `ms`. */
  indexOf(ms: number): number;
}

/** The axis from `fromMs` to `toMs` (UTC), with day boundaries `offsetMs` east of UTC. */
export function makeAxis(fromMs: number, toMs: number, offsetMs: number): Axis {
  const unit = bucketUnitFor(toMs - fromMs);
  const first = bucketStart(fromMs + offsetMs, unit);
  const last = bucketStart(Math.max(fromMs, toMs - 1) + offsetMs, unit);
  const starts: string[] = [];
  if (unit === 'month') {
    const a = new Date(first);
    const b = new Date(last);
    const y0 = a.getUTCFullYear();
    const m0 = a.getUTCMonth();
    const n = (b.getUTCFullYear() - y0) * 12 + (b.getUTCMonth() - m0) + 1;
    for (let i = 0; i < n; i++) starts.push(ymd(Date.UTC(y0, m0 + i, 1)));
    return {
      buckets: { unit, starts },
      indexOf(ms) {
        const d = new Date(ms + offsetMs);
        return (d.getUTCFullYear() - y0) * 12 + (d.getUTCMonth() - m0);
      },
    };
  }
  const step = unit === 'day' ? DAY_MS : 7 * DAY_MS;
  for (let t = first; t <= last; t += step) starts.push(ymd(t));
  return { buckets: { unit, starts }, indexOf: (ms) => Math.floor((ms + offsetMs - first) / step) };
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * Milliseconds of a stored date (`toISOString()` form, `2026-11-25T14:03:00.000Z`), computed from
 * the digits: three times faster than Date.parse, which is a quarter of the pass at 100,000 cases.
 * Any other form falls back to Date.parse.
 * @example isoMs('2026-11-25T14:03:00.000Z') === Date.parse('2026-11-25T14:03:00.000Z')
 */
export function isoMs(s: string): number {
  if (s.length !== 24 || s.charCodeAt(23) !== 90 /* Z */ || s.charCodeAt(10) !== 84 /* T */) return Date.parse(s);
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  // Days since 1970-01-01 of a civil date (years counted from March, so leap days fall last).
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const days = era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
  const hh = digit(s, 11) * 10 + digit(s, 12);
  const mi = digit(s, 14) * 10 + digit(s, 15);
  const ss = digit(s, 17) * 10 + digit(s, 18);
  const ms = digit(s, 20) * 100 + digit(s, 21) * 10 + digit(s, 22);
  return ((days * 24 + hh) * 60 + mi) * 60_000 + ss * 1000 + ms;
}
