import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { createContextRouter } from '../src/messaging/router';
import { sendToExtension } from '../src/messaging/client';
import { createFirefoxForwarder } from '../src/model/firefox-host';
import { modelBackgroundHandlers, offscreenForwarder, type ChromeOffscreenApi } from '../src/model/offscreen-manager';
import { wireReminders } from '../src/background/reminders';
import { startManagedPolicy } from '../src/background/managed';
import { syncGrantedSites } from '../src/background/granted-sites';
import { getDb } from '../src/db';
import { applyRetention as runRetention } from '../src/storage/retention';

/**
 * The Chrome-only APIs this background uses beside WXT's `browser`: the side panel, and content
 * scripts registered at runtime (Firefox has neither; it has the sidebar).
 */
interface ChromeOnly extends ChromeOffscreenApi {
  sidePanel?: {
    setPanelBehavior?: (behaviour: { openPanelOnActionClick: boolean }) => Promise<void>;
    open?: (options: { windowId: number }) => Promise<void>;
  };
  scripting?: GrantedScripting;
}
type GrantedScripting = NonNullable<Parameters<typeof syncGrantedSites>[0]['scripting']>;
interface FirefoxSidebar {
  toggle?: () => Promise<void>;
  open?: () => Promise<void>;
}
const chromeOnly = (): ChromeOnly | undefined => (globalThis as { chrome?: ChromeOnly }).chrome;

/** The content script on the extra sites allowed in the options (see src/background/granted-sites.ts). */
function syncGranted() {
  const chromeApi = chromeOnly();
  void syncGrantedSites({
    getManifest: () => browser.runtime.getManifest(),
    getAllPermissions: () => browser.permissions.getAll(),
    scripting: chromeApi?.scripting?.registerContentScripts ? chromeApi.scripting : undefined,
  }).catch((e: unknown) => console.warn('[triade bg] could not register on granted sites', e));
}

/**
 * Delete closed cases and unused per-thread memory older than the retention the user (or IT
 * policy) chose in the options; no setting = keep all (src/storage/retention.ts).
 */
async function applyRetention() {
  await runRetention(getDb(), browser.storage.local).catch((e: unknown) => console.warn('[triade bg] retention failed', e));
}

// Thin by design: side-panel behaviour, the context-menu item for pages Triade cannot read,
// and the model router (Chrome: offscreen document; Firefox: this background page owns the worker).
export default defineBackground(() => {
  const chromeApi = chromeOnly();
  chromeApi?.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true }).catch(() => {});
  // Firefox has no side panel: the toolbar button opens and closes the sidebar instead. toggle() must
  // run inside the click's user action, so nothing is awaited before it.
  const sidebar = (browser as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (import.meta.env.FIREFOX && sidebar?.toggle)
    browser.browserAction.onClicked.addListener(() => void sidebar.toggle!().catch(() => {}));

  // Callback and recall reminders: alarm → notification → click opens the case.
  wireReminders();
  // IT policy (storage.managed): default settings and a team phrase pack; retention applies to the case log.
  void startManagedPolicy(browser, (days) => void browser.storage.local.set({ retentionDays: days }).then(applyRetention));
  // Sites the agent allowed in the options get the same content script (the generic adapter reads them).
  syncGranted();
  browser.permissions.onAdded.addListener(syncGranted);
  browser.permissions.onRemoved.addListener(syncGranted);

  // Data retention: once a day, cases older than the chosen number of days are deleted.
  void browser.alarms.create('triade:retention', { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'triade:retention') void applyRetention();
  });

  const forwarder = import.meta.env.FIREFOX
    ? createFirefoxForwarder((status) => void sendToExtension(browser, 'model→panel/status', status).catch(() => {}))
    : offscreenForwarder(chromeApi!);
  const router = createContextRouter(browser.runtime, { onDrop: (why) => console.warn(`[triade bg] dropped: ${why}`) });
  router.handle(modelBackgroundHandlers(browser.storage.local, forwarder), ['extension-page']);

  // The keyboard shortcut belongs to the panel of the window the agent is typing in.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'insert-top-card') return;
    const payload = tab?.windowId !== undefined ? { windowId: tab.windowId } : {};
    void sendToExtension(browser, 'bg→panel/insert-top-card', payload).catch(() => {}); // no panel open: nothing to insert
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: 'triade-analyse-selection',
      title: browser.i18n.getUILanguage().startsWith('en') ? 'Analyse with Triade' : 'Analyseer met Triade',
      contexts: ['selection'],
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== 'triade-analyse-selection' || !info.selectionText) return;
    // Opening the panel must happen inside the click's user gesture, before any await.
    if (chromeApi?.sidePanel?.open && tab?.windowId !== undefined)
      chromeApi.sidePanel.open({ windowId: tab.windowId }).catch(() => {});
    else sidebar?.open?.().catch(() => {});
    // Not a message: the panel this click opens may not listen yet. It reads storage.session when it
    // starts and follows its changes (use-context-selection.ts), so the text lands either way.
    // Session storage: kept while the browser runs, never written to disk, never sent anywhere.
    void browser.storage.session.set({ selection: info.selectionText.slice(0, 2_000_000) });
  });
});
