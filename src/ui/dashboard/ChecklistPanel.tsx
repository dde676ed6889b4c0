import { useMemo } from 'preact/hooks';
import type { DashboardAggregates } from './aggregate';
import { BarChart } from './BarChart';
import { FigureTable } from './FigureTable';
import { Panel } from './Panel';
import { fmtInt, fmtShare } from './format';
import type { UiLang } from '../i18n/ui-lang';
import { checklistLabel } from './labels';
import { fill, type DashStrings } from './strings';

/** Checklist compliance per step, over closed cases where the step was needed; names the step skipped most. */
export function ChecklistPanel(props: { a: DashboardAggregates; t: DashStrings; lang: UiLang; onExport: () => void }) {
  const { a, t, lang } = props;
  const c = a.checklist;
  const items = useMemo(() => c.items.filter((it) => it.needed > 0), [c]);
  const chart = useMemo(
    () => ({
      labels: items.map((it) => checklistLabel(it.id, lang)),
      series: [{ label: t.share, data: items.map((it) => Math.round((it.share ?? 0) * 1000) / 10) }],
    }),
    [items, lang],
  );
  const valueText = useMemo(
    () => (_v: number, i: number) => {
      const it = items[i]!;
      return `${fmtShare(it.share, lang)} (${fmtInt(it.done, lang)}/${fmtInt(it.needed, lang)})`;
    },
    [items, lang],
  );
  const worst = c.items.find((it) => it.id === c.mostSkipped);
  const lead = worst
    ? fill(t.checklist.lead, {
        item: checklistLabel(worst.id, lang),
        skipped: fmtInt(worst.skipped, lang),
        needed: fmtInt(worst.needed, lang),
      })
    : t.checklist.allDone;
  const tick = useMemo(() => (v: number) => `${v}%`, []);
  return (
    <Panel
      id="checklist"
      title={t.checklist.title}
      lead={<span data-testid="checklist-lead">{lead}</span>}
      exportLabel={t.exportCsv}
      onExport={props.onExport}
    >
      {items.length > 0 && (
        <BarChart
          lang={lang}
          horizontal
          max={100}
          labels={chart.labels}
          series={chart.series}
          valueText={valueText}
          tickText={tick}
          ariaLabel={t.checklist.title}
        />
      )}
      <FigureTable
        summary={t.figures}
        head={[t.checklist.item, t.checklist.needed, t.checklist.done, t.checklist.skipped, t.share]}
        rows={c.items.map((it) => [
          checklistLabel(it.id, lang),
          fmtInt(it.needed, lang),
          fmtInt(it.done, lang),
          fmtInt(it.skipped, lang),
          it.needed ? fmtShare(it.share, lang) : t.checklist.notNeeded,
        ])}
      />
    </Panel>
  );
}
