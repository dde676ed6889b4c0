/**
 * `npm run bench -- model-shape`: the default model's cost at its real size, measured on a model of
 * the same shape (scripts/make-shape-model.ts: BERT-base multilingual, int8, ≈ 168 MB, random
 * weights — compute and memory do not depend on the weight values), printed beside the generated
 * test model (380 KB), in Node (onnxruntime-node) and in Chromium (the built extension, ONNX Runtime
 * WASM in the offscreen document's worker, single- and multi-threaded).
 *
 * Figures: cold load, first answer, per-message latency for a chat line, a 1 KB and a 5 KB e-mail
 * (p50/p95; each run scores a text never seen before, so the answer cache does not hide the model),
 * a repeated message (cache hit), reload after an idle unload, and memory (Node RSS; in Chromium the
 * PSS of the extension's renderer processes) before the load, after it and after 200 messages.
 *
 * Iterations are modest on purpose (shared 2-core machine). TRIADE_BENCH_NO_BUILD=1 reuses the builds;
 * TRIADE_BENCH_SHAPE_ONLY=node|browser runs one half; TRIADE_BENCH_SHAPE_VARIANTS=st (or mt) one WASM variant;
 * TRIADE_BENCH_SHAPE_MODELS=real-size skips the test model in Chromium; TRIADE_BENCH_SHAPE_PANEL=0 skips the
 * in-panel figures (new 1 KB message in the Gmail fixture → model result in the panel, and its split).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHAPE_MODEL_ID, writeShapeModel } from '../scripts/make-shape-model';
import { TEST_MODEL_ID, writeTestModel } from '../scripts/make-test-model';
import { CHAT, distinctEmailOf, emailOf, withQuotedHistory } from './samples';
import { summarize } from './stats';

const ROOT = path.resolve(import.meta.dirname, '..');
const MODELS = path.join(ROOT, 'tests/.tmp/bench-shape-models');
// TRIADE_BENCH_SHAPE_QUICK=1: fewer runs (and 40 instead of 200 sustained messages), for a loaded machine.
const RUNS =
  process.env.TRIADE_BENCH_SHAPE_QUICK === '1'
    ? ({ chat: 10, email1k: 6, email5k: 2, quoted: 2, sustained: 40 } as const)
    : ({ chat: 20, email1k: 10, email5k: 4, quoted: 4, sustained: 200 } as const);
/** 1 KB of the customer's own words above 4 KB of quoted history: what a reply in a long thread looks like. */
const QUOTED = withQuotedHistory(emailOf(1_000), 4_000);
/** The texts timed, with their run counts. */
const CASES = [
  ['chat', CHAT, RUNS.chat],
  ['email1k', emailOf(1_000), RUNS.email1k],
  ['email5k', emailOf(5_000), RUNS.email5k],
  ['quoted', QUOTED, RUNS.quoted],
] as const;

type Figures = Record<string, number>;
const MODEL_NAMES: Array<[string, string]> = [
  [TEST_MODEL_ID, 'test model'],
  [SHAPE_MODEL_ID, 'real-size'],
];

/** A text nobody scored before: the order number changes per run, the length stays. */
const fresh = (base: string, i: number) => `Bestelnummer ${100000 + i}. ${base}`.slice(0, Math.max(base.length, 20));

async function prepareModels() {
  await writeTestModel(MODELS);
  const t0 = performance.now();
  await writeShapeModel(MODELS);
  return performance.now() - t0;
}

// ---------------------------------------------------------------- Node

const rssMb = () => process.memoryUsage().rss / 1_048_576;

