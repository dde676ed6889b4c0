// @vitest-environment happy-dom
/**
 * Page changes after load on the variant fixtures: older entries loaded later ("Show more" on
 * Zendesk, older conversations on Freshdesk, in either sort order), new customer messages
 * arriving, and the mail variants where the customer's latest words are not on the page (a Gmail
 * "older messages" bar, an Outlook message collapsed before its body rendered): the adapter keeps
 * the customer's latest message and never falls back to an older one.
 */
import { describe, expect, it } from 'vitest';
import { freshdesk } from '../../../src/sites/freshdesk';
import { gmail } from '../../../src/sites/gmail';
import { outlook } from '../../../src/sites/outlook';
import type { SiteAdapter } from '../../../src/sites/types';
import { zendesk } from '../../../src/sites/zendesk';
import { fixtureHtml, loadPage } from './load';

function textOf(adapter: SiteAdapter, doc: Document): string {
  const r = adapter.readIncoming(doc);
  if (!r.ok) throw new Error(`no incoming: ${r.reason}`);
  return r.value.text;
}

/** What the fixture's own script does when "Show more" is clicked (scripts do not run here). */
function loadOlder(doc: Document, log: Element, control: Element, at: 'before-control' | 'end'): void {
  const items = Array.from((doc.getElementById('older') as HTMLTemplateElement).content.cloneNode(true).childNodes).filter(
    (n) => n.nodeType === 1,
  );
  if (at === 'end') items.reverse().forEach((a) => log.appendChild(a));
  else items.forEach((a) => log.insertBefore(a, control));
  control.remove();
}

function newComment(doc: Document, html: string): Element {
  const box = doc.createElement('div');
  box.innerHTML = html.trim();
  return box.firstElementChild!;
}

const ZD_LATEST = 'derde maand op rij';
const zdComment = (text: string, iso: string) =>
  `<article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-message" type="end-user"><header><div data-test-id="omni-log-item-sender">Ruben Claes</div><time datetime="${iso}">nu</time></header><div data-test-id="omni-log-message-content"><div class="zd-comment"><p>${text}</p></div></div></div></article>`;

describe('Zendesk: a long ticket with "Show more"', () => {
  it('reads the newest end-user comment before and after the older comments load, and follows a new one', async () => {
    const page = loadPage(fixtureHtml('zendesk', 'load-more'), 'https://triade-demo.zendesk.com/agent/tickets/301');
    const log = page.doc.querySelector('[data-test-id="omni-log-container"]')!;
    const button = log.querySelector('[data-test-id="convolog-show-more-button"]')!;
    expect(textOf(zendesk, page.doc)).toContain(ZD_LATEST);
    loadOlder(page.doc, log, button, 'before-control');
    expect(log.querySelectorAll('article')).toHaveLength(8);
    expect(textOf(zendesk, page.doc)).toContain(ZD_LATEST);
    log.appendChild(newComment(page.doc, zdComment('Nog steeds niets terug. Ik wacht.', '2026-12-01T12:00:00Z')));
    expect(textOf(zendesk, page.doc)).toBe('Nog steeds niets terug. Ik wacht.');
    await page.close();
  });

  it('newest first (the agent’s comment sort): older comments load at the bottom and the newest stays the one read', async () => {
    const page = loadPage(fixtureHtml('zendesk', 'load-more'), 'https://triade-demo.zendesk.com/agent/tickets/301');
    const log = page.doc.querySelector('[data-test-id="omni-log-container"]')!;
    const button = log.querySelector('[data-test-id="convolog-show-more-button"]')!;
    // What the workspace shows with newest first: the log reversed, "Show more" at the end.
    Array.from(log.querySelectorAll('article'))
      .reverse()
      .forEach((a) => log.appendChild(a));
    log.appendChild(button);
    expect(textOf(zendesk, page.doc)).toContain(ZD_LATEST);
    loadOlder(page.doc, log, button, 'end');
    // The last article on the page is now the oldest comment of the ticket (an end-user one).
    expect(log.lastElementChild!.textContent).toContain('sinds september');
    expect(textOf(zendesk, page.doc)).toContain(ZD_LATEST);
    log.insertBefore(
      newComment(page.doc, zdComment('Nog steeds niets terug. Ik wacht.', '2026-12-01T12:00:00Z')),
      log.firstElementChild,
    );
    expect(textOf(zendesk, page.doc)).toBe('Nog steeds niets terug. Ik wacht.');
    await page.close();
  });
});

