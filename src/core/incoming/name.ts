/**
 * The name the customer signs with: the line under the closing formula ("Met vriendelijke groet,\nAnna de Vries"),
 * a name on the formula line itself ("Groet, Jan"), "Mijn naam is …" / "My name is …" in the body, or a short
 * last line that looks like a name.
 */
import type { Parts } from '../text';
import type { Title } from '../types';

// Words that end a message but are not names.
const NOT_NAME = new Set(
  `bedankt dank groet groeten groetjes mvg gr regards cheers thanks thank you best kind sincerely hoi hallo hi hey
  alvast help urgent svp aub please klant customer vriendelijke hartelijke met the de het een sent verzonden verstuurd
  iphone android outlook samsung mobile team afdeling department tel telefoon phone mobiel email e-mail www http
  cordialement freundlichen grussen grüßen viele liebe lieve beste dear sorry ok oke okay ja nee yes no`.split(/\s+/),
);
const PARTICLE = /^(?:van|de|der|den|het|ter|ten|te|la|le|du|von|zu|da|di|del|'t|d'|o'|mc|mac|bin|al)$/i;
const FORMULA =
  /^\s*(?:met\s+)?(?:vriendelijke|hartelijke|beste|warme)\s+groet(?:en)?|^\s*(?:mvg|m\.v\.g\.|gr\.?|groetjes|groeten|groet)\b|^\s*(?:kind|best|warm|warmest)\s+(?:regards|wishes)|^\s*(?:regards|cheers|best|thanks|thank you|many thanks|sincerely|yours sincerely|yours faithfully|cordialement|mit freundlichen gr(?:ü|u)(?:ß|ss)en|viele gr(?:ü|u)(?:ß|ss)e|bien à vous)\b/i;
const INTRO =
  /\b(?:[Mm]ijn naam is|[Jj]e spreekt met|[Uu] spreekt met|[Mm]y name is|[Jj]e m'appelle|[Mm]ein [Nn]ame ist)\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|van|de|der|den|ter|von)){0,3})/u;

/**
 * Find the customer's name, or undefined.
 * @example findName('Hoi,\nWaar is mijn pakket?\n\nGroet,\nAnna de Vries', splitParts(…)) // 'Anna de Vries'
 */
export function findName(text: string, parts: Parts): string | undefined {
  if (parts.signature) {
    const sig = text.slice(parts.signature.start, parts.signature.end).split('\n').slice(0, 6);
    for (let i = 0; i < sig.length; i++) {
      const line = sig[i]!.trim();
      if (!line) continue;
      const f = FORMULA.exec(line);
      if (f) {
        // "Groet, Jan" / "Thanks, Sarah": the name can follow the formula on the same line.
        const rest = line.slice(f[0].length).replace(/^[\s,.:;!-]+/, '');
        const own = rest ? asName(rest) : undefined;
        if (own) return own;
        continue;
      }
      const name = asName(line);
      if (name) return name;
      break; // the first real line after the formula was not a name: do not read company footers
    }
  }
  const body = text.slice(parts.body.start, parts.body.end);
  const intro = INTRO.exec(body.length > 20000 ? body.slice(0, 20000) : body);
  if (intro) {
    const name = asName(intro[1]!);
    if (name) return name;
  }
  // No closing formula: a short last line after a blank or sentence-ending line ("…graag snel.\nPiet").
  const lines = body.split('\n');
  if (lines.length >= 2) {
    let last = lines[lines.length - 1]!.trim();
    // "Groet, Sanne" on one line that the signature splitter did not take.
    const f = FORMULA.exec(last);
    if (f) last = last.slice(f[0].length).replace(/^[\s,.:;!-]+/, '');
    const name = asName(last);
    if (name && last.split(/\s+/).length <= 3) return name;
  }
  // A one-line message that ends in its own sign-off: "… Kun je even kijken? Groetjes, Sanne".
  const lastLine = lines[lines.length - 1]!;
  const inline = INLINE_SIGNOFF.exec(lastLine.length > 400 ? lastLine.slice(-400) : lastLine);
  if (inline) {
    const name = asName(inline[1]!);
    if (name) return name;
  }
  return undefined;
}

// A closing formula after a sentence end, then one to three words to the end of the line.
const INLINE_SIGNOFF =
  /[.!?…)]\s+(?:met\s+(?:vriendelijke|hartelijke)\s+groet(?:en)?|groetjes|groeten|groet|gr|mvg|liefs|doei|thanks|thank you|cheers|regards|kind regards|best|cordialement|bien\s+(?:à|a)\s+vous|bises|merci|mit\s+freundlichen\s+gr(?:ü|u)(?:ß|ss)en|freundliche\s+gr(?:ü|u)(?:ß|ss)e|viele\s+gr(?:ü|u)(?:ß|ss)e|liebe\s+gr(?:ü|u)(?:ß|ss)e|lg|vg|danke)[\s,!.:-]+(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,2})\s*[.!]?\s*$/iu;

const TITLES: Array<[RegExp, Title]> = [
  [/^(?:dhr\.?|de\s+heer|heer|meneer|mr\.?|mister|m\.|monsieur|herr|hr\.?)$/i, 'mr'],
  [/^(?:mevr\.?|mevrouw|mw\.?|mrs\.?|ms\.?|miss|mme\.?|madame|frau|fr\.?|mademoiselle|mlle\.?)$/i, 'ms'],
];

/**
 * The title a name carries ("Dhr. P. Janssen" → 'mr', "mevrouw De Vries" → 'ms'), or undefined.
 * "M." counts only before a surname of two letters or more, so an initial is not read as "Monsieur".
 * @example findTitle('Mevr. A. de Vries') // 'ms'
 */
export function findTitle(name: string | undefined): Title | undefined {
  if (!name) return undefined;
  const words = name.trim().split(/\s+/);
  const head = words[0]?.toLowerCase() === 'de' && words[1] ? `${words[0]} ${words[1]}` : (words[0] ?? '');
  for (const [re, title] of TITLES) {
    if (!re.test(head)) continue;
    if (head.toLowerCase() === 'm.' && !(words[1] && /^\p{Lu}\p{L}+/u.test(words[1]))) return undefined;
    return words.length > 1 ? title : undefined;
  }
  return undefined;
}

/** A name is one to four capitalised words (particles like "van der" allowed), without digits or punctuation. */
function asName(raw: string): string | undefined {
  const line = raw.trim().replace(/[.,;:!]+$/, '');
  if (line.length < 2 || line.length > 40 || /[\d@/\\<>()[\]{}|=+*#?!"]/.test(line)) return undefined;
  const words = line.split(/\s+/);
  if (words.length > 4) return undefined;
  let capitalised = 0;
  for (const w of words) {
    if (PARTICLE.test(w)) continue;
    if (NOT_NAME.has(w.toLowerCase())) return undefined;
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(w)) return undefined;
    capitalised++;
  }
  return capitalised > 0 ? line : undefined;
}
