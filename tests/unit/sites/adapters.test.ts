// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapters, pickAdapter } from '../../../src/sites/registry';
import { rangeForOffsets, mapText } from '../../../src/sites/text-map';
import type { SiteAdapter, SiteId } from '../../../src/sites/types';
import { gmailCases } from '../../fixtures/sites/gmail/cases';
import { outlookCases } from '../../fixtures/sites/outlook/cases';
import { zendeskCases } from '../../fixtures/sites/zendesk/cases';
import { freshdeskCases } from '../../fixtures/sites/freshdesk/cases';
import { genericCases } from '../../fixtures/sites/generic/cases';
import { EXTRA_SCENARIOS, SCENARIOS, type SiteCase, type SiteCases } from '../../fixtures/sites/types';
import { fixtureFiles, fixtureHtml, loadPage, type Loaded } from './load';

const ALL: SiteCases[] = [gmailCases, outlookCases, zendeskCases, freshdeskCases, genericCases];
const byId = (id: SiteId): SiteAdapter => adapters.find((a) => a.id === id)!;

function open(site: SiteId, c: SiteCase): Loaded {
  const page = loadPage(fixtureHtml(site, c.scenario), c.url);
  if (c.focus) (page.doc.querySelector(c.focus) as HTMLElement).focus();
  if (c.select) {
    const range = page.doc.createRange();
    range.selectNodeContents(page.doc.querySelector(c.select)!);
    const sel = page.doc.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }
  return page;
}

function editorOf(adapter: SiteAdapter, doc: Document): HTMLElement {
  const found = adapter.findEditor(doc);
  if (!found.ok) throw new Error(`no editor: ${found.reason}`);
  return found.value;
}

/** Records the input events the host editor would see. */
function recordInput(editor: HTMLElement): string[] {
  const seen: string[] = [];
  for (const type of ['beforeinput', 'input']) {
    editor.addEventListener(type, (e) => seen.push(`${type}:${(e as InputEvent).inputType}`));
  }
  return seen;
}

