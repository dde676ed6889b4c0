/**
 * The method engine's single entry: the extension, the command line and the benchmarks import
 * the engine only from here. Pure TypeScript, no browser APIs.
 *
 * @example
 * const incoming = analyzeIncoming('Voor de derde keer: mijn pakket is nog steeds niet geleverd!');
 * const check = checkDraft('Beste Anja, ik weet het niet.', { incoming });
 * const cards = suggest({ incoming, draft: check, now: new Date() });
 */
export { analyzeIncoming } from './incoming';
export { checkDraft } from './draft';
export { suggest, renderCard, nextTimeSlot } from './suggest';
export * from './followup';
export * from './knowledge';
export * from './types';
export { fold, splitParts, splitSentences } from './text';
export { productOwnTexts, type OwnText } from './own-texts';
