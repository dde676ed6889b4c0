/**
 * The corpus labels a bad reply by what it does (violation families); the engine names the method's
 * rule. One table maps rule ids to families; rules that belong to no family still make a reply
 * "flagged" but count towards no family.
 */
import type { ViolationFamily } from './corpus';

const FAMILY_OF: Record<string, ViolationFamily> = {
  blame_customer: 'blame_customer',
  i_am_right: 'arguing_company_right',
  arguing: 'arguing_company_right',
  know_it_all: 'arguing_company_right',
  excuse_explaining: 'defensive_explanation',
  blame_colleague: 'defensive_explanation',
  dont_know: 'dont_know',
  hurry_wait: 'rushing_customer',
  refuse_no_alternative: 'refusal_without_alternative',
  blame_circumstances: 'defensive_explanation',
  dont_care: 'refusal_without_alternative',
  cant_be_bothered: 'refusal_without_alternative',
  pass_on: 'passing_on',
  sorry_but: 'sorry_but',
  question_justified: 'asks_if_justified',
};

export function familiesOf(rules: readonly string[]): Set<ViolationFamily> {
  const out = new Set<ViolationFamily>();
  for (const r of rules) {
    const f = FAMILY_OF[r];
    if (f) out.add(f);
  }
  return out;
}
