/**
 * The fitted reading of a reply's tone: real bad replies rarely use the method's literal phrases;
 * they defend the company in ordinary words. A small logistic regression over the draft's words and
 * word pairs and the checklist it already ticks, fitted on the `tune` split of the real-text corpus
 * by `npm run train` into knowledge/tone-weights.json, says how likely the reply reads as defensive.
 * It only speaks when no rule has flagged the draft, and it points at the sentence that weighs most,
 * with the words that carried it.
 */
import type { ChecklistId, ChecklistState, ScanLang } from '../types';
import type { Range } from '../text';
import { tokenize } from '../incoming/tokens';
import { weightedWordFeatures, wordFeatures, wordTable, type WordTable } from '../incoming/word-features';
import { sentenceStarts } from './matches';
import weightsJson from '../knowledge/tone-weights.json';

export interface ToneWeights {
  version: 1;
  bias: number;
  /** Probability above which the reply is flagged (chosen by cross-validation for precision). */
  threshold: number;
  features: Record<string, number>;
}

export interface ToneFeature {
  name: string;
  value: number;
  start?: number;
  end?: number;
}

const CONTRAST =
  /(?<![a-z])(?:maar|echter|toch|however|but|although|mais|cependant|toutefois|aber|jedoch|allerdings|doch)(?![a-z])/;
const CONCEPTS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'c:cannot',
    /(?<![a-z])(?:(?:wij|we|ik) (?:kunnen|kan|mogen|mag) (?:[a-z]+ )?(?:helaas )?niet|(?:we|i) (?:cannot|can't|can not|are unable to|am unable to|are not able to)|(?:wir|ich) (?:konnen|kann|durfen|darf) (?:[a-z]+ )?(?:leider )?(?:nicht|keine)|(?:nous|je) ne (?:pouvons|peux|sommes pas en mesure))(?![a-z])/,
  ],
  [
    'c:unfortunately',
    /(?<![a-z])(?:helaas|jammer genoeg|unfortunately|regrettably|leider|bedauerlicherweise|malheureusement)(?![a-z])/,
  ],
  [
    'c:because',
    /(?<![a-z])(?:omdat|doordat|vanwege|wegens|because|due to|since|as a result|weil|aufgrund|wegen|parce que|en raison|a cause|car)(?![a-z])/,
  ],
  [
    'c:rules',
    /(?<![a-z])(?:voorwaarden|beleid|regels|reglement|procedure|policy|terms|conditions|rules|guidelines|agb|richtlinien|bedingungen|vorschriften|regles|cgv|conditions generales)(?![a-z])/,
  ],
  [
    'c:you_must',
    /(?<![a-z])(?:(?:u|je) (?:moet|dient|diende|moest|had)|you (?:must|need to|have to|should|will need to|were required)|sie (?:mussen|mussten|sollten|hatten)|vous (?:devez|deviez|auriez du|devrez))(?![a-z])/,
  ],
  // Someone else did it or must deal with it: a carrier, a seller, a subcontractor, "the bank".
  [
    'c:third_party',
    /(?<![a-z])(?:vervoerder|bezorgdienst|leverancier|verkoper|onderaannemer|fabrikant|partner|carrier|courier|supplier|seller|vendor|subcontractor|manufacturer|third party|third-party|transporteur|fournisseur|vendeur|sous-traitant|fabricant|prestataire|zusteller|lieferant|verkaufer|subunternehmen|hersteller|dienstleister|paketdienst)(?![a-z])/,
  ],
  // Not the company's doing, or the matter lies elsewhere.
  [
    'c:not_ours',
    /(?<![a-z])(?:niet (?:onze|aan ons|bij ons) (?:schuld|fout|verantwoordelijkheid)|ligt (?:niet )?bij|valt (?:niet )?onder|not our (?:fault|responsibility|doing)|(?:lies|rests) with|outside (?:of )?our (?:control|hands)|nicht (?:unsere|in unserer) (?:schuld|verantwortung|hand)|liegt (?:nicht )?(?:bei|an)|pas (?:de )?notre (?:faute|ressort|responsabilite)|ne releve pas|independant de notre volonte|buiten onze (?:macht|schuld|invloed))(?![a-z])/,
  ],
  // Making the problem small: how rare it is, how many others are served well.
  [
    'c:rare',
    /(?<![a-z])(?:zelden|uitzondering|uitzonderlijk|incidenteel|op zichzelf staand|miljoen|miljoenen|duizenden|rarely|rare|isolated|exception|exceptional|one-off|millions?|thousands|selten|einzelfall|ausnahme|millionen|tausende|rarement|exceptionnel|isole|milliers)(?![a-z])/,
  ],
  // It was done right: correct, in line with the rules, as agreed.
  [
    'c:correct',
    /(?<![a-z])(?:correct|terecht|juist|rechtmatig|conform|volgens (?:de|onze)|zoals afgesproken|correctly|rightly|properly|in accordance|in line with|as agreed|according to|korrekt|ordnungsgemass|rechtmassig|gemass|zu recht|conformement|a juste titre|comme convenu|selon (?:nos|les))(?![a-z])/,
  ],
  // Busy times, the weather, circumstances: causes outside the reply's control.
  [
    'c:circumstances',
    /(?<![a-z])(?:drukte|drukke|sneeuw|weersomstandigheden|omstandigheden|busy|high volume|high demand|weather|circumstances|storms?|snow|aufkommen|andrang|wetter|unwetter|umstande|witterung|affluence|intemperies|meteo|orages?|neige|circonstances)(?![a-z])/,
  ],
];
const TICKS: readonly ChecklistId[] = ['understanding', 'apology', 'solution', 'time_commitment', 'thanks', 'name'];
const MAX_WORDS = 300;
/**
 * A tone is read from a reply, not a phrase: shorter drafts are left to the rules. A webcare answer of
 * one or two sentences is long enough (real short replies defend the company as often as long ones).
 */
