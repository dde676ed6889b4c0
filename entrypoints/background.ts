import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { createRouter } from '../src/messaging/router';
import { createFirefoxForwarder } from '../src/model/firefox-host';
import { modelBackgroundHandlers, offscreenForwarder, type ChromeOffscreenApi } from '../src/model/offscreen-manager';

// Thin by design: side-panel behaviour, the context-menu item for pages Triade cannot read,
// and the model router (Chrome: offscreen document; Firefox: this background page owns the worker).
export default defineBackground(() => {
  const chromeApi = (globalThis as { chrome?: any }).chrome;
  chromeApi?.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true }).catch(() => {});

  const forwarder = import.meta.env.FIREFOX
    ? createFirefoxForwarder((status) => void browser.runtime.sendMessage({ name: 'model→panel/status', payload: status }).catch(() => {}))
    : offscreenForwarder(chromeApi as ChromeOffscreenApi);
  browser.runtime.onMessage.addListener(
    createRouter(modelBackgroundHandlers(browser.storage.local, forwarder), {
      ownId: browser.runtime.id,
      ownOrigin: new URL(browser.runtime.getURL('/')).origin,
      accept: ['extension-page'],
      onDrop: (why) => console.warn(`[triade bg] dropped: ${why}`),
    }) as never,
  );

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
    if (chromeApi?.sidePanel?.open && tab?.windowId !== undefined) chromeApi.sidePanel.open({ windowId: tab.windowId }).catch(() => {});
    else (browser as any).sidebarAction?.open?.().catch?.(() => {});
    // Session storage: kept while the browser runs, never written to disk, never sent anywhere.
    void browser.storage.session.set({ selection: info.selectionText.slice(0, 2_000_000) });
  });
});
