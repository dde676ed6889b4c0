import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToTab } from '../../messaging/client';
import { useMessage } from '../hooks/use-message';

/**
 * The optional before-send reminder, panel side: tell the page how many flags the draft still has
 * and whether the reminder is on (the page holds a send only with that), and learn when a send was
 * held. Returns the held count, and whether the page said it will hold the next send (`armed`).
 */
export function useSendReminder(
  tabId: number | null,
  liveEditor: boolean,
  unresolved: number,
  draft: string,
  remind: boolean,
): { held: number | null; armed: boolean } {
  const [held, setHeld] = useState<number | null>(null);
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!liveEditor || tabId === null) return;
    let alive = true;
    sendToTab(browser, tabId, 'panel→content/unresolved', { count: unresolved, draft, remind }).then(
      (r) => alive && setArmed(r.armed),
      () => alive && setArmed(false),
    );
    if (unresolved === 0) setHeld(null);
    return () => {
      alive = false;
    };
  }, [unresolved, draft, liveEditor, tabId, remind]);
  useMessage('content→panel/send-held', ['content'], ({ count }, sender) => void (sender.tab?.id === tabId && setHeld(count)));
  return { held, armed };
}
