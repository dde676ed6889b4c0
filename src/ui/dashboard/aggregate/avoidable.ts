/** Contacts that could have been prevented (seed 003's "waardeloze contacten"), with their reasons. */
import type { Case } from '../../../db/schema';
import { countIn, type SectionAccumulator } from './accumulator';

export interface AvoidableAggregate {
  total: number;
  /** Cases flagged avoidable (seed 003). */
  count: number;
  /** count / total, 0 when there are no cases. */
  share: number;
  perBucket: number[];
  /** Why they were avoidable, largest first: the flag's reason, else the cause, else `unspecified`. */
  reasons: Array<{ reason: string; count: number }>;
}

export function avoidableAccumulator(width: number): SectionAccumulator<AvoidableAggregate> {
  let total = 0;
  let count = 0;
  const perBucket = new Array<number>(width).fill(0);
  const reasons = new Map<string, number>();
  return {
    add(c: Case, b: number) {
      total++;
      if (!c.avoidable?.flag) return;
      count++;
      countIn(perBucket, b);
      const reason = c.avoidable.reason?.trim() || c.causeCategory || 'unspecified';
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    },
    result: () => ({
      total,
      count,
      share: total ? count / total : 0,
      perBucket,
      reasons: [...reasons]
        .map(([reason, n]) => ({ reason, count: n }))
        .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)),
    }),
  };
}
