import { useMemo, useState } from 'preact/hooks';
import type { ComplaintDimension, DashboardAggregates, KeyCount } from './aggregate';
import { BarChart, type BarSeries } from './BarChart';
import { FigureTable } from './FigureTable';
import { Panel } from './Panel';
import { fmtBucket, fmtInt, fmtShare } from './format';
import type { UiLang } from '../i18n/ui-lang';
import { causeLabel, channelLabel, typeLabel } from './labels';
import type { DashStrings } from './strings';

/** Over-time charts stack at most this many keys; the rest is one "other" band. */
const TOP = 6;

/** Complaints by cause, channel or customer type: the ranking and how it moved over the period. */
export function ComplaintsPanel(props: { a: DashboardAggregates; t: DashStrings; lang: UiLang; onExport: () => void }) {
  const { a, t, lang } = props;
  const [dim, setDim] = useState<ComplaintDimension>('cause');
  const keys: KeyCount<string>[] =
    dim === 'cause' ? a.complaints.byCause : dim === 'channel' ? a.complaints.byChannel : a.complaints.byCustomerType;
  const label = (k: string) =>
    dim === 'cause' ? causeLabel(t, k) : dim === 'channel' ? channelLabel(t, k) : typeLabel(t, k, lang);
  const total = a.complaints.total;

  const ranking = useMemo(
    () => ({ labels: keys.map((k) => label(k.key)), series: [{ label: t.count, data: keys.map((k) => k.count) }] }),
    [keys, lang],
  );
  const overTime = useMemo(() => {
    const top = keys.slice(0, TOP);
    const rest = keys.slice(TOP);
    const series: BarSeries[] = top.map((k) => ({ label: label(k.key), data: k.perBucket }));
    if (rest.length)
      series.push({
        label: t.complaints.other,
        other: true,
        data: a.buckets.starts.map((_, i) => rest.reduce((s, k) => s + (k.perBucket[i] ?? 0), 0)),
      });
    return { labels: a.buckets.starts.map((s) => fmtBucket(s, a.buckets.unit, lang)), series };
  }, [keys, a.buckets, lang]);
  const valueText = useMemo(() => (v: number) => `${fmtInt(v, lang)} · ${fmtShare(total ? v / total : 0, lang)}`, [total, lang]);

  return (
    <Panel id="complaints" wide title={t.complaints.title} exportLabel={t.exportCsv} onExport={props.onExport}>
      <div class="dims" role="group" aria-label={t.complaints.title}>
        {(['cause', 'channel', 'customerType'] as const).map((d) => (
          <button key={d} type="button" aria-pressed={dim === d} onClick={() => setDim(d)} data-testid={`dim-${d}`}>
            {t.complaints.dims[d]}
          </button>
        ))}
      </div>
      <div class="chart-pair">
        <div>
          <h3 class="chart-title">
            {t.complaints.totals.replace('{total}', fmtInt(total, lang)).replace('{dim}', t.complaints.dims[dim]!.toLowerCase())}
          </h3>
          <BarChart
            lang={lang}
            horizontal
            labels={ranking.labels}
            series={ranking.series}
            valueText={valueText}
            ariaLabel={t.complaints.title}
          />
        </div>
        <div>
          <h3 class="chart-title">{t.complaints.overTime.replace('{unit}', t.unit[a.buckets.unit] ?? '')}</h3>
          <BarChart
            lang={lang}
            stacked
            labels={overTime.labels}
            series={overTime.series}
            ariaLabel={`${t.complaints.title}: ${t.unit[a.buckets.unit]}`}
          />
        </div>
      </div>
      <FigureTable
        summary={t.figures}
        head={[t.complaints.dims[dim]!, t.count, t.share]}
        rows={keys.map((k) => [label(k.key), fmtInt(k.count, lang), fmtShare(total ? k.count / total : 0, lang)])}
      />
    </Panel>
  );
}
