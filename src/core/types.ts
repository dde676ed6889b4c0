/**
 * Shared types of the method engine. Pure data: no browser or DOM types here.
 * Field names used by the `npm run analyze` command line are part of a public interface.
 */

/** Languages the incoming analysis can tell apart. */
export type Lang = 'nl' | 'en' | 'fr' | 'de' | 'other';
/** Languages the phrase library and checklist are written in. */
export type PhraseLang = 'nl' | 'en';
/** Languages the phrase cards and the follow-up letter are written in: the library languages plus French and German. */
export type CardLang = PhraseLang | 'fr' | 'de';
/** Languages the draft checker reads (its patterns); cards and reasons are in a PhraseLang. */
export type ScanLang = 'nl' | 'en' | 'fr' | 'de';

/** A half-open character range [start, end) into the text that was analysed, plus the matched text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Emotion = 'anger' | 'frustration' | 'disappointment' | 'worry' | 'none';
export type CueKind = 'churn' | 'legal' | 'public' | 'repeat' | 'urgency';
export type SentimentLabel = 'negative' | 'neutral' | 'positive';
export type Intensity = 1 | 2 | 3;

/** The four customer types of seed 002. */
export type CustomerTypeId = 'active_hater' | 'extreme_critic' | 'loyal_irritated' | 'passionate';
/** The three channel families of seed 002's handling tips. */
export type ChannelId = 'letter' | 'spoken' | 'remote';
/** The channel a reply goes out on: what the adapter (e-mail, chat) or call mode (phone) knows. */
export type ReplyChannel = 'email' | 'chat' | 'phone';

/** How the customer is addressed: "u" / vous / Sie (formal) or "je" / tu / du (informal). */
export type Register = 'formal' | 'informal';
/** The team's choice: follow the customer (default), or always one register. */
export type RegisterSetting = 'follow' | 'informal' | 'formal';
/** A title the customer's salutation or sign-off gives ("Dhr.", "mevrouw", "Mrs", "Madame", "Herr"). */
export type Title = 'mr' | 'ms';

/** A word or formula in the message that tells the register. */
export interface RegisterEvidence extends Span {
  kind: 'salutation' | 'pronoun' | 'signoff';
  register: Register;
}

export interface RegisterGuess {
  register: Register;
  /** What points at it, in text order; empty when nothing does and the register is the polite default. */
  evidence: RegisterEvidence[];
}

export interface SentimentHit extends Span {
  /** Signed contribution after negation / intensifier handling. */
  weight: number;
  source: 'lexicon' | 'emoji' | 'complaint' | 'punctuation' | 'capitals' | 'learned';
}

export interface Sentiment {
  label: SentimentLabel;
  /** -1 (very negative) … +1 (very positive). */
  score: number;
  intensity: Intensity;
  /** The words and signals that produced the score, strongest first. */
  evidence: SentimentHit[];
}

export interface Cue extends Span {
  kind: CueKind;
}

export type FactKind = 'date' | 'time' | 'amount' | 'order' | 'ticket' | 'invoice' | 'reference';
export interface Fact extends Span {
  kind: FactKind;
  /** Normalised value, e.g. '2026-11-24', '15:00', 'EUR 49.95', '#12345'. */
  value: string;
}

export interface Reason {
  /** Short explanation in the UI language of the caller (nl and en both given). */
  nl: string;
  en: string;
  span?: Span;
}

export interface CustomerTypeGuess {
  type: CustomerTypeId;
  /** 0…1 */
  confidence: number;
  reasons: Reason[];
}

export interface IncomingAnalysis {
  lang: Lang;
  /** 0…1 */
  langConfidence: number;
  sentiment: Sentiment;
  emotion: Emotion;
  /** Words that point at the emotion. */
  emotionEvidence: Span[];
  cues: Cue[];
  facts: Fact[];
  customerType: CustomerTypeGuess;
  /** Name the customer signs with, when one is found. */
  customerName?: string;
  /** The title the salutation or sign-off gives the customer ("Dhr. Janssen" → 'mr'), when it does. */
  customerTitle?: Title;
  /** How the customer addresses us, and so how a reply answers them (unless the team fixes one). Always set by analyzeIncoming. */
  register?: RegisterGuess;
  /** The range of the text that holds the customer's own words (quoted history and signature excluded). */
  body: { start: number; end: number };
}

export type ChecklistId =
  'understanding' | 'apology' | 'solution' | 'time_commitment' | 'thanks' | 'name' | 'beyond' | 'feedback';
export type ChecklistState = 'done' | 'missing' | 'not_needed';

