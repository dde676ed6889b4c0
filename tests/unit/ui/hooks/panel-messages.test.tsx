// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

// The side panel's browser: one onMessage event, tabs that answer like a content script would.
const fake = vi.hoisted(() => ({
  listeners: new Set<(raw: unknown, sender: unknown, send: (r: unknown) => void) => boolean | undefined>(),
  snapshots: new Map<number, unknown>(),
  windowId: 1,
}));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: 'me',
      getURL: (p: string) => `chrome-extension://me${p}`,
      onMessage: {
        addListener: (l: never) => void fake.listeners.add(l),
        removeListener: (l: never) => void fake.listeners.delete(l),
      },
      sendMessage: async () => undefined,
    },
    tabs: {
      sendMessage: async (tabId: number, msg: { name: string }) => {
        if (msg.name === 'panel→content/snapshot' && fake.snapshots.has(tabId)) return fake.snapshots.get(tabId);
        if (msg.name === 'panel→content/unresolved') return { armed: true };
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    },
    windows: { getCurrent: async () => ({ id: fake.windowId }) },
  },
}));

import { usePageState, type PageStatus } from '../../../../src/ui/hooks/use-page-state';
import { useSendReminder } from '../../../../src/ui/reply/use-send-reminder';
import { useTopCardShortcut } from '../../../../src/ui/reply/use-top-card-shortcut';
import { mount, waitFor } from '../call/render';

const state = (draft: string) => ({ adapter: 'gmail', url: 'https://mail.google.com/', incoming: null, draft, at: 1 });

/** What the browser does when a content script or the background sends: every listener of the page gets it. */
function deliver(name: string, payload: unknown, sender: unknown) {
  let answered = false;
  for (const l of fake.listeners) if (l({ name, payload }, sender, () => {}) !== undefined) answered = true;
  return answered;
}

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

describe('the panel has one message router', () => {
  it('page state, send-held and the top-card command reach their hooks through one listener, for the target tab only', async () => {
    fake.snapshots.set(5, state(''));
    const seen: { page?: PageStatus; held?: number | null } = {};
    const inserted = vi.fn();
    function Panel() {
      seen.page = usePageState(5);
      seen.held = useSendReminder(5, true, 2, 'Helaas', true).held;
      useTopCardShortcut(inserted);
      return null;
    }
    const m = mount(<Panel />);
    cleanup.push(m.unmount);
    await waitFor(() => seen.page?.kind === 'connected', 2000, 'snapshot');
    expect(fake.listeners.size).toBe(1);

    // Another tab's state is not the panel's; the target tab's is.
    expect(deliver('content→panel/state', state('van tab 6'), { id: 'me', tab: { id: 6 }, origin: 'https://x.test' })).toBe(true);
    expect(
      deliver('content→panel/state', state('Beste Anja,'), { id: 'me', tab: { id: 5 }, origin: 'https://mail.google.com' }),
    ).toBe(true);
    await waitFor(() => seen.page?.kind === 'connected' && seen.page.state.draft === 'Beste Anja,', 2000, 'pushed state');

    deliver('content→panel/send-held', { count: 2 }, { id: 'me', tab: { id: 6 }, origin: 'https://x.test' });
    deliver('content→panel/send-held', { count: 2 }, { id: 'me', tab: { id: 5 }, origin: 'https://mail.google.com' });
    await waitFor(() => seen.held === 2, 2000, 'held count');

    // The shortcut of another window is not for this panel; a web page cannot send the command at all.
    deliver('bg→panel/insert-top-card', { windowId: 9 }, { id: 'me' });
    deliver('bg→panel/insert-top-card', {}, { id: 'me', tab: { id: 5 }, origin: 'https://mail.google.com' });
    deliver('bg→panel/insert-top-card', { windowId: 1 }, { id: 'me' });
    await waitFor(() => inserted.mock.calls.length > 0, 2000, 'top card inserted');
    expect(inserted).toHaveBeenCalledTimes(1);

    // A foreign extension is nobody's sender here.
    expect(deliver('content→panel/state', state('x'), { id: 'other', tab: { id: 5 } })).toBe(false);
    m.unmount();
    cleanup = [];
    // Unmounted hooks take nothing any more; the page's one listener stays for the next ones.
    expect(deliver('content→panel/state', state('x'), { id: 'me', tab: { id: 5 }, origin: 'https://mail.google.com' })).toBe(
      false,
    );
    expect(fake.listeners.size).toBe(1);
  });
});
