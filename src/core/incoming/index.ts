/**
 * Incoming-message analysis: what the customer feels, what they threaten, what facts they give and who they seem
 * to be. Lexicon and pattern based, pure and fast (linear in the text); the model in src/model adds its score later.
 */
import { splitParts } from '../text';
import type { IncomingAnalysis, SentimentHit } from '../types';
import { findCues } from './cues';
import { guessCustomerType } from './customer-type';
import { detectEmotion } from './emotion';
import { extractFacts } from './facts';
import { detectLanguage } from './language';
import type { LexLang } from './lexicon';
import { findName, findTitle } from './name';
import { detectRegister } from './register';
import { learnedSentiment, type FeatureInput } from './learned';
import { scoreSentiment, type SentimentDetail } from './sentiment';
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
  const signals = incomingSignals(text);
  const { input, parts, body, folded, guess, lexLang, sentiment } = signals;
  // The fitted layer has the last word on the label; the lexicon's spans stay as the explanation.
  const learned = learnedSentiment(signals.features);
  const label = learned.label;
  const strength = Math.abs(sentiment.negative) + Math.abs(sentiment.positive);
  const intensity =
    label === 'neutral' ? 1 : label === sentiment.label ? sentiment.intensity : strength >= 9 ? 3 : strength >= 4 ? 2 : 1;
  const scored: SentimentDetail = { ...sentiment, label, score: learned.score, intensity };
  // In a thank-you, an earlier call or a quick fix is part of the praise, not a repeat contact or a deadline.
  const cues = label === 'positive' ? signals.cues.filter((c) => c.kind !== 'repeat' && c.kind !== 'urgency') : signals.cues;
  const emotion = detectEmotion(input, folded, body, lexLang, scored);
  const facts = extractFacts(input, folded, body);
  const customerType = guessCustomerType(input, folded, body, scored, emotion.emotion, cues, facts);
  const customerName = findName(input, parts);
  const result: IncomingAnalysis = {
    lang: guess.lang,
    langConfidence: guess.confidence,
    sentiment: {
      label,
      score: learned.score,
      intensity,
      evidence: mergeEvidence(sentiment.evidence, learned.evidence),
    },
    emotion: emotion.emotion,
    emotionEvidence: emotion.evidence,
    cues,
    facts,
    customerType,
    register: detectRegister(input, folded, parts, guess.lang),
    body,
  };
  if (customerName) result.customerName = customerName;
  const title = findTitle(customerName);
  if (title) result.customerTitle = title;
  return result;
}

/**
 * The engine's signals for one message before the fitted layer decides: what `npm run train` fits on.
 * @example incomingSignals('Al drie keer gebeld.').cues[0].kind // 'repeat'
 */
export function incomingSignals(text: string) {
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
  const cues = findCues(input, folded, body, guess.lang);
  const features: FeatureInput = { text: input, body, tokens, lang: guess.lang, sentiment, cues };
  return { input, parts, body, folded, tokens, guess, lexLang, sentiment, cues, features };
}

const MAX_EVIDENCE = 40;
/** The lexicon's spans and the fitted layer's words that are not already there, strongest first (as the panel lists them). */
function mergeEvidence(lexicon: readonly SentimentHit[], learned: readonly SentimentHit[]): SentimentHit[] {
  const out = [...lexicon];
  for (const h of learned) if (!out.some((o) => o.start < h.end && h.start < o.end)) out.push(h);
  // Stable: equal weights keep the lexicon's order. A fitted word can outweigh a weak lexicon hit ("niet" over capitals).
  return out.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, MAX_EVIDENCE);
}
