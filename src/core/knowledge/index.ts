/**
 * The method as typed, zod-validated data (nl, en). Every file parses its rows at import, so bad data fails loudly.
 */
export * from './schema';
export { triadSteps } from './triad';
export { habits } from './habits';
export { customerTypes } from './customer-types';
export { channelTips } from './channels';
export {
  confidenceAdvice,
  customerExpectations,
  customerNeeds,
  summaryPoints,
  avoidableContacts,
  learningPoints,
} from './communication';
export { phraseCards } from './phrases';
export { methodMap } from './method-map';
export { listRefTargets, refProblem } from './refs';
export * from './dont-rules';
export * from './rule-notation';
export * from './checklist';
