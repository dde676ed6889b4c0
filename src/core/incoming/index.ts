/**
 * Incoming-message analysis: what the customer feels, what they threaten, what facts they give and who they seem
 * to be. Lexicon and pattern based, pure and fast (linear in the text); the model in src/model adds its score later.
 */
import { splitParts } from '../text';
import type { IncomingAnalysis } from '../types';
import { findCues } from './cues';
import { guessCustomerType } from './customer-type';
import { detectEmotion } from './emotion';
import { extractFacts } from './facts';
import { detectLanguage } from './language';
import type { LexLang } from './lexicon';
import { findName } from './name';
import { scoreSentiment } from './sentiment';
import { foldFast, tokenize } from './tokens';
import { defuse } from '../defuse';

/**
 * Analyse a customer's message. Only the customer's own words count: quoted history and the signature are left
 * out (`body` gives the range used); every span indexes into `text`.
 * @example
 * const a = analyzeIncoming('Mijn pakket is nog steeds niet geleverd. Ordernummer 12345678.');
 * a.lang;            // 'nl'
 * a.sentiment.label; // 'negative'
 * a.facts[0].value;  // '#12345678'
 */
export function analyzeIncoming(text: string): IncomingAnalysis {
  // Same length as the text, so every span still points into what the customer wrote.
  const input = defuse(typeof text === 'string' ? text : '');
  const parts = splitParts(input);
  const body = { start: parts.body.start, end: parts.body.end };
  const folded = foldFast(input);
  const tokens = tokenize(folded.slice(body.start, body.end), body.start);
  const guess = detectLanguage(tokens, input.slice(body.start, body.end));
  // Unknown languages get no word lexicon (English words on Spanish text are noise); emoji, capitals and ?! still count.
  const lexLang: LexLang = guess.lang === 'other' ? 'en' : guess.lang;
  const sentiment = scoreSentiment({ text: input, folded, body, tokens, lang: lexLang, words: guess.lang !== 'other' });
  const emotion = detectEmotion(input, folded, body, lexLang, sentiment);
  const cues = findCues(input, folded, body);
  const facts = extractFacts(input, folded, body);
  const customerType = guessCustomerType(input, folded, body, sentiment, emotion.emotion, cues, facts);
  const customerName = findName(input, parts);
  const result: IncomingAnalysis = {
    lang: guess.lang,
    langConfidence: guess.confidence,
    sentiment: {
      label: sentiment.label,
      score: sentiment.score,
      intensity: sentiment.intensity,
      evidence: sentiment.evidence,
    },
    emotion: emotion.emotion,
    emotionEvidence: emotion.evidence,
    cues,
    facts,
    customerType,
    body,
  };
  if (customerName) result.customerName = customerName;
  return result;
}
