/**
 * Language guess from function words and a few letters, own profiles. Works on a handful of words
 * ("Waar blijft mijn pakket?!") because every profile holds the everyday words of a service message.
 */
import type { Lang } from '../types';
import type { Token } from './tokens';

type Profile = 'nl' | 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt';

const PROFILES: Record<Profile, string> = {
  nl: `de het een en van ik je u jij mijn is niet geen nog wel dat die dit er op te in met voor aan bij naar om ook maar
    als wat waar waarom wanneer hoe heb heeft hebben ben zijn was wordt worden kan kunnen moet al nu dan of zo weer bent
    jullie we wij ons onze uw graag bedankt dank groet vriendelijke hallo hoi beste pakket bestelling blijft gaat werd
    geleverd nooit niets iets meer even toch omdat want hier daar zou zal ze hij zij mij me hem steeds alweer dag
    geachte heer mevrouw openingstijden ontvangen terug betaald rekening factuur klant sinds keer weken dagen vandaag
    morgen gisteren alstublieft alsjeblieft werkt helaas`,
  en: `the a an and of to i you your my is are not no still yet it that this there on in with for at by from what where
    why when how have has had be been was were will would can could should do does did don't doesn't didn't i'm it's
    i've we our us they them he she hi hello dear thanks thank please order delivered just about again any some never
    anything since times weeks days today tomorrow yesterday received refund account works unfortunately customer`,
  fr: `le la les un une et de des du je vous tu mon ma mes est sont pas ne plus que qui ce cette il elle nous on en dans
    pour avec sur au aux ai avez a ete bonjour merci madame monsieur cordialement commande toujours encore jamais tres
    mais depuis jours semaines recu rembourse`,
  de: `der die das ein eine und von zu ich sie du mein meine ist sind nicht kein keine noch schon es dass dies auf in
    mit fur an bei nach um auch aber wenn was wo warum wann wie habe hat haben bin war wird werden kann konnen muss jetzt
    dann oder so wieder ihr wir uns unser ihre bitte danke hallo sehr geehrte geehrter bestellung paket immer nie seit
    tagen wochen erhalten`,
  es: `el la los las un una y de del que en por para con no es son mi mis su pero como mas ya todavia pedido hola gracias
    saludos estoy tengo hace donde porque cuando esta muy`,
  it: `il lo la gli le un una e di che non sono mio mia per con ma come ancora ordine ciao grazie saluti sto ho dove
    perche quando molto questo`,
  pt: `o a os as um uma e de do da que em por para com nao mas como ainda pedido ola obrigado obrigada meu minha voce
    esta estou tenho onde muito`,
};

const NAMES = Object.keys(PROFILES) as Profile[];

// word → the profiles that hold it; a word shared by k profiles gives each 1/k.
const INDEX: Map<string, Profile[]> = (() => {
  const map = new Map<string, Profile[]>();
  for (const p of NAMES) {
    for (const w of PROFILES[p].split(/\s+/)) {
      if (!w) continue;
      const list = map.get(w) ?? [];
      if (!list.includes(p)) list.push(p);
      map.set(w, list);
    }
  }
  return map;
})();

const FR_ELISION = /^(?:j|l|d|qu|n|c|m|s)'/;
const EN_CONTRACTION = /(?:n't|'m|'re|'ve|'ll|'d)$/;
const MAX_TOKENS = 4000;

export interface LangGuess {
  lang: Lang;
  confidence: number;
}

/**
 * Guess the language of a message from its tokens (folded) and its original text (for letters like ß, ñ).
 * Spanish, Italian and Portuguese come back as 'other', as does text without any known function word.
 * @example detectLanguage(tokenize(fold('Waar blijft mijn pakket?!')), 'Waar blijft mijn pakket?!').lang // 'nl'
 */
export function detectLanguage(tokens: readonly Token[], original: string): LangGuess {
  const score: Record<Profile, number> = { nl: 0, en: 0, fr: 0, de: 0, es: 0, it: 0, pt: 0 };
  let words = 0;
  const n = Math.min(tokens.length, MAX_TOKENS);
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!.word;
    if (/^\d+$/.test(w)) continue;
    words++;
    const hit = INDEX.get(w);
    if (hit) for (const p of hit) score[p] += 1 / hit.length;
    else if (w.includes("'")) {
      if (FR_ELISION.test(w)) score.fr += 1;
      else if (EN_CONTRACTION.test(w)) score.en += 1;
    }
    // Dutch 'ij' and German 'sch'/'ung' word shapes help when no function word is known.
    else if (w.includes('ij')) score.nl += 0.3;
    else if (/ung$|^ge.+t$/.test(w) && w.length > 5) score.de += 0.15;
  }
  // Letters that fold away: count a few in the first part of the text only.
  const head = original.length > 4000 ? original.slice(0, 4000) : original;
  score.de += Math.min(2, (head.match(/[äöüßÄÖÜ]/g)?.length ?? 0) * 0.5);
  score.fr += Math.min(2, (head.match(/[éèêàçâîôûù]/g)?.length ?? 0) * 0.3);
  score.es += Math.min(3, (head.match(/[ñ¿¡]/g)?.length ?? 0) * 1);
  score.pt += Math.min(2, (head.match(/[ãõ]/g)?.length ?? 0) * 1);

  let best: Profile = 'en';
  let second = 0;
  for (const p of NAMES) if (score[p] > score[best]) best = p;
  for (const p of NAMES) if (p !== best && score[p] > second) second = score[p];
  const top = score[best];
  if (top < 0.9 || words === 0) return { lang: 'other', confidence: words === 0 ? 0 : 0.2 };
  const margin = (top - second) / top;
  const coverage = Math.min(1, (top / words) * 2.5);
  const lengthFactor = Math.min(1, 0.55 + words / 25);
  const confidence = Math.round(Math.max(0.05, Math.min(1, margin * 0.6 + coverage * 0.4) * lengthFactor) * 100) / 100;
  if (best === 'es' || best === 'it' || best === 'pt') return { lang: 'other', confidence };
  return { lang: best, confidence };
}
