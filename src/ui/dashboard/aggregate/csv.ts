/** The CSV tables of the dashboard's "Export CSV" buttons: one per section, ids in English (stable for spreadsheets). */
import type { ComplaintDimension, KeyCount } from './complaints';
import type { DashboardAggregates } from './index';
import { SENTIMENT_LABELS, type SentimentSide } from './sentiment';

/** A CSV cell as `toCsv` in src/db/transfer takes it. */
export type Cell = string | number | boolean | undefined | null;

export interface CsvTable {
  header: string[];
  rows: Cell[][];
}

const round = (x: number | undefined, digits = 4) => (x === undefined ? undefined : Math.round(x * 10 ** digits) / 10 ** digits);

/** Long format: one row per dimension, key and bucket, plus a total row per key (`bucket_start` = total). */
export function complaintsCsvRows(a: DashboardAggregates): CsvTable {
  const rows: Cell[][] = [];
  const dims: Array<[ComplaintDimension, KeyCount<string>[]]> = [
    ['cause', a.complaints.byCause],
    ['channel', a.complaints.byChannel],
    ['customerType', a.complaints.byCustomerType],
  ];
  for (const [dim, keys] of dims) {
    for (const k of keys) {
      rows.push([dim, k.key, 'total', k.count]);
      k.perBucket.forEach((n, i) => rows.push([dim, k.key, a.buckets.starts[i], n]));
    }
  }
  return { header: ['dimension', 'key', `bucket_start (${a.buckets.unit})`, 'cases'], rows };
}

export function avoidableCsvRows(a: DashboardAggregates): CsvTable {
  const rows: Cell[][] = [
    ['all', 'total', a.avoidable.count, round(a.avoidable.share)],
    ...a.avoidable.reasons.map((r): Cell[] => [
      'reason',
      r.reason,
      r.count,
      round(a.avoidable.total ? r.count / a.avoidable.total : 0),
    ]),
    ...a.avoidable.perBucket.map((n, i): Cell[] => ['bucket', a.buckets.starts[i], n, undefined]),
  ];
  return { header: ['kind', 'key', 'avoidable_cases', 'share_of_all_cases'], rows };
}

export function checklistCsvRows(a: DashboardAggregates): CsvTable {
  return {
    header: ['item', 'needed', 'done', 'skipped', 'share_done'],
    rows: a.checklist.items.map((it): Cell[] => [it.id, it.needed, it.done, it.skipped, round(it.share)]),
  };
}

export function sentimentCsvRows(a: DashboardAggregates): CsvTable {
  const s = a.sentiment;
  const side = (name: string, x: SentimentSide): Cell[] => [
    name,
    x.n,
    round(x.mean),
    ...SENTIMENT_LABELS.map((l) => x.labels[l]),
  ];
  return {
    header: [
      'moment',
      'cases',
      'mean_score',
      'negative',
      'neutral',
      'positive',
      'paired',
      'improved',
      'same',
      'worse',
      'share_improved',
    ],
    rows: [
      [...side('first_contact', s.first), s.paired, s.improved, s.same, s.worse, round(s.improvedShare)],
      [...side('close', s.close), undefined, undefined, undefined, undefined, undefined],
    ],
  };
}

export function violationsCsvRows(a: DashboardAggregates): CsvTable {
  return {
    header: ['rule', 'phrase_nl', 'phrase_en', 'cases', 'share_of_closed_cases'],
    rows: a.violations.rules.map((r): Cell[] => [
      r.rule,
      r.phrase.nl,
      r.phrase.en,
      r.count,
      round(a.violations.closed ? r.count / a.violations.closed : 0),
    ]),
  };
}

export function gesturesCsvRows(a: DashboardAggregates): CsvTable {
  return { header: ['gesture', 'times_offered'], rows: a.gestures.gestures.map((g): Cell[] => [g.gesture, g.count]) };
}

/** Every section's CSV table by name, for the dashboard's export buttons. */
export const toCsvRows = {
  complaints: complaintsCsvRows,
  avoidable: avoidableCsvRows,
  checklist: checklistCsvRows,
  sentiment: sentimentCsvRows,
  violations: violationsCsvRows,
  gestures: gesturesCsvRows,
} as const;
export type CsvSection = keyof typeof toCsvRows;
