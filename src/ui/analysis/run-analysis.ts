/**
 * One analysis of the reply panel's inputs: the customer's message (lexicon, fused with the
 * model's answer), the draft check, the suggestion cards and the draft's time promises.
 * Runs inside the analysis worker (analysis.worker.ts); kept apart so it is testable in Node.
 */
import { analyzeIncoming, checkDraft, findPromises, suggest } from '../../core';
import { mergePacks, parsePack } from '../../core/knowledge/phrase-pack';
import type { Card, CustomerTypeId, DraftCheck, ExtraDontRule, IncomingAnalysis, PhraseLang } from '../../core';
import { fuse } from '../../model/fuse';
import type { FusedSentiment } from '../../model/types';
import type { AnalyzeRequest } from './protocol';
import { replyRegister } from '../../storage/reply-register';

export interface DraftPromiseFound {
  text: string;
  due: Date;
}

export interface AnalysisResult {
  /** The lexicon's analysis with the fused (model + lexicon) sentiment in place; null without a message. */
  analysis: IncomingAnalysis | null;
  fused: FusedSentiment | null;
  customerName?: string;
  cardLang: PhraseLang;
  check: DraftCheck;
  typeId: CustomerTypeId;
  /** Every card for the situation, best first (the panel drops the dismissed and used ones). */
  cards: Card[];
  /** Time commitments in the draft, due at minute resolution from `now`. */
  promises: DraftPromiseFound[];
}

export interface Team {
  extraRules: readonly ExtraDontRule[];
  teamCards: unknown[];
}

export const NO_TEAM: Team = { extraRules: [], teamCards: [] };

/** Team packs as the panel holds them, parsed again on this side; a pack that does not parse is left out. */
export function teamOf(packs: readonly unknown[]): Team {
  const parsed = packs.flatMap((p) => {
    const r = parsePack(p);
    return r.ok ? [r.pack] : [];
  });
  const { extraRules, teamCards } = mergePacks([], parsed);
  return { extraRules, teamCards };
}

/** Keeps the last message's lexicon analysis: while the agent types, the message stays the same. */
export function createIncomingCache(onFresh?: () => void) {
  let last: { text: string; lexical: IncomingAnalysis } | null = null;
  return (text: string): IncomingAnalysis => {
    if (last?.text !== text) {
      last = { text, lexical: analyzeIncoming(text) };
      onFresh?.();
    }
    return last.lexical;
  };
}

/**
 * @example runAnalysis(request, NO_TEAM, createIncomingCache()).check.violations
 */
export function runAnalysis(req: AnalyzeRequest, team: Team, lexicon: (text: string) => IncomingAnalysis): AnalysisResult {
  const incoming = req.incoming !== null && req.incoming.trim() ? req.incoming : null;
  const lexical = incoming !== null ? lexicon(incoming) : null;
  const fused = lexical ? fuse(lexical, req.model.result, req.model.status) : null;
  const analysis =
    lexical && fused
      ? { ...lexical, sentiment: { ...lexical.sentiment, label: fused.label, score: fused.score, intensity: fused.intensity } }
      : lexical;
  const customerName = req.senderName?.split(/\s+/)[0] ? req.senderName : analysis?.customerName;
  const cardLang: PhraseLang =
    analysis?.lang === 'nl' || analysis?.lang === 'en' ? analysis.lang : req.uiLang === 'nl' && !analysis ? 'nl' : 'en';
  // The team's register, or the customer's when the team follows the customer (no message: nothing to follow).
  const register = replyRegister(req.registerSetting ?? 'follow', analysis?.register?.register);
  const check = checkDraft(req.draft, {
    lang: analysis ? cardLang : undefined,
    customerName,
    incoming: analysis ?? undefined,
    extraRules: team.extraRules,
    // The reply panel writes: an e-mail unless the site says chat; the phone has call mode.
    replyChannel: req.channel ?? 'email',
    ...(register ? { register } : {}),
  });
  const typeId: CustomerTypeId = req.chosenType ?? analysis?.customerType.type ?? 'extreme_critic';
  const now = new Date(req.now);
  const cards = suggest({
    incoming: analysis ?? undefined,
    // A French or German customer gets cards in French or German; their reasons stay in the panel's language.
    lang: analysis?.lang === 'fr' || analysis?.lang === 'de' ? analysis.lang : cardLang,
    reasonLang: req.uiLang,
    customerName,
    customerType: typeId,
    ...(register ? { register } : {}),
    draft: check,
    now,
    extraCards: team.teamCards,
  });
  // Minute resolution: a keystroke must not move "tomorrow at 15:00" around.
  const minute = new Date(Math.floor(req.now / 60_000) * 60_000);
  const promises = req.draft.trim() ? findPromises(req.draft, minute, check.lang).map((p) => ({ text: p.text, due: p.due })) : [];
  return { analysis, fused, ...(customerName !== undefined ? { customerName } : {}), cardLang, check, typeId, cards, promises };
}

