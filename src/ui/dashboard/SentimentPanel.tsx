import { useMemo } from 'preact/hooks';
import type { DashboardAggregates } from './aggregate';
import { BarChart } from './BarChart';
import { FigureTable } from './FigureTable';
import { Panel } from './Panel';
import { fmtInt, fmtScore, fmtShare } from './format';
import type { UiLang } from '../i18n/ui-lang';
import { fill, type DashStrings } from './strings';

const LABELS = ['negative', 'neutral', 'positive'] as const;

/** The customer's mood at first contact beside the mood at close: did the triad work? */
export function SentimentPanel(props: { a: DashboardAggregates; t: DashStrings; lang: UiLang; onExport: () => void }) {
  const { a, t, lang } = props;
  const s = a.sentiment;
  const chart = useMemo(
    () => ({
      labels: LABELS.map((l) => t.sentiment.labels[l]!),
      series: [
        { label: t.sentiment.first, data: LABELS.map((l) => s.first.labels[l]) },
        { label: t.sentiment.close, data: LABELS.map((l) => s.close.labels[l]) },
      ],
    }),
    [s, lang],
  );
  const valueText = useMemo(() => (v: number) => fmtInt(v, lang), [lang]);
  const lead = s.paired
    ? fill(t.sentiment.lead, {
        first: fmtScore(s.first.mean, lang),
        close: fmtScore(s.close.mean, lang),
        share: fmtShare(s.improvedShare, lang),
      })
    : t.sentiment.noPairs;
  return (
    <Panel
      id="sentiment"
      title={t.sentiment.title}
      lead={<span data-testid="sentiment-lead">{lead}</span>}
      exportLabel={t.exportCsv}
      onExport={props.onExport}
    >
      <BarChart lang={lang} labels={chart.labels} series={chart.series} valueText={valueText} ariaLabel={t.sentiment.title} />
      <FigureTable
        summary={t.figures}
        head={['', t.sentiment.first, t.sentiment.close]}
        rows={[
          ...LABELS.map((l) => [t.sentiment.labels[l]!, fmtInt(s.first.labels[l], lang), fmtInt(s.close.labels[l], lang)]),
          ['⌀', fmtScore(s.first.mean, lang), fmtScore(s.close.mean, lang)],
          [t.sentiment.improved, fmtInt(s.improved, lang), fmtShare(s.improvedShare, lang)],
          [t.sentiment.same, fmtInt(s.same, lang), ''],
          [t.sentiment.worse, fmtInt(s.worse, lang), ''],
        ]}
      />
    </Panel>
  );
}
