import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import {
  DEFAULT_MODEL_ID,
  DEFAULT_UNLOAD_AFTER_MINUTES,
  MODEL_ID_PATTERN,
  type BundledModel,
  type ModelSettings,
} from '../../model/settings';
import { fill, type OptionsStrings } from './strings';

const CUSTOM = '__custom__';
/** Idle times offered for unloading the model (minutes; 0 = never). */
const UNLOAD_CHOICES = [5, 15, 30, 60, 120, 240, 0];

/** Engine (model + lexicon or lexicon only), which model, and whether it may be downloaded — with what that means for privacy. */
export function EngineSection(props: {
  t: OptionsStrings;
  settings: ModelSettings;
  bundled: BundledModel[];
  onSave: (patch: Partial<ModelSettings>) => void;
  children?: ComponentChildren;
}) {
  const { t, settings, bundled, onSave } = props;
  // The half-typed custom id: kept here until it is a valid id, then saved.
  const [custom, setCustom] = useState<string | null>(null);
  const known = new Set([DEFAULT_MODEL_ID, ...bundled.map((m) => m.id)]);
  const isCustom = custom !== null || !known.has(settings.modelId);
  const defaultBundled = bundled.some((m) => m.id === DEFAULT_MODEL_ID);
  const customValue = custom ?? (known.has(settings.modelId) ? '' : settings.modelId);
  const customValid = MODEL_ID_PATTERN.test(customValue);
  const off = settings.engine === 'lexicon';

  return (
    <section class="section" id="engine" aria-labelledby="h-engine" data-testid="engine">
      <h2 id="h-engine">{t.engineHeading}</h2>
      <p class="lead">{t.engineLead}</p>
      <div class="choices column" role="radiogroup" aria-labelledby="h-engine">
        {(['model', 'lexicon'] as const).map((engine) => (
          <label key={engine} class="choice">
            <input
              type="radio"
              name="engine"
              value={engine}
              checked={settings.engine === engine}
              onChange={() => onSave({ engine })}
            />
            <span>{engine === 'model' ? t.engineModel : t.engineLexicon}</span>
          </label>
        ))}
      </div>
      <div class={off ? 'field dimmed' : 'field'}>
        <label for="model-select" class="field-label">
          {t.modelHeading}
        </label>
        <select
          id="model-select"
          data-testid="model-select"
          disabled={off}
          value={isCustom ? CUSTOM : settings.modelId}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            if (v === CUSTOM) setCustom(customValue);
            else {
              setCustom(null);
              onSave({ modelId: v });
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
        {isCustom && !off && (
          <>
            <label for="model-custom" class="field-label">
              {t.customLabel}
            </label>
            <input
              id="model-custom"
              type="text"
              value={customValue}
              spellcheck={false}
              aria-invalid={!customValid}
              onInput={(e) => {
                const v = (e.target as HTMLInputElement).value.trim();
                setCustom(v);
                if (MODEL_ID_PATTERN.test(v)) onSave({ modelId: v });
              }}
            />
            {!customValid && <span class="note error">{t.customInvalid}</span>}
          </>
        )}
        <label class="choice">
          <input
            type="checkbox"
            data-testid="allow-download"
            disabled={off}
            checked={settings.allowDownload}
            onChange={(e) => onSave({ allowDownload: (e.target as HTMLInputElement).checked })}
          />
          <span>{t.download}</span>
        </label>
        <label for="model-unload" class="field-label">
          {t.unloadAfter}
        </label>
        <select
          id="model-unload"
          data-testid="model-unload"
          disabled={off}
          value={String(settings.unloadAfterMinutes ?? DEFAULT_UNLOAD_AFTER_MINUTES)}
          onChange={(e) => onSave({ unloadAfterMinutes: Number((e.target as HTMLSelectElement).value) })}
        >
          {[...new Set([...UNLOAD_CHOICES, settings.unloadAfterMinutes ?? DEFAULT_UNLOAD_AFTER_MINUTES])].map((min) => (
            <option key={min} value={String(min)}>
              {min === 0 ? t.unloadNever : fill(t.unloadMinutes, { min: String(min) })}
            </option>
          ))}
        </select>
      </div>
      <p class="privacy" data-testid="privacy">
        {t.privacy}
      </p>
      {props.children}
    </section>
  );
}