// Short mails that reach the engine's patterns in each language it reads: greeting, order number, amount, date,
// time, link, address, phone number, marks, quoted history and signature.
const WARM_UP: ReadonlyArray<readonly [string, string]> = [
  [
    'Goedemiddag,\n\nAl drie keer gebeld over order 40512377 van 12 maart (€ 59,99) en nog steeds niets!!! Waarom duurt dit zo lang? Zie https://example.com/track of mail naar klant@example.com, tel. 06-12345678. Als het vrijdag niet binnen is, zeg ik mijn abonnement op en zet ik het op Facebook.\n\nMet vriendelijke groet,\nAnja de Vries\n\nOp 10 maart schreef Klantenservice:\n> Uw bestelling is onderweg.',
    'Beste Anja,\n\nWat vervelend dat u nog wacht. Excuses daarvoor. Ik stuur het pakket vandaag opnieuw en bel u morgen om 10.00 uur. Dank voor uw geduld.\n\nMet vriendelijke groet,\nSanne',
  ],
  [
    "Hi,\n\nI've emailed three times about order #88812345 from 3 May ($45.00) and still no refund?! This is the last time I order here. I'm cancelling and going to the ombudsman.\n\nThanks,\nTom Baker",
    "Hi Tom,\n\nI'm sorry about this, I understand how frustrating it is. I've sent the refund today; you'll see it by Friday. Thanks for your patience.\n\nKind regards,\nAmy",
  ],
  [
    'Bonjour,\n\nTroisième appel pour la commande 55512345 du 2 juin (39,90 €) et toujours rien ! Je vais résilier.\n\nCordialement,\nMarie Dupont',
    'Bonjour Marie,\n\nNous sommes désolés. Je vous rappelle demain à 10 h. Merci de votre patience.\n\nCordialement,\nLéa',
  ],
  [
    'Hallo,\n\nzum dritten Mal angerufen wegen Bestellung 77712345 vom 4. Mai (29,95 €), nichts passiert! Ich kündige.\n\nMit freundlichen Grüßen\nKlaus Braun',
    'Hallo Herr Braun,\n\ndas tut uns leid. Wir rufen Sie morgen um 10 Uhr an. Vielen Dank für Ihre Geduld.\n\nViele Grüße\nJana',
  ],
];

/**
 * Run the engine on short mails in each language, twice: the first pass compiles its large patterns (some hundreds
 * of ms), the second their machine code (V8 does that on a pattern's second use). The worker does this before it
 * says it is ready, so the agent's first real message is not timed with it (and never reads as "too long to check
 * live").
 * @example warmEngine(); // then post 'ready'
 */
export function warmEngine(): void {
  for (const [incoming, draft] of [...WARM_UP, ...WARM_UP]) {
    const analysis = analyzeIncoming(incoming);
    const check = checkDraft(draft, { incoming: analysis });
    suggest({
      incoming: analysis,
      lang: 'nl',
      reasonLang: 'nl',
      customerType: analysis.customerType.type,
      draft: check,
      now: new Date(0),
    });
    findPromises(draft, new Date(0), check.lang);
  }
}
