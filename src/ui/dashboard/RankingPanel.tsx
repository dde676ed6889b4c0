import { useMemo } from 'preact/hooks';
import { BarChart } from './BarChart';
import { FigureTable } from './FigureTable';
import { Panel } from './Panel';
import { fmtInt, fmtShare } from './format';
import type { UiLang } from '../i18n/ui-lang';

/** Ranks shown as bars; the table below lists every entry. */
const TOP = 10;

/** A "which ones, how often" panel: flagged phrases, gestures offered. */
export function RankingPanel(props: {
  id: string;
  title: string;
  lead: string;
  empty: string;
  entries: Array<{ label: string; count: number }>;
  /** Denominator for the share column. */
  of: number;
  lang: UiLang;
  countLabel: string;
  shareLabel: string;
  figuresLabel: string;
  exportLabel: string;
  onExport: () => void;
}) {
  const { entries, lang } = props;
  const top = useMemo(() => entries.slice(0, TOP), [entries]);
  const series = useMemo(() => [{ label: props.countLabel, data: top.map((e) => e.count) }], [top]);
  const labels = useMemo(() => top.map((e) => e.label), [top]);
  const valueText = useMemo(() => (v: number) => fmtInt(v, lang), [lang]);
  return (
    <Panel
      id={props.id}
      title={props.title}
      lead={entries.length ? <span data-testid={`${props.id}-lead`}>{props.lead}</span> : undefined}
      exportLabel={props.exportLabel}
      onExport={props.onExport}
    >
      {entries.length === 0 ? (
        <p class="ok-line">{props.empty}</p>
      ) : (
        <>
          <BarChart lang={lang} horizontal labels={labels} series={series} valueText={valueText} ariaLabel={props.title} />
          <FigureTable
            summary={props.figuresLabel}
            head={['', props.countLabel, props.shareLabel]}
            rows={entries.map((e) => [e.label, fmtInt(e.count, lang), fmtShare(props.of ? e.count / props.of : 0, lang)])}
          />
        </>
      )}
    </Panel>
  );
}
