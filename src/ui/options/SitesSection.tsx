import { useState } from 'preact/hooks';
import { patternToSite, toSitePattern, type SiteInputProblem } from './site-origin';
import type { SiteMessage } from './use-site-access';
import { fill, type OptionsStrings } from './strings';

/** The four sites granted at installation, as people know them. */
const BUILT_IN_SITES = [
  { name: 'Gmail', hosts: 'mail.google.com' },
  { name: 'Outlook', hosts: 'outlook.office.com · outlook.live.com · outlook.office365.com' },
  { name: 'Zendesk', hosts: '*.zendesk.com' },
  { name: 'Freshdesk', hosts: '*.freshdesk.com' },
] as const;

/**
 * Which sites Triade reads, and extra sites granted at runtime. `onAllow` runs inside the click
 * handler with nothing awaited before it: the browser asks the user only during a gesture.
 */
export function SitesSection(props: {
  t: OptionsStrings;
  builtIn: readonly string[];
  granted: readonly string[];
  message: SiteMessage | undefined;
  onAllow: (pattern: string, site: string) => Promise<boolean>;
  onRevoke: (pattern: string, site: string) => void;
}) {
  const { t } = props;
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<SiteInputProblem | undefined>();
  const problems: Record<SiteInputProblem, string> = {
    empty: t.siteEmpty,
    bad: t.siteBad,
    scheme: t.siteScheme,
    'built-in': t.siteBuiltIn,
  };

  const allow = (e: Event) => {
    e.preventDefault();
    const r = toSitePattern(value, props.builtIn);
    if (!r.ok) return setProblem(r.problem);
    setProblem(undefined);
    void props.onAllow(r.pattern, r.origin).then((ok) => ok && setValue(''));
  };

  const m = props.message;
  const messageText =
    m &&
    (m.kind === 'granted'
      ? fill(t.granted, { site: m.site })
      : m.kind === 'revoked'
        ? fill(t.revoked, { site: m.site })
        : m.kind === 'declined'
          ? t.declined
          : fill(t.permError, { error: m.error ?? '' }));

  return (
    <section class="section" id="sites" aria-labelledby="h-sites" data-testid="sites">
      <h2 id="h-sites">{t.sitesHeading}</h2>
      <p class="lead">{t.sitesLead}</p>
      <ul class="site-list">
        {BUILT_IN_SITES.map((s) => (
          <li key={s.name}>
            <b>{s.name}</b> <span class="muted">{s.hosts}</span>
          </li>
        ))}
      </ul>
      <h3>{t.sitesOtherHeading}</h3>
      <p class="lead">{t.sitesOtherLead}</p>
      <form class="inline-form" onSubmit={allow}>
        <label for="site-input" class="visually-hidden">
          {t.siteLabel}
        </label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          spellcheck={false}
          autocomplete="off"
          placeholder={t.sitePlaceholder}
          value={value}
          aria-invalid={problem !== undefined}
          aria-describedby={problem ? 'site-problem' : undefined}
          onInput={(e) => {
            setValue((e.target as HTMLInputElement).value);
            setProblem(undefined);
          }}
          data-testid="site-input"
        />
        <button type="submit" class="btn primary" data-testid="site-allow">
          {t.allow}
        </button>
      </form>
      {problem && (
        <p id="site-problem" class="note error" role="alert">
          {problems[problem]}
        </p>
      )}
      {messageText && (
        <p
          class={m.kind === 'granted' || m.kind === 'revoked' ? 'note ok' : 'note error'}
          role="status"
          data-testid="site-message"
        >
          {messageText}
        </p>
      )}
      {props.granted.length === 0 ? (
        <p class="muted">{t.noneGranted}</p>
      ) : (
        <ul class="pack-list" aria-label={t.grantedList} data-testid="granted-sites">
          {props.granted.map((p) => (
            <li key={p}>
              <span>{patternToSite(p)}</span>
              <button
                type="button"
                class="btn quiet"
                onClick={() => props.onRevoke(p, patternToSite(p))}
                aria-label={`${t.revoke}: ${patternToSite(p)}`}
              >
                {t.revoke}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
