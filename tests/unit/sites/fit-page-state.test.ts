// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/messaging/protocol';
import { readPageState } from '../../../src/sites/page-watcher';
import { pickAdapter } from '../../../src/sites/registry';
import { fixtureHtml, loadPage } from './load';

/** What the panel receives: the content script's state, parsed as the router parses it. */
const received = (state: unknown) => parseMessage({ name: 'content→panel/state', payload: state });

describe('page state over the protocol limits', () => {
  it('a 201-character sender name (and an endless subject) still reaches the panel, cut to the limit', () => {
    const page = loadPage(fixtureHtml('zendesk', 'inbox'), 'https://triade-demo.zendesk.com/agent/tickets/101');
    const adapter = pickAdapter(page.url, page.doc);
    const senders = page.doc.querySelectorAll('[data-test-id="omni-log-item-sender"]');
    const longName = 'Fatima ' + 'Yilmaz-'.repeat(27) + 'Xxxxx'; // 7 + 189 + 5 = 201 characters
    expect(longName).toHaveLength(201);
    for (const s of senders) s.textContent = longName;
    const state = readPageState(page.doc, adapter);
    expect(state.incoming?.text).toBeTruthy();
    const got = received(state);
    expect(got.ok).toBe(true);
    const name = state.incoming!.senderName!;
    expect(name.length).toBeLessThanOrEqual(200);
    expect(name.startsWith('Fatima Yilmaz-Yilmaz')).toBe(true);
    expect(name.endsWith('…')).toBe(true);
    // The customer's message itself is untouched.
    expect(state.incoming!.text).toBe(
      readPageState(loadPage(fixtureHtml('zendesk', 'inbox'), 'https://triade-demo.zendesk.com/agent/tickets/101').doc, adapter)
        .incoming!.text,
    );
  });

  it('cuts subject, thread id and URL to their limits without splitting an emoji, and keeps the thread id stable', () => {
    const page = loadPage(fixtureHtml('zendesk', 'inbox'), 'https://triade-demo.zendesk.com/agent/tickets/101');
    const adapter = pickAdapter(page.url, page.doc);
    const base = readPageState(page.doc, adapter);
    const huge = {
      ...base,
      url: 'https://triade-demo.zendesk.com/agent/tickets/101?q=' + 'x'.repeat(5000),
      incoming: {
        ...base.incoming!,
        subject: '😡'.repeat(800),
        threadId: 't'.repeat(499) + '😡' + 'u'.repeat(50),
        senderName: '😡'.repeat(150),
      },
    };
    expect(received(huge).ok).toBe(false); // as the adapter reads it, the panel would drop it
    const fake = { ...adapter, readIncoming: () => ({ ok: true as const, value: huge.incoming }) };
    const first = readPageState(page.doc, fake);
    const again = readPageState(page.doc, fake);
    expect(received(first).ok).toBe(true);
    expect(first.incoming!.threadId).toBe(again.incoming!.threadId);
    for (const s of [first.incoming!.subject!, first.incoming!.senderName!, first.incoming!.threadId])
      expect(s).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(first.incoming!.subject!.length).toBeLessThanOrEqual(1000);
    expect(first.incoming!.threadId.length).toBeLessThanOrEqual(500);
    // Two long thread ids that only differ past the limit stay two threads.
    const other = {
      ...adapter,
      readIncoming: () => ({ ok: true as const, value: { ...huge.incoming, threadId: 't'.repeat(499) + '😡' + 'v'.repeat(50) } }),
    };
    expect(readPageState(page.doc, other).incoming!.threadId).not.toBe(first.incoming!.threadId);
  });
});