for (const { site, cases } of ALL) {
  const adapter = byId(site);
  describe(`${site} adapter`, () => {
    for (const c of cases) {
      describe(c.scenario, () => {
        it(`detect is ${c.detect} and pickAdapter picks ${site}`, async () => {
          const page = open(site, c);
          expect(adapter.detect(page.url, page.doc)).toBe(c.detect);
          expect(pickAdapter(page.url, page.doc).id).toBe(site);
          await page.close();
        });

        it('reads the latest customer message without quotes and signatures', async () => {
          const page = open(site, c);
          const got = adapter.readIncoming(page.doc);
          if ('reason' in c.incoming) {
            expect(got).toEqual({ ok: false, reason: c.incoming.reason });
          } else {
            const want = c.incoming;
            expect(got.ok, JSON.stringify(got)).toBe(true);
            if (!got.ok) return;
            const m = got.value;
            if (want.text !== undefined) expect(m.text).toBe(want.text);
            for (const s of want.includes) expect(m.text).toContain(s);
            for (const s of want.excludes) expect(m.text).not.toContain(s);
            expect(m.senderName).toBe(want.senderName);
            expect(m.threadId).toBe(want.threadId);
            expect(m.subject).toBe(want.subject);
            expect(m.channel).toBe(want.channel);
          }
          await page.close();
        });

        const ed = c.editor;
        if ('reason' in ed) {
          it('finds no editor', async () => {
            const page = open(site, c);
            expect(adapter.findEditor(page.doc)).toEqual({ ok: false, reason: ed.reason });
            await page.close();
          });
          return;
        }

        it('finds the reply editor and reads the draft', async () => {
          const page = open(site, c);
          const editor = editorOf(adapter, page.doc);
          expect(adapter.readDraft(editor)).toBe(ed.draft);
          await page.close();
        });

        it('inserts at the caret (DOM fallback: happy-dom has no execCommand)', async () => {
          const page = open(site, c);
          const editor = editorOf(adapter, page.doc);
          const seen = recordInput(editor);
          const before = adapter.readDraft(editor);
          const at = Math.min(before.length, before.indexOf(',') + 1 || before.length);
          if (editor.localName === 'textarea' || editor.localName === 'input') {
            editor.focus();
            (editor as HTMLTextAreaElement).setSelectionRange(at, at);
          } else {
            const range = rangeForOffsets(editor, mapText(editor), at, at)!;
            const sel = page.doc.getSelection()!;
            sel.removeAllRanges();
            sel.addRange(range);
          }
          expect(adapter.insertAtCursor(editor, 'Het spijt me.')).toEqual({ ok: true, value: undefined });
          expect(adapter.readDraft(editor)).toBe(before.slice(0, at) + 'Het spijt me.' + before.slice(at));
          expect(seen).toContain('input:insertText');
          await page.close();
        });

        it('inserts at the end of the agent text when there is no caret in the editor', async () => {
          const page = open(site, c);
          const editor = editorOf(adapter, page.doc);
          page.doc.getSelection()?.removeAllRanges();
          (page.doc.activeElement as HTMLElement | null)?.blur?.();
          const before = adapter.readDraft(editor);
          const line = 'Ik bel u morgen om 15.00 uur terug.';
          expect(adapter.insertAtCursor(editor, line).ok).toBe(true);
          const after = adapter.readDraft(editor);
          expect(after).toContain(line);
          // Apart from the new line (and the line break that separates it), nothing changed.
          const squash = (t: string) => t.replace(/\n+/g, '\n').trim();
          expect(squash(after.replace(line, ''))).toBe(squash(before));
          const prefix = after.slice(0, after.indexOf(line));
          if (prefix) expect(prefix, 'starts on its own line').toMatch(/\n$/);
          if (ed.insertBefore) expect(after.indexOf(line)).toBeLessThan(after.indexOf(ed.insertBefore));
          else expect(after.endsWith(line)).toBe(true);
          await page.close();
        });

        if (ed.replace) {
          const r = ed.replace;
          it(`replaces "${r.find}" through the fallback and fires input events`, async () => {
            const page = open(site, c);
            const editor = editorOf(adapter, page.doc);
            const seen = recordInput(editor);
            const draft = adapter.readDraft(editor);
            const start = draft.indexOf(r.find);
            expect(start).toBeGreaterThanOrEqual(0);
            const res = adapter.replaceText(editor, start, start + r.find.length, r.with);
            expect(res).toEqual({ ok: true, value: undefined });
            expect(adapter.readDraft(editor)).toBe(draft.replace(r.find, r.with));
            expect(seen).toContain('input:insertText');
            await page.close();
          });

          it('replaces through execCommand when the browser has it, selecting exactly the span first', async () => {
            const page = open(site, c);
            const editor = editorOf(adapter, page.doc);
            if (editor.localName === 'textarea') return; // text fields use setRangeText by design
            const draft = adapter.readDraft(editor);
            const start = draft.indexOf(r.find);
            const calls: Array<{ command: string; value?: string; selected: string }> = [];
            // A stand-in for Chromium's command: replace the selection's range with the text.
            (page.doc as Document & { execCommand: unknown }).execCommand = (command: string, _ui?: boolean, value?: string) => {
              const sel = page.doc.getSelection()!;
              const range = sel.getRangeAt(0);
              calls.push({ command, ...(value !== undefined ? { value } : {}), selected: range.toString() });
              range.deleteContents();
              if (value) range.insertNode(page.doc.createTextNode(value));
              return true;
            };
            expect(adapter.replaceText(editor, start, start + r.find.length, r.with).ok).toBe(true);
            expect(calls).toEqual([{ command: 'insertText', value: r.with, selected: r.find }]);
            expect(adapter.readDraft(editor)).toBe(draft.replace(r.find, r.with));
            await page.close();
          });
        }

        it('rejects offsets outside the draft with not-found', async () => {
          const page = open(site, c);
          const editor = editorOf(adapter, page.doc);
          const len = adapter.readDraft(editor).length;
          expect(adapter.replaceText(editor, len, len + 5, 'x')).toEqual({ ok: false, reason: 'not-found' });
          expect(adapter.replaceText(editor, 2, 1, 'x')).toEqual({ ok: false, reason: 'not-found' });
          await page.close();
        });
      });
    }
  });
}

describe('negative matrix: no site adapter claims another site’s page', () => {
  for (const adapter of adapters) {
    for (const other of ALL) {
      if (other.site === adapter.id) continue;
      for (const c of other.cases) {
        it(`${adapter.id}.detect is false on ${other.site}/${c.scenario}`, async () => {
          const page = open(other.site, c);
          expect(adapter.detect(page.url, page.doc)).toBe(false);
          await page.close();
        });
      }
    }
  }
});

describe('meta', () => {
  it('every adapter has a fixture and a case for every scenario, and nothing else', () => {
    for (const adapter of adapters) {
      const cases = ALL.find((c) => c.site === adapter.id)!;
      const want = [...SCENARIOS, ...(EXTRA_SCENARIOS[adapter.id] ?? [])].sort();
      expect(cases.cases.map((c) => c.scenario).sort()).toEqual(want);
      expect(fixtureFiles(adapter.id).sort()).toEqual(want.map((s) => `${s}.html`));
    }
  });

  it('every fixture starts with a comment saying it is a synthetic reconstruction, with its date', () => {
    for (const { site } of ALL) {
      for (const file of fixtureFiles(site)) {
        const first = fixtureHtml(site, file.replace(/\.html$/, '')).split('\n')[0]!;
        expect(first, `${site}/${file}`).toMatch(/^<!-- Synthetic .*20\d\d-\d\d-\d\d.*-->$/);
      }
    }
  });

  it('no fixture loads anything from the network', () => {
    for (const { site } of ALL) {
      for (const file of fixtureFiles(site)) {
        const html = fixtureHtml(site, file.replace(/\.html$/, ''));
        expect(html, `${site}/${file}`).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=["']?(https?:)?\/\//i);
        expect(html, `${site}/${file}`).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
      }
    }
  });

  // Which pages the content script runs on is checked where it can fail: the built manifest against
  // src/sites/hosts.ts (tests/e2e/manifest.e2e.ts) and each adapter against its hosts (hosts.test.ts).
});