export interface ChecklistItem {
  id: ChecklistId;
  state: ChecklistState;
  /** The words in the draft that satisfied the item (when done). */
  evidence?: Span;
  /** Why the item is not needed here (when not_needed). */
  why?: Reason;
}

/** Ids of the "what not to say" rules (seed 002 table plus the other don'ts of the seeds). */
export type DontRuleId =
  // seed 002 table, row by row
  | 'dont_know'
  | 'dont_care'
  | 'cant_be_bothered'
  | 'dislike_customer'
  | 'know_it_all'
  | 'dont_come_back'
  | 'i_am_right'
  | 'hurry_wait'
  // other don'ts named in the seeds
  | 'question_justified'
  | 'excuse_explaining'
  | 'arguing'
  | 'blame_customer'
  | 'blame_colleague'
  | 'over_promise'
  | 'pass_on'
  | 'discount_only'
  | 'sorry_but'
  | 'blame_circumstances'
  | 'refuse_no_alternative'
  | 'defensive_tone'
  // the customer's register (je/u, tu/vous, du/Sie): one form per reply, the one the team expects
  | 'register_mix'
  | 'register_team';

/** Id of a rule from a team phrase pack: `<pack id>.<name>`, e.g. `acme.policy`. */
export type PackRuleId = `${string}.${string}`;

/** A "what not to say" rule from a team phrase pack (validated by parsePack before it gets here). */
export interface ExtraDontRule {
  id: PackRuleId;
  lang: PhraseLang;
  /** Pattern sources in the notation of knowledge/dont-rules.ts. */
  patterns: readonly string[];
  reason: string;
  suggestion: string;
}

export interface Violation extends Span {
  /** A built-in rule, or a team pack's rule. */
  rule: DontRuleId | PackRuleId;
  /** Why this hurts (the table's analysis column), in the draft's language. */
  reason: string;
  /** The better phrasing (the table's "what to say" column), in the draft's language. */
  suggestion: string;
}

export interface DraftContext {
  /** Language of the reply; detected from the draft when absent. */
  lang?: PhraseLang;
  customerName?: string;
  /** The analysis of the customer message being answered, when there is one. */
  incoming?: IncomingAnalysis;
  channel?: ChannelId;
  /** The channel the reply goes out on: picks the better phrasing that fits it (an e-mail cannot ask to hold the line). */
  replyChannel?: ReplyChannel;
  /**
   * The register the reply should be in: the team's fixed one, or the customer's when the team follows the customer.
   * A draft in the other register is flagged (`register_team`); a draft that mixes both always is (`register_mix`).
   */
  register?: Register;
  /** Extra rules from installed team phrase packs (`mergePacks(...).extraRules`). Pass the same array between keystrokes: it is compiled once per array. */
  extraRules?: readonly ExtraDontRule[];
}

export interface DraftCheck {
  lang: PhraseLang;
  checklist: ChecklistItem[];
  violations: Violation[];
  /** Ranges of the draft that were not checked: quoted earlier mails and the signature. */
  ignored: Array<{ start: number; end: number; kind: 'quote' | 'signature' }>;
}

export type CardKind = 'empathy' | 'apology' | 'solution' | 'beyond' | 'thanks' | 'feedback';

export interface Card {
  /** Stable id of the phrase-library entry the card came from. */
  id: string;
  kind: CardKind;
  /** The card's language: the customer's (French and German cards too), else the library language asked for. */
  lang: CardLang;
  /** Ready-to-insert text with placeholders filled in. */
  text: string;
  /** The register the text is written in (Dutch cards have both). */
  register?: Register;
  /** Why this card is offered now, in the card's language. */
  reason: string;
  /** The checklist item this card satisfies. */
  satisfies: ChecklistId;
}

export interface SuggestInput {
  incoming?: IncomingAnalysis;
  /** Language of the cards (fr/de when asked for); defaults to the incoming language when nl/en, else English. */
  lang?: CardLang;
  /** Language of the cards' reasons (the panel's UI language) when the cards are French or German; English by default. */
  reasonLang?: PhraseLang;
  customerName?: string;
  /** The register of the cards; defaults to the customer's (incoming.register), formal without one. */
  register?: Register;
  /** The customer's title, for "meneer Janssen"; defaults to incoming.customerTitle. */
  customerTitle?: Title;
  /** Agent's override of the customer type. */
  customerType?: CustomerTypeId;
  /** The current draft's checklist, so cards for steps already done drop down. */
  draft?: DraftCheck;
  /** Clock for concrete time slots ("tomorrow at 15:00"). */
  now?: Date;
  /** Extra cards from a team phrase pack. */
  extraCards?: unknown[];
}
