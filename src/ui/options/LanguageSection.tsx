import type { OptionsStrings } from './strings';
import type { UiLang } from '../i18n/ui-lang';

/** The UI language shared by the side panel, the dashboard and this page. */
export function LanguageSection(props: { t: OptionsStrings; lang: UiLang; onLang: (l: UiLang) => void }) {
  const { t } = props;
  return (
    <section class="section" id="language" aria-labelledby="h-language" data-testid="language">
      <h2 id="h-language">{t.langHeading}</h2>
      <p class="lead">{t.langLead}</p>
      <div class="choices" role="radiogroup" aria-labelledby="h-language">
        {(['nl', 'en'] as const).map((l) => (
          <label key={l} class="choice">
            <input
              type="radio"
              name="ui-lang"
              value={l}
              checked={props.lang === l}
              onChange={() => props.onLang(l)}
              data-testid={`lang-${l}`}
            />
            <span lang={l}>{l === 'nl' ? t.langNl : t.langEn}</span>
          </label>
        ))}
      </div>
    </section>
  );
}
