/** Why customers get in touch: cases per cause, channel and customer type, in total and per bucket. */
import type { CustomerTypeId } from '../../../core/types';
import {
  CASE_CHANNELS,
  CAUSE_CATEGORIES,
  CUSTOMER_TYPE_IDS,
  type Case,
  type CaseChannel,
  type CauseCategory,
} from '../../../db/schema';
import { countIn, type SectionAccumulator } from './accumulator';

/** One key of a breakdown: its total and its count per bucket. */
export interface KeyCount<K extends string> {
  key: K;
  count: number;
  perBucket: number[];
}

export type Unknown = 'unknown';
export type ComplaintDimension = 'cause' | 'channel' | 'customerType';

export interface ComplaintsAggregate {
  /** Cases opened in the period. */
  total: number;
  perBucket: number[];
  /** Largest first; only keys that occur. `unknown` = not filled in by the agent. */
  byCause: KeyCount<CauseCategory | Unknown>[];
  byChannel: KeyCount<CaseChannel>[];
  byCustomerType: KeyCount<CustomerTypeId | Unknown>[];
}

class Counter<K extends string> {
  private readonly map = new Map<K, KeyCount<K>>();
  constructor(private readonly width: number) {}
  add(key: K, bucket: number): void {
    let entry = this.map.get(key);
    if (!entry) {
      entry = { key, count: 0, perBucket: new Array<number>(this.width).fill(0) };
      this.map.set(key, entry);
    }
    entry.count++;
    countIn(entry.perBucket, bucket);
  }
  /** Largest first; ties in `order` (the schema's list order) so the result is stable. */
  sorted(order: readonly string[]): KeyCount<K>[] {
    const rank = (k: string) => {
      const i = order.indexOf(k);
      return i < 0 ? order.length : i;
    };
    return [...this.map.values()].sort((a, b) => b.count - a.count || rank(a.key) - rank(b.key));
  }
}

export function complaintsAccumulator(width: number): SectionAccumulator<ComplaintsAggregate> {
  let total = 0;
  const perBucket = new Array<number>(width).fill(0);
  const byCause = new Counter<CauseCategory | Unknown>(width);
  const byChannel = new Counter<CaseChannel>(width);
  const byType = new Counter<CustomerTypeId | Unknown>(width);
  return {
    add(c: Case, b: number) {
      total++;
      countIn(perBucket, b);
      byCause.add(c.causeCategory ?? 'unknown', b);
      byChannel.add(c.channel, b);
      byType.add(c.customerType ?? 'unknown', b);
    },
    result: () => ({
      total,
      perBucket,
      byCause: byCause.sorted([...CAUSE_CATEGORIES, 'unknown']),
      byChannel: byChannel.sorted(CASE_CHANNELS),
      byCustomerType: byType.sorted([...CUSTOMER_TYPE_IDS, 'unknown']),
    }),
  };
}
