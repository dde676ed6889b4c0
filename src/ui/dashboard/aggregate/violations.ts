/** Which "what not to say" phrases slip through: closed cases whose final reply still had them. */
import { dontRules } from '../../../core/knowledge/dont-rules';
import type { DontRuleId } from '../../../core/types';
import type { Case } from '../../../db/schema';
import type { SectionAccumulator } from './accumulator';

export interface ViolationCount {
  rule: DontRuleId;
  /** Cases whose final reply still contained the phrase (each case counted once per rule). */
  count: number;
  phrase: { nl: string; en: string };
}

export interface ViolationsAggregate {
  /** Closed cases (the denominator for "how often"). */
  closed: number;
  /** Closed cases with at least one flagged phrase. */
  casesWithAny: number;
  /** Largest first. */
  rules: ViolationCount[];
}

const RULE_PHRASES = new Map(dontRules.map((r) => [r.id, r.phrase] as const));

export function violationsAccumulator(): SectionAccumulator<ViolationsAggregate> {
  let closed = 0;
  let casesWithAny = 0;
  const ruleCounts = new Map<DontRuleId, number>();
  return {
    add(c: Case) {
      if (c.closedAt === undefined) return;
      closed++;
      if (!c.violations || c.violations.length === 0) return;
      casesWithAny++;
      // A phrase used twice in one reply is still one reply that needs coaching.
      const seen = c.violations.length === 1 ? c.violations : new Set(c.violations);
      for (const rule of seen) ruleCounts.set(rule, (ruleCounts.get(rule) ?? 0) + 1);
    },
    result() {
      const ruleOrder = dontRules.map((r) => r.id as string);
      return {
        closed,
        casesWithAny,
        rules: [...ruleCounts]
          .map(([rule, count]) => ({ rule, count, phrase: RULE_PHRASES.get(rule) ?? { nl: rule, en: rule } }))
          .sort((a, b) => b.count - a.count || ruleOrder.indexOf(a.rule) - ruleOrder.indexOf(b.rule)),
      };
    },
  };
}
