/**
 * Dashboard figures: the single-pass aggregation over 10,000 and 100,000 cases in Node, and —
 * when a built extension is present — the real dashboard page in Chromium: time from opening
 * the page to the first figures, and from choosing "Alles" (all cases) to the figures for every case.
 * Run: `npx tsx bench/dashboard.ts` (Chromium part: build first, or set TRIADE_EXT_DIR).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { aggregateCases } from '../src/ui/dashboard/aggregate';
import { generateCases } from '../tests/unit/dashboard/generate';
import { fmtMs, summarize, timeSync } from './stats';

const SIZES = [10_000, 100_000] as const;

export interface DashboardFigures {
  aggregate: Record<number, { p50: number; p95: number; n: number }>;
  browser?: Record<number, { seedMs: number; firstFiguresMs: number; allFiguresMs: number }>;
}

async function benchBrowser(sizes: readonly number[]): Promise<DashboardFigures['browser']> {
  const { EXT_DIR, launch } = await import('../tests/e2e/harness');
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) {
    console.log(`  (Chromium part skipped: no built extension in ${EXT_DIR})`);
    return undefined;
  }
  const out: NonNullable<DashboardFigures['browser']> = {};
  for (const n of sizes) {
    const s = await launch({ extDir: EXT_DIR });
    try {
      await s.worker.evaluate(() => chrome.storage.local.set({ uiLang: 'nl' })); // figures below are read in Dutch format
      const page = await s.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      const url = `chrome-extension://${s.extId}/dashboard.html`;
      await page.goto(url);
      await page.getByTestId('empty-state').waitFor(); // Dexie has created the database
      // Seed straight into IndexedDB in the extension's origin, 10,000 rows per transaction.
      const cases = generateCases(n, new Date());
      const t0 = performance.now();
      for (let i = 0; i < n; i += 10_000) {
        await page.evaluate(
          (rows) =>
            new Promise<void>((resolve, reject) => {
              const open = indexedDB.open('triade');
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const tx = open.result.transaction('cases', 'readwrite');
                for (const r of rows) tx.objectStore('cases').put(r);
                tx.oncomplete = () => (open.result.close(), resolve());
                tx.onerror = () => reject(tx.error);
              };
            }),
          cases.slice(i, i + 10_000),
        );
      }
      const seedMs = performance.now() - t0;
      const t1 = performance.now();
      await page.goto(url);
      await page.getByTestId('kpi-cases').waitFor();
      const firstFiguresMs = performance.now() - t1;
      const all = n.toLocaleString('nl-NL');
      const t2 = performance.now();
      await page.getByTestId('period-all').click();
      await page.waitForFunction(
        (want) => document.querySelector('[data-testid=kpi-cases]')?.textContent?.startsWith(want),
        all,
        { timeout: 120_000 },
      );
      const allFiguresMs = performance.now() - t2;
      out[n] = { seedMs, firstFiguresMs, allFiguresMs };
    } finally {
      await s.close();
    }
  }
  return out;
}

export async function benchDashboard(opts: { browser?: boolean } = {}): Promise<DashboardFigures> {
  console.log('\nDashboard');
  const figures: DashboardFigures = { aggregate: {} };
  for (const n of SIZES) {
    const cases = generateCases(n);
    const samples = timeSync(
      () => aggregateCases(cases, {}, { now: new Date('2026-11-25T12:00:00Z'), utcOffsetMin: 60 }),
      n >= 100_000 ? 15 : 60,
      3,
    );
    const s = summarize(samples);
    figures.aggregate[n] = s;
    console.log(
      `  ${`aggregateCases, ${n.toLocaleString('en')} cases (Node)`.padEnd(58)} p50 ${fmtMs(s.p50)}  p95 ${fmtMs(s.p95)}  guide: p95 < 100 ms at 100,000`,
    );
  }
  if (opts.browser !== false) {
    figures.browser = await benchBrowser(SIZES);
    for (const [n, b] of Object.entries(figures.browser ?? {})) {
      const label = `${Number(n).toLocaleString('en')} cases (Chromium)`;
      console.log(`  ${`seed IndexedDB, ${label}`.padEnd(58)} ${fmtMs(b.seedMs)}`);
      console.log(`  ${`open → first figures (30 days), ${label}`.padEnd(58)} ${fmtMs(b.firstFiguresMs)}`);
      console.log(
        `  ${`"Alles" → figures for every case, ${label}`.padEnd(58)} ${fmtMs(b.allFiguresMs)}  (read + aggregate + draw)`,
      );
    }
  }
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchDashboard().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
