import type { Strings } from '../i18n/strings';

export function Header({
  t,
  uiLang,
  onLang,
  engine,
  engineKind,
  engineWhy,
  progress,
}: {
  t: Strings;
  uiLang: 'nl' | 'en';
  onLang: (l: 'nl' | 'en') => void;
  engine: string;
  engineKind: 'model+lexicon' | 'lexicon';
  engineWhy: string;
  /** Model download progress 0…1 (null: unknown size) while a model loads. */
  progress?: number | null;
}) {
  return (
    <>
      <header class="header">
        <h1>{t.appName}</h1>
        <span class="tagline">{t.tagline}</span>
        <span
          class="engine"
          data-testid="engine"
          data-engine={engineKind}
          title={`${t.engine.title}: ${engineWhy}`}
          aria-label={`${t.engine.title}: ${engine}, ${engineWhy}`}
        >
          {engine}
          {progress !== undefined && (
            <progress class="model-progress" max={1} value={progress ?? undefined} aria-label={engineWhy} />
          )}
        </span>
        <span class="lang-switch" role="group" aria-label={t.lang.label}>
          {(['nl', 'en'] as const).map((l) => (
            <button key={l} type="button" aria-pressed={uiLang === l} onClick={() => onLang(l)}>
              {t.lang[l]}
            </button>
          ))}
        </span>
      </header>
      {engineKind === 'lexicon' && engineWhy && (
        <p class="engine-why" data-testid="engine-why">
          {engineWhy}
        </p>
      )}
    </>
  );
}
