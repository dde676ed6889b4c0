/**
 * The background's wiring, run against WXT's fakeBrowser (wxt/testing): what main() registers
 * and what each registered listener does when the browser fires it. The APIs fakeBrowser does
 * not implement (commands, contextMenus, permissions) get a small event stand-in.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing')).fakeBrowser }));
vi.mock('#imports', () => ({ defineBackground: (main: () => void) => ({ main }), defineContentScript: (def: unknown) => def }));

type Listener = (...args: any[]) => unknown;
/** An extension event that tests can fire. */
function event() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l) >>> 0, 1),
    hasListener: (l: Listener) => listeners.includes(l),
    fire: (...args: unknown[]) => listeners.map((l) => l(...args)),
    get count() {
      return listeners.length;
    },
  };
}

const b = fakeBrowser as any;
let menus: Array<Record<string, unknown>>;
let sidePanel: { setPanelBehavior: ReturnType<typeof vi.fn>; open: ReturnType<typeof vi.fn> };

beforeEach(() => {
  fakeBrowser.reset();
  menus = [];
  b.commands = { onCommand: event() };
  b.contextMenus = { create: (props: Record<string, unknown>) => void menus.push(props), onClicked: event() };
  b.permissions = { getAll: async () => ({ origins: [], permissions: [] }), onAdded: event(), onRemoved: event() };
  b.i18n = { getUILanguage: () => 'nl-NL' };
  b.runtime.getManifest = () => ({ manifest_version: 3, host_permissions: [], content_scripts: [] });
  // Chrome's side panel is not in `browser` (nor in fakeBrowser): the background reaches it through `chrome`.
  sidePanel = { setPanelBehavior: vi.fn(async () => {}), open: vi.fn(async () => {}) };
  (globalThis as { chrome?: unknown }).chrome = { sidePanel };
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as { triadeReminders?: unknown }).triadeReminders;
  delete (globalThis as { chrome?: unknown }).chrome;
});

async function startBackground() {
  const mod = await import('../../../entrypoints/background');
  mod.default.main();
}

describe('background wiring', () => {
  it('opens the side panel from the toolbar icon', async () => {
    await startBackground();
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('sets the daily retention alarm', async () => {
    await startBackground();
    const alarm = await fakeBrowser.alarms.get('triade:retention');
    expect(alarm?.periodInMinutes).toBe(24 * 60);
  });

  it('adds the "Analyseer met Triade" menu item on install, in the browser language', async () => {
    await startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false } as never);
    expect(menus).toEqual([{ id: 'triade-analyse-selection', title: 'Analyseer met Triade', contexts: ['selection'] }]);
  });

  it('opens the panel of the clicked window and puts the selected text into session storage for it; other menu items do nothing', async () => {
    await startBackground();
    b.contextMenus.onClicked.fire({ menuItemId: 'something-else', selectionText: 'niet dit' }, { windowId: 1 });
    b.contextMenus.onClicked.fire(
      { menuItemId: 'triade-analyse-selection', selectionText: 'Mijn pakket is niet geleverd' },
      { windowId: 1 },
    );
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.session.get('selection')).toEqual({ selection: 'Mijn pakket is niet geleverd' }),
    );
    expect(sidePanel.open.mock.calls).toEqual([[{ windowId: 1 }]]);
  });

  it('sends the insert-top-card shortcut to the panels with the window it was pressed in', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => void sent.push(msg));
    await startBackground();
    b.commands.onCommand.fire('some-other-command', { windowId: 4 });
    b.commands.onCommand.fire('insert-top-card', { windowId: 7 });
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ name: 'bg→panel/insert-top-card', payload: { windowId: 7 } });
  });

  it('registers the content script on a site the agent allows in the options, and drops it when revoked', async () => {
    const registered: Array<Record<string, unknown>> = [];
    (globalThis as { chrome?: any }).chrome.scripting = {
      registerContentScripts: vi.fn(async (scripts: Array<Record<string, unknown>>) => void registered.push(...scripts)),
      unregisterContentScripts: vi.fn(async () => void registered.splice(0)),
    };
    b.runtime.getManifest = () => ({
      manifest_version: 3,
      content_scripts: [{ matches: ['https://mail.google.com/*'], js: ['content-scripts/content.js'] }],
    });
    let origins = ['https://mail.google.com/*'];
    b.permissions.getAll = async () => ({ origins, permissions: [] });
    await startBackground();
    await vi.waitFor(() => expect((globalThis as { chrome?: any }).chrome.scripting.unregisterContentScripts).toHaveBeenCalled());
    expect(registered).toEqual([]);

    origins = ['https://mail.google.com/*', 'https://crm.example.com/*'];
    b.permissions.onAdded.fire({ origins: ['https://crm.example.com/*'] });
    await vi.waitFor(() => expect(registered.map((r) => r.matches)).toEqual([['https://crm.example.com/*']]));
    expect(registered[0]).toMatchObject({ js: ['content-scripts/content.js'] });

    origins = ['https://mail.google.com/*'];
    b.permissions.onRemoved.fire({ origins: ['https://crm.example.com/*'] });
    await vi.waitFor(() => expect(registered).toEqual([]));
  });
});
