import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDb } from '../../src/db';
import { useStored } from '../../src/ui/hooks/use-stored';
import { OptionsPage } from '../../src/ui/options/OptionsPage';
import { optionsStrings } from '../../src/ui/options/strings';
import type { UiLang } from '../../src/ui/i18n/ui-lang';

// Wiring only: the shared database, the UI language every Triade page shares, and the page.
const db = getDb();
const defaultLang: UiLang = (browser.i18n?.getUILanguage?.() ?? navigator.language ?? '').toLowerCase().startsWith('en')
  ? 'en'
  : 'nl';
const dashboardUrl = browser.runtime.getURL('/dashboard.html');

export function App() {
  const [lang, setLang] = useStored<UiLang>('uiLang', defaultLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = optionsStrings(lang).title;
  }, [lang]);
  return <OptionsPage db={db} lang={lang} onLang={setLang} dashboardUrl={dashboardUrl} />;
}
