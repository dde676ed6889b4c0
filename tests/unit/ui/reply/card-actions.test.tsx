// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContextRouter } from '../../../../src/messaging/router';

// The panel's browser: tabs.sendMessage reaches the content script's real router, as the browser
// would deliver it (a structured copy, the panel as sender); no router: the browser's rejection.
const page = vi.hoisted(() => ({ router: null as ContextRouter | null }));
vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      sendMessage: (_tab: number, msg: unknown) =>
        new Promise((resolve, reject) => {
          const kept = page.router?.listener(JSON.parse(JSON.stringify(msg)), { id: 'me' }, (r) =>
            resolve(r === undefined ? r : JSON.parse(JSON.stringify(r))),
          );
          if (kept === undefined) reject(new Error('Could not establish connection. Receiving end does not exist.'));
        }),
    },
  },
}));

import { createContextRouter, type HandlerMap } from '../../../../src/messaging/router';
import { useCardActions, type CardActions } from '../../../../src/ui/reply/use-card-actions';
import { fmt, nl } from '../../../../src/ui/i18n/strings';
import type { Card, Violation } from '../../../../src/core';
import { mount, waitFor } from '../call/render';

const card = {
  id: 'c1',
  text: 'Het spijt me dat je zo lang moest wachten.',
  kind: 'apology',
  lang: 'nl',
  reason: '',
} as unknown as Card;
const flag = {
  rule: 'no_blame',
  start: 6,
  end: 12,
  text: 'helaas',
  suggestion: 'jammer genoeg',
  reason: '',
} as unknown as Violation;

let clipboard: string[];
let cleanup: Array<() => void> = [];
beforeEach(() => {
  clipboard = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (s: string) => void clipboard.push(s) },
  });
});
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
  page.router = null;
});

function contentScript(handlers: HandlerMap) {
  page.router = createContextRouter({ id: 'me', getURL: (p) => `chrome-extension://me${p}` });
  page.router.handle(handlers, ['extension-page']);
}

function panel(liveEditor: boolean) {
  const got: { actions?: CardActions; draft: string; used: string[] } = { draft: 'Beste, helaas', used: [] };
  function Panel() {
    got.actions = useCardActions({
      t: nl,
      tabId: 3,
      liveEditor,
      threadId: 't1',
      markUsed: (id) => got.used.push(id),
      setPastedDraft: (next) => (got.draft = next(got.draft)),
    });
    return null;
  }
  const m = mount(<Panel />);
  cleanup.push(m.unmount);
  return got;
}

describe('insert and replace from the panel', () => {
  it('a content-script handler that throws: its message is in the panel’s note, the card on the clipboard', async () => {
    contentScript({
      'panel→content/insert': () => {
        throw new Error('editor gone');
      },
    });
    const p = panel(true);
    await p.actions!.insertCard(card);
    const note = await waitFor(() => p.actions!.cardNote, 2000, 'card note');
    expect(note).toEqual({ text: fmt(nl.cards.failed, { why: 'editor gone' }), error: true });
    expect(note.text).toContain('editor gone');
    expect(clipboard).toEqual([card.text]);
    expect(p.used).toEqual([]);
  });

  it('a typed refusal reads in words; a page without content script gives the browser’s reason, never "?"', async () => {
    contentScript({ 'panel→content/insert': () => ({ ok: false, reason: 'other-thread' }) });
    const p = panel(true);
    await p.actions!.insertCard(card);
    await waitFor(
      () => p.actions!.cardNote?.text === fmt(nl.cards.failed, { why: nl.cards.why['other-thread']! }),
      2000,
      'translated reason',
    );
    page.router = null;
    await p.actions!.insertCard(card);
    await waitFor(() => p.actions!.cardNote?.text.includes('Receiving end does not exist'), 2000, 'browser reason');
  });

  it('an insert the page kept marks the card used and says nothing', async () => {
    contentScript({ 'panel→content/insert': ({ text }) => ({ ok: text === card.text }) });
    const p = panel(true);
    await p.actions!.insertCard(card);
    await waitFor(() => p.used.length === 1, 2000, 'card used');
    expect(p.actions!.cardNote).toBeUndefined();
    expect(clipboard).toEqual([]);
  });

  it('a replace the editor did not keep: the better phrasing on the clipboard and the not-kept note; any other failure the failed note', async () => {
    contentScript({ 'panel→content/replace': () => ({ ok: false, reason: 'not-kept' }) });
    const p = panel(true);
    await p.actions!.replaceViolation(flag);
    await waitFor(() => p.actions!.dontNote === fmt(nl.dont.notKept, { why: nl.cards.why['not-kept']! }), 2000, 'not-kept note');
    expect(clipboard).toEqual(['jammer genoeg']);
    contentScript({
      'panel→content/replace': () => {
        throw new Error('page unloading');
      },
    });
    await p.actions!.replaceViolation(flag);
    await waitFor(() => p.actions!.dontNote === fmt(nl.dont.failed, { why: 'page unloading' }), 2000, 'failed note');
  });

  it('paste mode: the card joins the paste box draft and the clipboard; a replace edits the pasted draft', async () => {
    const p = panel(false);
    await p.actions!.insertCard(card);
    await waitFor(() => p.actions!.cardNote?.text === nl.cards.copied, 2000, 'copied note');
    expect(p.draft).toBe(`Beste, helaas\n\n${card.text}`);
    expect(p.used).toEqual(['c1']);
    await p.actions!.replaceViolation({ ...flag, start: 7, end: 13 });
    expect(p.draft.startsWith('Beste, jammer genoeg')).toBe(true);
  });
});
