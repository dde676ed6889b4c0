import { describe, expect, it, vi } from 'vitest';
import { MessageFailed, sendToExtension, sendToTab, type RuntimeLike } from '../../../src/messaging/client';
import { createContextRouter, type ContextRouter } from '../../../src/messaging/router';
import type { SenderLike } from '../../../src/messaging/sender';

const ORIGIN = 'chrome-extension://me';

/** A runtime of the extension 'me' that records what is installed on its onMessage. */
function fakeRuntime() {
  const listeners = new Set<unknown>();
  return {
    id: 'me',
    getURL: (p: string) => `${ORIGIN}${p}`,
    onMessage: { addListener: (l: never) => void listeners.add(l), removeListener: (l: never) => void listeners.delete(l) },
    listeners,
  };
}

/**
 * The browser between two contexts: what one sends reaches the other's router as structured
 * clone would deliver it (JSON here), with the sender the browser would set; no answer = the
 * browser's "no receiver" rejection.
 */
function wire(receiver: ContextRouter, sender: SenderLike): RuntimeLike {
  const deliver = (msg: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const kept = receiver.listener(JSON.parse(JSON.stringify(msg)), sender, (r) =>
        resolve(r === undefined ? undefined : JSON.parse(JSON.stringify(r))),
      );
      if (kept === undefined) reject(new Error('Could not establish connection. Receiving end does not exist.'));
    });
  return { runtime: { sendMessage: deliver }, tabs: { sendMessage: (_tab, msg) => deliver(msg) } };
}

const panel: SenderLike = { id: 'me' };
const contentOf = (tab: number): SenderLike => ({ id: 'me', tab: { id: tab }, origin: 'https://mail.google.com' });

describe('one router per context', () => {
  it('installs itself once on the runtime it was made for and comes off with stop()', () => {
    const rt = fakeRuntime();
    const router = createContextRouter(rt);
    router.on('content→panel/state', ['content'], () => {});
    router.on('content→panel/send-held', ['content'], () => {});
    expect(rt.listeners.size).toBe(1);
    router.stop();
    expect(rt.listeners.size).toBe(0);
  });

  it('knows its own origin: an extension page in a tab is a page, a web page with our content script is content', async () => {
    const router = createContextRouter(fakeRuntime());
    const seen: string[] = [];
    router.on('bg→panel/insert-top-card', ['extension-page'], (_p, s) => void seen.push(s.kind));
    const optionsInTab: SenderLike = { id: 'me', tab: { id: 4 }, origin: ORIGIN };
    await sendToExtension(wire(router, optionsInTab), 'bg→panel/insert-top-card', {});
    // A content script may not send the background's command: nobody here takes it from there.
    await expect(sendToExtension(wire(router, contentOf(4)), 'bg→panel/insert-top-card', {})).rejects.toThrow(/Receiving end/);
    expect(seen).toEqual(['extension-page']);
  });

  it('gives a message to every subscriber and stops after unsubscribe; names nobody takes are left to other contexts', async () => {
    const router = createContextRouter(fakeRuntime());
    const a = vi.fn();
    const b = vi.fn();
    const offA = router.on('content→panel/send-held', ['content'], a);
    router.on('content→panel/send-held', ['content'], b);
    const page = wire(router, contentOf(7));
    await sendToExtension(page, 'content→panel/send-held', { count: 2 });
    await vi.waitFor(() =>
      expect(b).toHaveBeenCalledWith({ count: 2 }, expect.objectContaining({ kind: 'content', tab: { id: 7 } })),
    );
    expect(a).toHaveBeenCalledTimes(1);
    offA();
    await sendToExtension(page, 'content→panel/send-held', { count: 3 });
    await vi.waitFor(() => expect(b).toHaveBeenCalledTimes(2));
    expect(a).toHaveBeenCalledTimes(1);
    expect(router.listener({ name: 'panel→model/status', payload: {} }, panel, () => {})).toBeUndefined();
  });
});

describe('one error shape: { ok: false, reason }', () => {
  it('a handler that throws: the panel gets its message as the reason of the edit result', async () => {
    const content = createContextRouter(fakeRuntime());
    content.handle(
      {
        'panel→content/insert': () => {
          throw new Error('editor gone');
        },
      },
      ['extension-page'],
    );
    const res = await sendToTab(wire(content, panel), 3, 'panel→content/insert', { text: 'Dank u wel', threadId: null });
    expect(res).toEqual({ ok: false, reason: 'editor gone' });
  });

  it('bad input to a message whose answer has no ok field: the client throws the router’s reason, not "bad answer"', async () => {
    const content = createContextRouter(fakeRuntime());
    const handler = vi.fn(() => ({ armed: true }));
    content.handle({ 'panel→content/unresolved': handler }, ['extension-page']);
    // A sender that skipped the client's own check (an older panel, a bug): the receiver still refuses.
    const raw = { name: 'panel→content/unresolved', payload: { count: -1, draft: '', remind: true } };
    const answer = await new Promise((resolve) => content.listener(raw, panel, resolve));
    expect(answer).toEqual({ ok: false, reason: expect.stringMatching(/^malformed "panel→content\/unresolved": count/) });
    expect(handler).not.toHaveBeenCalled();

    const throwing = createContextRouter(fakeRuntime());
    throwing.handle({ 'panel→content/unresolved': () => Promise.reject(new Error('page unloading')) }, ['extension-page']);
    const err = await sendToTab(wire(throwing, panel), 3, 'panel→content/unresolved', {
      count: 1,
      draft: 'x',
      remind: true,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MessageFailed);
    expect((err as MessageFailed).reason).toBe('page unloading');
  });

  it('an answer that fits neither the response nor the failure shape is a bad answer', async () => {
    const bg = createContextRouter(fakeRuntime());
    bg.handle({ 'panel→model/status': () => ({ state: 'sleeping' }) as never }, ['extension-page']);
    await expect(sendToExtension(wire(bg, panel), 'panel→model/status', {})).rejects.toThrow(
      'bad answer to "panel→model/status"',
    );
  });
});
