/**
 * How a reply names the customer, the way a native agent would: informal → the first name ("Sanne"); formal with a
 * title the customer gave → title and surname ("meneer Janssen", "mevrouw De Vries", "Mr Janssen", "Madame Dubois",
 * "Frau Müller"); formal without one → no name inside sentences, and the full name only in the salutation
 * ("Beste Peter Janssen,"); a single name without a title ("Kim") is used as given. Seed 000's own example: "Meneer Evers, dit is inderdaad vervelend voor u."
 */
import type { Register, Title } from '../types';
import { findTitle } from '../incoming/name';

export type AddressLang = 'nl' | 'en' | 'fr' | 'de';

export interface NameParts {
  /** The name without its title ("Dhr. P. Janssen" → "P. Janssen"). */
  full: string;
  /** A first name, when the name starts with one (not an initial). */
  first?: string;
  /** The surname with its particles ("de Vries"), when the name has more than one word or a title. */
  surname?: string;
  title?: Title;
}

const PARTICLE = /^(?:van|de|der|den|het|ter|ten|te|la|le|du|von|zu|da|di|del|'t|d'|vanden|vander)$/i;
const INITIAL = /^(?:\p{Lu}\.)+$|^\p{Lu}$/u;
const TITLE_WORD =
  /^(?:dhr\.?|heer|meneer|mr\.?|mister|m\.|monsieur|herr|hr\.?|mevr\.?|mevrouw|mw\.?|mrs\.?|ms\.?|miss|mme\.?|madame|frau|fr\.?|mademoiselle|mlle\.?)$/i;

/**
 * Split a customer's name into title, first name and surname.
 * @example nameParts('Dhr. P. Janssen') // { full: 'P. Janssen', surname: 'Janssen', title: 'mr' }
 * @example nameParts('Anna de Vries') // { full: 'Anna de Vries', first: 'Anna', surname: 'de Vries' }
 */
export function nameParts(raw: string, title?: Title): NameParts {
  const clean = raw.replace(/\s+/g, ' ').trim();
  const own = findTitle(clean);
  let words = clean.split(' ');
  if (own) {
    const two = words[0]?.toLowerCase() === 'de' && words.length > 2;
    words = words.slice(two ? 2 : 1);
  } else if (words.length > 1 && TITLE_WORD.test(words[0]!)) words = words.slice(1);
  const full = words.join(' ');
  const out: NameParts = { full };
  const t = own ?? title;
  if (t) out.title = t;
  if (words.length === 0) return out;
  const firstWord = words[0]!;
  const lead = !INITIAL.test(firstWord) && !PARTICLE.test(firstWord) ? firstWord : undefined;
  // With a title, one word is the surname ("mevrouw Jansen"); without one it is a first name ("Sanne").
  if (words.length === 1) {
    if (out.title) out.surname = firstWord;
    else if (lead) out.first = lead;
    return out;
  }
  if (lead && !(out.title && words.length === 1)) out.first = lead;
  // The surname starts after the first name and the initials.
  let i = lead ? 1 : 0;
  while (i < words.length - 1 && INITIAL.test(words[i]!)) i++;
  const surname = words.slice(i).join(' ');
  if (surname) out.surname = surname;
  return out;
}

const TITLE_WORDS: Record<AddressLang, Record<Title, string>> = {
  nl: { mr: 'meneer', ms: 'mevrouw' },
  en: { mr: 'Mr', ms: 'Ms' },
  fr: { mr: 'Monsieur', ms: 'Madame' },
  de: { mr: 'Herr', ms: 'Frau' },
};

/** Dutch writes the first particle with a capital when no first name or initial goes before it: "mevrouw De Vries". */
function surnameAfterTitle(surname: string, lang: AddressLang): string {
  if (lang !== 'nl') return surname;
  return surname.charAt(0).toLocaleUpperCase() + surname.slice(1);
}

export interface AddressForms {
  /** The name inside a sentence ("…, Sanne." / "…, meneer Janssen."); absent when a formal reply has no title to use. */
  vocative?: string;
  /** The opening line, with its comma: "Hoi Sanne," / "Beste meneer Janssen," / "Beste Peter Janssen,". */
  salutation?: string;
}

const SALUTE: Record<
  AddressLang,
  { informal: (n: string) => string; formal: (n: string) => string; formalTitled: (t: Title, n: string) => string }
> = {
  nl: { informal: (n) => `Hoi ${n},`, formal: (n) => `Beste ${n},`, formalTitled: (_t, n) => `Beste ${n},` },
  en: { informal: (n) => `Hi ${n},`, formal: (n) => `Dear ${n},`, formalTitled: (_t, n) => `Dear ${n},` },
  fr: { informal: (n) => `Bonjour ${n},`, formal: (n) => `Bonjour ${n},`, formalTitled: (_t, n) => `Bonjour ${n},` },
  de: {
    informal: (n) => `Hallo ${n},`,
    formal: (n) => `Guten Tag ${n},`,
    formalTitled: (t, n) => `${t === 'ms' ? 'Sehr geehrte' : 'Sehr geehrter'} ${n},`,
  },
};

/**
 * The name forms for a reply in the given register and language.
 * @example addressForms('Peter Janssen', 'formal', 'nl') // { salutation: 'Beste Peter Janssen,' }
 * @example addressForms('Dhr. Janssen', 'formal', 'nl') // { vocative: 'meneer Janssen', salutation: 'Beste meneer Janssen,' }
 * @example addressForms('Sanne de Wit', 'informal', 'nl') // { vocative: 'Sanne', salutation: 'Hoi Sanne,' }
 */
export function addressForms(name: string | undefined, register: Register, lang: AddressLang, title?: Title): AddressForms {
  if (typeof name !== 'string' || !name.trim()) return {};
  const p = nameParts(name, title);
  const s = SALUTE[lang];
  if (register === 'informal') {
    if (p.first) return { vocative: p.first, salutation: s.informal(p.first) };
    // No first name to use ("P. Janssen"): fall back to the formal forms.
  }
  if (p.title && p.surname) {
    const titled = `${TITLE_WORDS[lang][p.title]} ${surnameAfterTitle(p.surname, lang)}`;
    return { vocative: titled, salutation: s.formalTitled(p.title, titled) };
  }
  // One word and no title ("Kim"): the name the customer or agent gave, used as given.
  if (p.first && p.full === p.first) return { vocative: p.first, salutation: s.formal(p.full) };
  return p.full ? { salutation: s.formal(p.full) } : {};
}
