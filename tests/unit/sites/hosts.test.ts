// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { onSiteHost, siteHosts, siteMatches } from '../../../src/sites/hosts';
import { contentMatches, siteAdapters } from '../../../src/sites/registry';

const blank = () => document.implementation.createHTMLDocument('');

describe('one host list (src/sites/hosts.ts)', () => {
  it('each adapter matches exactly its own site patterns, and the content script gets all of them', () => {
    for (const a of siteAdapters) expect(a.matches, a.id).toEqual(siteHosts[a.id as keyof typeof siteHosts]);
    expect(contentMatches).toEqual(siteMatches);
    expect(new Set(siteMatches).size).toBe(siteMatches.length);
  });

  it('detect follows the patterns: subdomains and the bare domain of *. hosts, exact hosts otherwise', () => {
    const byId = Object.fromEntries(siteAdapters.map((a) => [a.id, a]));
    const on = (id: string, url: string) => byId[id]!.detect(new URL(url), blank());
    expect(on('gmail', 'https://mail.google.com/mail/u/0/')).toBe(true);
    expect(on('gmail', 'https://google.com/')).toBe(false);
    expect(on('outlook', 'https://outlook.office365.com/mail/')).toBe(true);
    expect(on('outlook', 'https://outlook.live.com/mail/0/')).toBe(true);
    expect(on('outlook', 'https://outlook.example.com/')).toBe(false);
    expect(on('zendesk', 'https://acme.zendesk.com/agent/tickets/1')).toBe(true);
    expect(on('zendesk', 'https://zendesk.com/')).toBe(true);
    expect(on('zendesk', 'https://notzendesk.com/')).toBe(false);
    expect(on('freshdesk', 'https://Acme.FreshDesk.com/a/tickets/2')).toBe(true);
    expect(on('freshdesk', 'https://acme.freshdesk.com.evil.example/')).toBe(false);
  });

  it('refuses a pattern without a host instead of matching nothing silently', () => {
    expect(() => onSiteHost(new URL('https://a.example/'), ['<all_urls>'])).toThrow(/match pattern/);
  });
});
