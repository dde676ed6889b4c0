/**
 * The local model inside the built extension (Chrome: offscreen document + worker).
 * Needs a build with the generated test model bundled (the first test is skipped without it):
 *   npx tsx scripts/make-test-model.ts tests/.tmp/e2e-models
 *   TRIADE_EXTRA_MODELS_DIR=tests/.tmp/e2e-models TRIADE_OUT_DIR=.output/e2e-model npx wxt build
 *   TRIADE_EXT_DIR=$PWD/.output/e2e-model/chrome-mv3 npx vitest run --config tests/vitest.e2e.config.ts tests/e2e/model.e2e.ts
 *
 * The model is asked from an extension page (the options page) through chrome.runtime, as the panel asks it.
 * Privacy: Playwright's request events do not see the offscreen document or its worker, so the
 * browser also writes a NetLog (every request the network stack makes, with its initiator) and
 * the tests read which requests the extension started.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type * as Harness from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const TMP = join(ROOT, 'tests/.tmp/e2e-model');
const EXT_DIR = process.env.TRIADE_EXT_DIR ?? join(ROOT, '.output/chrome-mv3');
const TEST_MODEL = 'triade/test-sentiment-nl-en';
const DEFAULT_MODEL = 'Xenova/bert-base-multilingual-uncased-sentiment';
const SETTINGS_KEY = 'triade.modelSettings';
const NEGATIVE_NL =
  'Mijn pakket is na drie weken nog steeds niet geleverd. Dit is echt belachelijk en waardeloos, ik ben woedend!';

const bundledIds = (): string[] => {
  const index = join(EXT_DIR, 'models/index.json');
  if (!existsSync(index)) return [];
  return (JSON.parse(readFileSync(index, 'utf8')) as { models: Array<{ id: string }> }).models.map((m) => m.id);
};

let harness: typeof Harness;
let netLogCount = 0;
beforeAll(async () => {
  // The harness takes its browser from CHROMIUM_PATH: a wrapper adds the NetLog flags.
  // TODO [2026-12-31]: drop when harness.launch() takes extra args (see the model issue's report).
  mkdirSync(TMP, { recursive: true });
  const wrapper = join(TMP, 'chromium-netlog.sh');
  const real = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  writeFileSync(wrapper, `#!/bin/sh\nexec "${real}" --log-net-log="$TRIADE_NETLOG" --net-log-capture-mode=Default "$@"\n`);
  chmodSync(wrapper, 0o755);
  process.env.CHROMIUM_PATH = wrapper;
  harness = await import('./harness');
});

interface NetSession {
  s: Harness.Session;
  netLog: string;
}

async function start(): Promise<NetSession> {
  const netLog = join(TMP, `netlog-${process.pid}-${netLogCount++}.json`);
  process.env.TRIADE_NETLOG = netLog;
  return { s: await harness.launch(), netLog };
}

/** URLs the extension itself requested over the network (read after the browser closed and flushed the log). */
function extensionNetRequests(netLog: string, extId: string): string[] {
  const log = JSON.parse(readFileSync(netLog, 'utf8')) as { events: Array<{ params?: { url?: string; initiator?: string } }> };
  const urls = new Set<string>();
  for (const e of log.events) {
    if (e.params?.url && e.params.initiator === `chrome-extension://${extId}`) urls.add(e.params.url);
  }
  return [...urls];
}

