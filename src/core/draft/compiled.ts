/**
 * The knowledge patterns compiled once at module load: one global regex per rule (or checklist
 * item) and language, so a draft is scanned in one pass per rule. A language a rule has no
 * patterns for gets no regex: the rule is simply not checked there.
 */
import type { ChecklistId, ScanLang } from '../types';
import { dontRules, type DontRule } from '../knowledge/dont-rules';
import { compilePatterns } from '../knowledge/rule-notation';
import { checklistItems } from '../knowledge/checklist';

const SCAN_LANGS: readonly ScanLang[] = ['nl', 'en', 'fr', 'de'];

export interface CompiledRule {
  rule: DontRule;
  find: Partial<Record<ScanLang, RegExp>>;
  /** Non-global: tested once per hit on the hit's surroundings. */
  exempt: Partial<Record<ScanLang, RegExp>>;
}

type PerLang = {
  nl: readonly string[];
  en: readonly string[];
  fr?: readonly string[] | undefined;
  de?: readonly string[] | undefined;
};

function perLang(sources: PerLang | undefined, global: boolean): Partial<Record<ScanLang, RegExp>> {
  const out: Partial<Record<ScanLang, RegExp>> = {};
  if (!sources) return out;
  for (const lang of SCAN_LANGS) {
    const list = sources[lang];
    if (!list || list.length === 0) continue;
    const re = compilePatterns(list);
    out[lang] = global ? re : new RegExp(re.source);
  }
  return out;
}

export const compiledRules: readonly CompiledRule[] = dontRules.map((rule) => ({
  rule,
  find: perLang(rule.patterns, true),
  exempt: perLang(rule.exempt, false),
}));

/** Checklist finders per item and language; `name` is matched against the customer's name instead. */
export const compiledChecklist: ReadonlyMap<ChecklistId, Partial<Record<ScanLang, RegExp>>> = new Map(
  checklistItems
    .filter((item) => item.patterns.nl.length > 0 && item.patterns.en.length > 0)
    .map((item) => [item.id, perLang(item.patterns, true)] as const),
);
