import { useEffect, useState } from 'preact/hooks';
import { CallMode } from '../../src/ui/call/CallMode';
import { callStrings } from '../../src/ui/call/strings';
import type { UiLang } from '../../src/ui/i18n/ui-lang';
import { CaseDetail } from '../../src/ui/cases/CaseDetail';
import { CaseLog } from '../../src/ui/cases/CaseLog';
import { useStored } from '../../src/ui/hooks/use-stored';

type Route = { page: 'call' } | { page: 'cases' } | { page: 'case'; id: string };

/** #call (default), #cases, #case=<id>: the page a reminder notification opens. */
function readRoute(hash: string): Route {
  const h = hash.replace(/^#/, '');
  if (h.startsWith('case=')) return { page: 'case', id: decodeURIComponent(h.slice(5)) };
  if (h === 'cases') return { page: 'cases' };
  return { page: 'call' };
}

const defaultLang: UiLang = navigator.language?.toLowerCase().startsWith('en') ? 'en' : 'nl';

export function App() {
  const [lang, setLang] = useStored<UiLang>('uiLang', defaultLang);
  const [route, setRoute] = useState(() => readRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(readRoute(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const t = callStrings[lang];
  return (
    <main data-testid="calls-page" data-route={route.page}>
      <nav class="routes header">
        <a href="#call" aria-current={route.page === 'call' ? 'page' : undefined}>
          {t.call.heading}
        </a>
        <a href="#cases" aria-current={route.page !== 'call' ? 'page' : undefined}>
          {t.cases.heading}
        </a>
        <span class="tagline" />
        <span class="lang-switch" role="group">
          {(['nl', 'en'] as const).map((l) => (
            <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)}>
              {l.toUpperCase()}
            </button>
          ))}
        </span>
      </nav>
      {route.page === 'call' && <CallMode lang={lang} />}
      {route.page === 'cases' && <CaseLog lang={lang} onOpen={(id) => (location.hash = `case=${encodeURIComponent(id)}`)} />}
      {route.page === 'case' && (
        <CaseDetail key={route.id} lang={lang} caseId={route.id} onBack={() => (location.hash = 'cases')} />
      )}
    </main>
  );
}
