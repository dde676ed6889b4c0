/**
 * The team lead's figures over the case log: pure functions over `Case[]`, no database access,
 * so they run the same in Node (tests, benchmarks) and in the dashboard page.
 *
 * Seed 000, point 5: every reaction is a lesson for the organisation. These aggregates are how
 * the lessons become visible: why customers get in touch, which contacts were avoidable
 * (seed 003's "waardeloze contacten"), which triad step agents skip, whether the customer's mood
 * improved, which "what not to say" phrases slip through, which gestures are offered.
 *
 * Everything is computed in ONE pass over the cases (`aggregateCases`), so 100,000 cases take
 * tens of milliseconds: each section is an accumulator (./complaints.ts … ./gestures.ts) fed
 * every case of the period; ./axis.ts is the time axis, ./csv.ts the "Export CSV" tables.
 */
import type { Case } from '../../../db/schema';
import { avoidableAccumulator, type AvoidableAggregate } from './avoidable';
import { isoMs, makeAxis, type Buckets } from './axis';
import { checklistAccumulator, type ChecklistAggregate } from './checklist';
import { complaintsAccumulator, type ComplaintsAggregate } from './complaints';
import { gesturesAccumulator, type GesturesAggregate } from './gestures';
import { sentimentAccumulator, type SentimentAggregate } from './sentiment';
import { violationsAccumulator, type ViolationsAggregate } from './violations';

export { bucketUnitFor, isoMs, type BucketUnit, type Buckets } from './axis';
export type { AvoidableAggregate } from './avoidable';
export type { ChecklistAggregate, ChecklistItemCompliance } from './checklist';
export type { ComplaintDimension, ComplaintsAggregate, KeyCount, Unknown } from './complaints';
export type { GesturesAggregate } from './gestures';
export type { SentimentAggregate, SentimentSide } from './sentiment';
export type { ViolationCount, ViolationsAggregate } from './violations';
export * from './csv';

/** A time window on `openedAt`: `from` inclusive, `to` exclusive; open ends are allowed. */
export interface AggregatePeriod {
  from?: Date;
  to?: Date;
}

export interface AggregateOptions {
  /** End of an open period and "today" for the buckets; defaults to the current clock. */
  now?: Date;
  /**
   * Minutes east of UTC for day boundaries (the dashboard passes `-new Date().getTimezoneOffset()`),
   * so a case at 00:30 in Amsterdam counts on that day, not the day before. Default 0 (UTC).
   */
  utcOffsetMin?: number;
}

export interface DashboardAggregates {
  /** The period actually covered (open ends resolved against the data and `now`). */
  from: Date;
  to: Date;
  buckets: Buckets;
  complaints: ComplaintsAggregate;
  avoidable: AvoidableAggregate;
  checklist: ChecklistAggregate;
  sentiment: SentimentAggregate;
  violations: ViolationsAggregate;
  gestures: GesturesAggregate;
}

/**
 * Every dashboard figure for the cases opened in `period`, in one pass. Cases outside the period
 * are skipped, so the whole log may be passed in.
 * @example
 * const a = aggregateCases(cases, { from: new Date(Date.now() - 30 * 86_400_000) });
 * a.avoidable.share   // 0.23 → "23% of contacts could have been prevented"
 * a.checklist.mostSkipped // 'apology'
 */
export function aggregateCases(
  cases: readonly Case[],
  period: AggregatePeriod = {},
  options: AggregateOptions = {},
): DashboardAggregates {
  const now = options.now ?? new Date();
  const offsetMs = (options.utcOffsetMin ?? 0) * 60_000;
  const fromIso = period.from?.toISOString();
  const toIso = period.to?.toISOString();

  // An open start begins at the oldest case in range, so "all" is not stretched back to 1970.
  let fromMs = period.from?.getTime();
  if (fromMs === undefined) {
    let oldest: string | undefined;
    for (const c of cases)
      if ((toIso === undefined || c.openedAt < toIso) && (oldest === undefined || c.openedAt < oldest)) oldest = c.openedAt;
    fromMs = oldest !== undefined ? Date.parse(oldest) : now.getTime();
  }
  const toMs = Math.max(fromMs + 1, period.to?.getTime() ?? now.getTime());
  const axis = makeAxis(fromMs, toMs, offsetMs);
  const width = axis.buckets.starts.length;

  const complaints = complaintsAccumulator(width);
  const avoidable = avoidableAccumulator(width);
  const checklist = checklistAccumulator();
  const sentiment = sentimentAccumulator();
  const violations = violationsAccumulator();
  const gestures = gesturesAccumulator();

  for (const c of cases) {
    // ISO strings in UTC compare like dates: no parsing for the range check.
    if ((fromIso !== undefined && c.openedAt < fromIso) || (toIso !== undefined && c.openedAt >= toIso)) continue;
    const b = axis.indexOf(isoMs(c.openedAt));
    complaints.add(c, b);
    avoidable.add(c, b);
    sentiment.add(c, b);
    checklist.add(c, b);
    violations.add(c, b);
    gestures.add(c, b);
  }

  return {
    from: new Date(fromMs),
    to: new Date(toMs),
    buckets: axis.buckets,
    complaints: complaints.result(),
    avoidable: avoidable.result(),
    checklist: checklist.result(),
    sentiment: sentiment.result(),
    violations: violations.result(),
    gestures: gestures.result(),
  };
}
