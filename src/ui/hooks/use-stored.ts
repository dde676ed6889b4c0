import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * A value kept in extension storage (local), shared by every open panel.
 * Used for the UI language and for what the agent dismissed per thread.
 */
export function useStored<T>(key: string, fallback: T): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(fallback);
  useEffect(() => {
    let alive = true;
    setValue(fallback);
    // A storage that cannot be read keeps the fallback: the panel works without the stored choice.
    browser.storage.local.get(key).then(
      (got) => {
        if (alive && got[key] !== undefined) setValue(got[key] as T);
      },
      () => {},
    );
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && key in changes) setValue((changes[key]!.newValue as T) ?? fallback);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [key]);
  const save = useCallback(
    (v: T) => {
      setValue(v);
      void browser.storage.local.set({ [key]: v });
    },
    [key],
  );
  return [value, save];
}
