// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { watchPage, type PageState } from '../../../src/sites/page-watcher';
import { pickAdapter } from '../../../src/sites/registry';
import type { SiteAdapter } from '../../../src/sites/types';
import { fixtureHtml, loadPage } from './load';

describe('watchPage', () => {
  it('reports the first state, then a new customer message and a typed draft, once each', async () => {
    const page = loadPage(fixtureHtml('zendesk', 'inbox'), 'https://triade-demo.zendesk.com/agent/tickets/101');
    const adapter = pickAdapter(page.url, page.doc);
    const states: PageState[] = [];
    const watcher = watchPage(page.doc, { adapter: () => adapter, onState: (s) => states.push(s), throttleMs: 5 });

    await vi.waitFor(() => expect(states.length).toBe(1));
    expect(states[0]!.adapter).toBe('zendesk');
    expect(states[0]!.incoming?.senderName).toBe('Fatima Yilmaz');
    expect(states[0]!.draft).toBe('');

    // A new end-user comment arrives in the log.
    const log = page.doc.querySelector('[data-test-id="omni-log-container"]')!;
    const item = page.doc.createElement('article');
    item.setAttribute('data-test-id', 'omni-log-comment-item');
    item.setAttribute('data-author-role', 'end-user');
    item.innerHTML =
      '<span data-test-id="omni-log-item-sender">Fatima Yilmaz</span><div class="zd-comment"><p>Hallo? Nog steeds niets!</p></div>';
    log.appendChild(item);
    await vi.waitFor(() => expect(states.length).toBe(2));
    expect(states[1]!.incoming?.text).toBe('Hallo? Nog steeds niets!');

    // The agent types (the editor renders itself: no input event, only mutations).
    const editor = adapter.findEditor(page.doc);
    if (!editor.ok) throw new Error(editor.reason);
    editor.value.querySelector('p')!.textContent = 'Beste Fatima,';
    await vi.waitFor(() => expect(states.length).toBe(3));
    expect(states[2]!.draft).toBe('Beste Fatima,');

    // Mutations that change nothing the panel shows are not reported.
    page.doc.body.appendChild(page.doc.createElement('span'));
    await new Promise((r) => setTimeout(r, 40));
    expect(states.length).toBe(3);

    watcher.stop();
    editor.value.querySelector('p')!.textContent = 'Na stop';
    await new Promise((r) => setTimeout(r, 40));
    expect(states.length).toBe(3);
    await page.close();
  });

  it('turns a throwing adapter into reasons and snapshot() answers synchronously', async () => {
    const page = loadPage('<!DOCTYPE html><html><body><p>x</p></body></html>', 'https://example.test/');
    const broken: SiteAdapter = {
      ...pickAdapter(page.url, page.doc),
      readIncoming: () => {
        throw new Error('boom');
      },
    };
    const watcher = watchPage(page.doc, { adapter: () => broken, onState: () => {} });
    const state = watcher.snapshot();
    expect(state).toMatchObject({
      adapter: 'generic',
      incoming: null,
      incomingReason: 'adapter-error',
      draft: null,
      editorReason: 'no-editor',
    });
    expect(state.at).toBeGreaterThan(0);
    watcher.stop();
    await page.close();
  });

  it('restoreCaret puts the caret back in the editor after the page lost it', async () => {
    const page = loadPage(
      fixtureHtml('gmail', 'reply-open'),
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbqKqvrTtHZkQpVdLhbDwNn',
    );
    const adapter = pickAdapter(page.url, page.doc);
    const watcher = watchPage(page.doc, { adapter: () => adapter, onState: () => {} });
    const editor = adapter.findEditor(page.doc);
    if (!editor.ok) throw new Error(editor.reason);
    const text = editor.value.querySelector('div')!.firstChild!;
    const sel = page.doc.getSelection()!;
    const r = page.doc.createRange();
    r.setStart(text, 5);
    sel.removeAllRanges();
    sel.addRange(r);
    page.doc.dispatchEvent(new (page.doc.defaultView as unknown as typeof globalThis).Event('selectionchange'));
    sel.removeAllRanges(); // focus went to the side panel and the page dropped the selection
    watcher.restoreCaret(editor.value);
    expect(adapter.insertAtCursor(editor.value, '!').ok).toBe(true);
    expect(adapter.readDraft(editor.value).startsWith('Beste! Sanne,')).toBe(true);
    watcher.stop();
    await page.close();
  });
});
