/**
 * "What not to say" rules from team phrase packs: the pack notation (../knowledge/pattern-notation.ts,
 * compiled by Triade into regexes that cannot backtrack catastrophically), the same scan as the
 * built-in rules (negated or quoted hits are dropped), compiled once per rules array.
 */
import { compilePackPatterns } from '../knowledge/pattern-notation';
import type { ExtraDontRule, Violation } from '../types';
import { liveHits, type ScanInput } from './matches';

// The panel passes the same array until a pack is installed or removed: compile once per array.
const compiledByList = new WeakMap<readonly ExtraDontRule[], Array<{ rule: ExtraDontRule; find: RegExp | undefined }>>();

function compiled(rules: readonly ExtraDontRule[]) {
  let list = compiledByList.get(rules);
  if (!list) {
    list = rules.map((rule) => ({ rule, find: compilePackPatterns(rule.patterns) }));
    compiledByList.set(rules, list);
  }
  return list;
}

/** Violations of the team's extra rules written for the draft's language. */
export function findExtraViolations(input: ScanInput, draft: string, rules: readonly ExtraDontRule[] | undefined): Violation[] {
  if (!rules || rules.length === 0) return [];
  return compiled(rules)
    .filter(({ rule }) => rule.lang === input.lang)
    .flatMap(({ rule, find }) =>
      // No usable pattern (a pack stored before the notation was enforced): nothing to find.
      (find ? liveHits(find, input) : []).map((hit) => ({
        start: hit.start,
        end: hit.end,
        text: draft.slice(hit.start, hit.end),
        rule: rule.id,
        reason: rule.reason,
        suggestion: rule.suggestion,
      })),
    );
}
