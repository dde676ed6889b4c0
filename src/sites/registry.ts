/**
 * The adapters in the order they are tried. Site adapters first (URL host, then DOM markers);
 * generic last: it works on any page, so it is also the fallback.
 */
import { freshdesk } from './freshdesk';
import { generic } from './generic';
import { gmail } from './gmail';
import { outlook } from './outlook';
import type { SiteAdapter } from './types';
import { zendesk } from './zendesk';

export const siteAdapters: readonly SiteAdapter[] = [gmail, outlook, zendesk, freshdesk];
export const adapters: readonly SiteAdapter[] = [...siteAdapters, generic];

/** Every WXT match pattern of the supported sites (the content script's `matches`): hosts.ts's siteMatches, by way of the adapters. */
export const contentMatches: string[] = siteAdapters.flatMap((a) => a.matches);

/** The adapter for this page; `generic` when no site adapter recognises it. */
export function pickAdapter(url: URL, doc: Document): SiteAdapter {
  return siteAdapters.find((a) => a.detect(url, doc)) ?? generic;
}

export { freshdesk, generic, gmail, outlook, zendesk };
export type { IncomingMessage, Result, SiteAdapter, SiteId } from './types';
