/**
 * The adapters in real Chromium (Debian's /usr/bin/chromium through playwright-core), on the
 * inbox fixtures served at the real site URLs: the path users get (execCommand on a DOM
 * selection), the fixtures' own single-page navigation, and editors that keep their own model.
 * Skipped when Chromium is not installed; the happy-dom suites cover the fallback path.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml } from '../unit/sites/load';
import { realEditorScript } from './real-editors';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HERE = dirname(fileURLToPath(import.meta.url));

interface SiteRun {
  site: 'gmail' | 'outlook' | 'zendesk' | 'freshdesk' | 'generic';
  url: string;
  /** Clicked to open the second conversation. */
  second: string;
  secondSender: string;
  /** URL part that must appear after switching. */
  secondUrl: string;
}

const RUNS: SiteRun[] = [
  {
    site: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox',
    second: 'tr.zA:nth-child(3)',
    secondSender: 'James Wright',
    secondUrl: '#inbox/FMfcgzQXMcXnPsQwErTyUiOpAsDfGhJk',
  },
  {
    site: 'outlook',
    url: 'https://outlook.office.com/mail/inbox',
    second: '[role="option"]:nth-child(2)',
    secondSender: 'Emily Carter',
    secondUrl: '/mail/inbox/id/AAQkADEnergiekThread0002',
  },
  {
    site: 'zendesk',
    url: 'https://triade-demo.zendesk.com/agent/tickets/101',
    second: '[role="tab"][data-ticket="102"]',
    secondSender: "Liam O'Brien",
    secondUrl: '/agent/tickets/102',
  },
  {
    site: 'freshdesk',
    url: 'https://triade-demo.freshdesk.com/a/tickets/201',
    second: 'a[data-ticket="202"]',
    secondSender: 'Mark Verbeek',
    secondUrl: '/a/tickets/202',
  },
  {
    site: 'generic',
    url: 'https://helpdesk.example.org/inbox',
    second: 'a[data-id="m-2"]',
    secondSender: 'Grace Okafor',
    secondUrl: '#m-2',
  },
];

type Api = {
  incoming(): { ok: boolean; value?: { text: string; senderName?: string; threadId: string }; reason?: string };
  adapterId(): string;
  draft(): string;
  insert(text: string): { ok: boolean };
  replace(find: string, by: string): { ok: boolean };
  execCalls(): string[];
};

let bundle = '';
let browser: Browser | undefined;

