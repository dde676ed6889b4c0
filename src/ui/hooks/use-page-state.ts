import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToTab } from '../../messaging/client';
import type { PageState } from '../../messaging/protocol';
import { useMessage } from './use-message';

export type PageStatus =
  { kind: 'waiting' } | { kind: 'connected'; state: PageState; receivedAt: number } | { kind: 'unreachable' };

/**
 * The target tab's page state: asked once (snapshot), then pushed by the content script on every change.
 * A tab without our content script (any site we have no access to) is 'unreachable': the panel then offers paste.
 */
export function usePageState(tabId: number | null): PageStatus {
  const [status, setStatus] = useState<PageStatus>({ kind: 'waiting' });
  // Pushed states of the target tab only; a tab switch changes which tab that is.
  useMessage('content→panel/state', ['content'], (state, sender) => {
    if (tabId !== null && sender.tab?.id === tabId) {
      setStatus({ kind: 'connected', state, receivedAt: performance.timeOrigin + performance.now() });
    }
  });

  useEffect(() => {
    if (tabId === null) return;
    let alive = true;
    setStatus({ kind: 'waiting' });
    sendToTab(browser, tabId, 'panel→content/snapshot', {}).then(
      (state) => alive && setStatus({ kind: 'connected', state, receivedAt: performance.timeOrigin + performance.now() }),
      () => alive && setStatus({ kind: 'unreachable' }),
    );
    return () => {
      alive = false;
    };
  }, [tabId]);
  return status;
}
