/**
 * Time expressions in Dutch and English ("morgen om 15.00 uur", "binnen twee werkdagen",
 * "next Tuesday", "by end of day") found in folded text and resolved against a clock.
 * Used by findPromises; kept apart so the grammar of dates can be read on its own.
 *
 * Conventions (documented once, used everywhere):
 * - All dates are local time of `now`.
 * - A deadline that names only a day is due at END_OF_DAY_HOUR (17:00) that day.
 * - A bare weekday name is the next such day, never today ("vrijdag" said on a Friday means
 *   next Friday: for today people say "vandaag"). "next Tuesday" is the same as "Tuesday";
 *   "volgende week dinsdag" / "Tuesday next week" is the Tuesday of next week (weeks start Monday).
 * - A clock hour from 1 to 7 without am/pm is read as afternoon (office hours): "om 3 uur" = 15:00.
 * - A date without a year is this year's, or next year's when it has passed.
 * - Numeric dates are day first (3-12 = 3 December) and need a preposition before them.
 */

import type { PhraseLang } from '../types';
import { addBusinessDays, addDays, addMonths, startOfDay } from '../calendar';

/** Hour at which a deadline that names only a day falls due. */
export const END_OF_DAY_HOUR = 17;

export type Precision = 'time' | 'day';

/** One piece of a time expression, as found in the text. */
export type WhenToken =
  | { type: 'day'; start: number; end: number; day: Date; part?: DayPart }
  | { type: 'time'; start: number; end: number; hour: number; minute: number; ambiguous: boolean; part?: DayPart }
  | { type: 'eod'; start: number; end: number; hour: number }
  | { type: 'offset'; start: number; end: number; due: Date; precision: Precision };

type DayPart = 'morning' | 'afternoon' | 'evening';
const PART_END: Record<DayPart, number> = { morning: 12, afternoon: 17, evening: 21 };

// ---------- numbers ----------

const NUM_NL: Record<string, number> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  veertien: 14,
  vijftien: 15,
  twintig: 20,
  dertig: 30,
  vierentwintig: 24,
  achtenveertig: 48,
  'een paar': 2,
  paar: 2,
  enkele: 3,
};
const NUM_EN: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  'twenty-four': 24,
  'twenty four': 24,
  'forty-eight': 48,
  'forty eight': 48,
  'a couple of': 2,
  'couple of': 2,
  'a few': 3,
  few: 3,
};
// Longest first so "een paar" wins over "een" inside the alternation.
const alt = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[-\s]/g, (c) => (c === '-' ? '-' : '\\s+')))
    .join('|');
const NUM_NL_RE = alt(Object.keys(NUM_NL));
const NUM_EN_RE = alt(Object.keys(NUM_EN));

function toNumber(word: string): number | undefined {
  const w = word.trim().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  return NUM_NL[w] ?? NUM_EN[w];
}

// ---------- calendar helpers (local time; the day steps are in ../calendar.ts) ----------

function at(day: Date, hour: number, minute = 0): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute);
}
/** The next day with weekday `wd` (0 = Sunday) strictly after today. */
function nextWeekday(today: Date, wd: number): Date {
  const diff = (wd - today.getDay() + 7) % 7 || 7;
  return addDays(today, diff);
}
/** The day with weekday `wd` in the week (Monday-first) after today's week. */
function weekdayNextWeek(today: Date, wd: number): Date {
  const mondayOffset = (today.getDay() + 6) % 7; // days since Monday
  const nextMonday = addDays(today, 7 - mondayOffset);
  return addDays(nextMonday, (wd + 6) % 7);
}
/** Friday of this week, or the coming Friday when the weekend has started. */
function thisFriday(today: Date): Date {
  const diff = (5 - today.getDay() + 7) % 7;
  return addDays(today, diff);
}

// ---------- words ----------