describe.skipIf(!existsSync(CHROMIUM))('adapters in Chromium on the inbox fixtures', () => {
  beforeAll(async () => {
    const out = await build({
      stdin: {
        contents: `
          import { pickAdapter } from './src/sites/registry';
          const calls = [];
          const native = document.execCommand.bind(document);
          document.execCommand = (c, u, v) => { calls.push(c); return native(c, u, v); };
          const a = () => pickAdapter(new URL(location.href), document);
          const ed = () => { const r = a().findEditor(document); if (!r.ok) throw new Error(r.reason); return r.value; };
          window.__triade = {
            adapterId: () => a().id,
            incoming: () => a().readIncoming(document),
            draft: () => a().readDraft(ed()),
            insert: (t) => a().insertAtCursor(ed(), t),
            replace: (find, by) => { const d = a().readDraft(ed()); const i = d.indexOf(find); return a().replaceText(ed(), i, i + find.length, by); },
            execCalls: () => calls.slice(),
          };`,
        resolveDir: join(HERE, '../..'),
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2022',
    });
    bundle = out.outputFiles[0]!.text;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless=new'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(run: SiteRun): Promise<Page> {
    const context = await browser!.newContext();
    const page = await context.newPage();
    await page.route('**/*', (route) => {
      const path = new URL(route.request().url()).pathname;
      const editor = path.startsWith('/__real-editors/')
        ? realEditorScript(path.slice('/__real-editors/'.length).replace(/\.js$/, ''))
        : null;
      if (editor !== null) return route.fulfill({ status: 200, contentType: 'text/javascript', body: editor });
      return route.request().resourceType() === 'document'
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(run.site, 'inbox') })
        : route.fulfill({ status: 404, body: '' });
    });
    await page.goto(run.url);
    // Zendesk and Freshdesk run the real editors (CKEditor 5, Froala): wait until they took over.
    if (run.site === 'zendesk' || run.site === 'freshdesk') {
      await page.waitForFunction(() => Number(document.documentElement.dataset.realEditorsReady ?? 0) > 0, null, {
        timeout: 30_000,
      });
    }
    await page.addScriptTag({ content: bundle });
    return page;
  }

  const api = <T>(page: Page, fn: (t: Api, arg: string) => T, arg = ''): Promise<T> =>
    page.evaluate(
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the test's own function source inside the page
      ([src, a]) => new Function('t', 'a', `return (${src})(t, a)`)((window as never as { __triade: Api }).__triade, a),
      [fn.toString(), arg] as const,
    ) as Promise<T>;

  for (const run of RUNS) {
    it(`${run.site}: reads, follows navigation and new mail, edits through the editor's own input path`, async () => {
      const page = await open(run);
      expect(await api(page, (t) => t.adapterId())).toBe(run.site);
      const first = await api(page, (t) => t.incoming());
      expect(first.ok).toBe(true);

      // Single-page navigation: the second conversation replaces the first in place.
      await page.click(run.second);
      expect(page.url()).toContain(run.secondUrl);
      const second = await api(page, (t) => t.incoming());
      expect(second.value?.senderName).toBe(run.secondSender);
      expect(second.value?.text).not.toBe(first.value?.text);

      // A new customer message arrives.
      await page.evaluate(() =>
        (window as never as { __fixture: { addIncoming(t: string): void } }).__fixture.addIncoming(
          'Nieuw: waar blijft mijn geld?',
        ),
      );
      expect((await api(page, (t) => t.incoming())).value?.text).toBe('Nieuw: waar blijft mijn geld?');

      // Insert without a caret, then replace part of it: through the editor's own input path
      // (execCommand for Gmail's and Outlook's contenteditables, a paste into CKEditor 5 / Froala).
      const rich = run.site === 'zendesk' || run.site === 'freshdesk';
      expect(await api(page, (t, a) => t.insert(a), 'Het spijt me dat u zo lang moet wachten.')).toEqual({ ok: true });
      // Froala renders a paste a moment later.
      await expect.poll(() => api(page, (t) => t.draft())).toContain('Het spijt me dat u zo lang moet wachten.');
      expect(await api(page, (t) => t.replace('zo lang moet wachten', 'nog geen antwoord hebt'))).toEqual({ ok: true });
      await expect.poll(() => api(page, (t) => t.draft())).toContain('Het spijt me dat u nog geen antwoord hebt.');
      expect(await api(page, (t) => t.draft())).not.toContain('zo lang');
      const calls = await api(page, (t) => t.execCalls());
      if (run.site === 'generic')
        expect(calls).toEqual([]); // textarea: setRangeText by design
      // CKEditor 5: its paste pipeline, not the browser's command. (Froala's own paste handler
      // calls execCommand itself, so the calls say nothing about our path there.)
      else if (run.site === 'zendesk') expect(calls).not.toContain('insertText');
      else if (rich) expect(calls.length).toBeGreaterThan(0);
      else expect(calls).toContain('insertText');

      // Editors with their own model saw the edits (no DOM-only changes behind their back).
      const model = await page.evaluate(() => {
        const f = (window as never as { __fixture: { editorModel?: () => unknown } }).__fixture;
        return f.editorModel ? JSON.stringify(f.editorModel()) : null;
      });
      if (rich) expect(model).toContain('Het spijt me dat u nog geen antwoord hebt.');

      // Native undo still works where the browser owns the editing (Gmail, Outlook).
      if (run.site === 'gmail' || run.site === 'outlook') {
        await page.evaluate(() => document.execCommand('undo'));
        expect(await api(page, (t) => t.draft())).toContain('zo lang moet wachten');
      }
      await page.context().close();
    }, 60_000);
  }
});
