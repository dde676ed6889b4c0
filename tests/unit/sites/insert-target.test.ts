// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { gmail } from '../../../src/sites/gmail';
import { zendesk } from '../../../src/sites/zendesk';
import { editorForInsert } from '../../../src/sites/insert-target';
import { fixtureHtml, loadPage, type Loaded } from './load';

const URL_GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbqKqvrTtHZkQpVdLhbDwNn';
const THREAD = 'thread-f:1817263544102938475';

let page: Loaded | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** The open conversation of reply-open.html with the new-message window of new-compose.html over it. */
function conversationWithCompose(subject = ''): Loaded {
  page = loadPage(fixtureHtml('gmail', 'reply-open'), URL_GMAIL);
  const compose = loadPage(fixtureHtml('gmail', 'new-compose'), URL_GMAIL);
  const dw = compose.doc.querySelector('div.dw')!;
  page.doc.body.insertAdjacentHTML('beforeend', dw.outerHTML);
  (page.doc.querySelector('div.dw input[name="subjectbox"]') as HTMLInputElement).value = subject;
  void compose.close();
  return page;
}

describe('editorForInsert', () => {
  it('refuses the new-message window when nothing is focused (findEditor picks the last visible editor)', () => {
    const { doc } = conversationWithCompose();
    const found = gmail.findEditor(doc);
    expect(found.ok && found.value.closest('div.dw')).toBeTruthy(); // the old path would have written here
    expect(editorForInsert(gmail, doc, THREAD)).toEqual({ ok: false, reason: 'other-editor' });
  });

  it("takes the conversation's reply box when the agent's caret is in it", () => {
    const { doc } = conversationWithCompose();
    const reply = doc.querySelector('div.ip.adB [g_editable="true"]') as HTMLElement;
    reply.focus();
    const r = editorForInsert(gmail, doc, THREAD);
    expect(r.ok && r.value).toBe(reply);
  });

  it("takes a popped-out reply to this conversation ('Re: <subject>')", () => {
    const { doc } = conversationWithCompose('Re: Bestelling 88412 nog steeds niet geleverd');
    const r = editorForInsert(gmail, doc, THREAD);
    expect(r.ok && r.value.closest('div.dw')).toBeTruthy();
  });

  it('refuses when the page shows another thread than the panel', () => {
    page = loadPage(fixtureHtml('gmail', 'reply-open'), URL_GMAIL);
    expect(editorForInsert(gmail, page.doc, 'thread-f:other')).toEqual({ ok: false, reason: 'other-thread' });
    expect(editorForInsert(gmail, page.doc, null)).toEqual({ ok: false, reason: 'other-thread' });
    expect(editorForInsert(gmail, page.doc, THREAD).ok).toBe(true);
  });

  it('a compose window with no conversation open takes an insert for no thread', () => {
    page = loadPage(fixtureHtml('gmail', 'new-compose'), 'https://mail.google.com/mail/u/0/#inbox?compose=new');
    expect(editorForInsert(gmail, page.doc, null).ok).toBe(true);
  });

  it('sites without the notion keep one editor per conversation', () => {
    page = loadPage(fixtureHtml('zendesk', 'reply-open'), 'https://acme.zendesk.com/agent/tickets/101');
    const incoming = zendesk.readIncoming(page.doc);
    expect(incoming.ok).toBe(true);
    expect(editorForInsert(zendesk, page.doc, incoming.ok ? incoming.value.threadId : null).ok).toBe(true);
  });
});
