/**
 * A deterministic case log whose figures are known by construction (used by the aggregate
 * tests, the dashboard e2e test and bench/dashboard.ts). With n = 1,000 and the default clock:
 *
 * - case i is opened (n − i) × 2 hours before NOW: the newest 84 fall in the last 7 days;
 * - cause CAUSE_CATEGORIES[i % 10]: 100 each; the first four are seed 003's avoidable causes → 400 avoidable;
 * - channel CASE_CHANNELS[i % 5]: 200 each; customer type CUSTOMER_TYPE_IDS[i % 8] when i % 8 < 4, else none;
 * - open (not closed) when i % 20 = 19: 50 open, 950 closed;
 * - closed checklist: apology missing when i % 4 = 0 (250 of 950 skipped), name missing when i % 10 = 0 (100),
 *   time_commitment not needed when i % 5 = 0, every other item done;
 * - sentiment at first contact −0.6 (negative); at close (closed only) +0.4 for even i, −0.6 for odd i:
 *   500 improved, 450 the same;
 * - flagged phrases (closed only): 'sorry_but' (twice in one reply) when i % 7 = 0 → 136 cases;
 *   'dont_know' when i % 13 = 0 → 73 cases (199 closed cases flag at least one phrase);
 * - gestures: "Bos bloemen" / "bos bloemen " when i % 25 = 0 (40 cases), "Telefoontje van de manager" when i % 40 = 1 (25).
 */
import { AVOIDABLE_CAUSES, CASE_CHANNELS, CAUSE_CATEGORIES, CUSTOMER_TYPE_IDS, type Case } from '../../../src/db/schema';

export const NOW = new Date('2026-11-25T12:00:00.000Z');
const HOUR = 3_600_000;

export function generateCases(n = 1000, now: Date = NOW): Case[] {
  const out: Case[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const cause = CAUSE_CATEGORIES[i % 10]!;
    const opened = new Date(now.getTime() - (n - i) * 2 * HOUR);
    const closedCase = i % 20 !== 19;
    const c: Case = {
      id: `gen-${String(i).padStart(6, '0')}`,
      customerName: `Klant ${i}`,
      channel: CASE_CHANNELS[i % 5]!,
      causeCategory: cause,
      openedAt: opened.toISOString(),
      sentimentFirst: { label: 'negative', score: -0.6, intensity: 2 },
      avoidable: AVOIDABLE_CAUSES.includes(cause) ? { flag: true, reason: cause } : { flag: false },
    };
    if (i % 8 < 4) c.customerType = CUSTOMER_TYPE_IDS[i % 8];
    if (closedCase) {
      c.closedAt = new Date(opened.getTime() + HOUR).toISOString();
      c.sentimentClose =
        i % 2 === 0 ? { label: 'positive', score: 0.4, intensity: 1 } : { label: 'negative', score: -0.6, intensity: 2 };
      c.checklist = {
        understanding: 'done',
        apology: i % 4 === 0 ? 'missing' : 'done',
        solution: 'done',
        time_commitment: i % 5 === 0 ? 'not_needed' : 'done',
        thanks: 'done',
        name: i % 10 === 0 ? 'missing' : 'done',
      };
      const violations: Case['violations'] = [];
      if (i % 7 === 0) violations.push('sorry_but', 'sorry_but');
      if (i % 13 === 0) violations.push('dont_know');
      if (violations.length) c.violations = violations;
      const gestures: string[] = [];
      if (i % 25 === 0) gestures.push(i % 50 === 0 ? 'Bos bloemen' : 'bos bloemen ');
      if (i % 40 === 1) gestures.push('Telefoontje van de manager');
      if (gestures.length) c.gestures = gestures;
    }
    out[i] = c;
  }
  return out;
}
