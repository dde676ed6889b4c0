import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  bundledModelsSchema,
  DEFAULT_MODEL_ID,
  DEFAULT_MODEL_SETTINGS,
  MODEL_ID_PATTERN,
  MODEL_SETTINGS_KEY,
  readModelSettings,
  writeModelSettings,
  type BundledModel,
  type ModelSettings,
} from '../../src/model/settings';
import { useModel } from '../../src/ui/hooks/use-model';
import type { ModelStatus } from '../../src/model/types';
import { optionsStrings } from './strings';

const CUSTOM = '__custom__';
const t = optionsStrings(browser.i18n?.getUILanguage?.() ?? navigator.language);

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

export function App() {
  const [settings, setSettings] = useState<ModelSettings>(DEFAULT_MODEL_SETTINGS);
  const [bundled, setBundled] = useState<BundledModel[]>([]);
  const [custom, setCustom] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    document.title = t.title;
    void readModelSettings(browser.storage.local).then(setSettings);
    void loadBundled().then(setBundled);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && MODEL_SETTINGS_KEY in changes) void readModelSettings(browser.storage.local).then(setSettings);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const save = async (patch: Partial<ModelSettings>) => {
    setSettings(await writeModelSettings(browser.storage.local, patch));
    setSaved(true);
  };

  const known = new Set([DEFAULT_MODEL_ID, ...bundled.map((m) => m.id)]);
  const isCustom = custom !== null || !known.has(settings.modelId);
  const defaultBundled = bundled.some((m) => m.id === DEFAULT_MODEL_ID);
  const customValue = custom ?? (known.has(settings.modelId) ? '' : settings.modelId);
  const customValid = MODEL_ID_PATTERN.test(customValue);

  return (
    <main data-testid="options">
      <h1>{t.title}</h1>
      <section class="section">
        <h2>{t.engineHeading}</h2>
        {(['model', 'lexicon'] as const).map((engine) => (
          <label key={engine}>
            <input type="radio" name="engine" value={engine} checked={settings.engine === engine} onChange={() => void save({ engine })} />{' '}
            {engine === 'model' ? t.engineModel : t.engineLexicon}
          </label>
        ))}
      </section>
      <section class="section">
        <h2>{t.modelHeading}</h2>
        <div class="type-row">
          <select
            data-testid="model-select"
            aria-label={t.modelHeading}
            disabled={settings.engine === 'lexicon'}
            value={isCustom ? CUSTOM : settings.modelId}
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value;
              if (v === CUSTOM) setCustom(customValue);
              else {
                setCustom(null);
                void save({ modelId: v });
              }
            }}
          >
            <option value={DEFAULT_MODEL_ID}>
              {t.defaultModel}: {DEFAULT_MODEL_ID} ({defaultBundled ? t.bundled : t.notBundled})
            </option>
            {bundled
              .filter((m) => m.id !== DEFAULT_MODEL_ID)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.id} ({m.test ? t.testModel : t.bundled})
                </option>
              ))}
            <option value={CUSTOM}>{t.custom}</option>
          </select>
        </div>
        {isCustom && (
          <label class="paste">
            <span>{t.customLabel}</span>
            <input
              type="text"
              value={customValue}
              spellcheck={false}
              onInput={(e) => {
                const v = (e.target as HTMLInputElement).value.trim();
                setCustom(v);
                if (MODEL_ID_PATTERN.test(v)) void save({ modelId: v });
              }}
            />
            {!customValid && <span class="note error">{t.customInvalid}</span>}
          </label>
        )}
        <label>
          <input
            type="checkbox"
            data-testid="allow-download"
            checked={settings.allowDownload}
            onChange={(e) => void save({ allowDownload: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t.download}
        </label>
        <p class="note">{t.privacy}</p>
      </section>
      <ModelCheck />
      <p class="status" role="status">{saved ? t.saved : ''}</p>
    </main>
  );
}

const fill = (s: string, vars: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

function describeStatus(s: ModelStatus): string {
  switch (s.state) {
    case 'idle':
      return t.stateIdle;
    case 'disabled':
      return t.stateDisabled;
    case 'loading':
      return fill(t.stateLoading, { pct: s.progress === null ? '' : `${Math.round(s.progress * 100)} %` });
    case 'ready':
      return fill(t.stateReady, { source: s.source });
    case 'failed':
      return fill(t.stateFailed, { reason: s.reason });
  }
}

/** Runs the chosen model on a sample sentence, through the same path the panel uses. */
function ModelCheck() {
  const [text, setText] = useState<string | null>(null);
  const { status, result } = useModel(text, 0);
  return (
    <section class="section" data-testid="model-check">
      <div class="actions">
        <button type="button" class="btn" onClick={() => setText(t.checkSample)}>
          {t.check}
        </button>
      </div>
      <p class="note" data-testid="model-status" data-state={status.state}>
        {describeStatus(status)}
      </p>
      {result && (
        <p class="note" data-testid="model-answer" data-label={result.label}>
          {fill(t.answer, { label: result.label, score: result.score.toFixed(2) })}
        </p>
      )}
    </section>
  );
}