async function nodeFigures(modelId: string): Promise<Figures> {
  const { createClassifier, disposeAllClassifiers } = await import('../src/model/classifier');
  await disposeAllClassifiers();
  const options = { modelId, localModelPath: MODELS, allowRemote: false };
  const scoring = { customerTextOnly: true }; // as the extension's worker scores
  const f: Figures = {};
  global.gc?.();
  f['memBeforeMb'] = rssMb();
  let t0 = performance.now();
  let c = await createClassifier(options);
  f['coldLoadMs'] = performance.now() - t0;
  t0 = performance.now();
  await c.classify(CHAT, scoring);
  f['firstAnswerMs'] = f['coldLoadMs'] + performance.now() - t0;
  f['memLoadedMb'] = rssMb();
  const time = async (base: string, runs: number, offset: number) => {
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const text = fresh(base, offset + i);
      const t = performance.now();
      await c.classify(text, scoring);
      out.push(performance.now() - t);
    }
    return summarize(out);
  };
  const timeWithCpu = async (base: string, runs: number, offset: number) => {
    const cpu0 = process.cpuUsage();
    const r = await time(base, runs, offset);
    const cpu = process.cpuUsage(cpu0);
    return { ...r, cpuMs: (cpu.user + cpu.system) / 1000 / runs };
  };
  for (const [key, base, runs] of CASES) {
    const r = await timeWithCpu(base, runs, key.length * 1000);
    f[`${key}.cpuMs`] = r.cpuMs;
    f[`${key}.p50Ms`] = r.p50;
    f[`${key}.p95Ms`] = r.p95;
  }
  f['tokens.chat'] = c.countTokens(CHAT);
  f['tokens.email1k'] = c.countTokens(emailOf(1_000));
  f['tokens.email5k'] = c.countTokens(emailOf(5_000));
  const mail = emailOf(1_000);
  await c.classify(mail, scoring);
  t0 = performance.now();
  await c.classify(mail, scoring);
  f['repeat1k.ms'] = performance.now() - t0;
  for (let i = 0; i < RUNS.sustained; i++) await c.classify(fresh(i % 10 === 0 ? emailOf(1_000) : CHAT, 50_000 + i), scoring);
  global.gc?.();
  f['mem200Mb'] = rssMb();
  await c.dispose();
  t0 = performance.now();
  c = await createClassifier(options);
  await c.classify(fresh(CHAT, 99), scoring);
  f['reloadMs'] = performance.now() - t0;
  await disposeAllClassifiers();
  global.gc?.();
  f['memUnloadedMb'] = rssMb();
  return f;
}

// ---------------------------------------------------------------- Chromium

/**
 * The extension's renderer processes of *this* browser (others may run their own Chromium here):
 * descendants of the main process started with our profile, with --extension-process.
 */
function extensionRenderers(userDataDir: string): number[] {
  const parent = new Map<number, number>();
  const cmd = new Map<number, string>();
  for (const p of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      parent.set(Number(p), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      cmd.set(Number(p), readFileSync(`/proc/${p}/cmdline`, 'utf8'));
    } catch {
      // ended meanwhile
    }
  }
  const root = [...cmd].find(([, c]) => c.includes(`--user-data-dir=${userDataDir}`) && !c.includes('--type='))?.[0];
  if (root === undefined) return [];
  const isOurs = (pid: number): boolean => {
    for (let p: number | undefined = pid, n = 0; p !== undefined && p > 1 && n < 20; p = parent.get(p), n++)
      if (p === root) return true;
    return false;
  };
  return [...cmd]
    .filter(([pid, c]) => c.includes('--type=renderer') && c.includes('--extension-process') && isOurs(pid))
    .map(([pid]) => pid);
}

/** PSS (MB) of the extension's renderers: offscreen document and its worker, the options page. */
function pssMb(userDataDir: string): number {
  let kb = 0;
  for (const pid of extensionRenderers(userDataDir)) {
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // ended meanwhile
    }
  }
  return kb / 1024;
}

/** CPU time (ms, user + system) the extension's renderers have used: robust to other load on the machine, unlike wall time. */
function cpuMs(userDataDir: string): number {
  let ticks = 0;
  for (const pid of extensionRenderers(userDataDir)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]); // utime, stime (fields 14 and 15)
    } catch {
      // ended meanwhile
    }
  }
  return ticks * 10; // USER_HZ = 100 on Linux
}

interface Variant {
  key: 'st' | 'mt';
  name: string;
  outDir: string;
  env: Record<string, string>;
}
const VARIANTS: Variant[] = [
  { key: 'st', name: 'single-threaded WASM', outDir: '.output/bench-shape-st', env: {} },
  { key: 'mt', name: 'multi-threaded WASM (cross-origin isolated)', outDir: '.output/bench-shape-mt', env: { TRIADE_COI: '1' } },
];

