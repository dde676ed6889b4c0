import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** Text chosen with the context-menu item on a page Triade cannot read lands in the paste box. */
export function useContextSelection(onSelection: (text: string) => void) {
  useEffect(() => {
    void browser.storage.session?.get('selection').then((got) => {
      if (typeof got.selection === 'string') onSelection(got.selection);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && typeof changes.selection?.newValue === 'string') onSelection(changes.selection.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
}
