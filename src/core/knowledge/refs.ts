/**
 * Reference resolution for the method map: which `<kind>:<id>` targets exist in the knowledge base.
 */
import { channelTips } from './channels';
import {
  avoidableContacts,
  confidenceAdvice,
  customerExpectations,
  customerNeeds,
  learningPoints,
  summaryPoints,
} from './communication';
import { customerTypes } from './customer-types';
import { habits } from './habits';
import { phraseCards } from './phrases';
import type { RefKind } from './schema';
import { triadSteps } from './triad';

/**
 * All ref targets this folder can resolve, by kind. `dont` and `checklist` come from the caller (the rule and
 * checklist files), `planned` refs are free text and are not listed.
 * @example listRefTargets({ dont: ['pass_on'], checklist: ['name'] }).habit.has('use_name') === true
 */
export function listRefTargets(external: {
  dont: readonly string[];
  checklist: readonly string[];
}): Record<Exclude<RefKind, 'planned'>, Set<string>> {
  const ids = (rows: ReadonlyArray<{ id: string }>) => new Set(rows.map((r) => r.id));
  const triad = ids(triadSteps);
  for (const step of triadSteps) for (const part of step.parts ?? []) triad.add(`${step.id}.${part.id}`);
  return {
    triad,
    habit: ids(habits),
    customerType: ids(customerTypes),
    channel: ids(channelTips),
    phrase: ids(phraseCards),
    dont: new Set(external.dont),
    checklist: new Set(external.checklist),
    advice: ids(confidenceAdvice),
    need: ids(customerNeeds),
    expectation: ids(customerExpectations),
    summary: ids(summaryPoints),
    avoidable: ids(avoidableContacts),
    learning: ids(learningPoints),
  };
}

/**
 * Why a ref does not resolve, or undefined when it does. `planned:` refs must name a later issue (`#<n> …`).
 * @example refProblem('habit:nope', targets) === 'unknown habit id "nope"'
 */
export function refProblem(ref: string, targets: ReturnType<typeof listRefTargets>): string | undefined {
  const colon = ref.indexOf(':');
  const kind = ref.slice(0, colon);
  const id = ref.slice(colon + 1);
  if (kind === 'planned') return /^#\d+ \S/.test(id) ? undefined : `planned ref needs "#<issue> <feature>": ${ref}`;
  const set = (targets as Record<string, Set<string> | undefined>)[kind];
  if (!set) return `unknown ref kind "${kind}"`;
  return set.has(id) ? undefined : `unknown ${kind} id "${id}"`;
}
