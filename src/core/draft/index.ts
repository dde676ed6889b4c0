/**
 * checkDraft: the live checklist on the agent's reply. Which triad steps and good habits the draft
 * already covers, and which "what not to say" phrases it contains, with reason and better phrasing.
 */
import type { DraftCheck, DraftContext, PhraseLang, ScanLang, Violation } from '../types';
import { sentenceStart } from './matches';
import { splitParts } from '../text';
import { checkItems } from './checklist-state';
import { guessScanLang } from './lang';
import { findQuotedRanges } from './suppress';
import { toScanText } from './scan-text';
import { findConditionalViolations, findPlainViolations, spansOf } from './violations';
import { DONT_RULE_IDS, betterFor, dontRules } from '../knowledge/dont-rules';
import { draftRegister, findRegisterViolations } from './register';
import { findDefensiveTone } from './tone';
import { findExtraViolations } from './extra-rules';
import { defuse } from '../defuse';

const RULE_ORDER = new Map<string, number>(DONT_RULE_IDS.map((id, i) => [id, i]));

/**
 * Check a reply draft against the triad method. Quoted earlier mails and the signature are not
 * checked (they are listed in `ignored`); spans point into the original `draft` string.
 * Without `context.incoming` the draft is treated as the answer to a complaint.
 * @example
 * const result = checkDraft('Beste Anna, het spijt ons, maar u had moeten bellen.', { customerName: 'Anna de Vries' });
 * result.violations.map((v) => v.rule); // ['sorry_but', 'blame_customer']
 * result.checklist.find((item) => item.id === 'name')?.state; // 'done'
 */
export function checkDraft(text: string, context: DraftContext = {}): DraftCheck {
  const { draft, toneBody, lang, scan, checklist, states, violations, ignored } = draftSignals(text, context);
  // No rule fired: the fitted tone reading may still find a reply that defends instead of helping.
  if (violations.length === 0) {
    const tone = findDefensiveTone(toneBody, scan, states);
    const rule = TONE_RULE;
    if (tone && rule) {
      violations.push({
        ...tone,
        text: draft.slice(tone.start, tone.end),
        rule: rule.id,
        reason: rule.reason[lang],
        suggestion: rule.better[lang],
      });
    }
  }
  // The register after the tone reading, so the fitted layer sees what it was trained on.
  const expected = context.register === 'formal' || context.register === 'informal' ? context.register : undefined;
  const register = findRegisterViolations(draft, toneBody, scan, lang, expected);
  if (register.length) {
    violations.push(...register);
    violations.sort(
      (a, b) =>
        a.start - b.start ||
        (RULE_ORDER.get(a.rule) ?? RULE_ORDER.size) - (RULE_ORDER.get(b.rule) ?? RULE_ORDER.size) ||
        a.end - b.end,
    );
  }
  // Better phrasing that fits the channel (an e-mail cannot ask to hold the line) and the reply's register.
  const replyChannel = context.replyChannel;
  const replyRegister = expected ?? draftRegister(draft, toneBody, scan) ?? context.incoming?.register?.register;
  if (replyChannel || replyRegister === 'informal') {
    for (const v of violations) {
      const rule = RULES.get(v.rule);
      if (rule && !rule.detectedBy) v.suggestion = betterFor(rule, lang, replyChannel, replyRegister);
    }
  }
  return { lang, checklist, violations, ignored };
}

const RULES = new Map<string, (typeof dontRules)[number]>(dontRules.map((r) => [r.id, r]));

const TONE_RULE = dontRules.find((r) => r.id === 'defensive_tone');

/**
 * Everything the checker reads in a draft before the fitted tone layer: what `npm run train` fits on.
 * @example draftSignals('Volgens onze voorwaarden kan dat niet.').scan // 'nl'
 */
export function draftSignals(text: string, context: DraftContext = {}) {
  const draft = defuse(text);
  const parts = splitParts(draft);
  const scanText = toScanText(draft);
  const body = scanText.slice(0, parts.body.end);
  const incomingLang = context.incoming?.lang;
  const fallback: PhraseLang = incomingLang === 'en' || incomingLang === 'nl' ? incomingLang : 'nl';
  const guessed = guessScanLang(body, fallback);
  // Reasons and better phrasing are nl/en (the panel's languages); a French or German draft keeps its own patterns.
  const lang = context.lang ?? (guessed === 'nl' || guessed === 'en' ? guessed : fallback);
  const scan: ScanLang = guessed === 'fr' || guessed === 'de' ? guessed : lang;
  const input = { body, lang, scan, quotes: findQuotedRanges(draft, parts.body.end) };

  const plain = findPlainViolations(input, draft);
  const checklist = checkItems({
    ...input,
    draft,
    customerName: context.customerName ?? context.incoming?.customerName,
    incoming: context.incoming,
    // An apology taken back by "maar", or made for a colleague, does not count as the apology.
    voided: { apology: spansOf(plain, ['sorry_but', 'blame_colleague']) },
  });
  const states = new Map(checklist.map((item) => [item.id, item.state]));
  const found = [
    ...plain,
    ...findConditionalViolations(input, draft, states),
    ...findExtraViolations(input, draft, context.extraRules),
  ];
  const violations = dropSecondary(found, body).sort(
    // Pack rules sort after the built-in ones at the same position.
    (a, b) =>
      a.start - b.start ||
      (RULE_ORDER.get(a.rule) ?? RULE_ORDER.size) - (RULE_ORDER.get(b.rule) ?? RULE_ORDER.size) ||
      a.end - b.end,
  );

  const ignored: DraftCheck['ignored'] = [];
  if (parts.signature && parts.signature.end > parts.signature.start) ignored.push({ ...parts.signature, kind: 'signature' });
  if (parts.quote && parts.quote.end > parts.quote.start) ignored.push({ ...parts.quote, kind: 'quote' });
  ignored.sort((a, b) => a.start - b.start);

  // Quoted words are the customer's, not the agent's tone: blank them (same length) for the tone reading.
  let toneBody = body;
  for (const q of input.quotes) toneBody = toneBody.slice(0, q.start) + ' '.repeat(q.end - q.start) + toneBody.slice(q.end);
  return { draft, body, toneBody, lang, scan, checklist, states, violations, ignored };
}

// Broad rules that read the function of a sentence (an excuse in circumstances, a bare no): one flag per
// sentence is enough, so they give way to any other flag in the same sentence.
const SECONDARY = new Set<string>(['blame_circumstances', 'refuse_no_alternative']);

function dropSecondary(found: Violation[], body: string): Violation[] {
  const primary = found.filter((v) => !SECONDARY.has(v.rule));
  if (primary.length === found.length) return found;
  const sentenceOf = (at: number) => sentenceStart(body, Math.min(at, body.length));
  const taken = new Set(primary.map((v) => sentenceOf(v.start)));
  const kept = new Set<number>();
  return found.filter((v) => {
    if (!SECONDARY.has(v.rule)) return true;
    const s = sentenceOf(v.start);
    if (taken.has(s) || kept.has(s)) return false;
    kept.add(s);
    return true;
  });
}
