import type { Strings } from '../i18n/strings';

/** The panel's modes: reply (default), call mode (#call), and the dashboard in its own tab. */
export function ModeNav({ t, route, dashboardUrl }: { t: Strings; route: string; dashboardUrl: string }) {
  return (
    <nav class="modes" aria-label={t.modes.label}>
      <a href="#" aria-current={route !== 'call' ? 'page' : undefined}>
        {t.modes.reply}
      </a>
      <a href="#call" aria-current={route === 'call' ? 'page' : undefined} data-testid="mode-call">
        {t.modes.call}
      </a>
      <a href={dashboardUrl} target="_blank" rel="noopener">
        {t.modes.dashboard}
      </a>
    </nav>
  );
}
