// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freshdeskSelectors } from '../../../src/sites/freshdesk';
import { genericSelectors } from '../../../src/sites/generic';
import { gmail, gmailSelectors } from '../../../src/sites/gmail';
import { outlookSelectors } from '../../../src/sites/outlook';
import { zendesk, zendeskSelectors } from '../../../src/sites/zendesk';
import { fixtureHtml, loadPage } from './load';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../../../src/sites');
const FILES = {
  gmail: gmailSelectors,
  outlook: outlookSelectors,
  zendesk: zendeskSelectors,
  freshdesk: freshdeskSelectors,
  generic: genericSelectors,
} as const;

describe('selectors', () => {
  for (const [site, groups] of Object.entries(FILES)) {
    const source = readFileSync(join(SRC, `${site}.ts`), 'utf8').split('\n');
    for (const [group, list] of Object.entries(groups as Record<string, readonly string[]>)) {
      it(`${site}.${group}: every selector parses and carries its own comment`, () => {
        expect(list.length).toBeGreaterThan(0);
        for (const selector of list) {
          expect(() => document.querySelector(selector), selector).not.toThrow();
          const line = source.find((l) => l.includes(`'${selector}',`));
          expect(line, `${site}: ${selector} declared on one line`).toBeDefined();
          expect(line!, `${site}: ${selector} has a comment`).toMatch(/\/\/ \S/);
        }
      });
    }
  }
});

describe('site specifics', () => {
  it('gmail takes the thread id from the URL hash when the heading carries none', async () => {
    const html = fixtureHtml('gmail', 'reply-open').replace(/ data-(thread-perm|legacy-thread)-id="[^"]*"/g, '');
    const page = loadPage(html, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbqKqvrTtHZkQpVdLhbDwNn');
    const got = gmail.readIncoming(page.doc);
    expect(got.ok && got.value.threadId).toBe('FMfcgzQXJWbqKqvrTtHZkQpVdLhbDwNn');
    await page.close();
  });

  it('gmail skips hidden (collapsed) messages and prefers the focused editor', async () => {
    const html = fixtureHtml('gmail', 'reply-open').replace(
      '<div role="listitem" class="adn ads" data-message-id="#msg-f:1817263544102938477">',
      '<div role="listitem" class="adn ads" hidden data-message-id="#msg-f:1817263544102938477">',
    );
    const page = loadPage(html, 'https://mail.google.com/mail/u/0/#inbox');
    const got = gmail.readIncoming(page.doc);
    // The follow-up is hidden; the agent's reply is skipped; the first customer mail remains.
    expect(got.ok && got.value.text).toContain('Op 12 november');
    await page.close();
  });

  it('zendesk picks the composer that has focus when two are on the page', async () => {
    const extra = '<div class="ProseMirror" contenteditable="true" id="second"><p>Tweede</p></div>';
    const html = fixtureHtml('zendesk', 'reply-open').replace('</body>', `${extra}</body>`);
    const page = loadPage(html, 'https://x.zendesk.com/agent/tickets/4821');
    const ck = page.doc.querySelector('.ck-editor__editable') as HTMLElement;
    ck.focus();
    const found = zendesk.findEditor(page.doc);
    expect(found.ok && found.value).toBe(ck);
    await page.close();
  });
});