function build(v: Variant) {
  if (
    process.env.TRIADE_BENCH_NO_BUILD === '1' &&
    existsSync(path.join(ROOT, v.outDir, `chrome-mv3/models/${SHAPE_MODEL_ID}/config.json`))
  )
    return;
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, TRIADE_OUT_DIR: v.outDir, TRIADE_EXTRA_MODELS_DIR: MODELS, ...v.env },
  });
}

/** Round trips panel → background → offscreen → worker for fresh texts; returns wall times and in-worker times. */
async function roundTrips(page: Page, base: string, runs: number, offset: number) {
  return page.evaluate(
    async ([b, n, off]) => {
      const times: number[] = [];
      const inWorker: number[] = [];
      for (let i = 0; i < n; i++) {
        const text = `Bestelnummer ${100000 + off + i}. ${b}`.slice(0, Math.max(b.length, 20));
        const t0 = performance.now();
        const r = (await chrome.runtime.sendMessage({
          name: 'panel→model/classify',
          payload: { requestId: `s${off}-${i}`, text },
        })) as { ok: boolean; result?: { ms: number } };
        if (!r?.ok) throw new Error(`classify failed: ${JSON.stringify(r)}`);
        times.push(performance.now() - t0);
        inWorker.push(r.result!.ms);
      }
      return { times, inWorker };
    },
    [base, runs, offset] as const,
  );
}

async function classifyOnce(page: Page, text: string): Promise<number> {
  return page.evaluate(async (t) => {
    const t0 = performance.now();
    const r = (await chrome.runtime.sendMessage({
      name: 'panel→model/classify',
      payload: { requestId: `once${Math.random()}`, text: t },
    })) as { ok: boolean };
    if (!r?.ok) throw new Error(`classify failed: ${JSON.stringify(r)}`);
    return performance.now() - t0;
  }, text);
}

/** Progress on stderr: a slow variant shows where it is. */
const step = (what: string) => process.stderr.write(`  [model-shape ${new Date().toISOString().slice(11, 19)}] ${what}\n`);

