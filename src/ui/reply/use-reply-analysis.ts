import { useMemo } from 'preact/hooks';
import type { Card, CustomerTypeId, DraftCheck, IncomingAnalysis, PhraseLang, Violation } from '../../core';
import type { FusedSentiment } from '../../model/types';
import { useModel, type ModelAnswer } from '../hooks/use-model';
import { violationKey, type ThreadMemory } from '../hooks/use-thread-memory';
import { useAnalysisWorker } from '../analysis/use-analysis-worker';
import type { DraftPromiseFound } from '../analysis/run-analysis';

const TYPE_IDS: readonly CustomerTypeId[] = ['active_hater', 'extreme_critic', 'loyal_irritated', 'passionate'];

export interface ReplyAnalysisInput {
  incomingText: string;
  draft: string;
  uiLang: PhraseLang;
  /** Sender name from the site, when the adapter found one. */
  senderName?: string;
  memory: ThreadMemory;
  /** The installed team packs (their cards join the suggestions, their rules the draft check). */
  packs: readonly unknown[];
  /** The channel of the conversation when the site says (e.g. a chat ticket); an e-mail otherwise. */
  channel?: 'email' | 'chat' | 'phone';
}

export interface ReplyAnalysis {
  /** Lexicon analysis with the fused (model + lexicon) sentiment in place. */
  analysis: IncomingAnalysis | null;
  /** True when `analysis` answers the message now on screen (not the previous one, still being replaced). */
  analysisCurrent: boolean;
  fused: FusedSentiment | null;
  model: ModelAnswer;
  /** The sentence the model scored most negative, when there are several and one clearly is. */
  angriest?: { start: number; end: number };
  customerName?: string;
  cardLang: PhraseLang;
  check: DraftCheck;
  /** True when `check` answers the draft now on screen. */
  checkCurrent: boolean;
  /** The draft `check` answers (it may lag the one on screen by a keystroke); null before the first check. */
  checkedDraft: string | null;
  typeId: CustomerTypeId;
  chosenType?: CustomerTypeId;
  /** At most three cards, without the ones dismissed or already used in this thread. */
  cards: Card[];
  /** The draft's flags, without the ones dismissed in this thread. */
  violations: Violation[];
  /** Time commitments in the draft (for the reminder offers). */
  promises: DraftPromiseFound[];
  /** The last check did not finish within the time budget: the panel shows the last result it has. */
  tooLong: boolean;
  /** The customer's message was too long to analyse and is left out (the draft is still checked). */
  incomingSkipped: boolean;
  /** The analysis worker could not be started. */
  failed: boolean;
}

/**
 * Everything the reply panel shows, derived from the customer's text, the draft and the thread's
 * memory. The engine runs in the analysis worker (src/ui/analysis), never on the panel's thread.
 */
export function useReplyAnalysis(i: ReplyAnalysisInput): ReplyAnalysis {
  // The local model scores polarity and strength; the lexicon keeps the cues, spans and explanations.
  const model = useModel(i.incomingText.trim() ? i.incomingText : null);
  const chosenType = TYPE_IDS.includes(i.memory.customerType as CustomerTypeId)
    ? (i.memory.customerType as CustomerTypeId)
    : undefined;
  const modelInput = useMemo(
    () => ({ status: model.status, ...(model.result ? { result: model.result } : {}) }),
    [model.status, model.result],
  );
  // Cards are timed to the minute; a new minute is a new input only when something else changes too.
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  const w = useAnalysisWorker(
    {
      incoming: i.incomingText,
      draft: i.draft,
      uiLang: i.uiLang,
      senderName: i.senderName,
      chosenType,
      model: modelInput,
      now,
      ...(i.channel ? { channel: i.channel } : {}),
    },
    i.packs,
  );
  const r = w.result;
  const analysis = r?.analysis ?? null;
  const analysisCurrent = w.input !== null && w.input.incoming === i.incomingText && !w.incomingSkipped;
  const checkCurrent = w.input !== null && w.input.draft === i.draft;
  const cardLang: PhraseLang = r?.cardLang ?? (i.uiLang === 'nl' ? 'nl' : 'en');
  const check: DraftCheck = r?.check ?? { lang: cardLang, checklist: [], violations: [], ignored: [] };
  const mr = model.result;
  const worst = mr && mr.mostNegative !== null && mr.sentences.length > 1 ? mr.sentences[mr.mostNegative] : undefined;
  const angriest = worst && worst.score < -0.2 && worst.end <= i.incomingText.length && analysisCurrent ? worst : undefined;
  const cards = useMemo(
    () => (r?.cards ?? []).filter((c) => !i.memory.dismissed.includes(c.id) && !i.memory.used.includes(c.id)).slice(0, 3),
    [r, i.memory],
  );
  const violations = useMemo(
    () => check.violations.filter((v) => !i.memory.dismissed.includes(violationKey(v))),
    [check, i.memory],
  );
  return {
    analysis,
    analysisCurrent,
    fused: r?.fused ?? null,
    model,
    angriest,
    ...(r?.customerName !== undefined ? { customerName: r.customerName } : {}),
    cardLang,
    check,
    checkCurrent,
    checkedDraft: r && w.input ? w.input.draft : null,
    typeId: chosenType ?? r?.typeId ?? 'extreme_critic',
    ...(chosenType ? { chosenType } : {}),
    cards,
    violations,
    promises: r?.promises ?? [],
    tooLong: w.tooLong,
    incomingSkipped: w.incomingSkipped && w.input?.incoming === i.incomingText,
    failed: w.failed === true,
  };
}
