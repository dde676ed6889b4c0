import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createRouter } from '../../messaging/router';
import { sendToTab } from '../../messaging/client';
import type { PageState } from '../../messaging/protocol';

export type PageStatus =
  | { kind: 'waiting' }
  | { kind: 'connected'; state: PageState; receivedAt: number }
  | { kind: 'unreachable' };

/**
 * The target tab's page state: asked once (snapshot), then pushed by the content script on every change.
 * A tab without our content script (any site we have no access to) is 'unreachable': the panel then offers paste.
 */
export function usePageState(tabId: number | null): PageStatus {
  const [status, setStatus] = useState<PageStatus>({ kind: 'waiting' });

  useEffect(() => {
    if (tabId === null) return;
    let alive = true;
    setStatus({ kind: 'waiting' });
    sendToTab(browser, tabId, 'panel→content/snapshot', {}).then(
      (state) => alive && setStatus({ kind: 'connected', state, receivedAt: performance.timeOrigin + performance.now() }),
      () => alive && setStatus({ kind: 'unreachable' }),
    );
    const listener = createRouter(
      {
        'content→panel/state': (state, sender) => {
          if (alive && sender.tab?.id === tabId) {
            setStatus({ kind: 'connected', state, receivedAt: performance.timeOrigin + performance.now() });
          }
        },
      },
      { ownId: browser.runtime.id, accept: ['content'], onDrop: (why) => console.warn('[triade] dropped', why) },
    );
    browser.runtime.onMessage.addListener(listener as never);
    return () => {
      alive = false;
      browser.runtime.onMessage.removeListener(listener as never);
    };
  }, [tabId]);
  return status;
}