const WEEKDAYS_NL = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const WEEKDAYS_EN: Array<[string, number]> = [
  ['sunday', 0],
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['mon', 1],
  ['tues', 2],
  ['tue', 2],
  ['wed', 3],
  ['thurs', 4],
  ['thur', 4],
  ['thu', 4],
  ['fri', 5],
];
const WD_EN = new Map(WEEKDAYS_EN);
const WD_EN_RE = alt(WEEKDAYS_EN.map(([w]) => w));

const MONTHS_NL: Array<[string, number]> = [
  ['januari', 0],
  ['jan', 0],
  ['februari', 1],
  ['feb', 1],
  ['maart', 2],
  ['mrt', 2],
  ['april', 3],
  ['apr', 3],
  ['mei', 4],
  ['juni', 5],
  ['jun', 5],
  ['juli', 6],
  ['jul', 6],
  ['augustus', 7],
  ['aug', 7],
  ['september', 8],
  ['sept', 8],
  ['sep', 8],
  ['oktober', 9],
  ['okt', 9],
  ['november', 10],
  ['nov', 10],
  ['december', 11],
  ['dec', 11],
];
const MONTHS_EN: Array<[string, number]> = [
  ['january', 0],
  ['jan', 0],
  ['february', 1],
  ['feb', 1],
  ['march', 2],
  ['mar', 2],
  ['april', 3],
  ['apr', 3],
  ['may', 4],
  ['june', 5],
  ['jun', 5],
  ['july', 6],
  ['jul', 6],
  ['august', 7],
  ['aug', 7],
  ['september', 8],
  ['sept', 8],
  ['sep', 8],
  ['october', 9],
  ['oct', 9],
  ['november', 10],
  ['nov', 10],
  ['december', 11],
  ['dec', 11],
];
const M_NL = new Map(MONTHS_NL);
const M_EN = new Map(MONTHS_EN);
const M_NL_RE = alt(MONTHS_NL.map(([m]) => m));
const M_EN_RE = alt(MONTHS_EN.map(([m]) => m));

const PART_NL: Record<string, DayPart> = {
  ochtend: 'morning',
  morgen: 'morning',
  vroeg: 'morning',
  middag: 'afternoon',
  avond: 'evening',
};
const PART_EN: Record<string, DayPart> = { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'evening' };

// ---------- rules ----------

interface Ctx {
  now: Date;
  today: Date;
}
/** A token before its position is known (Omit spread over each member of the union). */
type Made = WhenToken extends infer T ? (T extends WhenToken ? Omit<T, 'start' | 'end'> : never) : never;
type Rule = { re: RegExp; make: (m: RegExpExecArray, c: Ctx) => Made | null };

function dateFrom(c: Ctx, day: number, month: number, year?: number): Date | null {
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  let y = year ?? c.today.getFullYear();
  if (y < 100) y += 2000;
  const d = new Date(y, month, day);
  if (d.getMonth() !== month) return null; // 31 November
  if (year === undefined && d.getTime() < c.today.getTime()) return new Date(y + 1, month, day);
  return d;
}

function offsetToken(c: Ctx, n: number, unit: string): Made | null {
  if (!Number.isFinite(n) || n <= 0 || n > 400) return null;
  const u = unit.replace(/\s+/g, ' ');
  const eod = (d: Date) => at(d, END_OF_DAY_HOUR);
  if (/^(?:minuut|minuten|min|mins?|minutes?)$/.test(u))
    return { type: 'offset', due: new Date(c.now.getTime() + n * 60_000), precision: 'time' };
  if (u === 'kwartier') return { type: 'offset', due: new Date(c.now.getTime() + n * 15 * 60_000), precision: 'time' };
  if (/^(?:uur|hours?|hrs?)$/.test(u))
    return { type: 'offset', due: new Date(c.now.getTime() + n * 3_600_000), precision: 'time' };
  if (/werkdag|business|working|work day/.test(u))
    return { type: 'offset', due: eod(addBusinessDays(c.today, Math.ceil(n))), precision: 'day' };
  if (/^(?:dag|dagen|days?)$/.test(u)) return { type: 'offset', due: eod(addDays(c.today, Math.ceil(n))), precision: 'day' };
  if (/^(?:week|weken|weeks?)$/.test(u))
    return { type: 'offset', due: eod(addDays(c.today, Math.ceil(n * 7))), precision: 'day' };
  if (/^(?:maand|maanden|months?)$/.test(u))
    return { type: 'offset', due: eod(addMonths(c.today, Math.ceil(n))), precision: 'day' };
  return null;
}

