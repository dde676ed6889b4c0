import { describe, expect, it } from 'vitest';
import { aggregateCases, bucketUnitFor, toCsvRows } from '../../../src/ui/dashboard/aggregate';
import { toCsv } from '../../../src/db/transfer';
import type { Case } from '../../../src/db/schema';
import { NOW, generateCases } from './generate';

const DAY = 86_400_000;
const cases = generateCases(1000);
const all = aggregateCases(cases, {}, { now: NOW });
const count = <K extends string>(list: Array<{ key: K; count: number }>, key: K) => list.find((k) => k.key === key)?.count;

describe('aggregateCases on a generated log of 1,000 cases', () => {
  it('counts complaints by cause, channel and customer type', () => {
    expect(all.complaints.total).toBe(1000);
    for (const k of all.complaints.byCause) expect(k.count).toBe(100);
    expect(all.complaints.byCause).toHaveLength(10);
    expect(count(all.complaints.byChannel, 'phone')).toBe(200);
    expect(count(all.complaints.byCustomerType, 'active_hater')).toBe(125);
    // Types not filled in are shown as such, and first: they are the largest group.
    expect(all.complaints.byCustomerType[0]).toMatchObject({ key: 'unknown', count: 500 });
  });

  it('counts avoidable contacts (seed 003) with their reasons', () => {
    expect(all.avoidable.count).toBe(400);
    expect(all.avoidable.share).toBeCloseTo(0.4);
    expect(all.avoidable.reasons.map((r) => r.count)).toEqual([100, 100, 100, 100]);
    expect(all.avoidable.reasons.map((r) => r.reason).sort()).toEqual(
      ['other_channel_could_answer', 'repeat_question', 'unclear_communication', 'unclear_invoice'].sort(),
    );
  });

  it('measures checklist compliance over closed cases where the step was needed', () => {
    const item = (id: string) => all.checklist.items.find((i) => i.id === id)!;
    expect(all.checklist.closed).toBe(950);
    expect(item('apology')).toMatchObject({ needed: 950, done: 700, skipped: 250 });
    expect(item('apology').share).toBeCloseTo(700 / 950);
    expect(item('name')).toMatchObject({ needed: 950, skipped: 100 });
    // Not needed is neither done nor skipped.
    expect(item('time_commitment')).toMatchObject({ needed: 750, done: 750, share: 1 });
    expect(item('beyond')).toMatchObject({ needed: 0, share: undefined });
    expect(all.checklist.mostSkipped).toBe('apology');
  });

  it('compares sentiment at first contact with sentiment at close', () => {
    const s = all.sentiment;
    expect(s.first).toMatchObject({ n: 1000, labels: { negative: 1000, neutral: 0, positive: 0 } });
    expect(s.first.mean).toBeCloseTo(-0.6);
    expect(s.close.n).toBe(950);
    expect(s.close.labels).toEqual({ negative: 450, neutral: 0, positive: 500 });
    expect(s.close.mean).toBeCloseTo((500 * 0.4 - 450 * 0.6) / 950);
    expect(s).toMatchObject({ paired: 950, improved: 500, same: 450, worse: 0 });
    expect(s.improvedShare).toBeCloseTo(500 / 950);
  });

  it('ranks the "what not to say" phrases, one count per reply, with their Dutch and English phrase', () => {
    expect(all.violations.closed).toBe(950);
    expect(all.violations.casesWithAny).toBe(199);
    expect(all.violations.rules.map((r) => [r.rule, r.count])).toEqual([
      ['sorry_but', 136],
      ['dont_know', 73],
    ]);
    expect(all.violations.rules[1]!.phrase.nl).toMatch(/weet het niet/i);
    expect(all.violations.rules[1]!.phrase.en).toMatch(/know/i);
  });

  it('counts gestures, grouping spellings that differ only in case and spaces', () => {
    expect(all.gestures.gestures).toEqual([
      { gesture: 'Bos bloemen', count: 40 },
      { gesture: 'Telefoontje van de manager', count: 25 },
    ]);
    expect(all.gestures.casesWithGesture).toBe(65);
  });
});

