/**
 * Find the customer's name in the draft: any part of it counts (surname alone too), matched
 * case- and accent-insensitively on whole words.
 */
import type { Range } from '../text';
import { toScanText } from './scan-text';

// Particles and titles that are not a name on their own ("van", "de", "mevrouw").
const NOT_A_NAME = new Set([
  'van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'la', 'le', 'di', 'da', 'du', 'von', 'del', 'dos', 'el', 'al',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'dhr', 'mevr', 'meneer', 'mevrouw', 'heer', 'sir', 'madam', 'fam', 'familie',
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