async function extensionPage(s: Harness.Session): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extId}/options.html`);
  await page.waitForSelector('[data-testid=options]');
  return page;
}

async function useSettings(page: Page, settings: { engine: 'model' | 'lexicon'; modelId: string; allowDownload: boolean }) {
  await page.evaluate(([k, v]) => chrome.storage.local.set({ [k as string]: v }), [SETTINGS_KEY, settings] as const);
}

/** Send one classify request the way the panel does and collect the status broadcasts meanwhile. */
async function classify(page: Page, text: string) {
  return page.evaluate(async (t: string) => {
    const statuses: unknown[] = [];
    chrome.runtime.onMessage.addListener((m: { name?: string; payload?: unknown }) => {
      if (m?.name === 'model→panel/status') statuses.push(m.payload);
    });
    const t0 = performance.now();
    const response = await chrome.runtime.sendMessage({ name: 'panel→model/classify', payload: { requestId: 'e2e-1', text: t } });
    return { response, statuses, ms: performance.now() - t0 };
  }, text);
}

let open: NetSession | undefined;
afterEach(async () => {
  await open?.s.close();
  open = undefined;
});

/** Close the browser (flushing the NetLog) and return what the extension requested. */
async function finish(n: NetSession): Promise<{ foreign: string[]; extensionNet: string[] }> {
  const foreign = harness.foreignRequests(n.s);
  await n.s.close();
  open = undefined;
  const extensionNet = extensionNetRequests(n.netLog, n.s.extId);
  rmSync(n.netLog, { force: true });
  return { foreign, extensionNet };
}

describe('local sentiment model in the extension', () => {
  it.skipIf(!bundledIds().includes(TEST_MODEL))(
    'answers from the bundled test model, offline, for a clearly negative Dutch message',
    async () => {
      open = await start();
      const page = await extensionPage(open.s);
      // The options page lists the test model as what it is, never as the default.
      const options = await page.locator('[data-testid=model-select] option').allTextContents();
      expect(options[0]).toContain(DEFAULT_MODEL);
      expect(options.find((o) => o.includes(TEST_MODEL))).toMatch(
        /testmodel \(gegenereerd\), meegeleverd|test model \(generated\), bundled/,
      );
      expect(await page.locator('[data-testid=model-select]').inputValue()).toBe(DEFAULT_MODEL);

      await useSettings(page, { engine: 'model', modelId: TEST_MODEL, allowDownload: false });
      const { response, statuses } = await classify(page, NEGATIVE_NL);
      expect(response).toMatchObject({ ok: true, requestId: 'e2e-1', result: { modelId: TEST_MODEL, label: 'negative' } });
      expect((response as { result: { score: number } }).result.score).toBeLessThan(-0.25);
      expect(statuses).toContainEqual(expect.objectContaining({ state: 'ready', modelId: TEST_MODEL, source: 'bundled' }));

      // The same path through the UI hook (useModel) the panel uses: the options page's model check.
      await page.getByRole('button', { name: /Model testen|Test the model/ }).click();
      await expect
        .poll(() => page.locator('[data-testid=model-answer]').getAttribute('data-label'), { timeout: 15_000 })
        .toBe('negative');
      await expect.poll(() => page.locator('[data-testid=model-status]').getAttribute('data-state')).toBe('ready');

      // A malformed request is refused by the background's parser, never run.
      const bad = await page.evaluate(() =>
        chrome.runtime.sendMessage({ name: 'panel→model/classify', payload: { requestId: '', text: 42 } }).then(
          (r: unknown) => ({ answered: r ?? null }),
          (e: unknown) => ({ error: String(e) }),
        ),
      );
      // The routers' one failure field is `reason` (issue 13), the one the panel shows.
      expect(bad).toEqual({
        answered: { ok: false, reason: expect.stringMatching(/^malformed "panel→model\/classify": requestId/) },
      });

      // Engine switched to lexicon: the model is not asked.
      await useSettings(page, { engine: 'lexicon', modelId: TEST_MODEL, allowDownload: false });
      expect((await classify(page, NEGATIVE_NL)).response).toMatchObject({ ok: false, status: { state: 'disabled' } });

      const { foreign, extensionNet } = await finish(open);
      expect(foreign).toEqual([]);
      expect(extensionNet).toEqual([]);
    },
  );

  it('with default settings (model not bundled, downloads off) fails with a clear reason and asks nobody', async () => {
    open = await start();
    const page = await extensionPage(open.s);
    const { response, statuses } = await classify(page, NEGATIVE_NL);
    expect(response).toMatchObject({
      ok: false,
      status: { state: 'failed', modelId: DEFAULT_MODEL, reason: 'not-bundled-and-remote-off' },
    });
    expect(statuses).toContainEqual(expect.objectContaining({ state: 'failed', reason: 'not-bundled-and-remote-off' }));
    await page.getByRole('button', { name: /Model testen|Test the model/ }).click();
    // Poll the text, not the state: 'failed' from the direct request above may still show while the click's request loads.
    await expect.poll(() => page.locator('[data-testid=model-status]').textContent()).toContain('not-bundled-and-remote-off');
    await expect.poll(() => page.locator('[data-testid=model-status]').getAttribute('data-state')).toBe('failed');
    expect(await page.locator('[data-testid=model-answer]').count()).toBe(0);
    const { foreign, extensionNet } = await finish(open);
    expect(foreign).toEqual([]);
    expect(extensionNet).toEqual([]);
  });

  it('with downloads allowed asks huggingface.co and nothing else (no network here: download-failed)', async () => {
    // Also the positive control of the NetLog check above: the worker's requests do show up in it.
    open = await start();
    const page = await extensionPage(open.s);
    await useSettings(page, { engine: 'model', modelId: DEFAULT_MODEL, allowDownload: true });
    const { response } = await classify(page, NEGATIVE_NL);
    expect(response).toMatchObject({ ok: false, status: { state: 'failed', reason: 'download-failed' } });
    const { foreign, extensionNet } = await finish(open);
    expect(foreign).toEqual([]);
    expect(extensionNet.length).toBeGreaterThan(0);
    for (const url of extensionNet)
      expect(url).toMatch(/^https:\/\/huggingface\.co\/Xenova\/bert-base-multilingual-uncased-sentiment\/resolve\/main\//);
  });
});

describe('model result in the side panel', () => {
  it.skipIf(!bundledIds().includes(TEST_MODEL))(
    'shows a model-backed result for the open message of a site fixture',
    async () => {
      open = await start();
      const page = await extensionPage(open.s);
      await useSettings(page, { engine: 'model', modelId: TEST_MODEL, allowDownload: false });
      await page.close();
      const { page: site, panel } = await harness.openSiteWithPanel(open.s, 'gmail');
      await site.evaluate(() =>
        (window as any).__fixture.addIncoming(
          'Goedemiddag, ik schrijf u over de afspraak die wij vorige week hadden gemaakt voor het onderhoud van onze cv-ketel thuis in Utrecht. ' +
            'De monteur is gisteren de hele dag niet gekomen, terwijl ik er speciaal een vrije dag voor had genomen. ' +
            'Dit is echt belachelijk en waardeloos, ik ben woedend, boos en teleurgesteld over deze slechte en schandalige service! ' +
            'Kunt u mij laten weten wanneer er een nieuwe afspraak gemaakt kan worden voor het onderhoud van de ketel?',
        ),
      );
      const engine = panel.getByTestId('engine');
      await expect.poll(() => engine.getAttribute('data-engine'), { timeout: 20_000 }).toBe('model+lexicon');
      await expect.poll(() => panel.getByTestId('sentiment').getAttribute('data-label')).toBe('negative');
      // Per-sentence scores: the panel names the angriest sentence.
      await expect.poll(() => panel.getByTestId('angriest').textContent(), { timeout: 10_000 }).toMatch(/belachelijk|woedend/);
      // Sentence by sentence: each scored stretch with its polarity, the angry one marked negative.
      await panel.getByTestId('per-sentence').locator('summary').click();
      const rows = panel.locator('[data-testid=per-sentence] li');
      await expect.poll(() => rows.count()).toBeGreaterThan(1);
      await expect
        .poll(() =>
          panel
            .locator('[data-testid=per-sentence] li.negative')
            .filter({ hasText: /belachelijk|woedend/ })
            .count(),
        )
        .toBeGreaterThan(0);
      const { foreign, extensionNet } = await finish(open);
      expect(foreign).toEqual([]);
      expect(extensionNet).toEqual([]);
    },
  );

  it('says why the lexicon answers alone when the model is not available offline', async () => {
    open = await start();
    const { panel } = await harness.openSiteWithPanel(open.s, 'gmail');
    await expect
      .poll(() => panel.getByTestId('engine-why').textContent(), { timeout: 15_000 })
      .toMatch(/niet offline beschikbaar|not available offline/);
    await expect.poll(() => panel.getByTestId('engine').getAttribute('data-engine')).toBe('lexicon');
    await finish(open);
  });
});
