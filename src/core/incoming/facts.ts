/**
 * Facts for the summary: dates, times, amounts and order / ticket / invoice / reference numbers, normalised.
 * Kinds are matched in a fixed order and a character belongs to one fact only, so "factuur 2026-0042" is an
 * invoice number and "€ 12.50" is an amount, not a time.
 */
import type { Fact, FactKind } from '../types';

const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  janvier: 1,
  januar: 1,
  jan: 1,
  februari: 2,
  february: 2,
  fevrier: 2,
  februar: 2,
  feb: 2,
  febr: 2,
  maart: 3,
  march: 3,
  mars: 3,
  marz: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  avril: 4,
  apr: 4,
  mei: 5,
  may: 5,
  mai: 5,
  juni: 6,
  june: 6,
  juin: 6,
  jun: 6,
  juli: 7,
  july: 7,
  juillet: 7,
  jul: 7,
  augustus: 8,
  august: 8,
  aout: 8,
  aug: 8,
  september: 9,
  septembre: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  october: 10,
  octobre: 10,
  okt: 10,
  oct: 10,
  november: 11,
  novembre: 11,
  nov: 11,
  december: 12,
  decembre: 12,
  dezember: 12,
  dec: 12,
  dez: 12,
};
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\b\\.?`;
const WEEKDAYS: Record<string, string> = {
  maandag: 'monday',
  dinsdag: 'tuesday',
  woensdag: 'wednesday',
  donderdag: 'thursday',
  vrijdag: 'friday',
  zaterdag: 'saturday',
  zondag: 'sunday',
  monday: 'monday',
  tuesday: 'tuesday',
  wednesday: 'wednesday',
  thursday: 'thursday',
  friday: 'friday',
  saturday: 'saturday',
  sunday: 'sunday',
  lundi: 'monday',
  mardi: 'tuesday',
  mercredi: 'wednesday',
  jeudi: 'thursday',
  vendredi: 'friday',
  samedi: 'saturday',
  dimanche: 'sunday',
  montag: 'monday',
  dienstag: 'tuesday',
  mittwoch: 'wednesday',
  donnerstag: 'thursday',
  freitag: 'friday',
  samstag: 'saturday',
  sonntag: 'sunday',
};

// Labels in front of an identifier; the identifier itself must hold a digit.
const ID_TAIL = String.raw`(?:\s*(?::|#|is|met|nummer|number|numero|nummer|no\.?|nr\.?|num\.?|id|ref\.?)){0,3}\s*#?\s*([a-z]{0,4}[-/]?\d[a-z0-9]*(?:[-/][a-z0-9]+){0,3})`;
const LABELS: Array<[FactKind, string]> = [
  ['invoice', String.raw`factuur(?:nummer|nr\.?)?|invoice(?:\s+(?:number|no\.?|nr\.?))?|facture|rechnung(?:snummer)?|nota`],
  [
    'ticket',
    String.raw`ticket(?:nummer|nr\.?)?|case(?:nummer)?|zaak(?:nummer)?|dossier(?:nummer)?|melding(?:snummer)?|klachtnummer|servicenummer|storingsnummer|incident`,
  ],
  [
    'order',
    String.raw`order(?:nummer|nr\.?|\s+(?:number|no\.?|nr\.?|id))?|bestel(?:ling|nummer|nr\.?)|bestellnummer|commande|auftrag(?:snummer)?|retour(?:nummer)?|rma`,
  ],
  [
    'reference',
    String.raw`referentie(?:nummer)?|kenmerk|betalingskenmerk|ref\.?|reference(?:\s+(?:number|no\.?))?|klantnummer|klantnr\.?|customer\s+(?:number|no\.?|id)|account\s+(?:number|no\.?)|contractnummer|polisnummer|abonnementsnummer|lidnummer|zendingsnummer|pakketnummer|tracking(?:\s*(?:number|code|nummer))?|track\s*(?:&|en|and)\s*trace(?:\s*code)?|barcode`,
  ],
];
const ID_RES: Array<[FactKind, RegExp]> = LABELS.map(([kind, label]) => [kind, new RegExp(`\\b(?:${label})${ID_TAIL}`, 'g')]);
const HASH_ID = /(?<![\w&])#(\d[\d-]{2,})\b/g;
// A code with a letter prefix and dash-separated digit groups ("F-2026-1187", "RMA-20931") that stands a few
// words away from its label ("de factuur van november (F-2026-1187)"): the nearest label before it decides the kind.
const CODE_ID = /\b([a-z]{1,4}-\d{2,}(?:-\d{2,})*)\b/g;
const LABEL_NEAR: Array<[FactKind, RegExp]> = LABELS.map(([kind, label]) => [kind, new RegExp(`\\b(?:${label})\\b`, 'g')]);
function kindNear(src: string, at: number): FactKind {
  const before = src.slice(Math.max(0, at - 60), at);
  let best: FactKind = 'reference';
  let bestAt = -1;
  for (const [kind, re] of LABEL_NEAR) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(before)) !== null) if (m.index > bestAt) [best, bestAt] = [kind, m.index];
  }
  return best;
}

