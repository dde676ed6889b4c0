/**
 * The register of the reply: one form of address for the customer ("u" or "je", vous or tu, Sie or du), and the one
 * the team expects. A mix in one reply is flagged at each word in the minority form (`register_mix`); a reply wholly
 * in the other form than expected is flagged once, at its first address (`register_team`). Where the swap is a
 * matter of one or two words ("heb je" → "heeft u", "jouw" → "uw"), the suggestion is the replacement itself, so the
 * panel's one-click replace fixes it; otherwise it is the rule's advice.
 * Linear: one pass of a few global regexes over the body.
 */
import type { Register, ScanLang, Violation } from '../types';
import { dontRules } from '../knowledge/dont-rules';

interface Hit {
  start: number;
  end: number;
  register: Register;
  /** The words that replace [start, end) to put this address in the other register, when that is cheap. */
  swap?: string;
}

// Dutch, over the folded body. Longest forms first: an inverted verb with its pronoun is one hit.
const NL_INFORMAL_TO_FORMAL: Record<string, string> = {
  'heb je': 'heeft u',
  'ben je': 'bent u',
  'kun je': 'kunt u',
  'kan je': 'kunt u',
  'wil je': 'wilt u',
  'zal je': 'zult u',
  'zul je': 'zult u',
  'zou je': 'zou u',
  'mag je': 'mag u',
  'moet je': 'moet u',
  'hoef je': 'hoeft u',
  'weet je': 'weet u',
  'krijg je': 'krijgt u',
  'vind je': 'vindt u',
  'zie je': 'ziet u',
  'laat je': 'laat u',
  'stuur je': 'stuurt u',
  'neem je': 'neemt u',
  'ga je': 'gaat u',
  'doe je': 'doet u',
  'hoor je': 'hoort u',
  'ontvang je': 'ontvangt u',
  'je hebt': 'u heeft',
  'jij hebt': 'u heeft',
  'je bent': 'u bent',
  'jij bent': 'u bent',
  'je kunt': 'u kunt',
  'je kan': 'u kunt',
  'jij kunt': 'u kunt',
  'je wilt': 'u wilt',
  'jij wilt': 'u wilt',
  'je zult': 'u zult',
  'je zal': 'u zult',
  jouw: 'uw',
  jou: 'u',
  jezelf: 'uzelf',
  jij: 'u',
};
const NL_FORMAL_TO_INFORMAL: Record<string, string> = {
  'heeft u': 'heb je',
  'bent u': 'ben je',
  'kunt u': 'kun je',
  'wilt u': 'wil je',
  'zult u': 'zul je',
  'zou u': 'zou je',
  'mag u': 'mag je',
  'moet u': 'moet je',
  'hoeft u': 'hoef je',
  'weet u': 'weet je',
  'krijgt u': 'krijg je',
  'vindt u': 'vind je',
  'ziet u': 'zie je',
  'laat u': 'laat je',
  'stuurt u': 'stuur je',
  'neemt u': 'neem je',
  'gaat u': 'ga je',
  'doet u': 'doe je',
  'hoort u': 'hoor je',
  'ontvangt u': 'ontvang je',
  'u heeft': 'je hebt',
  'u bent': 'je bent',
  'u kunt': 'je kunt',
  'u wilt': 'je wilt',
  'u zult': 'je zult',
  uw: 'je',
  uzelf: 'jezelf',
};
const alternation = (keys: string[]) =>
  keys
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, '\\s+'))
    .join('|');
const NL_INFORMAL = new RegExp(
  `(?<![\\p{L}\\p{N}'’])(?:${alternation(Object.keys(NL_INFORMAL_TO_FORMAL))}|je)(?![\\p{L}\\p{N}'’])`,
  'gu',
);
// "u" right after an hour ("om 15.00 u.") is not the pronoun.
const NL_FORMAL = new RegExp(
  `(?<![\\p{L}\\p{N}'’])(?<!\\d[.:]?\\d\\d\\s?)(?:${alternation(Object.keys(NL_FORMAL_TO_INFORMAL))}|u)(?![\\p{L}\\p{N}'’])`,
  'gu',
);

// French and German: found, not swapped (verb forms change too much for a one-click fix).
const FR_FORMAL = /(?<![\p{L}\p{N}'’])(?:vous|votre|vos)(?![\p{L}\p{N}'’])/gu;
const FR_INFORMAL = /(?<![\p{L}\p{N}'’])(?:tu|toi|ton|ta|tes|te|t['’](?=[aeiouyh]))(?![\p{L}\p{N}])/gu;
const DE_INFORMAL = /(?<![\p{L}\p{N}])(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines)(?![\p{L}\p{N}])/gu;
// Over the original text: a capital "Sie"/"Ihnen"/"Ihr…" that does not open a sentence is the polite form.
const DE_FORMAL =
  /(?<![.!?:\n]\s{0,3})(?<=[\p{L}\p{N},;)]\s{1,3})(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?![\p{L}\p{N}])/gu;

