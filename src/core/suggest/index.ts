/**
 * Suggestion cards for the reply being written: the triad in order (understanding → sorry → solve), then the habits
 * around it (a gesture beyond the fix, thanks, a feedback question), each picked from the phrase library to fit the
 * customer's emotion, intensity, escalation cues and type, in the reply language, with name and time filled in.
 */
import { phraseCardSchema, CUSTOMER_TYPE_IDS, EMOTIONS, type PhraseCard } from '../knowledge/schema';
import { phraseCards } from '../knowledge/phrases';
import { customerTypes } from '../knowledge/customer-types';
import type {
  Card,
  CardKind,
  CardLang,
  ChecklistId,
  CueKind,
  CustomerTypeId,
  Emotion,
  Fact,
  PhraseLang,
  Register,
  SuggestInput,
  Title,
} from '../types';
import { foreignLines } from '../knowledge/phrases-fr-de';
import { renderCard, type CardVars } from './render-card';
import { addressForms } from './address';
import { nextTimeSlot, type TimeSlot } from './next-time-slot';

export { renderCard, type CardVars } from './render-card';
export { nextTimeSlot, type TimeSlot } from './next-time-slot';
export { addressForms, nameParts, type AddressForms, type NameParts } from './address';

type Situation = 'complaint' | 'question';

/** What the picker knows about the message being answered. */
interface Context {
  /** The library the cards are picked from (French and German cards share the English cards' fit). */
  lang: PhraseLang;
  /** The language the cards are written in. */
  cardLang: CardLang;
  /** The language of the reasons (the agent's). */
  reasonLang: PhraseLang;
  emotion: Emotion;
  intensity: 1 | 2 | 3;
  cues: Set<CueKind>;
  type?: CustomerTypeId;
  situation: Situation;
  /** An order, invoice, ticket or reference the customer already gave. */
  reference?: Fact;
  /** How the cards address the customer (Dutch: "je" or "u"). */
  register: Register;
}

/** One place in the reply: which cards may fill it. */
interface Slot {
  kind: CardKind;
  part?: PhraseCard['part'];
}

const TRIAD_ORDER: Slot[] = [
  { kind: 'empathy' },
  { kind: 'apology' },
  { kind: 'solution', part: 'facts' },
  { kind: 'solution', part: 'next_step' },
  { kind: 'solution', part: 'time' },
  { kind: 'beyond' },
  { kind: 'thanks' },
  { kind: 'feedback' },
];
// A question or compliment: open friendly, answer, and keep the apology for last (nothing went wrong yet).
const QUESTION_ORDER: Slot[] = [
  { kind: 'thanks' },
  { kind: 'empathy' },
  { kind: 'solution', part: 'next_step' },
  { kind: 'solution', part: 'time' },
  { kind: 'feedback' },
  { kind: 'beyond' },
  { kind: 'apology' },
];

const CARD_LANGS = ['nl', 'en', 'fr', 'de'] as const;
const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);
const REFERENCE_KINDS = ['order', 'invoice', 'ticket', 'reference'] as const;

function readContext(input: SuggestInput): Context {
  const incoming = input.incoming;
  const inLang = incoming?.lang;
  // French and German cards when asked for (`lang`); a message alone picks only the library languages nl/en.
  const cardLang: CardLang = isOneOf(CARD_LANGS, input.lang)
    ? input.lang
    : isOneOf(['nl', 'en'] as const, inLang)
      ? inLang
      : 'en';
  const lang: PhraseLang = cardLang === 'nl' ? 'nl' : 'en';
  const reasonLang: PhraseLang =
    cardLang === 'nl' || cardLang === 'en'
      ? cardLang
      : isOneOf(['nl', 'en'] as const, input.reasonLang)
        ? input.reasonLang
        : 'en';
  const emotion = isOneOf(EMOTIONS, incoming?.emotion) ? incoming.emotion : 'none';
  const rawIntensity = incoming?.sentiment?.intensity;
  const intensity = rawIntensity === 2 || rawIntensity === 3 ? rawIntensity : 1;
  const cues = new Set<CueKind>();
  for (const cue of Array.isArray(incoming?.cues) ? incoming.cues : [])
    if (cue && typeof cue.kind === 'string') cues.add(cue.kind);
  const guessed = incoming?.customerType?.type;
  const type = isOneOf(CUSTOMER_TYPE_IDS, input.customerType)
    ? input.customerType
    : isOneOf(CUSTOMER_TYPE_IDS, guessed)
      ? guessed
      : undefined;
  // Without a message we coach the full triad; a calm message with no emotion and no escalation is a question.
  const label = incoming?.sentiment?.label;
  const situation: Situation =
    incoming && label !== 'negative' && cues.size === 0 && emotion === 'none' ? 'question' : 'complaint';
  const facts = Array.isArray(incoming?.facts) ? incoming.facts : [];
  const reference = facts.find(
    (f) => f && isOneOf(REFERENCE_KINDS, f.kind) && typeof f.value === 'string' && f.value.trim() !== '',
  );
  const fromMessage = incoming?.register?.register;
  const register: Register = isOneOf(['formal', 'informal'] as const, input.register)
    ? input.register
    : isOneOf(['formal', 'informal'] as const, fromMessage)
      ? fromMessage
      : 'formal';
  return { lang, cardLang, reasonLang, emotion, intensity, cues, type, situation, reference, register };
}

