/**
 * Guess whether a reply draft is Dutch or English from short function words.
 */
import type { PhraseLang, ScanLang } from '../types';

const NL_WORDS =
  /(?<![a-z])(?:ik|u|uw|het|de|een|niet|dat|wij|van|voor|met|zijn|heeft|hebt|bent|graag|bedankt|excuses|spijt|maar|ook|nog|wel|naar|dit|wordt|kunt|zal|onze|morgen|groet|beste|hoi|alvast|zodat|omdat)(?![a-z])/g;
const EN_WORDS =
  /(?<![a-z])(?:i|you|your|the|a|not|that|of|for|with|are|have|has|please|thank|thanks|but|also|still|will|this|can|to|it|and|our|sorry|tomorrow|regards|dear|hi|i'm|i'll|we'll|we're|would|could|on|up|just|be|how|did|do|what|why)(?![a-z])/g;

// Letter groups that lean one way, for one-liners without function words ("Tough luck.").
const NL_LETTERS = /ij|oe|ui|aa|ee|oo|uu|sch|cht/g;
const EN_LETTERS = /th|gh|ck|sh|wh|ing\b|ea|y\b|w[ho]/g;

// A few hundred words decide the language; longer drafts need not be read to the end.
const SAMPLE = 3000;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/**
 * Pick nl or en for a folded draft; on a tie (empty or mixed text) return the fallback.
 * @example guessDraftLang('beste jan, dank voor uw bericht', 'en') === 'nl'
 */
export function guessDraftLang(scanText: string, fallback: PhraseLang): PhraseLang {
  const sample = scanText.length > SAMPLE ? scanText.slice(0, SAMPLE) : scanText;
  const nl = count(NL_WORDS, sample);
  const en = count(EN_WORDS, sample);
  if (nl !== en) return nl > en ? 'nl' : 'en';
  const nlLetters = count(NL_LETTERS, sample);
  const enLetters = count(EN_LETTERS, sample);
  if (nlLetters === enLetters) return fallback;
  return nlLetters > enLetters ? 'nl' : 'en';
}

// French and German function words: a reply in those languages is checked with their own patterns.
const FR_WORDS =
  /(?<![a-z])(?:j'|nous|vous|votre|vos|le|la|les|de|des|du|une|est|sont|pas|que|qui|pour|avec|dans|merci|bonjour|cordialement|nos|notre|sur|ce|cette|avez|sommes|desoles?|excusons|ne|n'|il|elle|on|au|aux|mais|cela|ca|plus|tres|bien|chez|tout|rien|veuillez|allez|c'est|n'est|d'un|d'une|si|ou|deja|toujours|jamais)(?![a-z])/g;
const DE_WORDS =
  /(?<![a-z])(?:ich|wir|sie|ihr|ihre|ihren|ihrem|ihnen|der|die|das|den|dem|des|und|ist|nicht|mit|fur|uns|unser|unsere|unseren|bitte|danke|leider|gerne|hallo|grusse|freundlichen|haben|habe|hat|sind|wird|werden|auch|noch|eine|einen|einem|einer|keine|kein|doch|dafur|dazu|dass|wie|wann|schon|bereits|kann|konnen|zu|bei|auf|aus|sich|woanders|gibt)(?![a-z])/g;

/**
 * The language the draft's patterns are taken from: French or German when their function words
 * clearly outnumber Dutch and English ones, else the nl/en guess.
 * @example guessScanLang('bonjour marie, nous sommes desoles', 'nl') === 'fr'
 */
export function guessScanLang(scanText: string, fallback: PhraseLang): ScanLang {
  const sample = scanText.length > SAMPLE ? scanText.slice(0, SAMPLE) : scanText;
  const nlen = Math.max(count(NL_WORDS, sample), count(EN_WORDS, sample));
  const fr = count(FR_WORDS, sample);
  const de = count(DE_WORDS, sample);
  // "die", "was", "en" and "de" are shared: French or German must lead nl/en, with two words at least.
  // A one-liner with no Dutch or English word at all ("Veuillez patienter.") may go on one.
  const enough = (n: number) => n >= 2 || (n === 1 && nlen === 0);
  if (fr > de && enough(fr) && fr > nlen) return 'fr';
  if (de > fr && enough(de) && de > nlen) return 'de';
  return guessDraftLang(scanText, fallback);
}
