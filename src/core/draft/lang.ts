/**
 * Guess whether a reply draft is Dutch or English from short function words.
 */
import type { PhraseLang } from '../types';

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
