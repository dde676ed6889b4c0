import { useEffect } from 'preact/hooks';
import { getDb } from '../../src/db';
import { Dashboard } from '../../src/ui/dashboard/Dashboard';
import { useStored } from '../../src/ui/hooks/use-stored';

// Wiring only: the shared database, the UI language every Triade page shares, and the page.
const db = getDb();
const defaultLang = navigator.language?.toLowerCase().startsWith('en') ? 'en' : 'nl';

export function App() {
  const [lang, setLang] = useStored<'nl' | 'en'>('uiLang', defaultLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = lang === 'en' ? 'Triade — team dashboard' : 'Triade — teamdashboard';
  }, [lang]);
  return <Dashboard db={db} lang={lang} onLang={setLang} />;
}
