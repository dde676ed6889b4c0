/**
 * Turns what a person types for a site ("crm.example.com", "https://crm.example.com/tickets/4")
 * into the match pattern the permissions API asks for ("https://crm.example.com/*").
 */

export type SiteInputProblem = 'empty' | 'bad' | 'scheme' | 'built-in';

export type SiteInput = { ok: true; origin: string; pattern: string } | { ok: false; problem: SiteInputProblem };

/**
 * The hosts granted at installation (manifest host_permissions), as match patterns.
 * A typed site they already cover is refused with 'built-in' so nobody asks twice.
 */
export function coveredBy(patterns: readonly string[], origin: string): boolean {
  const url = new URL(origin);
  return patterns.some((p) => {
    const m = /^(\*|https?):\/\/(\*\.)?([^/]*)\//.exec(p);
    if (!m) return false;
    const [, scheme, anySub, host] = m;
    if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
    if (host === '*') return true;
    return url.hostname === host || (anySub !== undefined && url.hostname.endsWith(`.${host}`));
  });
}

/**
 * @example toSitePattern('crm.example.com') // { ok: true, origin: 'https://crm.example.com', pattern: 'https://crm.example.com/*' }
 * @example toSitePattern('ftp://x.org')      // { ok: false, problem: 'scheme' }
 */
export function toSitePattern(input: string, builtIn: readonly string[] = []): SiteInput {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'empty' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/]+:\d+(\/|$)/.test(text);
  if (hasScheme && !/^https?:\/\//i.test(text)) return { ok: false, problem: 'scheme' };
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: 'bad' };
  }
  const host = url.hostname;
  // One label at least, letters/digits/hyphens/dots (IDN arrives here already as punycode), or an IPv6 literal.
  const plausible = /^\[[0-9a-f:.]+\]$/i.test(host) || (/^[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(host) && !host.startsWith('-'));
  if (!plausible || url.username || url.password) return { ok: false, problem: 'bad' };
  const origin = url.origin;
  if (coveredBy(builtIn, origin)) return { ok: false, problem: 'built-in' };
  return { ok: true, origin, pattern: `${origin}/*` };
}

/** "https://crm.example.com/*" → "https://crm.example.com" (for display). */
export const patternToSite = (pattern: string): string => pattern.replace(/\/\*$/, '');