describe('Freshdesk: older conversations loaded later', () => {
  it('reads the newest requester reply before and after the older conversations appear, and follows a new one', async () => {
    const page = loadPage(fixtureHtml('freshdesk', 'load-more'), 'https://triade-demo.freshdesk.com/a/tickets/401');
    const pane = page.doc.querySelector('.tickets-conversation-pane')!;
    const control = pane.querySelector('.older-control')!;
    const before = freshdesk.readIncoming(page.doc);
    expect(before.ok && before.value.text).toContain('third router');
    loadOlder(page.doc, pane, control, 'before-control');
    expect(pane.querySelectorAll('.ticket-details__item')).toHaveLength(8);
    const after = freshdesk.readIncoming(page.doc);
    expect(after).toEqual(before);
    const reply = pane.querySelector('.ticket-details__requestor:not(:first-child)')!.cloneNode(true) as Element;
    reply.querySelector('time')!.setAttribute('datetime', '2026-12-01T12:00:00Z');
    reply.querySelector('.ticket_note')!.innerHTML = '<p>Any news? Nobody called.</p>';
    pane.appendChild(reply);
    expect(textOf(freshdesk, page.doc)).toBe('Any news? Nobody called.');
    await page.close();
  });
});

describe('mail: the latest customer words not on the page', () => {
  it('Gmail: with only agent replies after an "older messages" bar, it says no-message rather than reading the first message', async () => {
    const page = loadPage(
      fixtureHtml('gmail', 'collapsed'),
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXNqRtVbWmKpLsHdJfGaZxCvBn',
    );
    const latest = page.doc.querySelector('[role="listitem"].h7')!;
    latest.querySelector('span.gD')!.setAttribute('email', 'klantenservice@fietsbel.example'); // the agent wrote the last one
    expect(gmail.readIncoming(page.doc)).toEqual({ ok: false, reason: 'no-message' });
    await page.close();
  });

  it('Gmail: a collapsed message opened earlier is read from its body, not its snippet', async () => {
    const page = loadPage(
      fixtureHtml('gmail', 'collapsed'),
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXNqRtVbWmKpLsHdJfGaZxCvBn',
    );
    const list = page.doc.querySelector('[role="list"]')!;
    // Keep only the first (collapsed, body rendered) message: it is the customer's latest now.
    for (const el of Array.from(list.children).slice(1)) el.remove();
    expect(textOf(gmail, page.doc)).toContain('retour R-5521');
    await page.close();
  });

  it('Outlook, newest on top: the agent replied last and her message below is collapsed without a body: no-message, not an older one', async () => {
    const page = loadPage(
      fixtureHtml('outlook', 'newest-on-top'),
      'https://outlook.office.com/mail/inbox/id/AAQkADEnergiekIncasso0003',
    );
    const list = page.doc.querySelector('[data-app-section="ConversationContainer"]')!;
    for (const entry of Array.from(list.querySelectorAll('[role="listitem"]')).slice(0, 2)) {
      entry.setAttribute('aria-expanded', 'false');
      entry.querySelector('[role="document"]')!.remove(); // never opened in this session: no body rendered
    }
    list.insertBefore(
      newComment(
        page.doc,
        '<div role="listitem" aria-expanded="true"><div><span class="OZZZK">Noor Smit</span> <span title="noor.smit@energiek.example">x</span></div><div role="document"><div aria-label="Message body">Beste mevrouw Jansen, ik bel u vanmiddag.</div></div></div>',
      ),
      list.firstElementChild,
    );
    expect(outlook.readIncoming(page.doc)).toEqual({ ok: false, reason: 'no-message' });
    await page.close();
  });
});
