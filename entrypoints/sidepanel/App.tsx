import { browser } from 'wxt/browser';
import type { PhraseLang } from '../../src/core';
import { en, nl } from '../../src/ui/i18n/strings';
import { useStored } from '../../src/ui/hooks/use-stored';
import { CallMode } from '../../src/ui/call/CallMode';
import { useHashRoute } from '../../src/ui/call/use-hash-route';
import { Header } from '../../src/ui/components/Header';
import { ModeNav } from '../../src/ui/components/ModeNav';
import { useReplyPanel } from '../../src/ui/reply/use-reply-panel';
import { ReplyView } from '../../src/ui/reply/ReplyView';

const defaultUiLang: PhraseLang = navigator.language?.toLowerCase().startsWith('en') ? 'en' : 'nl';

// Wiring only: the panel's language, its route (reply or #call), and the header both routes share.
export function App() {
  const [uiLang, setUiLang] = useStored<PhraseLang>('uiLang', defaultUiLang);
  const t = uiLang === 'en' ? en : nl;
  const route = useHashRoute();
  // Runs on both routes: the header shows the model's state in call mode too.
  const panel = useReplyPanel(uiLang, t);
  const { fused, model } = panel.reply;

  const top = (
    <>
      <Header
        t={t}
        uiLang={uiLang}
        onLang={setUiLang}
        engine={fused?.engine === 'model+lexicon' ? t.engine.model : t.engine.lexicon}
        engineKind={fused?.engine ?? model.engine}
        engineWhy={
          fused?.engine === 'model+lexicon'
            ? `${model.result?.modelId ?? ''}`
            : (t.engineWhy[fused?.reason ?? model.reason ?? 'model-loading'] ?? '')
        }
        progress={model.status.state === 'loading' ? model.status.progress : undefined}
      />
      <ModeNav t={t} route={route} dashboardUrl={browser.runtime.getURL('/dashboard.html')} />
    </>
  );

  if (route === 'call') {
    return (
      <main data-testid="panel" data-route="call">
        {top}
        <CallMode lang={uiLang} />
      </main>
    );
  }
  return <ReplyView t={t} uiLang={uiLang} panel={panel} top={top} />;
}
