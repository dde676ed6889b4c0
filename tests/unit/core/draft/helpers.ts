import { checkDraft } from '../../../../src/core/draft';
import type { ChecklistId, DontRuleId, DraftCheck, DraftContext, IncomingAnalysis } from '../../../../src/core/types';

/** Rule ids flagged in a draft, in text order. */
export function rulesIn(draft: string, context?: DraftContext): Array<DontRuleId | `${string}.${string}`> {
  return checkDraft(draft, context).violations.map((v) => v.rule);
}

/** The state of one checklist item. */
export function stateOf(result: DraftCheck, id: ChecklistId) {
  const item = result.checklist.find((i) => i.id === id);
  if (!item) throw new Error(`no checklist item ${id}`);
  return item;
}

/** A minimal incoming analysis for context tests. */
export function incoming(
  over: Partial<IncomingAnalysis> & { label?: 'negative' | 'neutral' | 'positive' } = {},
): IncomingAnalysis {
  const { label = 'negative', ...rest } = over;
  return {
    lang: 'nl',
    langConfidence: 0.9,
    sentiment: { label, score: label === 'negative' ? -0.6 : label === 'positive' ? 0.6 : 0, intensity: 2, evidence: [] },
    emotion: label === 'negative' ? 'frustration' : 'none',
    emotionEvidence: [],
    cues: [],
    facts: [],
    customerType: { type: 'loyal_irritated', confidence: 0.5, reasons: [] },
    body: { start: 0, end: 0 },
    ...rest,
  };
}
