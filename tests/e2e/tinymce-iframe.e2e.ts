/**
 * TinyMCE in its classic mode (the editable body in an iframe) with the real built MV3 extension in
 * Chromium: what an extension's content-script world reaches there, and the adapters' edit path run
 * in that very world. The built extension is copied with one extra file, the adapters' code
 * (src/sites) bundled, which the extension's own service worker injects with
 * chrome.scripting.executeScript into the ISOLATED world of the page's top frame, the world the
 * manifest content script runs in (all_frames is not set: top frame only). The page is served on a
 * host the extension has permission for (a Zendesk subdomain; the manifest's content script runs
 * there too, as for users) and runs the real TinyMCE 7 (npm tinymce) in iframe mode with its skin.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXT_DIR, launch, ROOT, type Session } from './harness';

const URL_ = 'https://triade-demo.zendesk.com/__editor-lab/tinymce-iframe';
const DRAFT = '<p>Hoi Anna,</p><p>Dat had niet mogen gebeuren.</p>';

const PROBE = buildSync({
  stdin: {
    contents: `
      import { generic } from './src/sites/generic';
      import { confirmEdit, currentDraft } from './src/sites/confirm-edit';
      import { editorFamily } from './src/sites/editor-family';
      const wait = (ms) => new Promise((r) => setTimeout(r, ms));
      const ed = () => { const r = generic.findEditor(document); if (!r.ok) throw new Error(r.reason); return r.value; };
      globalThis.__triadeProbe = {
        find: () => { const e = ed(); return { family: editorFamily(e), inFrame: e.ownerDocument !== document, url: e.ownerDocument.URL, draft: generic.readDraft(e) }; },
        insert: async (text) => { const e = ed(); const before = generic.readDraft(e); const r = generic.insertAtCursor(e, text); if (!r.ok) return r; return confirmEdit(() => currentDraft(generic, document), before, text, wait); },
        replace: async (find, by) => { const e = ed(); const before = generic.readDraft(e); const i = before.indexOf(find); const r = generic.replaceText(e, i, i + find.length, by); if (!r.ok) return r; return confirmEdit(() => currentDraft(generic, document), before, by, wait); },
      };`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
}).outputFiles[0]!.text;

function pageHtml(): string {
  const skin = readFileSync(join(ROOT, 'node_modules/tinymce/skins/ui/oxide/skin.css'), 'utf8');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>TinyMCE classic</title><style>${skin}</style></head>
<body><main><div data-real-editor="tinymce-iframe">${DRAFT}</div></main><script src="/__real-editors/tinymce-iframe.js"></script></body></html>`;
}

let s: Session;
let extDir: string;
let page: Page;
let tabId: number;

type Probe = 'reach' | 'href' | 'find' | 'insert' | 'replace';

/** Run one of the probe functions through the extension's service worker: chrome.scripting.executeScript in the tab. */
async function inTab<T>(probe: Probe, args: string[] = [], allFrames = false): Promise<Array<{ frameId: number; result: T }>> {
  return s.worker.evaluate(
    async ([tab, which, a, all]) => {
      // Functions Chrome serialises into the page's ISOLATED world (no eval: the worker's CSP forbids it).
      const funcs = {
        reach: () => {
          const f = document.querySelector<HTMLIFrameElement>('iframe.tox-edit-area__iframe');
          const d = f && f.contentDocument;
          return { url: d ? d.URL : '', editable: d && d.body ? d.body.getAttribute('contenteditable') : null };
        },
        href: () => location.href,
        find: () => (globalThis as any).__triadeProbe.find(),
        insert: (t: string) => (globalThis as any).__triadeProbe.insert(t),
        replace: (x: string, y: string) => (globalThis as any).__triadeProbe.replace(x, y),
      };
      const out = await chrome.scripting.executeScript({
        target: { tabId: tab, allFrames: all },
        world: 'ISOLATED',
        func: funcs[which],
        args: a,
      });
      return out.map((r: { frameId: number; result?: unknown }) => ({ frameId: r.frameId, result: r.result }));
    },
    [tabId, probe, args, allFrames] as const,
  ) as Promise<Array<{ frameId: number; result: T }>>;
}