describe('periods and buckets', () => {
  it('keeps only cases opened in the period (from inclusive, to exclusive)', () => {
    const week = aggregateCases(cases, { from: new Date(NOW.getTime() - 7 * DAY), to: NOW }, { now: NOW });
    expect(week.complaints.total).toBe(84);
    const before = aggregateCases(cases, { to: new Date(NOW.getTime() - 7 * DAY) }, { now: NOW });
    expect(before.complaints.total).toBe(916);
  });

  it('buckets a week by day, with the counts per day adding up', () => {
    const week = aggregateCases(cases, { from: new Date(NOW.getTime() - 7 * DAY), to: NOW }, { now: NOW });
    expect(week.buckets.unit).toBe('day');
    expect(week.buckets.starts).toHaveLength(8);
    expect(week.buckets.starts[0]).toBe('2026-11-18');
    expect(week.complaints.perBucket).toEqual([6, 12, 12, 12, 12, 12, 12, 6]);
    const causeSum = week.complaints.byCause.reduce((s, k) => s + k.perBucket.reduce((a, b) => a + b, 0), 0);
    expect(causeSum).toBe(84);
  });

  it('uses weeks starting on Monday for a longer period, and months for years', () => {
    expect(all.buckets.unit).toBe('week');
    for (const start of all.buckets.starts) expect(new Date(`${start}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(all.complaints.perBucket.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(bucketUnitFor(30 * DAY)).toBe('day');
    expect(bucketUnitFor(365 * DAY)).toBe('week');
    expect(bucketUnitFor(3 * 365 * DAY)).toBe('month');
    const longAgo = aggregateCases(cases, { from: new Date('2024-01-15T00:00:00Z'), to: NOW }, { now: NOW });
    expect(longAgo.buckets.unit).toBe('month');
    expect(longAgo.buckets.starts[0]).toBe('2024-01-01');
    expect(longAgo.buckets.starts.at(-1)).toBe('2026-11-01');
  });

  it('counts a case in the local day it was opened', () => {
    const late: Case = { ...cases[0]!, openedAt: '2026-11-20T23:30:00.000Z' };
    const period = { from: new Date('2026-11-19T00:00:00Z'), to: new Date('2026-11-23T00:00:00Z') };
    const utc = aggregateCases([late], period, { now: NOW });
    const amsterdam = aggregateCases([late], period, { now: NOW, utcOffsetMin: 60 });
    expect(utc.buckets.starts[utc.complaints.perBucket.indexOf(1)]).toBe('2026-11-20');
    expect(amsterdam.buckets.starts[amsterdam.complaints.perBucket.indexOf(1)]).toBe('2026-11-21');
  });

  it('gives an empty period zeros, not errors', () => {
    const none = aggregateCases([], {}, { now: NOW });
    expect(none.complaints.total).toBe(0);
    expect(none.avoidable.share).toBe(0);
    expect(none.sentiment.improvedShare).toBeUndefined();
    expect(none.checklist.overall).toBeUndefined();
    expect(none.checklist.mostSkipped).toBeUndefined();
    for (const section of Object.values(toCsvRows)) expect(() => section(none)).not.toThrow();
  });
});

describe('CSV export per section', () => {
  it('writes one row per checklist item with the share done', () => {
    const csv = toCsv(toCsvRows.checklist(all).header, toCsvRows.checklist(all).rows);
    expect(csv.split('\r\n')[0]).toBe('item,needed,done,skipped,share_done');
    expect(csv).toContain('\r\napology,950,700,250,0.7368\r\n');
  });

  it('names the flagged phrase in both languages', () => {
    const t = toCsvRows.violations(all);
    expect(t.rows[0]![0]).toBe('sorry_but');
    expect(t.rows[0]![3]).toBe(136);
    expect(typeof t.rows[0]![1]).toBe('string');
  });

  it('lists complaints per key and bucket that add up to the totals', () => {
    const t = toCsvRows.complaints(all);
    const causeRows = t.rows.filter((r) => r[0] === 'cause' && r[2] !== 'total');
    expect(causeRows.reduce((s, r) => s + (r[3] as number), 0)).toBe(1000);
    expect(t.rows).toContainEqual(['channel', 'email', 'total', 200]);
  });

  it('makes a gesture typed like a formula harmless in a spreadsheet', () => {
    const evil: Case = { ...cases[0]!, gestures: ['=HYPERLINK("x")'] };
    const a = aggregateCases([evil], {}, { now: NOW });
    const csv = toCsv(toCsvRows.gestures(a).header, toCsvRows.gestures(a).rows);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('isoMs', () => {
  it('reads stored dates exactly like Date.parse, leap days and century years included', async () => {
    const { isoMs } = await import('../../../src/ui/dashboard/aggregate');
    // Every 37 hours and 17 minutes across four centuries, plus the tricky days.
    const step = (37 * 60 + 17) * 60_000 + 123;
    for (let t = Date.UTC(1899, 0, 1); t < Date.UTC(2301, 0, 1); t += step * 97) {
      const s = new Date(t).toISOString();
      expect(isoMs(s), s).toBe(t);
    }
    for (const s of [
      '2000-02-29T23:59:59.999Z',
      '1900-03-01T00:00:00.000Z',
      '2100-02-28T12:00:00.000Z',
      '1970-01-01T00:00:00.000Z',
    ])
      expect(isoMs(s), s).toBe(Date.parse(s));
    expect(isoMs('2026-11-25T15:00:00+01:00')).toBe(Date.parse('2026-11-25T14:00:00Z'));
  });
});
