/** Follow-up after a complaint: promised times, the follow-up letter, the call checklist, the recall. */
export { findPromises, type AgentPromise, type FindPromisesOptions, type PromiseKind } from './promises';
export {
  writeFollowUpLetter,
  notesToLetterInput,
  type LetterInput,
  type NoteTag,
  type TaggedNote,
  type NotesToLetterOptions,
} from './letter';
export { scoreCallNotes, type CallStep, type CallStepId } from './call-triad';
export { suggestRecall, RECALL_HOUR, type RecallInput, type RecallSuggestion } from './recall';
export { END_OF_DAY_HOUR, type Precision } from './when';
