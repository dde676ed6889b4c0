/**
 * The model inside the built extension, in Chromium: the generated test model through
 * transformers.js + ONNX Runtime WASM, in the offscreen document's worker. Single-threaded
 * (default manifest) against multi-threaded (cross-origin-isolated build, TRIADE_COI=1).
 *
 * Figures: cold load (first request after the browser starts: offscreen document, worker,
 * WASM compile, model load), per-message round trip panel → background → offscreen → worker
 * (p50/p95) for a chat line and a 1,000-character e-mail, and the memory of the extension's
 * renderer processes (PSS from /proc, Linux) before and after the model is loaded.
 * The test model is tiny: these figures measure the runtime and our plumbing, not BERT.
 *
 * Usage: tsx bench/model-browser.ts   (builds into .output/bench-model-{st,mt}; set TRIADE_BENCH_NO_BUILD=1 to reuse)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_MODEL_ID, writeTestModel } from '../scripts/make-test-model';
import { fmtMs, summarize } from './stats';
import { CHAT, emailOf as email } from './samples';

const ROOT = path.resolve(import.meta.dirname, '..');
interface Variant {
  name: 'single-threaded' | 'multi-threaded';
  outDir: string;
  env: Record<string, string>;
}

function build(v: Variant, modelsDir: string) {
  if (process.env.TRIADE_BENCH_NO_BUILD === '1' && existsSync(path.join(ROOT, v.outDir, 'chrome-mv3/manifest.json'))) return;
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, TRIADE_OUT_DIR: v.outDir, TRIADE_EXTRA_MODELS_DIR: modelsDir, ...v.env },
  });
}

/** PSS (kB) of Chromium renderer processes that host extension pages (offscreen document, options page, workers). */
function extensionRendererPssKb(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || !cmd.includes('--extension-process')) continue;
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      total += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    } catch {
      // process ended meanwhile
    }
  }
  return total;
}

async function roundTrips(page: Page, text: string, runs: number, warmup: number) {
  return page.evaluate(
    async ([t, n, w]) => {
      const times: number[] = [];
      const inWorker: number[] = [];
      for (let i = 0; i < n + w; i++) {
        const t0 = performance.now();
        const r = (await chrome.runtime.sendMessage({
          name: 'panel→model/classify',
          payload: { requestId: `b${i}`, text: t },
        })) as {
          ok: boolean;
          result?: { ms: number };
        };
        if (!r?.ok) throw new Error(`classify failed: ${JSON.stringify(r)}`);
        if (i >= w) {
          times.push(performance.now() - t0);
          inWorker.push(r.result!.ms);
        }
      }
      return { times, inWorker };
    },
    [text, runs, warmup] as const,
  );
}

async function measure(v: Variant) {
  const { launch } = await import('../tests/e2e/harness');
  const s = await launch({ extDir: path.join(ROOT, v.outDir, 'chrome-mv3') });
  try {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extId}/options.html`);
    await page.waitForSelector('[data-testid=options]');
    const isolated = await page.evaluate(() => crossOriginIsolated);
    await page.evaluate(
      (id) => chrome.storage.local.set({ 'triade.modelSettings': { engine: 'model', modelId: id, allowDownload: false } }),
      TEST_MODEL_ID,
    );
    const memBeforeKb = extensionRendererPssKb();
    const cold = await page.evaluate(async () => {
      let loadMs: number | null = null;
      chrome.runtime.onMessage.addListener((m: { name?: string; payload?: { state?: string; loadMs?: number } }) => {
        if (m?.name === 'model→panel/status' && m.payload?.state === 'ready') loadMs = m.payload.loadMs ?? null;
      });
      const t0 = performance.now();
      const r = (await chrome.runtime.sendMessage({
        name: 'panel→model/classify',
        payload: { requestId: 'cold', text: 'Dit is slecht.' },
      })) as { ok: boolean };
      const total = performance.now() - t0;
      await new Promise((res) => setTimeout(res, 50)); // let the ready broadcast land
      return { ok: r?.ok, total, loadMs };
    });
    if (!cold.ok) throw new Error(`${v.name}: the test model did not answer`);
    const chat = await roundTrips(page, CHAT, 200, 20);
    const mail = await roundTrips(page, email(1_000), 100, 10);
    const memAfterKb = extensionRendererPssKb();
    return { isolated, cold, chat, mail, memBeforeKb, memAfterKb };
  } finally {
    await s.close();
  }
}

export async function benchModelBrowser(): Promise<Record<string, number>> {
  const modelsDir = path.join(ROOT, 'tests/.tmp/bench-browser-models');
  await writeTestModel(modelsDir);
  const variants: Variant[] = [
    { name: 'single-threaded', outDir: '.output/bench-model-st', env: {} },
    { name: 'multi-threaded', outDir: '.output/bench-model-mt', env: { TRIADE_COI: '1' } },
  ];
  const figures: Record<string, number> = {};
  console.log('\nModel in the extension (Chromium, generated test model, ONNX Runtime WASM in the offscreen worker)');
  for (const v of variants) {
    build(v, modelsDir);
    const m = await measure(v);
    const chat = summarize(m.chat.times);
    const chatWorker = summarize(m.chat.inWorker);
    const mail = summarize(m.mail.times);
    const mailWorker = summarize(m.mail.inWorker);
    const key = v.name === 'single-threaded' ? 'st' : 'mt';
    Object.assign(figures, {
      [`model.browser.${key}.coldFirstAnswerMs`]: m.cold.total,
      [`model.browser.${key}.loadMs`]: m.cold.loadMs ?? NaN,
      [`model.browser.${key}.chat.p50Ms`]: chat.p50,
      [`model.browser.${key}.chat.p95Ms`]: chat.p95,
      [`model.browser.${key}.email1k.p50Ms`]: mail.p50,
      [`model.browser.${key}.email1k.p95Ms`]: mail.p95,
      [`model.browser.${key}.extensionPssMb`]: m.memAfterKb / 1024,
    });
    console.log(`  ${v.name} (crossOriginIsolated: ${m.isolated})`);
    console.log(
      `    cold first answer ${fmtMs(m.cold.total)} (model load in worker ${m.cold.loadMs === null ? '?' : fmtMs(m.cold.loadMs)})`,
    );
    console.log(
      `    chat line     round trip p50 ${fmtMs(chat.p50)}  p95 ${fmtMs(chat.p95)}   in worker p50 ${fmtMs(chatWorker.p50)}  p95 ${fmtMs(chatWorker.p95)}`,
    );
    console.log(
      `    1,000-char mail round trip p50 ${fmtMs(mail.p50)}  p95 ${fmtMs(mail.p95)}   in worker p50 ${fmtMs(mailWorker.p50)}  p95 ${fmtMs(mailWorker.p95)}`,
    );
    console.log(
      `    extension renderers PSS: ${(m.memBeforeKb / 1024).toFixed(1)} MB before the model, ${(m.memAfterKb / 1024).toFixed(1)} MB with it loaded`,
    );
  }
  return figures;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  benchModelBrowser().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