function clock(
  hourText: string,
  minuteText: string | undefined,
  ampm: string | undefined,
  partWord: string | undefined,
): Made | null {
  let hour = toNumber(hourText);
  const minute = minuteText ? Number(minuteText) : 0;
  if (hour === undefined || hour > 24 || minute > 59) return null;
  if (hour === 24) hour = 0;
  let ambiguous = hour >= 1 && hour <= 12;
  let part: DayPart | undefined;
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    const pm = ampm.startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
    ambiguous = false;
  } else if (partWord) {
    part = /ochtend|morgen/.test(partWord) ? 'morning' : /middag/.test(partWord) ? 'afternoon' : 'evening';
  }
  return part ? { type: 'time', hour, minute, ambiguous, part } : { type: 'time', hour, minute, ambiguous };
}

const NO_NUM_BEFORE = '(?<![\\d€$£.,:/-])';
const PM_NL = "(?:\\s+['’]s\\s*(ochtends|morgens|middags|avonds))?";
const TIME_PREFIX_NL = '(?:om|voor|tegen|rond|omstreeks|uiterlijk|tussen|en|tot|vanaf|na)';

const RULES_NL: Rule[] = [
  // offsets: "binnen twee werkdagen", "over een half uur", "binnen het uur", "over 30 minuten"
  {
    re: new RegExp(
      `\\b(?:over|binnen)\\s+(?:(?:het|de)\\s+)?(\\d{1,3}|${NUM_NL_RE})?\\s*(half\\s+)?(werkdagen|werkdag|dagen|dag|uur|minuten|minuut|min|kwartier|weken|week|maanden|maand)\\b`,
      'g',
    ),
    make: (m, c) => {
      const n = m[2] ? 0.5 : m[1] ? toNumber(m[1]) : 1;
      return n === undefined ? null : offsetToken(c, n, m[3]!);
    },
  },
  // end of the (working) day / afternoon / morning
  {
    re: /\b(?:(?:het|de)\s+)?(?:eind|einde)\s+(?:van\s+)?(?:de\s+|deze\s+)?(werkdag|dag|middag|ochtend|morgen)\b/g,
    make: (m) => ({ type: 'eod', hour: m[1] === 'ochtend' || m[1] === 'morgen' ? 12 : END_OF_DAY_HOUR }),
  },
  { re: /\beinde\s+werkdag\b|\bsluitingstijd\b/g, make: () => ({ type: 'eod', hour: END_OF_DAY_HOUR }) },
  // end of the week / this week / before the weekend → Friday
  {
    re: /\b(?:(?:het|de)\s+)?(?:eind|einde)\s+van\s+(?:de|deze)\s+week\b|\bdeze\s+week\b|\bvoor\s+het\s+weekend\b/g,
    make: (_m, c) => ({ type: 'day', day: thisFriday(c.today) }),
  },
  // "volgende week dinsdag", "dinsdag volgende week", "komende week vrijdag"
  {
    re: /\b(?:volgende|komende)\s+week\s+(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(ochtend|morgen|middag|avond)?\b|\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(ochtend|morgen|middag|avond)?\s+(?:volgende|komende)\s+week\b/g,
    make: (m, c) => {
      const name = m[1] ?? m[3]!;
      const part = m[2] ?? m[4];
      const day = weekdayNextWeek(c.today, WEEKDAYS_NL.indexOf(name));
      return part ? { type: 'day', day, part: PART_NL[part]! } : { type: 'day', day };
    },
  },
  // "volgende week" alone → Friday of next week
  { re: /\b(?:volgende|komende)\s+week\b/g, make: (_m, c) => ({ type: 'day', day: weekdayNextWeek(c.today, 5) }) },
  // bare weekday, optionally "aanstaande"/"komende"/"a.s." and a part of the day: "vrijdagmiddag"
  {
    re: /\b(?:(?:aanstaande|komende|volgende|deze)\s+)?(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(ochtend|morgen|middag|avond)?(?:\s+a\.?s\.?)?(?![a-z])/g,
    make: (m, c) => {
      const day = nextWeekday(c.today, WEEKDAYS_NL.indexOf(m[1]!));
      return m[2] ? { type: 'day', day, part: PART_NL[m[2]]! } : { type: 'day', day };
    },
  },
  // note shorthand: "ma 10u", "vr. 14:00" (only right before a number, since "do"/"di" are words too)
  {
    re: /\b(ma|di|wo|do|vr)\.?(?=\s+(?:om\s+)?\d)/g,
    make: (m, c) => ({ type: 'day', day: nextWeekday(c.today, ['zo', 'ma', 'di', 'wo', 'do', 'vr'].indexOf(m[1]!)) }),
  },
  { re: /\bovermorgen\b/g, make: (_m, c) => ({ type: 'day', day: addDays(c.today, 2) }) },
  {
    re: /\bmorgen(ochtend|middag|avond|\s+vroeg)?\b(?!\s*(?:ochtend|middag|avond))/g,
    make: (m, c) => {
      const day = addDays(c.today, 1);
      const p = m[1]?.trim();
      return p ? { type: 'day', day, part: PART_NL[p]! } : { type: 'day', day };
    },
  },
  {
    re: /\bvan(ochtend|morgen|middag|avond)\b/g,
    make: (m, c) => ({ type: 'day', day: c.today, part: PART_NL[m[1]!]! }),
  },
  { re: /\bvandaag(?:\s+nog)?\b|\bstraks\b|\bnog\s+vandaag\b/g, make: (_m, c) => ({ type: 'day', day: c.today }) },
  // dates: "3 december", "3 dec. 2026"
  {
    re: new RegExp(`\\b(\\d{1,2})\\s+(${M_NL_RE})(?![a-z])(?:\\.?\\s+(\\d{4}))?`, 'g'),
    make: (m, c) => {
      const d = dateFrom(c, Number(m[1]), M_NL.get(m[2]!)!, m[3] ? Number(m[3]) : undefined);
      return d ? { type: 'day', day: d } : null;
    },
  },
  // times: "15.00 uur", "15:00", "15u", "om 15.00", "om drie uur", "om half vier"
  {
    re: new RegExp(`${NO_NUM_BEFORE}(\\d{1,2})[.:](\\d{2})\\s*(?:uur|u\\.?)(?![a-z])${PM_NL}`, 'g'),
    make: (m) => clock(m[1]!, m[2], undefined, m[3]),
  },
  {
    re: new RegExp(`${NO_NUM_BEFORE}(\\d{1,2}):(\\d{2})(?![\\d:])${PM_NL}`, 'g'),
    make: (m) => clock(m[1]!, m[2], undefined, m[3]),
  },
  {
    re: new RegExp(`(?<=\\b${TIME_PREFIX_NL}\\s{1,4})(\\d{1,2})\\.(\\d{2})(?![\\d.,]\\d|\\d|\\s*(?:euro|eur)\\b)${PM_NL}`, 'g'),
    make: (m) => clock(m[1]!, m[2], undefined, m[3]),
  },
  {
    re: new RegExp(`${NO_NUM_BEFORE}(\\d{1,2})\\s*(?:uur|u)(?![a-z])${PM_NL}`, 'g'),
    make: (m) => clock(m[1]!, undefined, undefined, m[2]),
  },
  {
    re: new RegExp(`(?<=\\b${TIME_PREFIX_NL}\\s{1,4})(${NUM_NL_RE})\\s+uur\\b${PM_NL}`, 'g'),
    make: (m) => clock(m[1]!, undefined, undefined, m[2]),
  },
  {
    re: new RegExp(`(?<=\\b${TIME_PREFIX_NL}\\s{1,4})half\\s+(\\d{1,2}|${NUM_NL_RE})\\b${PM_NL}`, 'g'),
    make: (m) => {
      const h = toNumber(m[1]!);
      if (h === undefined || h < 1 || h > 12) return null;
      return clock(String(h - 1 === 0 ? 12 : h - 1), '30', undefined, m[2]);
    },
  },
  // numeric date after a preposition: "op 3-12", "voor 03/12/2026"
  {
    re: /(?<=\b(?:op|voor|uiterlijk|tot|on|by|before)\s{1,4})(\d{1,2})[-/](\d{1,2})(?:[-/](\d{4}|\d{2}))?(?![\d/-])/g,
    make: (m, c) => {
      const d = dateFrom(c, Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : undefined);
      return d ? { type: 'day', day: d } : null;
    },
  },
];

const RULES_EN: Rule[] = [
  {
    re: new RegExp(
      `\\b(?:in|within)\\s+(?:the\\s+next\\s+|the\\s+|a\\s+|an\\s+|next\\s+)?(\\d{1,3}|${NUM_EN_RE})?\\s*(business\\s+days?|working\\s+days?|work\\s+days?|days?|hours?|hrs?|minutes?|mins?|weeks?|months?)\\b`,
      'g',
    ),
    make: (m, c) => {
      const n = m[1] ? toNumber(m[1]) : 1;
      return n === undefined ? null : offsetToken(c, n, m[2]!);
    },
  },
  { re: /\b(?:in|within)\s+half\s+an\s+hour\b/g, make: (_m, c) => offsetToken(c, 30, 'minutes') },
  {
    re: /\b(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+|working\s+|work\s+)?(day|afternoon|morning)\b|\b(?:the\s+)?end\s+of\s+today\b|\beod\b|\bcob\b|\bclose\s+of\s+(?:business|play)\b/g,
    make: (m) => ({ type: 'eod', hour: m[1] === 'morning' ? 12 : END_OF_DAY_HOUR }),
  },
  {
    re: /\b(?:the\s+)?end\s+of\s+(?:the|this)\s+week\b|\bthis\s+week\b|\bbefore\s+the\s+weekend\b/g,
    make: (_m, c) => ({ type: 'day', day: thisFriday(c.today) }),
  },
  {
    re: new RegExp(`\\bnext\\s+week\\s+(?:on\\s+)?(${WD_EN_RE})\\b|\\b(${WD_EN_RE})\\s+(?:of\\s+)?next\\s+week\\b`, 'g'),
    make: (m, c) => ({ type: 'day', day: weekdayNextWeek(c.today, WD_EN.get((m[1] ?? m[2])!)!) }),
  },
  { re: /\bnext\s+week\b/g, make: (_m, c) => ({ type: 'day', day: weekdayNextWeek(c.today, 5) }) },
  {
    re: new RegExp(
      `\\b(?:(?:next|this|coming|this\\s+coming)\\s+)?(${WD_EN_RE})\\b(?:\\s+(morning|afternoon|evening|night))?`,
      'g',
    ),
    make: (m, c) => {
      const day = nextWeekday(c.today, WD_EN.get(m[1]!)!);
      return m[2] ? { type: 'day', day, part: PART_EN[m[2]]! } : { type: 'day', day };
    },
  },
  { re: /\b(?:the\s+)?day\s+after\s+tomorrow\b/g, make: (_m, c) => ({ type: 'day', day: addDays(c.today, 2) }) },
  {
    re: /\btomorrow(?:\s+(morning|afternoon|evening|night))?\b/g,
    make: (m, c) => {
      const day = addDays(c.today, 1);
      return m[1] ? { type: 'day', day, part: PART_EN[m[1]]! } : { type: 'day', day };
    },
  },
  { re: /\bthis\s+(morning|afternoon|evening)\b/g, make: (m, c) => ({ type: 'day', day: c.today, part: PART_EN[m[1]!]! }) },
  { re: /\btonight\b/g, make: (_m, c) => ({ type: 'day', day: c.today, part: 'evening' }) },
  { re: /\b(?:later\s+)?today\b/g, make: (_m, c) => ({ type: 'day', day: c.today }) },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${M_EN_RE})(?![a-z])(?:\\.?,?\\s+(\\d{4}))?`, 'g'),
    make: (m, c) => {
      const d = dateFrom(c, Number(m[1]), M_EN.get(m[2]!)!, m[3] ? Number(m[3]) : undefined);
      return d ? { type: 'day', day: d } : null;
    },
  },
  {
    re: new RegExp(`\\b(${M_EN_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(\\d{4}))?`, 'g'),
    make: (m, c) => {
      const d = dateFrom(c, Number(m[2]), M_EN.get(m[1]!)!, m[3] ? Number(m[3]) : undefined);
      return d ? { type: 'day', day: d } : null;
    },
  },
  {
    re: new RegExp(`${NO_NUM_BEFORE}(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am|pm|a\\.m|p\\.m)(?![a-z])`, 'g'),
    make: (m) => clock(m[1]!, m[2], m[3], undefined),
  },
  {
    re: new RegExp(`${NO_NUM_BEFORE}(\\d{1,2}):(\\d{2})(?![\\d:])`, 'g'),
    make: (m) => clock(m[1]!, m[2], undefined, undefined),
  },
  {
    re: new RegExp(
      `(?<=\\b(?:at|by|before|around|until|till)\\s{1,4})(\\d{1,2}|${NUM_EN_RE})(?:\\s+o['’]?clock)?(?![\\d:]|[.,]\\d|\\s*(?:a\\.?m|p\\.?m)\\b)(?=\\s*(?:$|[.,;!?)\\n]|tomorrow|today|tonight|on\\b|next\\b|this\\b|${WD_EN_RE}))`,
      'g',
    ),
    make: (m) =>
      /^\d+$|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/.test(m[1]!)
        ? clock(m[1]!, undefined, undefined, undefined)
        : null,
  },
  {
    re: new RegExp(`\\b(\\d{1,2}|${NUM_EN_RE})\\s+o['’]?clock\\b`, 'g'),
    make: (m) => clock(m[1]!, undefined, undefined, undefined),
  },
  {
    re: new RegExp(`\\bhalf\\s+past\\s+(\\d{1,2}|${NUM_EN_RE})\\b`, 'g'),
    make: (m) => clock(m[1]!, '30', undefined, undefined),
  },
  { re: /\b(?:12\s+)?(?:noon|midday)\b/g, make: () => ({ type: 'time', hour: 12, minute: 0, ambiguous: false }) },
];

/**
 * Every time expression in `folded` (output of `fold`), longest match first, without overlaps.
 * @example findWhenTokens('ik bel morgen om 15.00 uur', new Date(2026, 10, 27, 9), 'nl').map(t => t.type) // ['day','time']
 */
export function findWhenTokens(folded: string, now: Date, lang?: PhraseLang): WhenToken[] {
  const c: Ctx = { now, today: startOfDay(now) };
  const rules = lang === 'nl' ? RULES_NL : lang === 'en' ? RULES_EN : [...RULES_NL, ...RULES_EN];
  const found: WhenToken[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(folded)) !== null) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const made = rule.make(m, c);
      if (made) found.push({ ...made, start: m.index, end: m.index + m[0].length });
    }
  }
  // Overlapping candidates form small clusters; in each, keep the longest first and drop what overlaps it.
  // (Clustering keeps this linear on long texts instead of comparing every token with every other.)
  found.sort((a, b) => a.start - b.start);
  const kept: WhenToken[] = [];
  let cluster: WhenToken[] = [];
  let clusterEnd = -1;
  const flush = () => {
    cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const chosen: WhenToken[] = [];
    for (const t of cluster) if (!chosen.some((k) => t.start < k.end && k.start < t.end)) chosen.push(t);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    cluster = [];
  };
  for (const t of found) {
    if (cluster.length && t.start >= clusterEnd) flush();
    cluster.push(t);
    clusterEnd = Math.max(clusterEnd, t.end);
  }
  if (cluster.length) flush();
  return kept;
}

