import { DONT_RULE_IDS, type DontRuleId, type Violation } from '../../core';

/**
 * The rules a draft broke, as the case log records them: each once, and only the built-in ones
 * (team-pack rules are not part of the case log's schema).
 * @example caseRules([{ rule: 'sorry_but', … }, { rule: 'sorry_but', … }, { rule: 'team:x', … }]) // ['sorry_but']
 */
export function caseRules(violations: readonly Pick<Violation, 'rule'>[]): DontRuleId[] {
  return [...new Set(violations.map((v) => v.rule))].filter((r): r is DontRuleId =>
    (DONT_RULE_IDS as readonly string[]).includes(r),
  );
}