const AMOUNT_BEFORE =
  /(€|eur\b|euro\b|£|gbp\b|\$|usd\b)\s?(\d{1,3}(?:[.,\s]\d{3}){1,4}|\d{1,12})(?:([.,])(\d{1,2}|-{1,2}))?(?!\d|[.,]\d)/g;
const AMOUNT_AFTER =
  /\b(\d{1,3}(?:[.,]\d{3}){1,4}|\d{1,12})(?:([.,])(\d{1,2}|-))?\s?(€|euro's|euros?\b|eur\b|pounds?\b|gbp\b|dollars?\b|usd\b)/g;

const ISO_DATE = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;
const NUM_DATE = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b/g;
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|e|ste|de|er)?\s+(?:of\s+)?${MONTH}(?:,?\s+(\d{4})\b)?`, 'g');
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, 'g');
const WEEKDAY = new RegExp(`\\b(${Object.keys(WEEKDAYS).join('|')})\\b`, 'g');

const TIME_COLON = /\b([01]?\d|2[0-3]):([0-5]\d)(?:\s?(am|pm|uur|u|h)\b)?/g;
const TIME_DOT =
  /\b([01]?\d|2[0-3])\.([0-5]\d)\s?(uur|u|h)\b|(?<=\b(?:om|vanaf|tot|rond|tussen|at|before|after|until|a|um)\s)([01]?\d|2[0-3])\.([0-5]\d)\b/g;
const TIME_AMPM = /\b(1[0-2]|0?[1-9])\s?(am|pm|a\.m\.|p\.m\.)(?!\w)/g;
const TIME_UUR = /\b(?:om|vanaf|tot|rond|voor|na)\s([01]?\d|2[0-3])\s?(?:uur|u)\b/g;

const MAX_FACTS = 60;

/**
 * Extract facts from the body, in text order.
 * @example extractFacts(t, fold(t), { start: 0, end: t.length }) // t = 'Ordernummer 12345678, € 49,95' → order '#12345678', amount 'EUR 49.95'
 */
export function extractFacts(text: string, folded: string, body: { start: number; end: number }): Fact[] {
  const src = folded.slice(body.start, body.end);
  const taken = new Uint8Array(src.length);
  const out: Fact[] = [];
  const push = (kind: FactKind, s: number, e: number, value: string | null) => {
    if (value === null || out.length >= MAX_FACTS * 4) return;
    for (let i = s; i < e; i++) if (taken[i]) return;
    taken.fill(1, s, e);
    out.push({ kind, start: body.start + s, end: body.start + e, text: text.slice(body.start + s, body.start + e), value });
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(src)) !== null && n++ < MAX_FACTS * 4) fn(m);
  };

  for (const [kind, re] of ID_RES) {
    each(re, (m) => {
      // Real identifiers have a few digits: "order 3 days late" is not order #3.
      if ((m[1]!.match(/\d/g)?.length ?? 0) < 3) return;
      // "RMA-20931": the label is part of the code when the code starts with its dash.
      const from = /^[-/]/.test(m[1]!) ? body.start + m.index : idStart(m);
      push(kind, m.index, m.index + m[0].length, '#' + text.slice(from, idStart(m) + m[1]!.length).toUpperCase());
    });
  }
  each(HASH_ID, (m) => push('reference', m.index, m.index + m[0].length, '#' + m[1]!));
  each(CODE_ID, (m) => {
    // Dates ("nov-2026") and phone numbers have no place here: at least three digits after the prefix.
    if ((m[1]!.match(/\d/g)?.length ?? 0) < 3) return;
    push(
      kindNear(src, m.index),
      m.index,
      m.index + m[0].length,
      '#' + text.slice(body.start + m.index, body.start + m.index + m[0].length).toUpperCase(),
    );
  });
  each(AMOUNT_BEFORE, (m) => push('amount', m.index, m.index + m[0].length, money(m[1]!, m[2]!, m[3], m[4])));
  each(AMOUNT_AFTER, (m) => push('amount', m.index, m.index + m[0].length, money(m[4]!, m[1]!, m[2], m[3])));
  each(ISO_DATE, (m) => push('date', m.index, m.index + m[0].length, ymd(+m[1]!, +m[2]!, +m[3]!)));
  each(NUM_DATE, (m) => {
    let day = +m[1]!;
    let month = +m[2]!;
    // Day first (nl/en-GB) unless that cannot be: 03/24/2026 is American.
    if (month > 12 && day <= 12) [day, month] = [month, day];
    const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
    push('date', m.index, m.index + m[0].length, ymd(year, month, day));
  });
  each(DAY_MONTH, (m) => push('date', m.index, m.index + m[0].length, partial(m[3], MONTHS[m[2]!], +m[1]!)));
  each(MONTH_DAY, (m) => push('date', m.index, m.index + m[0].length, partial(m[3], MONTHS[m[1]!], +m[2]!)));
  each(TIME_COLON, (m) => push('time', m.index, m.index + m[0].length, hm(+m[1]!, +m[2]!, m[3])));
  each(TIME_DOT, (m) =>
    push('time', m.index, m.index + m[0].length, m[1] !== undefined ? hm(+m[1], +m[2]!, m[3]) : hm(+m[4]!, +m[5]!, undefined)),
  );
  each(TIME_AMPM, (m) => {
    const s = m.index;
    push('time', s, s + m[0].length, hm(+m[1]!, 0, m[2]!.replace(/\./g, '')));
  });
  each(TIME_UUR, (m) => {
    const s = m.index + m[0].indexOf(m[1]!, 2);
    push('time', s, m.index + m[0].length, hm(+m[1]!, 0, undefined));
  });
  each(WEEKDAY, (m) => push('date', m.index, m.index + m[0].length, WEEKDAYS[m[1]!] ?? null));

  out.sort((a, b) => a.start - b.start);
  return out.slice(0, MAX_FACTS);

  function idStart(m: RegExpExecArray): number {
    return body.start + m.index + m[0].length - m[1]!.length;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function ymd(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2199) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A date without a year is written ISO-style as '--MM-DD'. */
function partial(year: string | undefined, month: number | undefined, day: number): string | null {
  if (month === undefined || day < 1 || day > 31) return null;
  return year ? ymd(+year, month, day) : `--${pad(month)}-${pad(day)}`;
}

function hm(hour: number, minute: number, suffix: string | undefined): string | null {
  let h = hour;
  if (suffix === 'pm' && h < 12) h += 12;
  if (suffix === 'am' && h === 12) h = 0;
  if (h > 23 || minute > 59) return null;
  return `${pad(h)}:${pad(minute)}`;
}

function money(currency: string, whole: string, sep: string | undefined, frac: string | undefined): string {
  const code = /€|eur/.test(currency) ? 'EUR' : /£|gbp|pound/.test(currency) ? 'GBP' : 'USD';
  const units = whole.replace(/[.,\s]/g, '');
  const cents = frac === undefined || sep === undefined || frac.startsWith('-') ? '00' : frac.padEnd(2, '0');
  return `${code} ${String(Number(units))}.${cents}`;
}
