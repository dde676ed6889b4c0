/**
 * The follow-up letter of seed 000, "maak zichtbaar wat u weggeeft": after the complaint is dealt
 * with, write down what the complaint was, what was done, what the customer contributed, what is
 * given as a gesture of goodwill, and that we look forward to working together. Every part is
 * optional: a part without content is left out entirely, never printed empty.
 */

import type { CardLang, Register, Title } from '../types';
import { addressForms } from '../suggest/address';

export interface LetterInput {
  /** nl, en, and French or German for Belgian and border-region customers. */
  lang: CardLang;
  /** "u" / vous / Sie (formal, the default) or "je" / tu / du (informal); English reads the same in both. */
  register?: Register;
  customerName?: string;
  /** The customer's title when known ("meneer Janssen"); a title in the name itself counts too. */
  customerTitle?: Title;
  agentName?: string;
  organisation?: string;
  /** What the complaint was, in a sentence or two. */
  complaint: string;
  /** What has been done about it. */
  actions: string[];
  /** What the customer did to help: their patience, the photos they sent… */
  customerContribution?: string[];
  /** What is given on top, as goodwill and without admitting liability. */
  gesture?: string[];
  /** What happens next, if anything. */
  nextStep?: string;
}

interface Words {
  greet: (name: string) => string;
  greetAnonymous: string;
  thanks: (org: string | undefined) => string;
  complaint: string;
  actions: string;
  contribution: string;
  contributionClose: string;
  gesture: string;
  gestureClose: string;
  nextStep: string;
  forward: string;
  signOff: string;
}

