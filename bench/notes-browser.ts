/**
 * Call notes in Chromium with the built extension: how long until typed text is on disk.
 * - "typed → on disk": a keystroke, then the normal path (the saver writes within SAVE_DEBOUNCE_MS);
 * - "flush → on disk": a keystroke followed by pagehide, the path a closing page takes (the raw write).
 * Timed inside the page with performance.now(), reading IndexedDB directly until the text is there.
 *
 * Usage: TRIADE_EXT_DIR=.output/h9/chrome-mv3 tsx bench/notes-browser.ts
 */
import type { Page } from 'playwright-core';
import { launch } from '../tests/e2e/harness';
import { SAVE_DEBOUNCE_MS } from '../src/ui/call/note-saver';
import { fmtMs, summarize } from './stats';

const RUNS = 40;

/** Types one character into the current note (as an input event) and waits until IndexedDB holds it. */
function sample(page: Page, flush: boolean): Promise<number> {
  return page.evaluate(async (flushNow: boolean) => {
    const field = [...document.querySelectorAll<HTMLTextAreaElement>('[data-testid=note-text]')].at(-1)!;
    const expected = field.value + 'x';
    const readAll = () =>
      new Promise<Array<{ text: string }>>((resolve, reject) => {
        const req = indexedDB.open('triade');
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('notes').objectStore('notes').getAll();
          get.onsuccess = () => {
            db.close();
            resolve(get.result as Array<{ text: string }>);
          };
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      });
    const t0 = performance.now();
    field.value = expected;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    if (flushNow) window.dispatchEvent(new Event('pagehide'));
    for (;;) {
      if ((await readAll()).some((n) => n.text === expected)) return performance.now() - t0;
      await new Promise((r) => setTimeout(r, 1));
    }
  }, flush);
}

export async function benchNotesBrowser(): Promise<void> {
  const s = await launch({ extDir: process.env.TRIADE_EXT_DIR });
  try {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extId}/calls.html#call`);
    // tsx keeps function names with a __name helper that does not exist inside the page.
    await page.evaluate('globalThis.__name = (f) => f');
    await page.click('[data-testid=start-call]');
    await page.waitForSelector('[data-testid=note-text]');
    for (const [label, flush] of [
      ['typed → on disk', false],
      ['flush → on disk', true],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < RUNS + 5; i++) {
        const ms = await sample(page, flush);
        if (i >= 5) times.push(ms); // the first writes open the database and warm up
        await page.waitForTimeout(SAVE_DEBOUNCE_MS + 50);
      }
      const r = summarize(times);
      console.log(
        `notes (Chromium) ${label.padEnd(16)} p50 ${fmtMs(r.p50)}  p95 ${fmtMs(r.p95)}  (n=${r.n}, save delay ${SAVE_DEBOUNCE_MS} ms)`,
      );
    }
  } finally {
    await s.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchNotesBrowser();