export const MIN_TONE_WORDS = 12;
/** A reply of one sentence is read from this many words on (chosen by cross-validation on tune: 12, 16, 20, 25, never). */
export const MIN_ONE_SENTENCE_WORDS = 20;

/**
 * The tone features of a folded draft body.
 * @example toneFeatures('volgens onze voorwaarden kan dat niet.', 'nl', new Map()).some((f) => f.name === 'b:onze voorwaarden')
 */
export function toneFeatures(body: string, scan: ScanLang, states: ReadonlyMap<ChecklistId, ChecklistState>): ToneFeature[] {
  const tokens = tokenize(body, 0, MAX_WORDS);
  return [...engineFeatures(body, scan, states, tokens.length), ...wordFeatures(body, tokens, { breaks: BREAKS })];
}

const BREAKS = '.!?\n';

/** The features that are not words: language, the checklist, the moves of a defence, length. */
function engineFeatures(
  body: string,
  scan: ScanLang,
  states: ReadonlyMap<ChecklistId, ChecklistState>,
  words: number,
): ToneFeature[] {
  const out: ToneFeature[] = [{ name: `lang:${scan}`, value: 1 }];
  for (const id of TICKS) if (states.get(id) === 'done') out.push({ name: `has:${id}`, value: 1 });
  if (CONTRAST.test(body)) out.push({ name: 'contrast', value: 1 });
  // The same moves in any of the four languages, so what the layer learns from Dutch and English replies carries
  // over to German and French ones: a "no", "unfortunately", a cause, the rules, what the customer must do.
  for (const [name, re] of CONCEPTS) if (re.test(body)) out.push({ name, value: 1 });
  out.push({ name: 'length', value: Math.min(Math.log1p(words) / 5, 1.5) });
  return out;
}