const WORDS: Record<CardLang | 'nlInformal' | 'frInformal' | 'deInformal', Words> = {
  nl: {
    greet: (name) => `Beste ${name},`,
    greetAnonymous: 'Geachte heer, mevrouw,',
    thanks: (org) =>
      `Dank u wel dat u de moeite heeft genomen om ons te laten weten wat er misging${org ? ` bij ${org}` : ''}. Alleen zo kunnen wij het rechtzetten en ervan leren.`,
    complaint: 'Uw klacht in het kort:',
    actions: 'Dit hebben wij inmiddels gedaan:',
    contribution: 'Ook u heeft bijgedragen aan de oplossing:',
    contributionClose: 'Daarvoor zijn wij u erkentelijk.',
    gesture: 'Daarnaast bieden wij u graag het volgende aan:',
    gestureClose:
      'Dit doen wij uit coulance, als blijk van waardering voor u als klant, los van de vraag wie waarvoor aansprakelijk is.',
    nextStep: 'Wat er nog volgt:',
    forward: 'Wij kijken uit naar een plezierige samenwerking, nu en in de toekomst.',
    signOff: 'Met vriendelijke groet,',
  },
  nlInformal: {
    greet: (name) => `Hoi ${name},`,
    greetAnonymous: 'Hoi,',
    thanks: (org) =>
      `Fijn dat je ons hebt verteld wat er misging${org ? ` bij ${org}` : ''}, bedankt daarvoor. Zo kunnen we het rechtzetten en ervan leren.`,
    complaint: 'Je klacht in het kort:',
    actions: 'Dit hebben we inmiddels gedaan:',
    contribution: 'Jij hebt ook geholpen:',
    contributionClose: 'Dank je wel daarvoor.',
    gesture: 'Daarnaast bieden we je graag het volgende aan:',
    gestureClose:
      'Dit doen we uit coulance, als blijk van waardering voor jou als klant, los van de vraag wie waarvoor aansprakelijk is.',
    nextStep: 'Wat er nog volgt:',
    forward: 'We kijken uit naar een fijne samenwerking, nu en in de toekomst.',
    signOff: 'Groeten,',
  },
  fr: {
    greet: (name) => `Bonjour ${name},`,
    greetAnonymous: 'Madame, Monsieur,',
    thanks: (org) =>
      `Merci d’avoir pris la peine de nous dire ce qui n’allait pas${org ? ` chez ${org}` : ''}. C’est ainsi que nous pouvons le corriger et en tirer des leçons.`,
    complaint: 'Votre réclamation en bref\u00a0:',
    actions: 'Voici ce que nous avons fait depuis\u00a0:',
    contribution: 'Vous avez vous aussi contribué à la solution\u00a0:',
    contributionClose: 'Nous vous en remercions.',
    gesture: 'Nous vous proposons en outre ceci\u00a0:',
    gestureClose:
      'Nous le faisons à titre commercial, en signe de reconnaissance, indépendamment de toute question de responsabilité.',
    nextStep: 'La suite\u00a0:',
    forward: 'Nous nous réjouissons de poursuivre notre collaboration, aujourd’hui comme demain.',
    signOff: 'Bien cordialement,',
  },
  frInformal: {
    greet: (name) => `Bonjour ${name},`,
    greetAnonymous: 'Bonjour,',
    thanks: (org) =>
      `Merci d’avoir pris la peine de nous dire ce qui n’allait pas${org ? ` chez ${org}` : ''}. C’est ainsi que nous pouvons le corriger et en tirer des leçons.`,
    complaint: 'Ta réclamation en bref\u00a0:',
    actions: 'Voici ce que nous avons fait depuis\u00a0:',
    contribution: 'Toi aussi, tu as contribué à la solution\u00a0:',
    contributionClose: 'Merci pour cela.',
    gesture: 'Nous te proposons en outre ceci\u00a0:',
    gestureClose:
      'Nous le faisons à titre commercial, en signe de reconnaissance, indépendamment de toute question de responsabilité.',
    nextStep: 'La suite\u00a0:',
    forward: 'Nous nous réjouissons de continuer à travailler avec toi.',
    signOff: 'À bientôt,',
  },
  de: {
    greet: (name) => `Guten Tag ${name},`,
    greetAnonymous: 'Sehr geehrte Damen und Herren,',
    thanks: (org) =>
      `Vielen Dank, dass Sie sich die Mühe gemacht haben, uns zu sagen, was schiefgelaufen ist${org ? ` bei ${org}` : ''}. Nur so können wir es in Ordnung bringen und daraus lernen.`,
    complaint: 'Ihre Beschwerde in Kürze:',
    actions: 'Das haben wir inzwischen getan:',
    contribution: 'Auch Sie haben zur Lösung beigetragen:',
    contributionClose: 'Dafür danken wir Ihnen.',
    gesture: 'Außerdem bieten wir Ihnen gern Folgendes an:',
    gestureClose: 'Das tun wir aus Kulanz, als Zeichen unserer Wertschätzung, unabhängig von der Frage, wer wofür haftet.',
    nextStep: 'Wie es weitergeht:',
    forward: 'Wir freuen uns auf eine gute Zusammenarbeit, jetzt und in Zukunft.',
    signOff: 'Mit freundlichen Grüßen',
  },
  deInformal: {
    greet: (name) => `Hallo ${name},`,
    greetAnonymous: 'Hallo,',
    thanks: (org) =>
      `Vielen Dank, dass du dir die Mühe gemacht hast, uns zu sagen, was schiefgelaufen ist${org ? ` bei ${org}` : ''}. Nur so können wir es in Ordnung bringen und daraus lernen.`,
    complaint: 'Deine Beschwerde in Kürze:',
    actions: 'Das haben wir inzwischen getan:',
    contribution: 'Auch du hast zur Lösung beigetragen:',
    contributionClose: 'Danke dir dafür.',
    gesture: 'Außerdem bieten wir dir gern Folgendes an:',
    gestureClose: 'Das tun wir aus Kulanz, als Zeichen unserer Wertschätzung, unabhängig von der Frage, wer wofür haftet.',
    nextStep: 'Wie es weitergeht:',
    forward: 'Wir freuen uns auf eine gute Zusammenarbeit, jetzt und in Zukunft.',
    signOff: 'Viele Grüße',
  },
  en: {
    greet: (name) => `Dear ${name},`,
    greetAnonymous: 'Dear customer,',
    thanks: (org) =>
      `Thank you for taking the trouble to tell us what went wrong${org ? ` at ${org}` : ''}. It is the only way we can put it right and learn from it.`,
    complaint: 'Your complaint, in short:',
    actions: 'This is what we have done since:',
    contribution: 'You helped to solve it as well:',
    contributionClose: 'We are grateful for that.',
    gesture: 'On top of that, we would like to offer you the following:',
    gestureClose: 'We do this as a gesture of goodwill and appreciation, regardless of who was liable for what.',
    nextStep: 'What happens next:',
    forward: 'We look forward to a pleasant working relationship, now and in the future.',
    signOff: 'Kind regards,',
  },
};

const clean = (s: string | undefined): string => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '');
const cleanList = (items: readonly string[] | undefined): string[] =>
  // An item without a letter or digit ("-", ".") would print as an empty bullet.
  Array.isArray(items) ? items.map((x) => clean(typeof x === 'string' ? x : '')).filter((x) => /[\p{L}\p{N}]/u.test(x)) : [];
