import { describe, expect, it, vi } from 'vitest';
import { parseMessage } from '../../../src/messaging/protocol';
import { createContextRouter, type HandlerMap } from '../../../src/messaging/router';
import type { SenderKind } from '../../../src/messaging/sender';

// The extension 'me': its own id and origin come from its runtime, as in every context.
const self = { id: 'me', getURL: (p: string) => `chrome-extension://me${p}` };
function createRouter(handlers: HandlerMap, opts: { accept: SenderKind[]; onDrop?: (why: string) => void }) {
  const router = createContextRouter(self, opts.onDrop ? { onDrop: opts.onDrop } : {});
  router.handle(handlers, opts.accept);
  return router.listener;
}
import { classifySender } from '../../../src/messaging/sender';

const state = {
  adapter: 'gmail',
  url: 'https://mail.google.com/mail/u/0/#inbox/abc',
  incoming: { text: 'Waar blijft mijn pakket?', channel: 'email', threadId: 'abc', senderName: 'Anja' },
  draft: 'Beste Anja,',
  at: 1,
};

describe('protocol', () => {
  it('accepts a well-formed page state', () => {
    const r = parseMessage({ name: 'content→panel/state', payload: state });
    expect(r.ok).toBe(true);
  });

  it('refuses an unknown message name with its name in the error', () => {
    const r = parseMessage({ name: 'content→panel/stat', payload: state });
    expect(r).toEqual({ ok: false, error: 'unknown message "content→panel/stat"' });
  });

  it('refuses a malformed payload and says which field', () => {
    const r = parseMessage({ name: 'content→panel/state', payload: { ...state, adapter: 'hotmail' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/adapter/);
  });

  it('refuses things that are not messages at all', () => {
    for (const raw of [null, 42, 'hello', { payload: {} }, []]) expect(parseMessage(raw).ok).toBe(false);
  });

  it('refuses an insert of empty text (nothing to insert is a bug, not a no-op)', () => {
    expect(parseMessage({ name: 'panel→content/insert', payload: { text: '' } }).ok).toBe(false);
  });
});

describe('sender classification', () => {
  it('tells content scripts, extension pages and foreign senders apart by id, not url', () => {
    expect(classifySender({ id: 'me', tab: { id: 3 } }, 'me')).toBe('content');
    expect(classifySender({ id: 'me' }, 'me')).toBe('extension-page');
    expect(classifySender({ id: 'evil', tab: { id: 3 } }, 'me')).toBe('foreign');
    expect(classifySender({}, 'me')).toBe('foreign');
    // An extension page opened in a tab (options page, the panel in a window) also has sender.tab.
    expect(classifySender({ id: 'me', tab: { id: 3 }, origin: 'chrome-extension://me' }, 'me', 'chrome-extension://me')).toBe(
      'extension-page',
    );
    expect(classifySender({ id: 'me', tab: { id: 3 }, origin: 'https://mail.google.com' }, 'me', 'chrome-extension://me')).toBe(
      'content',
    );
  });
});

describe('router', () => {
  it('runs the handler for a valid message from an accepted sender and answers', async () => {
    const handler = vi.fn(() => ({ ok: true }));
    const route = createRouter({ 'panel→content/insert': handler }, { accept: ['extension-page'] });
    const answer = await new Promise((resolve) => {
      const kept = route(
        { name: 'panel→content/insert', payload: { text: 'Dank u wel', threadId: null } },
        { id: 'me' },
        resolve,
      );
      expect(kept).toBe(true);
    });
    expect(answer).toEqual({ ok: true });
    expect(handler).toHaveBeenCalledWith(
      { text: 'Dank u wel', threadId: null },
      expect.objectContaining({ kind: 'extension-page' }),
    );
  });

  it('refuses a malformed message it handles: answers why, never calls the handler', () => {
    const handler = vi.fn();
    const onDrop = vi.fn();
    const answer = vi.fn();
    const route = createRouter({ 'panel→content/insert': handler }, { accept: ['extension-page'], onDrop });
    const kept = route({ name: 'panel→content/insert', payload: { text: 5 } }, { id: 'me' }, answer);
    expect(kept).toBe(false);
    expect(handler).not.toHaveBeenCalled();
    expect(onDrop).toHaveBeenCalledWith(expect.stringMatching(/text/));
    expect(answer).toHaveBeenCalledWith({ ok: false, reason: expect.stringMatching(/^malformed "panel→content\/insert": text/) });
  });

  it('leaves a malformed message for another context alone', () => {
    const answer = vi.fn();
    const route = createRouter({ 'panel→content/insert': vi.fn() }, { accept: ['extension-page'] });
    expect(route({ name: 'panel→content/replace', payload: {} }, { id: 'me' }, answer)).toBeUndefined();
    expect(answer).not.toHaveBeenCalled();
  });

  it('ignores messages from senders it does not accept', () => {
    const handler = vi.fn();
    const route = createRouter({ 'content→panel/state': handler }, { accept: ['content'] });
    route({ name: 'content→panel/state', payload: state }, { id: 'other', tab: { id: 1 } }, () => {});
    route({ name: 'content→panel/state', payload: state }, { id: 'me' }, () => {});
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a handler error into a clear failed answer instead of a hanging panel', async () => {
    const route = createRouter(
      {
        'panel→content/insert': () => {
          throw new Error('editor gone');
        },
      },
      { accept: ['extension-page'] },
    );
    const answer = await new Promise((resolve) =>
      route({ name: 'panel→content/insert', payload: { text: 'x', threadId: null } }, { id: 'me' }, resolve),
    );
    expect(answer).toEqual({ ok: false, reason: 'editor gone' });
  });
});
