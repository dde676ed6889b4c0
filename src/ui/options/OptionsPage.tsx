import { skippedAny, type TriadeDb } from '../../db';
import { CaseLogTransfer } from '../dashboard/CaseLogTransfer';
import { PhrasePacks } from '../dashboard/PhrasePacks';
import { dashEn, dashNl } from '../dashboard/strings';
import { usePacks } from '../packs/use-packs';
import { BeforeSendSection } from './BeforeSendSection';
import { EngineSection } from './EngineSection';
import { useStored } from '../hooks/use-stored';
import { EraseSection } from './EraseSection';
import { LanguageSection } from './LanguageSection';
import { RegisterSection } from './RegisterSection';
import { registerStrings } from './register-strings';
import { asRegisterSetting, DEFAULT_REGISTER_SETTING, REPLY_REGISTER_KEY } from '../../storage/reply-register';
import type { RegisterSetting } from '../../core/types';
import { ModelCheck } from './ModelCheck';
import { RetentionSection } from './RetentionSection';
import { SitesSection } from './SitesSection';
import { countOf, fill, optionsStrings } from './strings';
import type { UiLang } from '../i18n/ui-lang';
import { useDataTransfer, useLogCounts } from './use-data-transfer';
import { useModelSettings } from './use-model-settings';
import { useRetention } from './use-retention';
import { useSiteAccess } from './use-site-access';

/** The settings page: language, analysis engine, sites, data (retention, export/import, erase), team phrase packs. */
export function OptionsPage(props: { db: TriadeDb; lang: UiLang; onLang: (l: UiLang) => void; dashboardUrl: string }) {
  const { db, lang } = props;
  const t = optionsStrings(lang);
  const model = useModelSettings();
  const sites = useSiteAccess();
  const retention = useRetention(db);
  const counts = useLogCounts(db);
  const data = useDataTransfer(db, lang);
  const packs = usePacks();
  const [beforeSend, setBeforeSend] = useStored<boolean>('beforeSendReminder', false);
  const [register, setRegister] = useStored<unknown>(REPLY_REGISTER_KEY, DEFAULT_REGISTER_SETTING);
  const rt = registerStrings(lang);
  const dash = lang === 'en' ? dashEn : dashNl;
  const [before, after] = t.links.split('{dashboard}');

  const nav = [
    ['language', t.langHeading],
    ['register', rt.heading],
    ['engine', t.engineHeading],
    ['sites', t.sitesHeading],
    ['data', t.dataHeading],
    ['packs', t.packsHeading],
  ] as const;

  return (
    <main class="options" data-testid="options" lang={lang}>
      <header class="options-header">
        <h1>{t.title}</h1>
        <p class="muted">{t.intro}</p>
        <nav aria-label={t.title}>
          {nav.map(([id, label]) => (
            <a key={id} href={`#${id}`}>
              {label}
            </a>
          ))}
        </nav>
      </header>

      <LanguageSection t={t} lang={lang} onLang={props.onLang} />
      <RegisterSection t={rt} value={asRegisterSetting(register)} onChange={(v: RegisterSetting) => setRegister(v)} />
      <BeforeSendSection t={t} on={beforeSend} onChange={setBeforeSend} />

      <EngineSection t={t} settings={model.settings} bundled={model.bundled} onSave={(p) => void model.save(p)}>
        <ModelCheck t={t} />
      </EngineSection>

      <SitesSection
        t={t}
        builtIn={sites.builtIn}
        granted={sites.granted}
        message={sites.message}
        onAllow={sites.request}
        onRevoke={(p, s) => void sites.revoke(p, s)}
      />

      <RetentionSection
        t={t}
        days={retention.days}
        policyDays={retention.policyDays}
        counts={counts}
        onChange={(d) => void retention.save(d)}
        onApply={async () => {
          try {
            return await retention.applyNow();
          } catch (e) {
            throw new Error(e instanceof Error ? e.message : String(e));
          }
        }}
      />

      <CaseLogTransfer
        t={{
          title: t.transferHeading,
          intro: t.transferLead,
          exportJson: t.exportJson,
          exportCsv: t.exportCsv,
          import: t.importJson,
          imported: t.imported,
          skipped: t.importSkipped,
          refused: t.importRefused,
        }}
        onExportJson={() => data.downloadJson()}
        onExportCsv={() => data.downloadCsv()}
        onImport={async (text) => {
          const summary = await data.importText(text);
          const n = summary.imported;
          const done = fill(t.imported, { cases: countOf(t, 'case', n.cases), notes: countOf(t, 'note', n.notes) });
          const s = summary.skipped;
          return skippedAny(summary)
            ? `${done} ${fill(t.importSkipped, { cases: countOf(t, 'case', s.cases), notes: countOf(t, 'note', s.notes), reminders: s.reminders })}`
            : done;
        }}
      />

      <EraseSection t={t} onErase={data.erase} />

      <div id="packs" class="packs-wrap">
        <PhrasePacks
          t={dash.packs}
          packs={packs.packs}
          onInstall={(text) => packs.install(text)}
          onRemove={(id) => void packs.remove(id)}
        />
      </div>

      <p class="note center">
        {before}
        <a href={props.dashboardUrl} target="_blank" rel="noopener" data-testid="dashboard-link">
          {t.dashboardLink}
        </a>
        {after}
      </p>
    </main>
  );
}
