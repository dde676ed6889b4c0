/**
 * The knowledge patterns compiled once at module load: one global regex per rule (or checklist
 * item) and language, so a draft is scanned in one pass per rule.
 */
import type { ChecklistId, PhraseLang } from '../types';
import { compilePatterns, dontRules, type DontRule } from '../knowledge/dont-rules';
import { checklistItems } from '../knowledge/checklist';

export interface CompiledRule {
  rule: DontRule;
  find: Record<PhraseLang, RegExp>;
  /** Non-global: tested once per hit on the hit's surroundings. */
  exempt: Partial<Record<PhraseLang, RegExp>>;
}

function nonGlobal(sources: readonly string[]): RegExp | undefined {
  return sources.length > 0 ? new RegExp(compilePatterns(sources).source) : undefined;
}

export const compiledRules: readonly CompiledRule[] = dontRules.map((rule) => {
  const exempt: Partial<Record<PhraseLang, RegExp>> = {};
  const nl = rule.exempt ? nonGlobal(rule.exempt.nl) : undefined;
  const en = rule.exempt ? nonGlobal(rule.exempt.en) : undefined;
  if (nl) exempt.nl = nl;
  if (en) exempt.en = en;
  return { rule, find: { nl: compilePatterns(rule.patterns.nl), en: compilePatterns(rule.patterns.en) }, exempt };
});

/** Checklist finders per item and language; `name` is matched against the customer's name instead. */
export const compiledChecklist: ReadonlyMap<ChecklistId, Record<PhraseLang, RegExp>> = new Map(
  checklistItems
    .filter((item) => item.patterns.nl.length > 0 && item.patterns.en.length > 0)
    .map((item) => [item.id, { nl: compilePatterns(item.patterns.nl), en: compilePatterns(item.patterns.en) }] as const),
);