/** Words that may sit between the day and the clock time of one expression: "morgen om 15.00", "Friday at 3 pm". */
const JOIN =
  /^[\s,]*(?:(?:om|op|rond|tegen|voor|uiterlijk|tussen|en|tot|van|in\s+de|at|on|by|before|around|between|and|to|till|until|from|in\s+the|-|–)[\s,]*)*$/;
const CLAUSE_BREAK = /[,;:!?\n]|\b(?:en|and|maar|but|of|or|want|because|omdat)\b/;
/** Words that make a time range ("tussen 14.00 en 15.00 uur"): the later time is the deadline. */
const RANGE = /^\s*(?:en|tot|and|to|till|until|-|–)\s*$/;

export interface WhenGroup {
  start: number;
  end: number;
  tokens: WhenToken[];
}

/** Join adjacent day and clock tokens into one expression each. */
export function groupWhenTokens(tokens: WhenToken[], folded: string): WhenGroup[] {
  const groups: WhenGroup[] = [];
  for (const t of tokens) {
    const g = groups[groups.length - 1];
    if (g && t.type !== 'offset' && !g.tokens.some((x) => x.type === 'offset')) {
      const gap = folded.slice(g.end, t.start);
      const hasDay = g.tokens.some((x) => x.type === 'day');
      const hasTime = g.tokens.some((x) => x.type === 'time' || x.type === 'eod');
      // Close enough to be one expression: only joining words between them ("morgen om 15.00"),
      // or a few words without a clause break ("morgen bel ik u om 15.00").
      const near = JOIN.test(gap) || (gap.length <= 32 && !CLAUSE_BREAK.test(gap) && gap.trim().split(/\s+/).length <= 5);
      const fits = near && (t.type === 'day' ? !hasDay : !hasTime || (t.type === 'time' && RANGE.test(gap)));
      if (fits) {
        g.tokens.push(t);
        g.end = t.end;
        continue;
      }
    }
    groups.push({ start: t.start, end: t.end, tokens: [t] });
  }
  return groups;
}

