import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  bundledModelsSchema,
  DEFAULT_MODEL_SETTINGS,
  MODEL_SETTINGS_KEY,
  readModelSettings,
  writeModelSettings,
  type BundledModel,
  type ModelSettings,
} from '../../model/settings';

/** The build's list of bundled models (models/index.json, written by the build hook). */
async function loadBundled(): Promise<BundledModel[]> {
  try {
    const res = await fetch(browser.runtime.getURL('/models/index.json' as never));
    const parsed = bundledModelsSchema.safeParse(await res.json());
    return parsed.success ? parsed.data.models : [];
  } catch {
    return [];
  }
}

/** The model settings in storage.local, live, and the models this build carries. */
export function useModelSettings(): {
  settings: ModelSettings;
  bundled: BundledModel[];
  save(patch: Partial<ModelSettings>): Promise<void>;
} {
  const [settings, setSettings] = useState<ModelSettings>(DEFAULT_MODEL_SETTINGS);
  const [bundled, setBundled] = useState<BundledModel[]>([]);
  useEffect(() => {
    let alive = true;
    const read = () => void readModelSettings(browser.storage.local).then((s) => alive && setSettings(s));
    read();
    void loadBundled().then((b) => alive && setBundled(b));
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && MODEL_SETTINGS_KEY in changes) read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const save = useCallback(async (patch: Partial<ModelSettings>) => {
    setSettings(await writeModelSettings(browser.storage.local, patch));
  }, []);
  return { settings, bundled, save };
}
