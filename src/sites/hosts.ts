/**
 * The hosts of the supported sites, as match patterns: the one list behind each adapter's `matches`
 * and `detect`, the content script's `matches` (entrypoints/content.ts through the registry, read
 * by WXT when it builds the manifest) and the manifest's `host_permissions` (wxt.config.ts).
 * Plain data without imports of values: wxt.config.ts loads this file in Node.
 */
import type { SiteId } from './types';

export const siteHosts = {
  gmail: ['https://mail.google.com/*'],
  outlook: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  zendesk: ['https://*.zendesk.com/*'],
  freshdesk: ['https://*.freshdesk.com/*'],
} as const satisfies Record<Exclude<SiteId, 'generic'>, readonly string[]>;

/** Every site's patterns, in the registry's order: the manifest's host access and the content script's matches. */
export const siteMatches: string[] = Object.values(siteHosts).flat();

/** The host part of a match pattern: `https://*.zendesk.com/*` → `*.zendesk.com`. */
function patternHost(pattern: string): string {
  const m = /^[a-z*]+:\/\/([^/]+)\//.exec(pattern);
  if (!m) throw new Error(`not a match pattern with a host: ${pattern}`);
  return m[1]!.toLowerCase();
}

/**
 * The URL's host is one of the patterns' hosts; `*.` also takes the bare domain, as a match pattern
 * does. Scheme and path are not compared (detect also runs on local copies of the pages).
 * @example onSiteHost(new URL('https://acme.zendesk.com/agent'), siteHosts.zendesk) // true
 */
export function onSiteHost(url: URL, patterns: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  return patterns
    .map(patternHost)
    .some((h) => (h.startsWith('*.') ? host.endsWith(h.slice(1)) || host === h.slice(2) : host === h));
}