/** End a sentence with a full stop unless it already ends in punctuation. */
const sentence = (s: string): string => (/[.!?…:]$/.test(s) ? s : `${s}.`);
const capital = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** One item inline after the heading, several as a list. */
function block(heading: string, items: string[], close?: string): string {
  const body =
    items.length === 1
      ? `${heading} ${sentence(items[0]!)}`
      : `${heading}\n${items.map((i) => `- ${i.replace(/[.;]$/, '')}`).join('\n')}`;
  return close ? `${body}\n${close}` : body;
}

/**
 * Write the follow-up letter that makes visible what was done and given (seed 000).
 * Missing parts are left out; the letter never shows "undefined" or an empty list.
 * @example
 * writeFollowUpLetter({ lang: 'nl', customerName: 'mevrouw Jansen', complaint: 'De printer kwam beschadigd aan',
 *   actions: ['Een nieuwe printer verstuurd'], gesture: ['een tegoedbon van 25 euro'] })
 * // 'Beste mevrouw Jansen,\n\nDank u wel dat u de moeite heeft genomen …'
 */
export function writeFollowUpLetter(input: LetterInput): string {
  const lang: CardLang = input.lang === 'en' || input.lang === 'fr' || input.lang === 'de' ? input.lang : 'nl';
  const register: Register = input.register === 'informal' ? 'informal' : 'formal';
  const w = WORDS[register === 'informal' && lang !== 'en' ? (`${lang}Informal` as const) : lang];
  const name = clean(input.customerName);
  // The name form a native agent uses: "Hoi Sanne," / "Beste meneer Janssen," / "Beste Peter Janssen,".
  const salutation = name ? addressForms(name, register, lang, input.customerTitle).salutation : undefined;
  const org = clean(input.organisation) || undefined;
  const complaint = /[\p{L}\p{N}]/u.test(clean(input.complaint)) ? clean(input.complaint) : '';
  const actions = cleanList(input.actions);
  const contribution = cleanList(input.customerContribution);
  const gesture = cleanList(input.gesture);
  const next = /[\p{L}\p{N}]/u.test(clean(input.nextStep)) ? clean(input.nextStep) : '';
  const agent = clean(input.agentName);

  const paragraphs: string[] = [salutation ?? (name ? w.greet(name) : w.greetAnonymous), w.thanks(org)];
  if (complaint) paragraphs.push(`${w.complaint} ${sentence(capital(complaint))}`);
  if (actions.length) paragraphs.push(block(w.actions, actions));
  if (contribution.length) paragraphs.push(block(w.contribution, contribution, w.contributionClose));
  if (gesture.length) paragraphs.push(block(w.gesture, gesture, w.gestureClose));
  if (next) paragraphs.push(`${w.nextStep} ${sentence(next)}`);
  paragraphs.push(w.forward);
  paragraphs.push([w.signOff, agent, org].filter(Boolean).join('\n'));
  return paragraphs.join('\n\n');
}

// ---------- from call notes ----------

export type NoteTag = 'customer_says' | 'agreed' | 'action' | 'fact' | 'none';
export interface TaggedNote {
  text: string;
  tag: NoteTag;
}

export interface NotesToLetterOptions {
  lang: CardLang;
  register?: Register;
  customerName?: string;
  agentName?: string;
  organisation?: string;
}

// Goodwill on top of the fix (seed 004: a bouquet or a handwritten card beats a plain discount).
const GESTURE =
  /\b(?:bloem\w*|boeket|bos\s+bloemen|kaart(?:je)?|handgeschreven|tegoed\w*|cadeau\w*|waardebon|korting|upgrade\w*|coulance|gratis|attentie|aardigheidje|presentje|taart|compensatie|flowers?|bouquet|card|voucher|gift\w*|discount|complimentary|free\s+of\s+charge|goodwill|store\s+credit|compensation)\b/i;

