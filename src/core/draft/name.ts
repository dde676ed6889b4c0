/**
 * Find the customer's name in the draft: any part of it counts (surname alone too), matched
 * case- and accent-insensitively on whole words.
 */
import type { Range } from '../text';
import { toScanText } from './scan-text';

// Particles and titles that are not a name on their own ("van", "de", "mevrouw").
const NOT_A_NAME = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'ter',
  'ten',
  'te',
  'la',
  'le',
  'di',
  'da',
  'du',
  'von',
  'del',
  'dos',
  'el',
  'al',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'dhr',
  'mevr',
  'meneer',
  'mevrouw',
  'heer',
  'sir',
  'madam',
  'fam',
  'familie',
]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The usable parts of a name, folded: particles, titles and single letters dropped.
 * @example nameParts('Dhr. J. van der Berg') // ['berg']
 */
export function nameParts(customerName: string | undefined): string[] {
  if (!customerName) return [];
  return toScanText(customerName)
    .split(/[\s,.;:()"/]+/)
    .map((p) => p.replace(/^['-]+|['-]+$/g, ''))
    .filter((p) => p.length >= 2 && !NOT_A_NAME.has(p));
}

/**
 * The first place in the folded body where a part of the customer's name appears, if any.
 * @example findName('beste mevrouw sanchez,', 'María Sánchez') // { start: 14, end: 21 }
 */
export function findName(body: string, customerName: string): Range | undefined {
  const parts = nameParts(customerName);
  if (parts.length === 0) return undefined;
  // Longest first so "jan-willem" wins over "jan" at the same spot.
  parts.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  const m = re.exec(body);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

// Salutations and titles in the four languages, matched on the original text (capitals carry the name).
const GREETING = String.raw`(?:beste|geachte|lieve|dag|hoi|hallo|hey|hi|hello|dear|goedemorgen|goedemiddag|goedenavond|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|cher|chère|liebe|lieber|hallo|sehr geehrte|sehr geehrter|guten (?:tag|morgen|abend)|moin|servus)`;
const TITLE = String.raw`(?:meneer|mevrouw|heer|mevr\.?|dhr\.?|mr\.?|mrs\.?|ms\.?|miss|dr\.?|monsieur|madame|mademoiselle|m\.|mme|herr|frau)`;
// Words that follow a greeting but are not the customer's name.
const NOT_NAMES = new Set([
  'team',
  'klant',
  'klanten',
  'allen',
  'iedereen',
  'daar',
  'allemaal',
  'heer',
  'mevrouw',
  'meneer',
  'customer',
  'there',
  'all',
  'everyone',
  'everybody',
  'guys',
  'folks',
  'friend',
  'sir',
  'madam',
  'client',
  'cliente',
  'kunde',
  'kundin',
  'zusammen',
  'alle',
  'tous',
  'madame',
  'monsieur',
  'again',
  'and',
  'thanks',
  'thank',
  'we',
  'i',
  'the',
  'en',
  'bedankt',
  'dank',
  'merci',
  'danke',
  'nochmal',
  'opnieuw',
  'wij',
  'ik',
  'we',
  'grüße',
  'grüsse',
  'gruß',
  'kollegen',
  'community',
  'kunden',
  'consumer',
  'ohje',
  'oje',
  'oei',
  'oeps',
  'bjr',
  'now',
]);
const NAME = String.raw`(?:\[NAAM\]|[A-Z\u00C0-\u00DE][\p{L}'’-]{1,30}|[A-Z]{1,3}\.?)`;
// Either case for every letter: the greeting may open a sentence or not, while the name must keep its capital
// (with the `i` flag "Hallo, es tut uns leid" read "es" as a name).
const anyCase = (src: string) =>
  src.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
// "Beste Marieke,", "Hi Tom!", "Dear Mr [NAAM]", "Bonjour Monsieur [NAAM]", "Hallo Herr K.", "Beste arlette [NAAM]",
// "Beste @[HANDLE]," (a handle after a greeting is the name the company has).
const SALUTATION = new RegExp(
  String.raw`(?:^|[\n.!?]\s*|^(?:@\S+\s+)+)${anyCase(GREETING)}[ \t,]+(?:${anyCase(TITLE)}\s+)?(${NAME}|@\[HANDLE\]|@\S{2,30}(?=[,;:!\s])|[\p{Ll}]{2,20}(?= \[NAAM\]))`,
  'gu',
);
// A name as a vocative after a comma at a clause end: "… from another device, Miriam ^MM", "Thanks for your feedback, Arif."
const TRAILING = new RegExp(String.raw`,\s+([A-Z\u00C0-\u00DE][\p{Ll}'’-]{1,20})(?=\s*(?:[.!?]|$|\^|\s-\s|\s/|\n| 1\/2))`, 'gmu');
// "Thanks Sam!", "Sorry Martin,", "help Sam,", "Bedankt Jarich voor …", "Dank je wel Ann-Sofie voor …" — a name right
// after a short address word.
const AFTER_WORD = new RegExp(
  String.raw`\b${anyCase('(?:thanks|thank you|sorry|welcome|help|cheers|bedankt|dank je|dank je wel|dankjewel|dank u|dank u wel|hartelijk dank|merci|danke|vielen dank)')}\s+([A-Z][\p{Ll}'’]{1,20}(?:-[A-Z]?[\p{Ll}'’]{1,20})?)(?=\s*[,!.]|\s+(?:voor|for|für|pour)\b)`,
  'gu',
);
// The reply opens on a name: "Jason, bedankt voor …", "@[HANDLE] Hannah, we are …", "Edgar - sorry for …".
const OPENING = new RegExp(
  String.raw`^(?:@\S+\s+)*([A-Z\u00C0-\u00DE][\p{Ll}'’]{1,20}(?:-[A-Z\u00C0-\u00DE][\p{Ll}']{1,20})?)(?=\s*,\s|\s+-\s)`,
  'u',
);
// Words that open a sentence followed by a comma and are not a name.
const OPENERS = new Set(
  (
    'helaas inderdaad natuurlijk uiteraard ja nee nou ok oke oké goed prima tja zeker ook verder daarnaast bovendien echter ' +
    'overigens allereerst vandaar kortom hallo hoi hey hi hello dag beste goedemorgen goedemiddag goedenavond yes no well ' +
    'sorry thanks unfortunately however indeed also so hmm oh okay sure great please again first hopefully currently ' +
    'leider nein gut also zudem allerdings jedoch natürlich danke moin servus oui non malheureusement cependant ' +
    'bonjour bonsoir merci désolé desole effectivement également egalement alors ainsi enfin sinon'
  ).split(' '),
);
/**
 * Where the draft addresses the customer by name without knowing it: a salutation with a name
 * ("Beste Marieke,", "Hi Tom!", "Dear Mr [NAAM]"), or a name as a vocative after a comma.
 * @example findVocative('Hi Tom! Thanks for waiting.') // { start: 3, end: 6 }
 */
export function findVocative(draft: string, bodyEnd: number): Range | undefined {
  const body = draft.slice(0, bodyEnd);
  const open = OPENING.exec(body);
  if (open && !OPENERS.has(open[1]!.toLowerCase()) && !NOT_NAMES.has(open[1]!.toLowerCase())) {
    const start = open.index + open[0].length - open[1]!.length;
    return { start, end: start + open[1]!.length };
  }
  for (const re of [SALUTATION, TRAILING, AFTER_WORD]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body)) !== null) {
      const name = m[1]!;
      if (NOT_NAMES.has(name.toLowerCase().replace(/[.,]/g, ''))) continue;
      const start = m.index + m[0].length - name.length;
      return { start, end: start + name.length };
    }
  }
  return undefined;
}
