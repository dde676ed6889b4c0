import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useMessage } from '../hooks/use-message';

/** Alt+1 in the panel, or Alt+Shift+1 (a browser command, routed by the background) in the page: insert the top card. */
export function useTopCardShortcut(insertTop: (() => void) | null) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key === '1' && insertTop) {
        e.preventDefault();
        insertTop();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  useMessage('bg→panel/insert-top-card', ['extension-page'], async ({ windowId }) => {
    // Only the panel of the window the agent is typing in.
    const mine = await browser.windows.getCurrent().catch(() => undefined);
    if (insertTop && (windowId === undefined || mine?.id === windowId)) insertTop();
  });
}