// What the customer did to help, recognised in the notes and written back to them in the second person.
type Contribution = {
  re: RegExp;
  nl: string;
  nlInformal: string;
  en: string;
  fr: string;
  frInformal: string;
  de: string;
  deInformal: string;
};
const CONTRIBUTIONS: Contribution[] = [
  {
    re: /\b(?:geduld\w*|patien\w*)\b/i,
    nl: 'uw geduld',
    nlInformal: 'je geduld',
    en: 'your patience',
    fr: 'votre patience',
    frInformal: 'ta patience',
    de: 'Ihre Geduld',
    deInformal: 'deine Geduld',
  },
  {
    re: /\b(?:foto\W?s?|photo\w*|pictures?)\b/i,
    nl: "de foto's die u stuurde",
    nlInformal: "de foto's die je stuurde",
    en: 'the photos you sent',
    fr: 'les photos que vous avez envoyées',
    frInformal: 'les photos que tu as envoyées',
    de: 'die Fotos, die Sie geschickt haben',
    deInformal: 'die Fotos, die du geschickt hast',
  },
  {
    re: /\b(?:video|filmpje)\b/i,
    nl: 'de video die u maakte',
    nlInformal: 'de video die je maakte',
    en: 'the video you made',
    fr: 'la vidéo que vous avez faite',
    frInformal: 'la vidéo que tu as faite',
    de: 'das Video, das Sie gemacht haben',
    deInformal: 'das Video, das du gemacht hast',
  },
  {
    re: /\b(?:bonnetje|kassabon|aankoopbewijs|receipt|proof\s+of\s+purchase)\b/i,
    nl: 'het aankoopbewijs dat u meestuurde',
    nlInformal: 'het aankoopbewijs dat je meestuurde',
    en: 'the receipt you sent along',
    fr: 'la preuve d’achat que vous avez jointe',
    frInformal: 'la preuve d’achat que tu as jointe',
    de: 'den Kaufbeleg, den Sie mitgeschickt haben',
    deInformal: 'den Kaufbeleg, den du mitgeschickt hast',
  },
  {
    re: /\b(?:serienummer|serial\s+number)\b/i,
    nl: 'het serienummer dat u opzocht',
    nlInformal: 'het serienummer dat je opzocht',
    en: 'the serial number you looked up',
    fr: 'le numéro de série que vous avez retrouvé',
    frInformal: 'le numéro de série que tu as retrouvé',
    de: 'die Seriennummer, die Sie herausgesucht haben',
    deInformal: 'die Seriennummer, die du herausgesucht hast',
  },
  {
    re: /\b(?:meegedacht|meedenken|suggestie|idee|suggest\w*|idea)\b/i,
    nl: 'het meedenken over een oplossing',
    nlInformal: 'het meedenken over een oplossing',
    en: 'your ideas for a solution',
    fr: 'vos idées pour trouver une solution',
    frInformal: 'tes idées pour trouver une solution',
    de: 'Ihre Ideen für eine Lösung',
    deInformal: 'deine Ideen für eine Lösung',
  },
];

/**
 * Turn tagged call notes into letter input: what the customer said (plus the facts) becomes the
 * complaint, actions the list of what was done, agreements the next step, and any note that names
 * a gesture (flowers, a card, a voucher, a discount, an upgrade) the gesture. What the customer
 * contributed is recognised from words like "geduld", "foto's", "patience", "photos".
 * @example
 * notesToLetterInput([{ text: 'Printer kwam kapot aan', tag: 'customer_says' },
 *   { text: 'Nieuwe printer verstuurd', tag: 'action' }, { text: 'Bloemetje laten bezorgen', tag: 'agreed' }], { lang: 'nl' })
 * // → { complaint: 'Printer kwam kapot aan.', actions: ['Nieuwe printer verstuurd'], gesture: ['Bloemetje laten bezorgen'], … }
 */
export function notesToLetterInput(notes: readonly TaggedNote[], options: NotesToLetterOptions): LetterInput {
  const said: string[] = [];
  const facts: string[] = [];
  const actions: string[] = [];
  const gesture: string[] = [];
  const next: string[] = [];
  const contribution: string[] = [];
  // Notes come from storage and other contexts: a non-array is read as no notes.
  for (const note of Array.isArray(notes) ? (notes as readonly (TaggedNote | undefined)[]) : []) {
    const text = clean(note?.text);
    if (!note || !text) continue;
    for (const c of CONTRIBUTIONS) {
      const lang = options.lang === 'en' || options.lang === 'fr' || options.lang === 'de' ? options.lang : 'nl';
      const phrase = c[lang === 'en' ? 'en' : options.register === 'informal' ? (`${lang}Informal` as const) : lang];
      if (c.re.test(text) && !contribution.includes(phrase)) contribution.push(phrase);
    }
    switch (note.tag) {
      case 'customer_says':
        said.push(text);
        break;
      case 'fact':
        facts.push(text);
        break;
      case 'action':
        (GESTURE.test(text) ? gesture : actions).push(text);
        break;
      case 'agreed':
        (GESTURE.test(text) ? gesture : next).push(text);
        break;
      default:
        break;
    }
  }
  const input: LetterInput = {
    lang: options.lang,
    complaint: [...said, ...facts].map(sentence).join(' '),
    actions,
  };
  if (options.customerName) input.customerName = options.customerName;
  if (options.register) input.register = options.register;
  if (options.agentName) input.agentName = options.agentName;
  if (options.organisation) input.organisation = options.organisation;
  if (contribution.length) input.customerContribution = contribution;
  if (gesture.length) input.gesture = gesture;
  if (next.length) input.nextStep = next.map(sentence).join(' ');
  return input;
}
