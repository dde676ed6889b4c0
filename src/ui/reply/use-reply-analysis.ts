import { useMemo } from 'preact/hooks';
import { analyzeIncoming, checkDraft, suggest } from '../../core';
import type { Card, CustomerTypeId, DraftCheck, ExtraDontRule, IncomingAnalysis, PhraseLang, Violation } from '../../core';
import { fuse } from '../../model/fuse';
import type { FusedSentiment } from '../../model/types';
import { useModel, type ModelAnswer } from '../hooks/use-model';
import { violationKey, type ThreadMemory } from '../hooks/use-thread-memory';

export interface ReplyAnalysisInput {
  incomingText: string;
  draft: string;
  uiLang: PhraseLang;
  /** Sender name from the site, when the adapter found one. */
  senderName?: string;
  memory: ThreadMemory;
  team: { extraRules: readonly ExtraDontRule[]; teamCards: unknown[] };
}

export interface ReplyAnalysis {
  /** Lexicon analysis with the fused (model + lexicon) sentiment in place. */
  analysis: IncomingAnalysis | null;
  fused: FusedSentiment | null;
  model: ModelAnswer;
  /** The sentence the model scored most negative, when there are several and one clearly is. */
  angriest?: { start: number; end: number };
  customerName?: string;
  cardLang: PhraseLang;
  check: DraftCheck;
  typeId: CustomerTypeId;
  chosenType?: CustomerTypeId;
  /** At most three cards, without the ones dismissed or already used in this thread. */
  cards: Card[];
  /** The draft's flags, without the ones dismissed in this thread. */
  violations: Violation[];
}

/** Everything the reply panel shows, derived from the customer's text, the draft and the thread's memory. */
export function useReplyAnalysis(i: ReplyAnalysisInput): ReplyAnalysis {
  const lexical = useMemo(() => (i.incomingText.trim() ? analyzeIncoming(i.incomingText) : null), [i.incomingText]);
  // The local model scores polarity and strength; the lexicon keeps the cues, spans and explanations.
  const model = useModel(i.incomingText.trim() ? i.incomingText : null);
  const fused = useMemo(() => (lexical ? fuse(lexical, model.result, model.status) : null), [lexical, model.result, model.status]);
  const analysis = useMemo(
    () =>
      lexical && fused
        ? { ...lexical, sentiment: { ...lexical.sentiment, label: fused.label, score: fused.score, intensity: fused.intensity } }
        : lexical,
    [lexical, fused],
  );
  const mr = model.result;
  const worst = mr && mr.mostNegative !== null && mr.sentences.length > 1 ? mr.sentences[mr.mostNegative] : undefined;
  const angriest = worst && worst.score < -0.2 && worst.end <= i.incomingText.length ? worst : undefined;
  const customerName = i.senderName?.split(/\s+/)[0] ? i.senderName : analysis?.customerName;
  const cardLang: PhraseLang =
    analysis?.lang === 'nl' || analysis?.lang === 'en' ? analysis.lang : i.uiLang === 'nl' && !analysis ? 'nl' : 'en';
  const check = useMemo(
    () =>
      checkDraft(i.draft, {
        lang: analysis ? cardLang : undefined,
        customerName,
        incoming: analysis ?? undefined,
        extraRules: i.team.extraRules,
      }),
    [i.draft, analysis, cardLang, customerName, i.team],
  );
  const chosenType = i.memory.customerType as CustomerTypeId | undefined;
  const typeId: CustomerTypeId = chosenType ?? analysis?.customerType.type ?? 'extreme_critic';
  const cards = useMemo(() => {
    const all = suggest({
      incoming: analysis ?? undefined,
      lang: cardLang,
      customerName,
      customerType: typeId,
      draft: check,
      now: new Date(),
      extraCards: i.team.teamCards,
    });
    return all.filter((c) => !i.memory.dismissed.includes(c.id) && !i.memory.used.includes(c.id)).slice(0, 3);
  }, [analysis, cardLang, customerName, typeId, check, i.memory, i.team]);
  const violations = check.violations.filter((v) => !i.memory.dismissed.includes(violationKey(v)));
  return { analysis, fused, model, angriest, customerName, cardLang, check, typeId, chosenType, cards, violations };
}
