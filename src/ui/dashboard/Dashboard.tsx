import { useCallback, useMemo, useState } from 'preact/hooks';
import { aggregateCases, toCsvRows, type CsvSection } from './aggregate';
import { casesToCsv, exportJson, importJsonWithSummary, isStorageError, listCases, skippedAny, type TriadeDb } from '../../db';
import { usePacks } from '../packs/use-packs';
import { AvoidablePanel } from './AvoidablePanel';
import { CaseLogTransfer } from './CaseLogTransfer';
import { ChecklistPanel } from './ChecklistPanel';
import { ComplaintsPanel } from './ComplaintsPanel';
import { EmptyState } from './EmptyState';
import { KeyFigures } from './KeyFigures';
import { PeriodFilter } from './PeriodFilter';
import { PhrasePacks } from './PhrasePacks';
import { RankingPanel } from './RankingPanel';
import { SentimentPanel } from './SentimentPanel';
import { downloadCsv, downloadText } from './download';
import { fmtInt, fmtShare } from './format';
import type { UiLang } from '../i18n/ui-lang';
import { periodFor, type PeriodPreset } from './period';
import { dashEn, dashNl, fill } from './strings';
import { useCaseLog } from './use-case-log';

/** The team lead's page: figures over the local case log for a period, team phrase packs, case-log import/export. */
export function Dashboard(props: { db: TriadeDb; lang: UiLang; onLang: (l: UiLang) => void }) {
  const { db, lang } = props;
  const t = lang === 'en' ? dashEn : dashNl;
  const [preset, setPreset] = useState<PeriodPreset>('d30');
  // Recomputed when the preset changes, not on every render, so the live query is not restarted.
  const from = useMemo(() => periodFor(preset).from, [preset]);
  const log = useCaseLog(db, from);
  const packs = usePacks();

  const a = useMemo(
    () => (log.cases ? aggregateCases(log.cases, { from }, { utcOffsetMin: -new Date().getTimezoneOffset() }) : undefined),
    [log.cases, from],
  );
  const exportSection = useCallback((section: CsvSection) => a && downloadCsv(section, toCsvRows[section](a)), [a]);

  const importLog = async (text: string) => {
    try {
      const summary = await importJsonWithSummary(db, text);
      const n = summary.imported;
      const done = fill(t.log.imported, { cases: fmtInt(n.cases, lang), notes: fmtInt(n.notes, lang) });
      const s = summary.skipped;
      return skippedAny(summary)
        ? `${done} ${fill(t.log.skipped, { cases: fmtInt(s.cases, lang), notes: fmtInt(s.notes, lang), reminders: fmtInt(s.reminders, lang) })}`
        : done;
    } catch (e) {
      throw new Error(isStorageError(e) ? e.text(lang) : String(e));
    }
  };
  const day = new Date().toISOString().slice(0, 10);

  return (
    <main class="dash" data-testid="dashboard">
      <header class="dash-header">
        <div>
          <h1>{t.title}</h1>
          <p class="muted">{t.subtitle}</p>
        </div>
        <span class="lang-switch" role="group" aria-label="Taal / language">
          {(['nl', 'en'] as const).map((l) => (
            <button key={l} type="button" aria-pressed={lang === l} onClick={() => props.onLang(l)}>
              {l.toUpperCase()}
            </button>
          ))}
        </span>
      </header>
      <PeriodFilter value={preset} labels={t.period} groupLabel={t.period.label} onChange={setPreset} />

      {log.error && (
        <p class="note error" role="alert">
          {fill(t.readError, { why: log.error })}
        </p>
      )}
      {!a ? (
        <p class="muted" role="status">
          {t.loading}
        </p>
      ) : a.complaints.total === 0 ? (
        <EmptyState t={t.empty} olderExist={preset !== 'all' && log.allTotal > 0} />
      ) : (
        <>
          <KeyFigures
            items={[
              { id: 'cases', value: fmtInt(a.complaints.total, lang), label: t.kpi.cases },
              {
                id: 'avoidable',
                value: fmtShare(a.avoidable.share, lang),
                label: `${t.kpi.avoidable} (${fmtInt(a.avoidable.count, lang)})`,
              },
              { id: 'checklist', value: fmtShare(a.checklist.overall, lang), label: t.kpi.checklist },
              { id: 'improved', value: fmtShare(a.sentiment.improvedShare, lang), label: t.kpi.improved },
            ]}
          />
          <div class="dash-grid">
            <ComplaintsPanel a={a} t={t} lang={lang} onExport={() => exportSection('complaints')} />
            <AvoidablePanel a={a} t={t} lang={lang} onExport={() => exportSection('avoidable')} />
            <ChecklistPanel a={a} t={t} lang={lang} onExport={() => exportSection('checklist')} />
            <SentimentPanel a={a} t={t} lang={lang} onExport={() => exportSection('sentiment')} />
            <RankingPanel
              id="violations"
              title={t.violations.title}
              lead={fill(t.violations.lead, {
                cases: fmtInt(a.violations.casesWithAny, lang),
                closed: fmtInt(a.violations.closed, lang),
              })}
              empty={t.violations.none}
              entries={a.violations.rules.map((r) => ({ label: r.phrase[lang], count: r.count }))}
              of={a.violations.closed}
              lang={lang}
              countLabel={t.count}
              shareLabel={t.share}
              figuresLabel={t.figures}
              exportLabel={t.exportCsv}
              onExport={() => exportSection('violations')}
            />
            <RankingPanel
              id="gestures"
              title={t.gestures.title}
              lead={fill(t.gestures.lead, { cases: fmtInt(a.gestures.casesWithGesture, lang) })}
              empty={t.gestures.none}
              entries={a.gestures.gestures.map((g) => ({ label: g.gesture, count: g.count }))}
              of={a.violations.closed}
              lang={lang}
              countLabel={t.count}
              shareLabel={t.share}
              figuresLabel={t.figures}
              exportLabel={t.exportCsv}
              onExport={() => exportSection('gestures')}
            />
          </div>
        </>
      )}

      <div class="dash-grid">
        <PhrasePacks
          t={t.packs}
          packs={packs.packs}
          onInstall={(text) => packs.install(text)}
          onRemove={(id) => void packs.remove(id)}
        />
        <CaseLogTransfer
          t={t.log}
          onExportJson={async () => downloadText(`triade-export-${day}.json`, await exportJson(db), 'application/json')}
          onExportCsv={async () =>
            downloadText(
              `triade-cases-${day}.csv`,
              casesToCsv((await listCases(db)).cases, { bom: true }),
              'text/csv;charset=utf-8',
            )
          }
          onImport={importLog}
        />
      </div>
    </main>
  );
}
