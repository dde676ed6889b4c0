/**
 * The closed id lists of the engine, once: every schema (knowledge, draft, case log) takes them from here.
 * Each list is checked against its union in types.ts at compile time, in both directions.
 */
import type { ChecklistId, CueKind, CustomerTypeId, DontRuleId, Emotion } from './types';

/** Every ChecklistId, in the order the checklist is shown and kept in. */
export const CHECKLIST_IDS = [
  'understanding',
  'apology',
  'solution',
  'time_commitment',
  'thanks',
  'name',
  'beyond',
  'feedback',
] as const satisfies readonly ChecklistId[];

/** Every DontRuleId: the seed 002 table row by row, then the other don'ts of the seeds. */
export const DONT_RULE_IDS = [
  'dont_know',
  'dont_care',
  'cant_be_bothered',
  'dislike_customer',
  'know_it_all',
  'dont_come_back',
  'i_am_right',
  'hurry_wait',
  'question_justified',
  'excuse_explaining',
  'arguing',
  'blame_customer',
  'blame_colleague',
  'over_promise',
  'pass_on',
  'discount_only',
  'sorry_but',
  'blame_circumstances',
  'refuse_no_alternative',
  'defensive_tone',
  'register_mix',
  'register_team',
] as const satisfies readonly DontRuleId[];

export const CUSTOMER_TYPE_IDS = [
  'active_hater',
  'extreme_critic',
  'loyal_irritated',
  'passionate',
] as const satisfies readonly CustomerTypeId[];
export const EMOTIONS = ['anger', 'frustration', 'disappointment', 'worry', 'none'] as const satisfies readonly Emotion[];
export const CUE_KINDS = ['churn', 'legal', 'public', 'repeat', 'urgency'] as const satisfies readonly CueKind[];

// Compile-time guards: fail to type-check when types.ts gains an id a list lacks.
type Missing<U, L extends readonly unknown[]> = Exclude<U, L[number]>;
const complete: [
  Missing<ChecklistId, typeof CHECKLIST_IDS>,
  Missing<DontRuleId, typeof DONT_RULE_IDS>,
  Missing<CustomerTypeId, typeof CUSTOMER_TYPE_IDS>,
  Missing<Emotion, typeof EMOTIONS>,
  Missing<CueKind, typeof CUE_KINDS>,
] extends [never, never, never, never, never]
  ? true
  : false = true;
void complete;
