/** Number formatting for the dashboard, in the UI language (Dutch: 12,5% and −0,40). */
import type { UiLang } from '../i18n/ui-lang';

const locale = (lang: UiLang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

export function fmtInt(n: number, lang: UiLang): string {
  return n.toLocaleString(locale(lang));
}

/** 0.2345 → "23%" (one decimal below 10% so small shares do not all read "0%"). */
export function fmtShare(x: number | undefined, lang: UiLang): string {
  if (x === undefined || !Number.isFinite(x)) return '—';
  const digits = x > 0 && x < 0.1 ? 1 : 0;
  return (x * 100).toLocaleString(locale(lang), { maximumFractionDigits: digits, minimumFractionDigits: digits }) + '%';
}

/** Sentiment score −1…+1 with its sign: "−0,40", "+0,25". */
export function fmtScore(x: number | undefined, lang: UiLang): string {
  if (x === undefined || !Number.isFinite(x)) return '—';
  const s = Math.abs(x).toLocaleString(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (x > 0.005 ? '+' : x < -0.005 ? '−' : '') + s;
}

/** A bucket start (`YYYY-MM-DD`) as an axis label: "18 nov", "wk 47", "nov 2026". */
export function fmtBucket(start: string, unit: 'day' | 'week' | 'month', lang: UiLang): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (unit === 'month') return d.toLocaleDateString(locale(lang), { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const day = d.toLocaleDateString(locale(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return unit === 'week' ? `${lang === 'nl' ? 'wk' : 'wk of'} ${day}` : day;
}