/** Higher is a better fit; ties keep library order. */
function score(card: PhraseCard, ctx: Context, team: boolean): number {
  let s = 0;
  if (card.emotions.includes(ctx.emotion)) s += 100;
  else if (card.emotions.includes('none')) s += 10;
  if (card.intensity) s += card.intensity.includes(ctx.intensity) ? 20 + (3 - card.intensity.length) * 5 : -30;
  if (card.cues?.some((c) => ctx.cues.has(c))) s += 30;
  if (card.customerTypes) s += ctx.type && card.customerTypes.includes(ctx.type) ? 50 : -100;
  if (card.situation !== 'any') s += card.situation === ctx.situation ? 30 : -60;
  // A team's own line beats a built-in one for the same emotion, unless the built-in one also fits a cue.
  if (team) s += 40;
  return s;
}

const NEXT_STEP: Record<
  PhraseLang,
  { complaint: string; question: string } & Record<(typeof REFERENCE_KINDS)[number], (v: string) => string>
> = {
  nl: {
    complaint: 'ik zoek uit wat er precies is misgegaan en hoe we het snel rechtzetten',
    question: 'ik zoek het antwoord op uw vraag voor u uit',
    order: (v) => `ik zoek uit wat er met uw bestelling ${v} is gebeurd`,
    invoice: (v) => `ik controleer uw factuur ${v} regel voor regel`,
    ticket: (v) => `ik neem uw melding ${v} zelf over en volg die tot het einde`,
    reference: (v) => `ik zoek uw dossier ${v} erbij en kijk wat er nodig is`,
  },
  en: {
    complaint: "I'll find out exactly what went wrong and how we can put it right quickly",
    question: "I'll find the answer to your question for you",
    order: (v) => `I'll find out what happened to your order ${v}`,
    invoice: (v) => `I'll check your invoice ${v} line by line`,
    ticket: (v) => `I'll take over your ticket ${v} myself and see it through`,
    reference: (v) => `I'll pull up your file ${v} and see what's needed`,
  },
};

// The same next steps in "je", for Dutch cards in the informal register.
const NEXT_STEP_JE: (typeof NEXT_STEP)['nl'] = {
  complaint: 'ik zoek uit wat er precies is misgegaan en hoe we het snel rechtzetten',
  question: 'ik zoek het antwoord op je vraag voor je uit',
  order: (v) => `ik zoek uit wat er met je bestelling ${v} is gebeurd`,
  invoice: (v) => `ik controleer je factuur ${v} regel voor regel`,
  ticket: (v) => `ik neem je melding ${v} zelf over en volg die tot het einde`,
  reference: (v) => `ik zoek je dossier ${v} erbij en kijk wat er nodig is`,
};

// French and German next steps, in the polite and the familiar form (German: a sentence after the colon, so a capital).
const NEXT_STEP_FOREIGN: Record<'fr' | 'de', Record<Register, (typeof NEXT_STEP)['nl']>> = {
  fr: {
    formal: {
      complaint: 'je cherche ce qui s’est passé exactement et comment le corriger rapidement',
      question: 'je cherche pour vous la réponse à votre question',
      order: (v) => `je vérifie ce qu’il est advenu de votre commande ${v}`,
      invoice: (v) => `je vérifie votre facture ${v} ligne par ligne`,
      ticket: (v) => `je reprends moi-même votre dossier ${v} et je le suis jusqu’au bout`,
      reference: (v) => `je consulte votre dossier ${v} et je regarde ce qu’il faut faire`,
    },
    informal: {
      complaint: 'je cherche ce qui s’est passé exactement et comment le corriger rapidement',
      question: 'je cherche pour toi la réponse à ta question',
      order: (v) => `je vérifie ce qu’il est advenu de ta commande ${v}`,
      invoice: (v) => `je vérifie ta facture ${v} ligne par ligne`,
      ticket: (v) => `je reprends moi-même ton dossier ${v} et je le suis jusqu’au bout`,
      reference: (v) => `je consulte ton dossier ${v} et je regarde ce qu’il faut faire`,
    },
  },
  de: {
    formal: {
      complaint: 'Ich kläre, was genau schiefgelaufen ist und wie wir es schnell in Ordnung bringen',
      question: 'Ich suche die Antwort auf Ihre Frage für Sie heraus',
      order: (v) => `Ich kläre, was mit Ihrer Bestellung ${v} passiert ist`,
      invoice: (v) => `Ich prüfe Ihre Rechnung ${v} Zeile für Zeile`,
      ticket: (v) => `Ich übernehme Ihr Anliegen ${v} selbst und begleite es bis zum Ende`,
      reference: (v) => `Ich sehe mir Ihren Vorgang ${v} an und kläre, was nötig ist`,
    },
    informal: {
      complaint: 'Ich kläre, was genau schiefgelaufen ist und wie wir es schnell in Ordnung bringen',
      question: 'Ich suche die Antwort auf deine Frage für dich heraus',
      order: (v) => `Ich kläre, was mit deiner Bestellung ${v} passiert ist`,
      invoice: (v) => `Ich prüfe deine Rechnung ${v} Zeile für Zeile`,
      ticket: (v) => `Ich übernehme dein Anliegen ${v} selbst und begleite es bis zum Ende`,
      reference: (v) => `Ich sehe mir deinen Vorgang ${v} an und kläre, was nötig ist`,
    },
  },
};

