/**
 * The team lead's dashboard in the real built extension: empty state, figures after importing a
 * case log, CSV export, team phrase packs (valid one listed, invalid one refused with no change).
 * Writes docs/screenshots/dashboard.png (light) and dashboard-dark.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXT_DIR, ROOT, foreignRequests, launch, type Session } from './harness';
import { generateCases } from '../unit/dashboard/generate';

let s: Session;
let page: Page;

const packText = readFileSync(join(ROOT, 'tests/fixtures/packs/acme.json'), 'utf8');

/** A Triade export holding the generated log of 1,000 cases, ending now (figures: see generate.ts). */
function exportFile(): string {
  return JSON.stringify({
    format: 'triade-export',
    version: 1,
    exportedAt: new Date().toISOString(),
    cases: generateCases(1000, new Date()),
    notes: [],
    events: [],
    reminders: [],
  });
}

const text = async (testId: string) => (await page.getByTestId(testId).innerText()).replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  s = await launch({ extDir: EXT_DIR });
  // Dutch UI, whatever the machine's language.
  await s.worker.evaluate(() => chrome.storage.local.set({ uiLang: 'nl' }));
  page = await s.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${s.extId}/dashboard.html`);
  await page.getByTestId('dashboard').waitFor();
});

afterAll(async () => {
  await s?.close();
});

describe('dashboard', () => {
  it('explains how it fills while the case log is empty', async () => {
    await page.getByTestId('empty-state').waitFor();
    const empty = await text('empty-state');
    expect(empty).toContain('Afronden');
    expect(empty).toContain('Niets verlaat deze computer');
  });

  it('shows the figures of an imported case log', async () => {
    await page
      .getByTestId('log-file')
      .setInputFiles({ name: 'triade-export.json', mimeType: 'application/json', buffer: Buffer.from(exportFile()) });
    await expect.poll(() => text('log-message')).toBe('1.000 klachten geïmporteerd (met 0 notities).');
    await page.getByTestId('period-all').click();
    // The figures of the earlier period may still show for a moment: wait for the whole log's.
    await expect.poll(() => text('kpi-cases')).toBe('1.000 klachten en vragen');
    expect(await text('kpi-avoidable')).toBe('40% te voorkomen (400)');
    // 5,150 of 5,500 needed steps done; 500 of 950 customers ended more positive.
    expect(await text('kpi-checklist')).toMatch(/^94% /);
    expect(await text('kpi-improved')).toMatch(/^53% /);
    expect(await text('avoidable-lead')).toBe('400 van 1.000 contacten (40%) hadden voorkomen kunnen worden.');
    expect(await text('checklist-lead')).toBe(
      'Meest overgeslagen: Sorry zeggen, in 250 van de 950 afgeronde antwoorden waar het nodig was.',
    );
    expect(await text('sentiment-lead')).toBe(
      'Gemiddelde stemming −0,60 bij het eerste contact, −0,07 bij afronding. 53% van de klanten eindigde positiever.',
    );
    expect(await text('violations-lead')).toBe(
      'In 199 van 950 afgeronde antwoorden bleef een zin staan die de klant kan kwetsen.',
    );
    // Every panel draws its chart.
    await expect.poll(() => page.locator('[data-testid^=panel-] canvas').count()).toBeGreaterThanOrEqual(7);
  });

  it('narrows to a period: 7 days holds fewer cases than everything', async () => {
    await page.getByTestId('period-d7').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid=kpi-cases]')?.textContent?.startsWith('1.000'));
    const n = Number((await text('kpi-cases')).split(' ')[0]);
    // 12 cases a day (one every 2 hours): 6 whole days plus today so far.
    expect(n).toBeGreaterThanOrEqual(72);
    expect(n).toBeLessThanOrEqual(84);
    await page.getByTestId('period-all').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=kpi-cases]')?.textContent?.startsWith('1.000'));
  });

  it('exports a section as CSV, saved by the browser from a Blob URL', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-checklist').click()]);
    expect(download.suggestedFilename()).toMatch(/^triade-checklist-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('apology,950,700,250,0.7368');
  });

  it('installs a valid team phrase pack and lists it', async () => {
    await page
      .getByTestId('pack-file')
      .setInputFiles({ name: 'acme.json', mimeType: 'application/json', buffer: Buffer.from(packText) });
    await expect.poll(() => text('pack-message')).toBe('Pakket “Acme klantenservice” is geïnstalleerd.');
    await expect.poll(() => text('pack-list')).toContain('Acme klantenservice · Team Facturen · 2 zinnen · 1 regel');
    const stored = await s.worker.evaluate(() => chrome.storage.local.get('phrasePacks'));
    expect((stored.phrasePacks as Array<{ pack: { id: string } }>).map((p) => p.pack.id)).toEqual(['acme']);
  });

  it('refuses an invalid pack whole, names the field, and changes nothing', async () => {
    const before = await s.worker.evaluate(() => chrome.storage.local.get('phrasePacks'));
    const bad = JSON.parse(packText);
    bad.id = 'beta';
    bad.cards = bad.cards.map((c: { id: string }) => ({ ...c, id: c.id.replace('acme_', 'beta_') }));
    bad.dontRules = [{ ...bad.dontRules[0], id: 'beta.loop', patterns: ['(?:ja+)+ hoor'] }];
    await page
      .getByTestId('pack-file')
      .setInputFiles({ name: 'beta.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    // The message of the previous (valid) import may still show for a moment: wait for this one.
    await expect.poll(() => text('pack-message')).toContain('Pakket geweigerd, er is niets veranderd.');
    const msg = await text('pack-message');
    expect(msg).toContain('dontRules[0].patterns[0]: pattern refused: "+" (an open-ended repeat) is not part of the notation');
    expect(await page.locator('[data-testid=pack-list] li').count()).toBe(1);
    expect(await s.worker.evaluate(() => chrome.storage.local.get('phrasePacks'))).toEqual(before);
  });

  it('sends nothing anywhere', () => {
    expect(foreignRequests(s)).toEqual([]);
  });

  // Docs, not a check: runs under `npm run screenshots` only.
  it.runIf(!!process.env.TRIADE_SCREENSHOTS)('takes a screenshot in light and dark mode', async () => {
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() =>
      document.querySelectorAll('details.figures').forEach((d, i) => ((d as HTMLDetailsElement).open = i === 0)),
    );
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/dashboard.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    // The charts redraw on the media change: wait for it, then for two frames to be painted.
    await page.waitForFunction(() => matchMedia('(prefers-color-scheme: dark)').matches);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/dashboard-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: null });
  });
});
