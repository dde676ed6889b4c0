/**
 * Call mode's coaching from the notes (src/ui/call/coach.ts), in one pass for the analysis worker:
 * the customer's language, the spoken triad, the line to say now and the promised moments.
 */
import type { Card, Lang, PhraseLang } from '../../core';
import { cardsForStep, customerLanguage, promiseOffers, spokenSteps, type PromiseOffer, type SpokenStep } from '../call/coach';
import type { CoachRequest } from './protocol';

export interface CoachResult {
  speech: { lang: PhraseLang; heard?: Lang };
  steps: SpokenStep[];
  /** Lines for the first step not yet done. */
  cards: Card[];
  offers: PromiseOffer[];
}

/** @example runCoach({ type: 'coach', id: 1, notes, uiLang: 'nl', manual: {}, now: Date.now() }).steps */
export function runCoach(req: CoachRequest): CoachResult {
  const now = new Date(req.now);
  const speech = customerLanguage(req.notes, req.uiLang);
  const steps = spokenSteps(req.notes, speech.lang, req.manual, now);
  const next = steps.find((s) => !s.done)?.id;
  const cards = next ? cardsForStep(next, req.notes, speech.lang, req.customerName, now) : [];
  return { speech, steps, cards, offers: promiseOffers(req.notes) };
}
