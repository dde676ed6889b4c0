/**
 * Find "what not to say" phrases in the draft and turn them into violations with reason and
 * better phrasing in the draft's language.
 */
import type { ChecklistId, ChecklistState, DontRuleId, Violation } from '../types';
import type { Range } from '../text';
import { compiledRules, type CompiledRule } from './compiled';
import { liveHits, sentenceStart, type ScanInput } from './matches';

// How far past a hit an exemption may look ("I don't know yet. I'll find out and …").
const EXEMPT_REACH = 160;

function isExempt(entry: CompiledRule, input: ScanInput, hit: Range): boolean {
  const exempt = entry.exempt[input.scan];
  if (!exempt) return false;
  const from = sentenceStart(input.body, hit.start);
  return exempt.test(input.body.slice(from, Math.min(input.body.length, hit.end + EXEMPT_REACH)));
}

function toViolations(entry: CompiledRule, input: ScanInput, draft: string): Violation[] {
  const find = entry.find[input.scan];
  if (!find) return [];
  return liveHits(find, input)
    .filter((hit) => !isExempt(entry, input, hit))
    .map((hit) => ({
      start: hit.start,
      end: hit.end,
      text: draft.slice(hit.start, hit.end),
      rule: entry.rule.id,
      reason: entry.rule.reason[input.lang],
      suggestion: entry.rule.better[input.lang],
    }));
}

/**
 * Violations of the rules that do not depend on the checklist (most of them).
 * @example findPlainViolations(input, draft).map((v) => v.rule) // ['dont_know']
 */
export function findPlainViolations(input: ScanInput, draft: string): Violation[] {
  return compiledRules.filter((entry) => !entry.rule.onlyWhenMissing).flatMap((entry) => toViolations(entry, input, draft));
}

/**
 * Violations of the rules that fire only while a checklist item is missing
 * (an excuse instead of an apology; a discount without a personal gesture).
 */
export function findConditionalViolations(
  input: ScanInput,
  draft: string,
  states: ReadonlyMap<ChecklistId, ChecklistState>,
): Violation[] {
  return compiledRules
    .filter((entry) => entry.rule.onlyWhenMissing && states.get(entry.rule.onlyWhenMissing) === 'missing')
    .flatMap((entry) => toViolations(entry, input, draft));
}

/** Ranges of the given rules' violations, in text order. */
export function spansOf(violations: readonly Violation[], rules: readonly DontRuleId[]): Range[] {
  return violations
    .filter((v) => (rules as readonly string[]).includes(v.rule))
    .map(({ start, end }) => ({ start, end }))
    .sort((a, b) => a.start - b.start);
}
