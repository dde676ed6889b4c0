import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  MANAGED_PACK_KEY,
  PACKS_KEY,
  installPack,
  readPacks,
  removePack,
  type InstallResult,
  type InstalledPack,
} from '../../storage/pack-store';

/**
 * The installed team phrase packs, live: updates when any extension page installs or removes one.
 * The side panel needs only `packs`; the dashboard also installs and removes.
 * @example const { packs } = usePacks(); suggest({ …, extraCards: packs.flatMap((p) => p.pack.cards) });
 */
export function usePacks(): {
  packs: InstalledPack[];
  loaded: boolean;
  install(file: unknown): Promise<InstallResult>;
  remove(id: string): Promise<void>;
} {
  const [packs, setPacks] = useState<InstalledPack[]>([]);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    const load = () =>
      readPacks(browser.storage.local).then((list) => {
        if (!alive) return;
        setPacks(list);
        setLoaded(true);
      });
    void load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (PACKS_KEY in changes || MANAGED_PACK_KEY in changes)) void load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const install = useCallback((file: unknown) => installPack(browser.storage.local, file), []);
  const remove = useCallback((id: string) => removePack(browser.storage.local, id), []);
  return { packs, loaded, install, remove };
}