// The word weights looked up by word, worked out once per weights table (each weight in its own box, which also
// tells features apart).
const TABLES = new WeakMap<ToneWeights, WordTable<{ weight: number }> & { empty: boolean }>();
function tableOf(w: ToneWeights): WordTable<{ weight: number }> & { empty: boolean } {
  let t = TABLES.get(w);
  if (!t) {
    t = { ...wordTable(w.features, (weight) => ({ weight })), empty: Object.keys(w.features).length === 0 };
    TABLES.set(w, t);
  }
  return t;
}

export function toneProbability(features: readonly ToneFeature[], w: ToneWeights): number {
  let z = w.bias;
  for (const f of features) z += (w.features[f.name] ?? 0) * f.value;
  return 1 / (1 + Math.exp(-z));
}

export const toneWeights = weightsJson as unknown as ToneWeights;

/**
 * toneProbability(toneFeatures(…)) summed in the same order, without building a feature per word; with the weighted
 * words, in text order, for pointing at a sentence.
 */
export function defensiveProbability(
  body: string,
  scan: ScanLang,
  states: ReadonlyMap<ChecklistId, ChecklistState>,
  w: ToneWeights = toneWeights,
): { probability: number; words: Array<{ value: { weight: number }; start: number; end: number }> } {
  const tokens = tokenize(body, 0, MAX_WORDS);
  let z = w.bias;
  for (const f of engineFeatures(body, scan, states, tokens.length)) z += (w.features[f.name] ?? 0) * f.value;
  const words = weightedWordFeatures(body, tokens, BREAKS, tableOf(w));
  for (const { value } of words) z += value.weight;
  return { probability: 1 / (1 + Math.exp(-z)), words };
}

/**
 * The sentence that reads most defensive, when the reply as a whole does; else undefined.
 * @example findDefensiveTone(body, 'en', states)?.start
 */
export function findDefensiveTone(
  body: string,
  scan: ScanLang,
  states: ReadonlyMap<ChecklistId, ChecklistState>,
  w: ToneWeights = toneWeights,
): Range | undefined {
  // An empty weights table (no fit yet) never flags; the table is built once per weights object.
  if (tableOf(w).empty || !toneApplies(body)) return undefined;
  const { probability, words } = defensiveProbability(body, scan, states, w);
  if (probability < w.threshold) return undefined;
  // Weigh each sentence by the words in it that push towards "defensive"; flag the heaviest one.
  const bySentence = new Map<number, number>();
  const startOf = sentenceStarts(body);
  for (const { value, start } of words) {
    if (value.weight <= 0) continue;
    const s = startOf(start);
    bySentence.set(s, (bySentence.get(s) ?? 0) + value.weight);
  }
  let best = -1;
  let bestWeight = 0;
  for (const [s, weight] of bySentence) if (weight > bestWeight) [best, bestWeight] = [s, weight];
  if (best < 0) return undefined;
  let end = best;
  while (end < body.length && !/[.!?\n]/.test(body[end]!)) end++;
  let start = best;
  while (start < end && /\s/.test(body[start]!)) start++;
  return end > start ? { start, end } : undefined;
}

function countWords(body: string): number {
  let n = 0;
  for (const _ of body.matchAll(/[\p{L}\p{N}]+/gu)) if (++n >= MIN_ONE_SENTENCE_WORDS) break;
  return n;
}

/**
 * Where the tone reading speaks at all: a reply of some length. A reply that follows the triad can still defend the
 * company in its other sentences ("Sorry, … but per our terms …"), and a long one-sentence answer can too:
 * cross-validation on tune found more of the bad replies when the layer reads those, at the same precision.
 */
export function toneApplies(body: string): boolean {
  // A reply says what it is in its opening: look no further than that (pasted novels stay cheap).
  const opening = body.slice(0, 4000);
  const words = countWords(opening);
  if (words < MIN_TONE_WORDS) return false;
  // One short sentence ("Sorry about the delay, but that's now been fixed.") is too little to read a tone from.
  return words >= MIN_ONE_SENTENCE_WORDS || /[.!?\n]\s*\S/.test(opening);
}