const MAX_FLAGS = 5;

function collect(re: RegExp, text: string, register: Register, swaps: Record<string, string> | undefined, out: Hit[]): void {
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const key = m[0].replace(/\s+/g, ' ');
    const hit: Hit = { start: m.index, end: m.index + m[0].length, register };
    const swap = swaps?.[key];
    if (swap) hit.swap = swap;
    out.push(hit);
  }
}

/** A bare "je"/"u" can be swapped when the next word does not decide the verb form: before punctuation or a particle. */
function bareSwap(hit: Hit, body: string): string | undefined {
  const word = body.slice(hit.start, hit.end);
  if (word !== 'je' && word !== 'u') return undefined;
  const after = body.slice(hit.end, hit.end + 20);
  if (word === 'u')
    return /^\s*(?:[.,;:!?)]|$|\s(?:uit|op|aan|terug|na|mee|door|graag|persoonlijk|meteen|zo|morgen|vandaag)\b)/.test(after)
      ? 'je'
      : undefined;
  return /^\s*(?:[.,;:!?)]|$|\s(?:uit|op|aan|terug|na|mee|door|graag|persoonlijk|meteen|zo|morgen|vandaag)\b)/.test(after)
    ? 'u'
    : undefined;
}

/** Every word of the draft that addresses the customer, with its register. */
export function addressHits(original: string, body: string, scan: ScanLang): Hit[] {
  const hits: Hit[] = [];
  if (scan === 'nl') {
    collect(NL_INFORMAL, body, 'informal', NL_INFORMAL_TO_FORMAL, hits);
    collect(NL_FORMAL, body, 'formal', NL_FORMAL_TO_INFORMAL, hits);
    for (const h of hits)
      if (!h.swap) {
        const s = bareSwap(h, body);
        if (s) h.swap = s;
      }
  } else if (scan === 'fr') {
    collect(FR_FORMAL, body, 'formal', undefined, hits);
    collect(FR_INFORMAL, body, 'informal', undefined, hits);
  } else if (scan === 'de') {
    collect(DE_INFORMAL, body, 'informal', undefined, hits);
    collect(DE_FORMAL, original.slice(0, body.length), 'formal', undefined, hits);
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The register the draft itself uses most, or undefined when it addresses nobody.
 * @example draftRegister('Kun je me je ordernummer sturen?', fold(…), 'nl') // 'informal'
 */
export function draftRegister(original: string, body: string, scan: ScanLang): Register | undefined {
  const hits = addressHits(original, body, scan);
  if (hits.length === 0) return undefined;
  const formal = hits.filter((h) => h.register === 'formal').length;
  const informal = hits.length - formal;
  return formal === informal ? hits[0]!.register : formal > informal ? 'formal' : 'informal';
}

const MIX = dontRules.find((r) => r.id === 'register_mix')!;
const TEAM = dontRules.find((r) => r.id === 'register_team')!;

/** Keeps the capital of the word it replaces ("Heb je" → "Heeft u"). */
function sameCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * Register flags for a draft: a mix of both forms, or the other form than `expected`.
 * `body` is the folded body with quoted text blanked (same offsets as `original`).
 * @example findRegisterViolations('Kunt u je ordernummer sturen?', fold(…), 'nl', 'nl', undefined)[0].rule // 'register_mix'
 */
export function findRegisterViolations(
  original: string,
  body: string,
  scan: ScanLang,
  lang: 'nl' | 'en',
  expected: Register | undefined,
): Violation[] {
  const hits = addressHits(original, body, scan);
  if (hits.length === 0) return [];
  const formal = hits.filter((h) => h.register === 'formal').length;
  const informal = hits.length - formal;
  const toViolation = (h: Hit, rule: typeof MIX): Violation => {
    const text = original.slice(h.start, h.end);
    return {
      start: h.start,
      end: h.end,
      text,
      rule: rule.id,
      reason: rule.reason[lang],
      suggestion: h.swap ? sameCase(text, h.swap) : rule.better[lang],
    };
  };
  if (formal > 0 && informal > 0) {
    const keep: Register = expected ?? (formal === informal ? hits[0]!.register : formal > informal ? 'formal' : 'informal');
    return hits
      .filter((h) => h.register !== keep)
      .slice(0, MAX_FLAGS)
      .map((h) => toViolation(h, MIX));
  }
  const used: Register = formal > 0 ? 'formal' : 'informal';
  if (expected && used !== expected) return [toViolation(hits[0]!, TEAM)];
  return [];
}