/**
 * The due moment of one expression, or null when it lies in the past (e.g. "vandaag om 9:00" said at 15:00).
 * A clock time without a day is the next such moment (today, else tomorrow).
 */
export function resolveWhen(group: WhenGroup, now: Date): { due: Date; precision: Precision } | null {
  const today = startOfDay(now);
  const offset = group.tokens.find((t) => t.type === 'offset');
  if (offset?.type === 'offset')
    return offset.due.getTime() >= now.getTime() ? { due: offset.due, precision: offset.precision } : null;
  const day = group.tokens.find((t): t is Extract<WhenToken, { type: 'day' }> => t.type === 'day');
  const times = group.tokens.filter((t) => t.type === 'time' || t.type === 'eod');
  const time = times[times.length - 1];
  const base = day ? day.day : today;
  const isToday = base.getTime() === today.getTime();
  let result: { due: Date; precision: Precision } | null;
  if (!time || time.type === 'eod') {
    const hour = time?.type === 'eod' ? time.hour : day?.part ? PART_END[day.part] : END_OF_DAY_HOUR;
    let due = at(base, hour);
    // Said after the cut-off on the day itself: the promise still holds until midnight.
    if (due.getTime() < now.getTime() && isToday) due = new Date(at(addDays(base, 1), 0).getTime() - 1);
    result = { due, precision: 'day' };
  } else if (time.type === 'time') {
    let hour = time.hour;
    const part = time.part ?? day?.part;
    if (time.ambiguous && hour < 12) {
      if (part === 'afternoon' || part === 'evening') hour += 12;
      else if (part !== 'morning' && hour >= 1 && hour <= 7) hour += 12;
    }
    let due = at(base, hour, time.minute);
    if (!day && due.getTime() < now.getTime()) due = at(addDays(base, 1), hour, time.minute);
    result = { due, precision: 'time' };
  } else result = null;
  return result && result.due.getTime() >= now.getTime() ? result : null;
}
