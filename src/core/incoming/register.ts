/**
 * How the customer addresses us: "u" or "je" (Dutch), vous or tu (French), Sie or du (German), and in any language
 * the salutation ("Geachte", "Hoi") and the sign-off ("Met vriendelijke groet", "Groetjes"). Dutch webcare answers in
 * "je" when the customer writes "je"; a customer who writes "u", or who gives nothing away, is answered in "u".
 * Linear in the text: a fixed set of global regexes over the body, each match counted once.
 */
import type { Lang, Register, RegisterEvidence, RegisterGuess } from '../types';
import type { Parts, Range } from '../text';

type Cue = { re: RegExp; register: Register; kind: RegisterEvidence['kind']; weight: number };

// Pronouns over the FOLDED text (lower case, accents stripped). "jullie" is left out: customers say it to any company.
// A "u" right after a number is an hour ("om 15.00 u."), not the pronoun.
const PRONOUNS: Partial<Record<Lang, Cue[]>> = {
  nl: [
    {
      re: /(?<![\p{L}\p{N}'’])(?<!\d[.:]?\d\d\s?)(?:u|uw|uwe|uzelf)(?![\p{L}\p{N}'’])/gu,
      register: 'formal',
      kind: 'pronoun',
      weight: 2,
    },
    {
      re: /(?<![\p{L}\p{N}'’])(?:je|jij|jou|jouw|jezelf|jouwe|je['’]?t)(?![\p{L}\p{N}'’])/gu,
      register: 'informal',
      kind: 'pronoun',
      weight: 2,
    },
  ],
  fr: [
    { re: /(?<![\p{L}\p{N}'’])(?:vous|votre|vos)(?![\p{L}\p{N}'’])/gu, register: 'formal', kind: 'pronoun', weight: 2 },
    {
      re: /(?<![\p{L}\p{N}'’])(?:tu|toi|ton|ta|tes|t['’](?=[aeiouyh]))(?![\p{L}\p{N}])/gu,
      register: 'informal',
      kind: 'pronoun',
      weight: 2,
    },
  ],
  de: [
    // German: "du" forms over the folded text; "Sie"/"Ihnen" need their capital (see GERMAN_FORMAL).
    {
      re: /(?<![\p{L}\p{N}])(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines)(?![\p{L}\p{N}])/gu,
      register: 'informal',
      kind: 'pronoun',
      weight: 2,
    },
  ],
};
// Over the ORIGINAL text: capitalised "Sie"/"Ihnen"/"Ihr…" not at a sentence start ("she"/"they" would be lower case there).
const GERMAN_FORMAL =
  /(?<![.!?:\n]\s{0,3})(?<=[\p{L},;)]\s{1,3})(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?![\p{L}\p{N}])/gu;

// Salutations at the start of the message (folded), any language.
const SALUTATIONS: Cue[] = [
  {
    re: /^\s*(?:geachte|hooggeachte|beste (?:heer|meneer|mevrouw|mevr|dhr)|dear (?:sir|madam|mr|mrs|ms|miss)|to whom it may concern|madame|monsieur|sehr geehrte[rs]?|guten tag (?:herr|frau))/gu,
    register: 'formal',
    kind: 'salutation',
    weight: 2,
  },
  {
    re: /^\s*(?:hoi|hoii+|hey|he+y|hallo(?= (?:allemaal|daar|jullie))|hee+|heey|yo|hi|hiya|salut|coucou|moin|servus|hallo zusammen|hai)(?![\p{L}])/gu,
    register: 'informal',
    kind: 'salutation',
    weight: 2,
  },
];

// Sign-offs near the end of the message (folded), any language.
const SIGNOFFS: Cue[] = [
  {
    re: /(?:met (?:vriendelijke|hartelijke) groet(?:en)?|hoogachtend|mvg|m\.v\.g\.|yours (?:sincerely|faithfully)|kind regards|cordialement|veuillez agreer|salutations distinguees|mit freundlichen gru(?:ß|ss)en|hochachtungsvoll)(?![\p{L}])/gu,
    register: 'formal',
    kind: 'signoff',
    weight: 1.5,
  },
  {
    re: /(?<![\p{L}])(?:groetjes|groetjes!|gr(?=\s*,?\s*\p{L}+\s*$)|doei|liefs|xx+|cheers|bises|bisous|a\+|lg|liebe gru(?:ß|ss)e|ciao|tschuss)(?![\p{L}])/gu,
    register: 'informal',
    kind: 'signoff',
    weight: 1.5,
  },
];

const MAX_EVIDENCE = 12;
// Pronouns count up to this many per register: a long formal letter does not drown one informal salutation forever,
// but a message that says "u" five times is formal.
const MAX_PRONOUN_WEIGHT = 8;

/**
 * The register of a customer's message, with the words that show it.
 * @example detectRegister('Hoi! Kun je even kijken? Groetjes, Sanne', fold(…), splitParts(…), 'nl').register // 'informal'
 */
export function detectRegister(text: string, folded: string, parts: Parts, lang: Lang): RegisterGuess {
  const body = parts.body;
  const evidence: RegisterEvidence[] = [];
  const score = { formal: 0, informal: 0 };
  const pronounWeight = { formal: 0, informal: 0 };
  const add = (range: Range, cue: Cue) => {
    if (cue.kind === 'pronoun') {
      if (pronounWeight[cue.register] >= MAX_PRONOUN_WEIGHT) return;
      pronounWeight[cue.register] += cue.weight;
    }
    score[cue.register] += cue.weight;
    if (evidence.length < MAX_EVIDENCE)
      evidence.push({
        start: range.start,
        end: range.end,
        text: text.slice(range.start, range.end),
        kind: cue.kind,
        register: cue.register,
      });
  };

  const bodyText = folded.slice(body.start, body.end);
  for (const cue of PRONOUNS[lang] ?? []) {
    cue.re.lastIndex = 0;
    for (const m of bodyText.matchAll(cue.re)) add({ start: body.start + m.index, end: body.start + m.index + m[0].length }, cue);
  }
  if (lang === 'de') {
    const cue: Cue = { re: GERMAN_FORMAL, register: 'formal', kind: 'pronoun', weight: 2 };
    for (const m of text.slice(body.start, body.end).matchAll(GERMAN_FORMAL))
      add({ start: body.start + m.index, end: body.start + m.index + m[0].length }, cue);
  }

  // The salutation: the first line of the body.
  const firstLineEnd = folded.indexOf('\n', body.start);
  const head = folded.slice(body.start, Math.min(body.end, firstLineEnd === -1 ? body.end : firstLineEnd, body.start + 80));
  for (const cue of SALUTATIONS) {
    cue.re.lastIndex = 0;
    const m = cue.re.exec(head);
    if (m) {
      const lead = m[0].length - m[0].trimStart().length;
      add({ start: body.start + m.index + lead, end: body.start + m.index + m[0].length }, cue);
      break;
    }
  }

  // The sign-off: the signature block, or the last 80 characters of the body ("… Groetjes, Sanne").
  const tailStart = parts.signature ? parts.signature.start : Math.max(body.start, body.end - 80);
  const tailEnd = parts.signature ? Math.min(parts.signature.end, parts.signature.start + 200) : body.end;
  const tail = folded.slice(tailStart, tailEnd);
  for (const cue of SIGNOFFS) {
    cue.re.lastIndex = 0;
    const m = cue.re.exec(tail);
    if (m) add({ start: tailStart + m.index, end: tailStart + m.index + m[0].length }, cue);
  }

  evidence.sort((a, b) => a.start - b.start);
  const register: Register = score.informal > score.formal ? 'informal' : 'formal';
  return { register, evidence };
}