const model = () => page.evaluate(() => (window as any).__realEditors[0].getData() as string);
const squash = (h: string) =>
  h
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('TinyMCE classic (iframe) with the built MV3 extension', () => {
  beforeAll(async () => {
    extDir = mkdtempSync(join(tmpdir(), 'triade-ext-probe-'));
    cpSync(EXT_DIR, extDir, { recursive: true });
    writeFileSync(join(extDir, 'triade-iframe-probe.js'), PROBE);
    s = await launch({ extDir });
    page = await s.context.newPage();
    await page.route(URL_, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pageHtml() }));
    await page.goto(URL_);
    await page.waitForFunction(() => ((window as any).__realEditors?.length ?? 0) > 0, null, { timeout: 30_000 });
    tabId = await s.worker.evaluate(async (u: string) => {
      const tabs = (await chrome.tabs.query({})) as Array<{ url?: string; id?: number }>;
      return tabs.find((t) => t.url === u)?.id ?? -1;
    }, URL_);
    expect(tabId).toBeGreaterThan(0);
    await s.worker.evaluate(
      ([tab]) => chrome.scripting.executeScript({ target: { tabId: tab }, world: 'ISOLATED', files: ['triade-iframe-probe.js'] }),
      [tabId] as const,
    );
  }, 90_000);

  afterAll(async () => {
    await s?.close();
    if (extDir) rmSync(extDir, { recursive: true, force: true });
  });

  it('the top frame’s isolated world reaches the editor’s about:srcdoc body; a top-frame-only script is not injected into it', async () => {
    const reach = await inTab<{ url: string; editable: string | null }>('reach');
    expect(reach).toEqual([{ frameId: 0, result: { url: 'about:srcdoc', editable: 'true' } }]);
    // With allFrames the frame gets a script of its own too (match_about_blank semantics for srcdoc).
    const frames = await inTab<string>('href', [], true);
    expect(frames.map((f) => f.result).sort()).toEqual([URL_, 'about:srcdoc'].sort());
  });

  it('the adapters find the frame’s body as the TinyMCE editor', async () => {
    const [found] = await inTab<{ family: string; inFrame: boolean; url: string; draft: string }>('find');
    expect(found!.result).toEqual({
      family: 'tinymce',
      inFrame: true,
      url: 'about:srcdoc',
      draft: 'Hoi Anna,\nDat had niet mogen gebeuren.',
    });
  });

  it('insert at the caret and replace land in getContent(), are confirmed after 1 s of settling, and TinyMCE’s undo removes them', async () => {
    // The agent's caret right after "Hoi Anna," inside the frame.
    await page.evaluate(() => {
      const frame = document.querySelector('iframe.tox-edit-area__iframe') as HTMLIFrameElement;
      const doc = frame.contentDocument!;
      // Every paste that reaches the frame's window (after TinyMCE's own handlers): taken or not, and its text.
      const seen: Array<[boolean, string]> = ((window as any).__pastes = []);
      frame.contentWindow!.addEventListener('paste', (e) =>
        seen.push([e.defaultPrevented, e.clipboardData?.getData('text/plain') ?? '']),
      );
      doc.body.focus();
      const text = doc.body.querySelector('p')!.firstChild!;
      const r = doc.createRange();
      r.setStart(text, 'Hoi Anna,'.length);
      r.collapse(true);
      doc.getSelection()!.removeAllRanges();
      doc.getSelection()!.addRange(r);
    });
    const [ins] = await inTab<{ ok: boolean }>('insert', [' Het spijt me.']);
    expect(ins!.result).toEqual({ ok: true });
    expect(squash(await model())).toContain('Hoi Anna, Het spijt me.');
    const [rep] = await inTab<{ ok: boolean }>('replace', ['niet mogen gebeuren', 'nooit mogen gebeuren']);
    expect(rep!.result).toEqual({ ok: true });
    expect(squash(await model())).toContain('nooit mogen gebeuren');
    // Both went in as pastes TinyMCE took (cancelled to insert through its own model).
    expect(await page.evaluate(() => (window as any).__pastes)).toEqual([
      [true, ' Het spijt me.'],
      [true, 'nooit mogen gebeuren'],
    ]);
    await page.evaluate(() => (window as any).__realEditors[0].undo());
    await expect.poll(async () => squash(await model())).toContain('niet mogen gebeuren');
    await page.evaluate(() => (window as any).__realEditors[0].undo());
    await expect.poll(async () => squash(await model())).not.toContain('Het spijt me.');
    expect(squash(await model())).toContain('Hoi Anna,');
  });
});
