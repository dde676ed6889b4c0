/**
 * The concrete callback moment of the triad's third step ("ik bel u morgen om 15.00 uur terug").
 */
import type { CardLang } from '../types';
import { isWorkingDay } from '../calendar';

export interface TimeSlot {
  /** The moment itself, in the clock's local time. */
  date: Date;
  /** "vandaag" / "morgen" / "maandag"; English carries its preposition: "today" / "tomorrow" / "on Monday". */
  day: string;
  /** "16.00 uur" / "4 pm". */
  time: string;
  /** Day and time together: "morgen om 15.00 uur" / "tomorrow at 3 pm". */
  text: string;
}

const DAYS: Record<CardLang, string[]> = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
};
// Relative days and how a day and a time join, per language. English and German days carry their preposition.
const WORDS: Record<CardLang, { today: string; tomorrow: string; weekday: (d: string) => string; at: string }> = {
  nl: { today: 'vandaag', tomorrow: 'morgen', weekday: (d) => d, at: 'om' },
  en: { today: 'today', tomorrow: 'tomorrow', weekday: (d) => `on ${d}`, at: 'at' },
  fr: { today: "aujourd'hui", tomorrow: 'demain', weekday: (d) => d, at: 'à' },
  de: { today: 'heute', tomorrow: 'morgen', weekday: (d) => `am ${d}`, at: 'um' },
};

// Before noon there is time to find out the same day; later, the next working day leaves room to do it properly.
const SAME_DAY_BEFORE_HOUR = 12;
const SAME_DAY_HOUR = 16;
const NEXT_DAY_HOUR = 15;

function formatTime(hour: number, lang: CardLang): string {
  if (lang === 'nl') return `${hour}.00 uur`;
  if (lang === 'fr') return `${hour} h`;
  if (lang === 'de') return `${hour} Uhr`;
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12} ${hour < 12 ? 'am' : 'pm'}`;
}

/**
 * The next callback slot from `now` (local time): today at 16:00 on a working day before 12:00, otherwise the next
 * working day at 15:00, weekends skipped. Public holidays are not known here.
 * @example nextTimeSlot(new Date(2026, 10, 27, 16, 0), 'nl').text === 'maandag om 15.00 uur' // a Friday afternoon
 * @example nextTimeSlot(new Date(2026, 10, 24, 9, 30), 'en').text === 'today at 4 pm'
 */
export function nextTimeSlot(now: Date, lang: CardLang): TimeSlot {
  const valid = now instanceof Date && !Number.isNaN(now.getTime());
  const w = WORDS[lang] ?? WORDS.en;
  const days = DAYS[lang] ?? DAYS.en;
  const base = valid ? now : new Date(0);
  let date: Date;
  let day: string;
  if (valid && isWorkingDay(base) && base.getHours() < SAME_DAY_BEFORE_HOUR) {
    date = new Date(base.getFullYear(), base.getMonth(), base.getDate(), SAME_DAY_HOUR, 0, 0, 0);
    day = w.today;
  } else {
    let offset = 1;
    date = new Date(base.getFullYear(), base.getMonth(), base.getDate() + offset, NEXT_DAY_HOUR, 0, 0, 0);
    while (!isWorkingDay(date)) {
      offset++;
      date = new Date(base.getFullYear(), base.getMonth(), base.getDate() + offset, NEXT_DAY_HOUR, 0, 0, 0);
    }
    const weekday = days[date.getDay()]!;
    // Without a valid clock we cannot name a weekday truthfully: fall back to the relative "tomorrow".
    if (offset === 1 || !valid) day = w.tomorrow;
    else day = w.weekday(weekday);
  }
  const time = formatTime(date.getHours(), WORDS[lang] ? lang : 'en');
  return { date: valid ? date : new Date(Number.NaN), day, time, text: `${day} ${w.at} ${time}` };
}