async function browserFigures(v: Variant, modelId: string): Promise<Figures> {
  const { launch } = await import('../tests/e2e/harness');
  step(`${v.key} ${modelId}: launch`);
  const s = await launch({ extDir: path.join(ROOT, v.outDir, 'chrome-mv3') });
  const f: Figures = {};
  try {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extId}/options.html`);
    await page.waitForSelector('[data-testid=options]');
    f['isolated'] = (await page.evaluate(() => crossOriginIsolated)) ? 1 : 0;
    await page.evaluate(
      (id) => chrome.storage.local.set({ 'triade.modelSettings': { engine: 'model', modelId: id, allowDownload: false } }),
      modelId,
    );
    await new Promise((r) => setTimeout(r, 500));
    f['memBeforeMb'] = pssMb(s.userDataDir);
    const cold = await page.evaluate(async (text) => {
      let loadMs: number | null = null;
      chrome.runtime.onMessage.addListener((m: { name?: string; payload?: { state?: string; loadMs?: number } }) => {
        if (m?.name === 'model→panel/status' && m.payload?.state === 'ready') loadMs = m.payload.loadMs ?? null;
      });
      const t0 = performance.now();
      const r = (await chrome.runtime.sendMessage({ name: 'panel→model/classify', payload: { requestId: 'cold', text } })) as {
        ok: boolean;
      };
      const total = performance.now() - t0;
      await new Promise((res) => setTimeout(res, 50));
      return { ok: r?.ok, total, loadMs };
    }, CHAT);
    if (!cold.ok) throw new Error(`${v.name}: ${modelId} did not answer`);
    f['firstAnswerMs'] = cold.total;
    f['coldLoadMs'] = cold.loadMs ?? NaN;
    f['memLoadedMb'] = pssMb(s.userDataDir);
    for (const [key, base, runs] of CASES) {
      step(`${v.key} ${modelId}: ${key} × ${runs}`);
      const cpu0 = cpuMs(s.userDataDir);
      const r = await roundTrips(page, base, runs, key.length * 1000);
      f[`${key}.cpuMs`] = (cpuMs(s.userDataDir) - cpu0) / runs;
      const wall = summarize(r.times);
      const worker = summarize(r.inWorker);
      f[`${key}.p50Ms`] = wall.p50;
      f[`${key}.p95Ms`] = wall.p95;
      f[`${key}.workerP50Ms`] = worker.p50;
    }
    const mail = emailOf(1_000);
    await classifyOnce(page, mail);
    f['repeat1k.ms'] = await classifyOnce(page, mail);
    step(`${v.key} ${modelId}: ${RUNS.sustained} messages`);
    // 200 messages, mostly chat lines, every tenth a 1 KB e-mail; in batches so one evaluate stays short.
    for (let b = 0; b < RUNS.sustained / 20; b++) {
      await roundTrips(page, b % 2 === 0 ? CHAT : emailOf(400), 18, 50_000 + b * 100);
      await roundTrips(page, emailOf(1_000), 2, 60_000 + b * 100);
    }
    await new Promise((r) => setTimeout(r, 1000));
    f['mem200Mb'] = pssMb(s.userDataDir);
    step(`${v.key} ${modelId}: idle unload`);
    // Idle unload: a tiny idle time in the settings, wait past it, then the reload cost of the next message.
    await page.evaluate(
      (id) =>
        chrome.storage.local.set({
          'triade.modelSettings': { engine: 'model', modelId: id, allowDownload: false, unloadAfterMinutes: 0.05 },
        }),
      modelId,
    );
    // Listen first, then send the message that arms the timer with the new setting; also poll the status (a broadcast can be missed).
    const unloaded = await page.evaluate(
      (text) =>
        new Promise<boolean>((resolve) => {
          const isUnloaded = (s: { state?: string; unloaded?: unknown } | undefined) => s?.state === 'idle' && !!s.unloaded;
          let poll: ReturnType<typeof setInterval> | undefined;
          const done = (v: boolean) => {
            clearTimeout(t);
            clearInterval(poll);
            resolve(v);
          };
          const t = setTimeout(() => done(false), 20_000);
          chrome.runtime.onMessage.addListener((m: { name?: string; payload?: { state?: string; unloaded?: unknown } }) => {
            if (m?.name === 'model→panel/status' && isUnloaded(m.payload)) done(true);
          });
          void chrome.runtime.sendMessage({ name: 'panel→model/classify', payload: { requestId: 'arm', text } }).then(() => {
            poll = setInterval(() => {
              void chrome.runtime
                .sendMessage({ name: 'panel→model/status', payload: {} })
                .then((s: { state?: string; unloaded?: unknown }) => {
                  if (isUnloaded(s)) done(true);
                });
            }, 1000);
          });
        }),
      fresh(CHAT, 70_001),
    );
    f['unloaded'] = unloaded ? 1 : 0;
    await new Promise((r) => setTimeout(r, 1000));
    f['memUnloadedMb'] = pssMb(s.userDataDir);
    f['reloadMs'] = await classifyOnce(page, fresh(CHAT, 70_002));
  } finally {
    await s.close();
  }
  return f;
}

/** The in-panel figures (RUNS.panel fresh 1 KB messages), and where each one's time went. */
const PANEL_RUNS = process.env.TRIADE_BENCH_SHAPE_QUICK === '1' ? 8 : 20;

/**
 * New customer message in the Gmail fixture → the panel showing the model's result for it (the
 * header's engine says model+lexicon for the analysis of this text), with the model warm. The
 * panel's user-timing marks (src/ui/hooks/use-model.ts) and the worker's `timing` split each run:
 * page → panel (content script, messaging, render), wait before asking (debounce), messaging
 * panel → background → offscreen → worker and back, tokenizer, ONNX Runtime, fusion and render.
 * The cold first message also checks the progress bar in the header while the model loads. Each run
 * is another 1 KB e-mail (distinctEmailOf), as a newly arrived message is.
 */
async function panelFigures(v: Variant, modelId: string): Promise<Figures> {
  const { launch, openSiteWithPanel } = await import('../tests/e2e/harness');
  step(`${v.key} ${modelId}: panel, new 1 KB message × ${PANEL_RUNS}`);
  const s = await launch({ extDir: path.join(ROOT, v.outDir, 'chrome-mv3') });
  const f: Figures = {};
  try {
    await s.worker.evaluate(
      (id) => chrome.storage.local.set({ 'triade.modelSettings': { engine: 'model', modelId: id, allowDownload: false } }),
      modelId,
    );
    const { page, panel } = await openSiteWithPanel(s, 'gmail');
    await panel.locator('.status').first().waitFor();
    const one = async (text: string, token: string) => {
      const seen = panel.evaluate(
        (tok: string) =>
          new Promise<{ lexAt: number; modelAt: number; progressSeen: boolean; runtime: string }>((resolve) => {
            let lexAt = 0;
            let progressSeen = false;
            const check = () => {
              progressSeen ||= document.querySelector('progress.model-progress') !== null;
              const onScreen = document.querySelector('.quote')?.textContent?.includes(tok) === true;
              const current = document.querySelector('[data-analysis]')?.getAttribute('data-analysis') === 'current';
              if (onScreen && current && !lexAt) lexAt = performance.timeOrigin + performance.now();
              const model = document.querySelector('[data-testid=engine]')?.getAttribute('data-engine') === 'model+lexicon';
              if (onScreen && current && model) {
                obs.disconnect();
                resolve({ lexAt, modelAt: performance.timeOrigin + performance.now(), progressSeen, runtime: '' });
              }
            };
            const obs = new MutationObserver(check);
            obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          }),
        token,
      );
      const t0 = await page.evaluate((t: string) => {
        const at = performance.timeOrigin + performance.now();
        (window as unknown as { __fixture: { addIncoming(x: string): void } }).__fixture.addIncoming(t);
        return at;
      }, text);
      const r = await seen;
      const marks = await panel.evaluate(() => {
        const get = (n: string) => performance.getEntriesByName(n, 'mark').at(-1) as PerformanceMark | undefined;
        const asked = get('triade:model-asked');
        const answered = get('triade:model-answered');
        return {
          askedAt: asked ? performance.timeOrigin + asked.startTime : NaN,
          waitedMs: (asked?.detail as { waitedMs?: number } | undefined)?.waitedMs ?? NaN,
          answeredAt: answered ? performance.timeOrigin + answered.startTime : NaN,
          workerMs: (answered?.detail as { workerMs?: number } | undefined)?.workerMs ?? NaN,
          timing: (answered?.detail as { timing?: Record<string, number> } | undefined)?.timing ?? {},
        };
      });
      return { t0, ...r, ...marks };
    };
    const cold = await one(distinctEmailOf(1_000, 1), 'Bestelnummer 100001.');
    f['panel.coldMs'] = cold.modelAt - cold.t0;
    f['panel.progressSeen'] = cold.progressSeen ? 1 : 0;
    const status = (await panel.evaluate(() => chrome.runtime.sendMessage({ name: 'panel→model/status', payload: {} }))) as {
      runtime?: { wasm: string[]; threads: number };
    };
    f['runtime.simd'] = status.runtime?.wasm.some((w) => w.includes('simd')) ? 1 : 0;
    f['runtime.threads'] = status.runtime?.threads ?? NaN;
    wasmFiles.set(`${v.key}`, status.runtime?.wasm.join(', ') ?? '?');
    const runs: Array<Awaited<ReturnType<typeof one>>> = [];
    for (let i = 0; i < PANEL_RUNS; i++) {
      const n = 200_000 + i;
      runs.push(await one(distinctEmailOf(1_000, n), `Bestelnummer ${100000 + n}.`));
    }
    const total = summarize(runs.map((r) => r.modelAt - r.t0));
    f['panel.email1k.p50Ms'] = total.p50;
    f['panel.email1k.p95Ms'] = total.p95;
    f['panel.lexicon.p50Ms'] = summarize(runs.map((r) => r.lexAt - r.t0)).p50;
    const med = (xs: number[]) => summarize(xs.filter((x) => Number.isFinite(x))).p50;
    f['split.pageToAskMs'] = med(runs.map((r) => r.askedAt - r.t0));
    f['split.waitedMs'] = med(runs.map((r) => r.waitedMs));
    f['split.messagingMs'] = med(runs.map((r) => r.answeredAt - r.askedAt - r.workerMs));
    f['split.planMs'] = med(runs.map((r) => r.timing['planMs'] ?? NaN));
    f['split.tokenizeMs'] = med(runs.map((r) => r.timing['tokenizeMs'] ?? NaN));
    f['split.runMs'] = med(runs.map((r) => r.timing['runMs'] ?? NaN));
    f['split.workerOtherMs'] = med(runs.map((r) => r.workerMs - (r.timing['totalMs'] ?? NaN)));
    f['split.afterAnswerMs'] = med(runs.map((r) => r.modelAt - r.answeredAt));
    f['split.windows'] = med(runs.map((r) => r.timing['windows'] ?? NaN));
    f['split.batches'] = med(runs.map((r) => r.timing['batches'] ?? NaN));
    f['split.positions'] = med(runs.map((r) => r.timing['positions'] ?? NaN));
  } finally {
    await s.close();
  }
  return f;
}

/** The .wasm files each variant's worker fetched (its ready status). */
const wasmFiles = new Map<string, string>();

// ---------------------------------------------------------------- output

const ms = (n: number | undefined) =>
  n === undefined || Number.isNaN(n) ? '—' : n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const mb = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '—' : `${n.toFixed(0)} MB`);

const ROWS: Array<[string, string, (n: number | undefined) => string]> = [
  ['cold load (runtime + tokenizer + session)', 'coldLoadMs', ms],
  ['first answer (cold, includes the load)', 'firstAnswerMs', ms],
  ['chat line p50', 'chat.p50Ms', ms],
  ['chat line p95', 'chat.p95Ms', ms],
  ['1 KB e-mail p50', 'email1k.p50Ms', ms],
  ['1 KB e-mail p95', 'email1k.p95Ms', ms],
  ['5 KB e-mail p50', 'email5k.p50Ms', ms],
  ['5 KB e-mail p95', 'email5k.p95Ms', ms],
  ['1 KB own words + 4 KB quoted history p50', 'quoted.p50Ms', ms],
  ['CPU per chat line', 'chat.cpuMs', ms],
  ['CPU per 1 KB e-mail', 'email1k.cpuMs', ms],
  ['CPU per 5 KB e-mail', 'email5k.cpuMs', ms],
  ['CPU per 1 KB + 4 KB quoted', 'quoted.cpuMs', ms],
  ['1 KB e-mail again (cache hit)', 'repeat1k.ms', ms],
  ['reload after idle unload (+ answer)', 'reloadMs', ms],
  ['memory before load', 'memBeforeMb', mb],
  ['memory with model loaded', 'memLoadedMb', mb],
  [`memory after ${RUNS.sustained} messages`, 'mem200Mb', mb],
  ['memory after unload', 'memUnloadedMb', mb],
  ['in the panel: new 1 KB message → lexicon', 'panel.lexicon.p50Ms', ms],
  ['in the panel: new 1 KB message → model p50', 'panel.email1k.p50Ms', ms],
  ['in the panel: new 1 KB message → model p95', 'panel.email1k.p95Ms', ms],
  ['in the panel: first message, cold load', 'panel.coldMs', ms],
  ['  split p50: page → panel asks', 'split.pageToAskMs', ms],
  ['  split p50: of which waited (debounce)', 'split.waitedMs', ms],
  ['  split p50: messaging there and back', 'split.messagingMs', ms],
  ['  split p50: windows planned', 'split.planMs', ms],
  ['  split p50: tokenizer', 'split.tokenizeMs', ms],
  ['  split p50: ONNX Runtime', 'split.runMs', ms],
  ['  split p50: worker, other (queue)', 'split.workerOtherMs', ms],
  ['  split p50: answer → fused on screen', 'split.afterAnswerMs', ms],
  ['  windows / batches / positions run', 'split.windows', (n) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(0))],
];

function table(title: string, columns: Array<[string, Figures]>) {
  console.log(`\n${title}`);
  console.log(`  ${''.padEnd(42)}${columns.map(([h]) => h.padStart(14)).join('')}`);
  for (const [label, key, fmt] of ROWS) {
    if (columns.every(([, f]) => f[key] === undefined)) continue;
    console.log(`  ${label.padEnd(42)}${columns.map(([, f]) => fmt(f[key]).padStart(14)).join('')}`);
  }
}

export async function benchModelShape(): Promise<Record<string, Figures>> {
  const writeMs = await prepareModels();
  console.log(
    `\n## Model at its real size (${SHAPE_MODEL_ID}: BERT-base multilingual shape, int8, random weights) beside the test model`,
  );
  console.log(
    `  load average at start: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')} on ${cpus().length} cores (wall times move with it; CPU times much less)`,
  );
  console.log(`  shape model ready in ${ms(writeMs)} (written once into ${path.relative(ROOT, MODELS)}, git-ignored)`);
  const only = process.env.TRIADE_BENCH_SHAPE_ONLY;
  const out: Record<string, Figures> = {};
  if (only !== 'browser') {
    for (const [id, name] of MODEL_NAMES) out[`node.${name}`] = await nodeFigures(id);
    const real = out['node.real-size']!;
    table(
      'Node (onnxruntime-node, native; RSS of the Node process)',
      MODEL_NAMES.map(([, n]) => [n, out[`node.${n}`]!]),
    );
    console.log(
      `  tokens (real-size tokenizer): chat ${real['tokens.chat']}, 1 KB ${real['tokens.email1k']}, 5 KB ${real['tokens.email5k']} (mBERT: about one token per 4 characters of Dutch)`,
    );
  }
  if (only !== 'node') {
    const keys = (process.env.TRIADE_BENCH_SHAPE_VARIANTS ?? 'st,mt').split(',');
    // TRIADE_BENCH_SHAPE_MODELS=real-size leaves the test model out of the browser half.
    const models = MODEL_NAMES.filter(([, n]) => (process.env.TRIADE_BENCH_SHAPE_MODELS ?? n) === n);
    for (const v of VARIANTS.filter((x) => keys.includes(x.key))) {
      build(v);
      for (const [id, name] of models) {
        out[`browser.${v.key}.${name}`] = await browserFigures(v, id);
        if (process.env.TRIADE_BENCH_SHAPE_PANEL !== '0')
          Object.assign(out[`browser.${v.key}.${name}`]!, await panelFigures(v, id));
      }
      const lastName = models.at(-1)![1]; // the real-size model unless it was left out
      const isolated = out[`browser.${v.key}.${lastName}`]!['isolated'] === 1;
      table(
        `Chromium, ${v.name}${v.key === 'mt' && !isolated ? ' (NOT isolated: single-threaded after all)' : ''}: round trip panel → background → offscreen worker; PSS of the extension's renderers`,
        models.map(([, n]) => [n, out[`browser.${v.key}.${n}`]!]),
      );
      const real = out[`browser.${v.key}.${lastName}`]!;
      if (real['split.batches'] !== undefined)
        console.log(
          `  ${lastName}: ${real['split.windows']} windows in ${real['split.batches']} ONNX calls, ${real['split.positions']} positions (padding included); worker fetched ${wasmFiles.get(v.key) ?? '?'} (SIMD ${real['runtime.simd'] === 1 ? 'yes' : 'NO'}), ${real['runtime.threads']} thread(s); progress bar during the cold load: ${real['panel.progressSeen'] === 1 ? 'yes' : 'NOT seen'}`,
        );
      console.log(
        `  in the worker (${lastName}) p50: chat ${ms(real['chat.workerP50Ms'])}, 1 KB ${ms(real['email1k.workerP50Ms'])}, 5 KB ${ms(real['email5k.workerP50Ms'])}, quoted ${ms(real['quoted.workerP50Ms'])}; idle unload seen: ${real['unloaded'] === 1 ? 'yes' : 'NO'}`,
      );
    }
  }
  console.log('  (targets: 1 KB e-mail model result < 1 s p95 with the model warm; memory flat over 200 messages)');
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  benchModelShape().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
