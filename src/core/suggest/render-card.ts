/**
 * Placeholder filling for phrase-card templates (grammar: see knowledge/phrases.ts).
 */
import type { Placeholder } from '../knowledge/schema';

export type CardVars = Partial<Record<Placeholder, string | undefined>>;

const GROUP = /\[([^[\]]*)\]/g;
const PLACEHOLDER = /\{([a-z_]+)\}/g;

/** A value as it may enter a reply: no template syntax, no control characters, one line, bounded length. */
function clean(value: string | undefined): string {
  if (typeof value !== 'string') return '';
  return value
    .replace(/[{}[\]\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .trim();
}

/**
 * Fill a card template. An optional `[...]` group is kept only when every placeholder in it has a value, so a card
 * without a name reads naturally. A placeholder outside a group with no value stays visible as `{x}`, so a gap is
 * never silent. The result starts with a capital and has no doubled spaces or space before punctuation.
 * @example renderCard('Dat begrijp ik[, {name}].', { name: 'mevrouw Jansen' }) === 'Dat begrijp ik, mevrouw Jansen.'
 * @example renderCard('Dat begrijp ik[, {name}].', {}) === 'Dat begrijp ik.'
 */
export function renderCard(template: string, vars: CardVars): string {
  const value = (key: string) => clean((vars as Record<string, string | undefined>)[key]);
  let out = template.replace(GROUP, (_whole, inner: string) => {
    let complete = true;
    const filled = inner.replace(PLACEHOLDER, (_m, key: string) => {
      const v = value(key);
      if (!v) complete = false;
      return v;
    });
    return complete ? filled : '';
  });
  out = out.replace(PLACEHOLDER, (m, key: string) => value(key) || m);
  out = out
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([,.;:!?])/g, '$1')
    .trim();
  return out.charAt(0).toUpperCase() + out.slice(1);
}
