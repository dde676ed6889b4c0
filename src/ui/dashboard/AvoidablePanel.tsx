import { useMemo } from 'preact/hooks';
import type { DashboardAggregates } from './aggregate';
import { BarChart } from './BarChart';
import { FigureTable } from './FigureTable';
import { Panel } from './Panel';
import { fmtInt, fmtShare } from './format';
import type { UiLang } from '../i18n/ui-lang';
import { reasonLabel } from './labels';
import { fill, type DashStrings } from './strings';

/** Seed 003's "waardeloze contacten": how many contacts could have been prevented, and why. */
export function AvoidablePanel(props: { a: DashboardAggregates; t: DashStrings; lang: UiLang; onExport: () => void }) {
  const { a, t, lang } = props;
  const av = a.avoidable;
  const chart = useMemo(
    () => ({
      labels: av.reasons.map((r) => reasonLabel(t, r.reason)),
      series: [{ label: t.count, data: av.reasons.map((r) => r.count) }],
    }),
    [av, lang],
  );
  const valueText = useMemo(
    () => (v: number) => `${fmtInt(v, lang)} · ${fmtShare(av.total ? v / av.total : 0, lang)}`,
    [av, lang],
  );
  const lead = fill(t.avoidable.lead, {
    count: fmtInt(av.count, lang),
    total: fmtInt(av.total, lang),
    share: fmtShare(av.share, lang),
  });
  return (
    <Panel
      id="avoidable"
      title={t.avoidable.title}
      lead={<span data-testid="avoidable-lead">{lead}</span>}
      exportLabel={t.exportCsv}
      onExport={props.onExport}
    >
      <p class="muted">{t.avoidable.why}</p>
      {av.count === 0 ? (
        <p class="ok-line">{t.avoidable.none}</p>
      ) : (
        <>
          <h3 class="chart-title">{t.avoidable.reasons}</h3>
          <BarChart
            lang={lang}
            horizontal
            labels={chart.labels}
            series={chart.series}
            valueText={valueText}
            ariaLabel={t.avoidable.title}
          />
          <FigureTable
            summary={t.figures}
            head={[t.avoidable.reasons, t.count, t.share]}
            rows={av.reasons.map((r) => [
              reasonLabel(t, r.reason),
              fmtInt(r.count, lang),
              fmtShare(av.total ? r.count / av.total : 0, lang),
            ])}
          />
        </>
      )}
    </Panel>
  );
}