function nextStepText(ctx: Context): string {
  const words =
    ctx.cardLang === 'fr' || ctx.cardLang === 'de'
      ? NEXT_STEP_FOREIGN[ctx.cardLang][ctx.register]
      : ctx.lang === 'nl' && ctx.register === 'informal'
        ? NEXT_STEP_JE
        : NEXT_STEP[ctx.lang];
  const ref = ctx.reference;
  // Facts carry '#' as a marker of an identifier; in a sentence to the customer the number stands alone.
  if (ref && isOneOf(REFERENCE_KINDS, ref.kind)) return words[ref.kind](ref.value.trim().replace(/^#/, ''));
  return words[ctx.situation];
}

const EMOTION_WORD: Record<PhraseLang, Record<Emotion, string>> = {
  nl: { anger: 'boos', frustration: 'gefrustreerd', disappointment: 'teleurgesteld', worry: 'bezorgd', none: '' },
  en: { anger: 'angry', frustration: 'frustrated', disappointment: 'disappointed', worry: 'worried', none: '' },
};

function reasonFor(card: PhraseCard, ctx: Context, slot: TimeSlot): string {
  const nl = ctx.reasonLang === 'nl';
  const feeling = EMOTION_WORD[ctx.reasonLang][ctx.emotion];
  switch (card.kind) {
    case 'empathy':
      if (feeling)
        return nl
          ? `De klant klinkt ${feeling}: erken eerst dat gevoel (begrip tonen).`
          : `The customer sounds ${feeling}: acknowledge that feeling first (show understanding).`;
      return nl ? 'Laat merken dat je de vraag of klacht graag ontvangt.' : 'Show that you welcome the question or complaint.';
    case 'apology':
      if (ctx.situation === 'question') return nl ? 'Alleen als er echt iets misging.' : 'Only if something really went wrong.';
      return nl
        ? 'Excuses namens de organisatie halen de angel eruit.'
        : 'An apology on behalf of the organisation pulls out the sting.';
    case 'solution':
      if (card.part === 'facts')
        return nl
          ? 'Nog geen order- of klantnummer gevonden: verzamel eerst de feiten.'
          : 'No order or customer number found yet: gather the facts first.';
      if (card.part === 'time') return nl ? `Noem een concreet moment: ${slot.text}.` : `Name a concrete moment: ${slot.text}.`;
      return nl ? 'Vertel welke stap je nu zet.' : 'Say which step you are taking now.';
    case 'beyond': {
      const type = ctx.type && card.customerTypes?.includes(ctx.type) ? customerTypes.find((t) => t.id === ctx.type) : undefined;
      if (type)
        return nl
          ? `Past bij "${type.title.nl}": een persoonlijk gebaar, niet alleen korting.`
          : `Fits "${type.title.en}": a personal gesture, not just a discount.`;
      return nl
        ? 'Overtref de verwachting met een persoonlijk gebaar, niet alleen korting.'
        : 'Exceed expectations with a personal gesture, not just a discount.';
    }
    case 'thanks':
      if (ctx.situation === 'question') return nl ? 'Een vriendelijke opening.' : 'A friendly opening.';
      return nl
        ? 'Bedank voor de klacht: zo krijgt u de kans het goed te maken.'
        : 'Thank them for the complaint: it gives you the chance to make it right.';
    case 'feedback':
      return nl
        ? 'Vraag wat beter kan: zo leert de organisatie van de klacht.'
        : 'Ask what could be better: that is how the organisation learns.';
  }
}

function teamCards(extra: unknown[] | undefined): PhraseCard[] {
  if (!Array.isArray(extra)) return [];
  const out: PhraseCard[] = [];
  for (const raw of extra) {
    const parsed = phraseCardSchema.safeParse(raw);
    if (parsed.success) out.push(parsed.data); // invalid pack entries are skipped here; the importer reports them
  }
  return out;
}

/**
 * Cards for the current situation, best first. Cards whose checklist item the draft already covers move to the end.
 * Deterministic: the same input (including `now`) gives the same cards; without `now` the current clock is used.
 * @example
 * // incoming: a Dutch message, emotion 'anger', intensity 1, no cues
 * suggest({ incoming, customerName: 'mevrouw Jansen', now: new Date(2026, 10, 27, 16, 0) })
 * // [0] → { id: 'empathy.anger.nl.1', text: 'Ik begrijp heel goed dat u hier boos over bent, mevrouw Jansen. Zo had het niet mogen gaan.', … }
 * // the time card → '… bel u maandag om 15.00 uur. Komt dat tijdstip u gelegen?' (Friday afternoon → Monday)
 */
export function suggest(input: SuggestInput): Card[] {
  const ctx = readContext(input);
  const slot = nextTimeSlot(input.now ?? new Date(), ctx.cardLang);
  const name = input.customerName ?? input.incoming?.customerName;
  const title: Title | undefined = isOneOf(['mr', 'ms'] as const, input.customerTitle)
    ? input.customerTitle
    : input.incoming?.customerTitle;
  // The name as a native agent would use it in this register: "Sanne", "meneer Janssen", or none in a sentence.
  const vocative = addressForms(typeof name === 'string' ? name : undefined, ctx.register, ctx.cardLang, title).vocative;
  const vars: CardVars = { name: vocative, day: slot.day, time: slot.time, next_step: nextStepText(ctx) };
  // Only Dutch has two card registers; an English card is the same in both.
  const informal = ctx.lang === 'nl' && ctx.register === 'informal';

  const foreign = ctx.cardLang === 'fr' || ctx.cardLang === 'de' ? ctx.cardLang : undefined;
  // Team packs are written in nl/en: French and German replies get the built-in lines only.
  const team = foreign ? [] : teamCards(input.extraCards).filter((c) => c.lang === ctx.lang);
  const teamIds = new Set(team.map((c) => c.id));
  const pool: Array<{ card: PhraseCard; team: boolean }> = [
    ...phraseCards.filter((c) => c.lang === ctx.lang && !teamIds.has(c.id)).map((card) => ({ card, team: false })),
    ...team.map((card) => ({ card, team: true })),
  ];

  const order = ctx.situation === 'question' ? QUESTION_ORDER : TRIAD_ORDER;
  const picked: Card[] = [];
  for (const s of order) {
    // The facts card asks for what the customer already gave, if they did.
    if (s.part === 'facts' && ctx.reference) continue;
    let best: { card: PhraseCard; score: number } | undefined;
    for (const { card, team: isTeam } of pool) {
      if (card.kind !== s.kind || (s.part && card.part !== s.part)) continue;
      if (card.situation !== 'any' && card.situation !== ctx.situation && s.part === 'facts') continue;
      const sc = score(card, ctx, isTeam);
      if (!best || sc > best.score) best = { card, score: sc };
    }
    if (!best) continue;
    let text: string;
    let register: Register | undefined;
    if (foreign) {
      // The English card's fit, the French or German line (same id without the language).
      const [kind, topic, , n] = best.card.id.split('.');
      const lines = foreignLines[`${kind}.${topic}.${n}`]?.[foreign] as Record<string, string> | undefined;
      if (!lines) continue;
      const polite = foreign === 'fr' ? 'vous' : 'Sie';
      const familiar = foreign === 'fr' ? 'tu' : 'du';
      register = ctx.register;
      text = renderCard(lines[register === 'informal' ? familiar : polite]!, vars);
    } else {
      text = renderCard(informal && best.card.informal ? best.card.informal : best.card.text, vars);
      if (ctx.lang === 'nl') register = informal && best.card.informal ? 'informal' : 'formal';
    }
    picked.push({
      id: foreign ? best.card.id.replace('.en.', `.${foreign}.`) : best.card.id,
      kind: best.card.kind,
      lang: ctx.cardLang,
      text,
      ...(register ? { register } : {}),
      reason: reasonFor(best.card, ctx, slot),
      satisfies: best.card.satisfies,
    });
  }

  const done = new Set<ChecklistId>();
  for (const item of Array.isArray(input.draft?.checklist) ? input.draft.checklist : [])
    if (item?.state === 'done') done.add(item.id);
  const open = picked.filter((c) => !done.has(c.satisfies));
  const covered = picked
    .filter((c) => done.has(c.satisfies))
    .map((c) => ({
      ...c,
      reason: `${c.reason} ${ctx.reasonLang === 'nl' ? '(Staat al in uw concept.)' : '(Already in your draft.)'}`,
    }));
  return [...open, ...covered];
}
