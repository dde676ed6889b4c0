/**
 * chart.js, registered piece by piece: only the bar chart and what it needs, so the bundle
 * carries no line, pie or radar code (tree-shaking). Colours come from the CSS variables of
 * styles.css / dashboard.css, so the charts follow light and dark mode.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export { Chart };
export type BarConfig = ChartConfiguration<'bar', number[], string>;

export interface Palette {
  text: string;
  muted: string;
  line: string;
  series: string[];
  other: string;
}

/** The current theme's colours, read from the page's CSS variables. */
export function readPalette(el: Element = document.documentElement): Palette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', '#1d2327'),
    muted: v('--muted', '#5c6670'),
    line: v('--line', '#e3e5e8'),
    series: [1, 2, 3, 4, 5, 6, 7].map((i) => v(`--chart-${i}`, '#1f6f8b')),
    other: v('--chart-other', '#9aa4ad'),
  };
}

/**
 * Draws each bar's value at its end, so the figure reads without hovering.
 * Options: `plugins.valueLabels.format(value, index)`; off for stacked charts.
 */
export const valueLabels: Plugin<'bar'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart, _args, options: { format?: (v: number, i: number) => string; color?: string; display?: boolean }) {
    if (options.display === false) return;
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.font = '600 12px system-ui, sans-serif';
    ctx.fillStyle = options.color ?? '#000';
    chart.data.datasets.forEach((ds, di) => {
      const meta = chart.getDatasetMeta(di);
      if (meta.hidden) return;
      meta.data.forEach((bar, i) => {
        const value = ds.data[i] as number;
        if (value === null || value === undefined) return;
        const label = options.format ? options.format(value, i) : String(value);
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        if (horizontal) {
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(label, x + 6, y);
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(label, x, y - 3);
        }
      });
    });
    ctx.restore();
  },
};
