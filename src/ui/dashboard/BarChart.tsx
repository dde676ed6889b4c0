import { useEffect, useRef } from 'preact/hooks';
import { Chart, readPalette, valueLabels, type BarConfig } from './charts';
import { useColorScheme } from './use-color-scheme';

export interface BarSeries {
  label: string;
  data: number[];
  /** The "everything else" band: drawn in grey. */
  other?: boolean;
}

/** Category labels longer than this are cut with an ellipsis (the full text is in the table and tooltip). */
const MAX_LABEL = 42;
const short = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

/**
 * One bar chart. Horizontal for rankings (values written at the bar ends), vertical and stacked
 * for "over time". The canvas has an aria-label; the exact figures are in the panel's table.
 */
export function BarChart(props: {
  labels: string[];
  series: BarSeries[];
  ariaLabel: string;
  horizontal?: boolean;
  stacked?: boolean;
  /** Upper end of the value axis (100 for percentages). */
  max?: number;
  /** Text written at the end of each bar; values are drawn only when given. */
  valueText?: (value: number, index: number) => string;
  /** Axis tick text for values (e.g. "40%"). */
  tickText?: (value: number) => string;
  lang: 'nl' | 'en';
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scheme = useColorScheme();
  const { labels, series, horizontal = false, stacked = false } = props;

  useEffect(() => {
    if (!canvas.current) return;
    const p = readPalette();
    // Room at the bar ends for the longest value text (about 7.5 px per character at 12 px bold).
    const longest = props.valueText
      ? Math.max(0, ...series.flatMap((s) => s.data.map((v, i) => props.valueText!(v, i).length)))
      : 0;
    const config: BarConfig = {
      type: 'bar',
      data: {
        labels: labels.map(short),
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.data,
          backgroundColor: s.other ? p.other : p.series[i % p.series.length],
          borderRadius: 3,
          maxBarThickness: horizontal ? 22 : 48,
        })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: props.lang === 'nl' ? 'nl-NL' : 'en-GB',
        layout: {
          padding: horizontal
            ? { right: props.valueText ? Math.ceil(longest * 7.5) + 10 : 8 }
            : { top: props.valueText ? 18 : 4 },
        },
        scales: {
          x: {
            stacked,
            ...(horizontal ? { beginAtZero: true, max: props.max } : {}),
            ticks: { color: p.muted, ...(horizontal && props.tickText ? { callback: (v) => props.tickText!(Number(v)) } : {}) },
            grid: { color: p.line, display: horizontal },
          },
          y: {
            stacked,
            ...(horizontal ? {} : { beginAtZero: true, max: props.max }),
            ticks: {
              color: horizontal ? p.text : p.muted,
              ...(!horizontal && props.tickText ? { callback: (v) => props.tickText!(Number(v)) } : {}),
            },
            grid: { color: p.line, display: !horizontal },
          },
        },
        plugins: {
          legend: { display: series.length > 1, position: 'bottom', labels: { color: p.text, boxWidth: 12 } },
          tooltip: { callbacks: { title: (items) => labels[items[0]?.dataIndex ?? 0] ?? '' } },
          // @ts-expect-error valueLabels is our own plugin; chart.js types list only the built-in ones.
          valueLabels: { display: !!props.valueText, format: props.valueText, color: p.text },
        },
      },
      plugins: [valueLabels],
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [labels, series, horizontal, stacked, props.max, props.valueText, props.tickText, props.lang, scheme]);

  const height = horizontal ? Math.max(80, labels.length * 30 + 40) : 240;
  return (
    <div class="chart" style={{ height: `${height}px` }}>
      <canvas ref={canvas} role="img" aria-label={props.ariaLabel} />
    </div>
  );
}
