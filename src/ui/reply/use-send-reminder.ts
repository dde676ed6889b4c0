import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToTab } from '../../messaging/client';
import { createRouter } from '../../messaging/router';

/**
 * The optional before-send reminder, panel side: tell the page how many flags the draft still has
 * (the page holds a send only with that), and learn when a send was held. Returns the held count.
 */
export function useSendReminder(tabId: number | null, liveEditor: boolean, unresolved: number, draft: string): number | null {
  const [held, setHeld] = useState<number | null>(null);
  useEffect(() => {
    if (!liveEditor || tabId === null) return;
    void sendToTab(browser, tabId, 'panel→content/unresolved', { count: unresolved, draft }).catch(() => {});
    if (unresolved === 0) setHeld(null);
  }, [unresolved, draft, liveEditor, tabId]);
  useEffect(() => {
    const listener = createRouter(
      { 'content→panel/send-held': ({ count }, sender) => void (sender.tab?.id === tabId && setHeld(count)) },
      { ownId: browser.runtime.id, ownOrigin: location.origin, accept: ['content'] },
    );
    browser.runtime.onMessage.addListener(listener as never);
    return () => browser.runtime.onMessage.removeListener(listener as never);
  }, [tabId]);
  return held;
}
