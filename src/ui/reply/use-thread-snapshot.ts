import { useRef } from 'preact/hooks';
import type { IncomingAnalysis, PhraseLang } from '../../core';
import { sentimentSnapshot } from '../../core/sentiment-score';
import type { ThreadCaseInput } from '../call/use-wrap-up';

/** What a case opened from an e-mail thread starts with: the customer's name, language and mood at first contact. */
export type CaseStart = Pick<ThreadCaseInput, 'customerName' | 'lang' | 'sentimentFirst'>;

export interface ThreadSnapshot {
  /** The newest analysis that answered this thread's message (kept while a newer message of the thread is checked). */
  ofThisMessage: IncomingAnalysis | null;
  /** The language the follow-up letter is written in, when the message was Dutch or English. */
  letterLang?: PhraseLang;
  /** The one case start both the promise reminder and the wrap-up open a case with. */
  caseStart: CaseStart;
}

/**
 * The thread's snapshot for its case, taken in this one place: only from an analysis of this
 * thread's message, never from the previous thread's that is still on screen while the new one is analysed.
 */
export function useThreadSnapshot(
  threadKey: string,
  analysis: IncomingAnalysis | null,
  analysisCurrent: boolean,
  customerName?: string,
): ThreadSnapshot {
  const lastOfThread = useRef<{ key: string; analysis: IncomingAnalysis } | null>(null);
  if (analysisCurrent && analysis) lastOfThread.current = { key: threadKey, analysis };
  const ofThisMessage = lastOfThread.current?.key === threadKey ? lastOfThread.current.analysis : null;
  const sentimentFirst = ofThisMessage ? sentimentSnapshot(ofThisMessage.sentiment) : undefined;
  const letterLang: PhraseLang | undefined =
    ofThisMessage?.lang === 'nl' || ofThisMessage?.lang === 'en' ? ofThisMessage.lang : undefined;
  return {
    ofThisMessage,
    ...(letterLang ? { letterLang } : {}),
    caseStart: { customerName, lang: ofThisMessage?.lang, sentimentFirst },
  };
}
