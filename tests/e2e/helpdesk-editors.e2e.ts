/**
 * The side panel with the built extension on the Zendesk and Freshdesk fixtures served at their
 * real host names, whose reply boxes are the REAL editors (CKEditor 5, Froala; bundled at test time):
 * the panel reads the active ticket's customer, Replace and Insert land in the editor's own model
 * (getData(), html.get()) and are still there after the editor settled, the editor's own undo
 * removes the insert, an insert follows the active ticket tab, and an editor that swallows the
 * paste gets the panel's clipboard message instead of a false "inserted".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openSiteWithPanel, typeInEditor, type Session, settledFirstCardId } from './harness';

interface Run {
  site: 'zendesk' | 'freshdesk';
  editor: string;
  sender: string;
  badReply: string;
  rule: string;
  badPhrase: string;
  second: string;
  secondSender: string;
  secondEditor: string;
  /** A flagged reply in the second ticket's language, for the swallowed-replace check. */
  secondBad: { reply: string; rule: string; phrase: string };
}

const RUNS: Run[] = [
  {
    site: 'zendesk',
    editor: '[data-test-id="ticket-101-custom-layout"] .ck-editor__editable',
    sender: 'Fatima Yilmaz',
    badReply: 'Beste Fatima, sorry, maar dat is uw eigen schuld.',
    rule: 'blame_customer',
    badPhrase: 'eigen schuld',
    second: '[role="tab"][data-ticket="102"]',
    secondSender: "Liam O'Brien",
    secondEditor: '[data-test-id="ticket-102-custom-layout"] .ck-editor__editable',
    secondBad: { reply: " Hi Liam, I don't know.", rule: 'dont_know', phrase: "I don't know" },
  },
  {
    site: 'freshdesk',
    editor: '.fr-element',
    sender: 'Olivia Harper',
    badReply: "Hi Olivia, I don't know.",
    rule: 'dont_know',
    badPhrase: "I don't know",
    second: 'a[data-ticket="202"]',
    secondSender: 'Mark Verbeek',
    secondEditor: '.fr-element',
    secondBad: { reply: ' Beste Mark, ik weet het niet.', rule: 'dont_know', phrase: 'ik weet het niet' },
  },
];

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const model = (page: Page) => page.evaluate(() => (window as any).__fixture.editorModel() as string | null);
const squash = (html: string | null) =>
  (html ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#39;|&amp;/g, (m) => ({ '&nbsp;': ' ', '&#39;': "'", '&amp;': '&' })[m]!)
    .replace(/\s+/g, ' ');
const settle = (page: Page) => page.waitForTimeout(1_200);

describe.each(RUNS)('real editor on $site', (run) => {
  let page: Page;
  let panel: Page;

  it("reads the active ticket's customer and mounts the real editor", async () => {
    ({ page, panel } = await openSiteWithPanel(s, run.site));
    await page.waitForFunction(() => Number(document.documentElement.dataset.realEditorsReady ?? 0) > 0, null, {
      timeout: 30_000,
    });
    await expect.poll(() => panel.locator('.status').first().textContent()).toContain(run.sender);
  });

  it("replaces a flagged phrase in the editor's own model, and it stays", async () => {
    await typeInEditor(page, run.editor, run.badReply);
    await expect.poll(async () => squash(await model(page))).toContain(run.badPhrase);
    const flag = panel.locator(`.violation[data-rule="${run.rule}"]`);
    await flag.waitFor({ timeout: 15_000 });
    await flag.getByRole('button', { name: /Vervangen|Replace/ }).click();
    await expect.poll(async () => squash(await model(page))).not.toContain(run.badPhrase);
    await settle(page);
    expect(squash(await model(page))).not.toContain(run.badPhrase);
    expect(squash(await model(page))).toMatch(/(Beste|Hi) /);
    await expect.poll(() => flag.count()).toBe(0);
  });

  it("inserts a card into the editor's own model; it survives settling and the editor's undo removes it", async () => {
    const id = await settledFirstCardId(panel);
    const card = panel.locator(`[data-card-id="${id}"]`);
    const text = (await card.locator('p').textContent())!;
    const part = text.slice(0, 30);
    await card.getByRole('button', { name: /Invoegen|Insert/ }).click();
    await expect.poll(async () => squash(await model(page))).toContain(part);
    await settle(page);
    expect(squash(await model(page))).toContain(part);
    // The panel heard a kept insert: the card is marked used, no failure note.
    await expect.poll(() => card.count()).toBe(0);
    expect(await panel.locator('.note.error').count()).toBe(0);
    if (run.site === 'freshdesk') {
      // Froala's unlicensed copy, started on an empty box as here, undoes nothing at all, not even
      // typed text (checked by hand 2026-12-01); its undo of a pasted insert and replace is
      // covered in real-editors.e2e.ts on a box that starts with a draft.
      return;
    }
    // The agent's own undo (Ctrl+Z in the editor) goes through the editor's undo stack.
    await page.locator(run.editor).first().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => squash(await model(page))).not.toContain(part);
  });

  it('an insert follows the ticket on screen', async () => {
    const before101 = await model(page);
    await page.locator(run.second).first().click();
    await expect.poll(() => panel.locator('.status').first().textContent()).toContain(run.secondSender);
    await page.waitForFunction(() => (window as any).__fixture.editorModel() !== null, null, { timeout: 30_000 });
    await page.locator(run.secondEditor).last().click();
    const id = await settledFirstCardId(panel);
    const card = panel.locator(`[data-card-id="${id}"]`);
    const part = (await card.locator('p').textContent())!.slice(0, 30);
    await card.getByRole('button', { name: /Invoegen|Insert/ }).click();
    await expect.poll(async () => squash(await model(page))).toContain(part);
    if (run.site === 'zendesk') {
      // Ticket 101's composer (still in the DOM, hidden) did not get it.
      const other = await page.evaluate(() => {
        const root = document.querySelector('[data-test-id="ticket-101-custom-layout"] [data-real-editor]');
        return (window as any).__realEditors.find((e: { root: Element }) => e.root === root).getData() as string;
      });
      expect(other).toBe(before101);
    }
  });

  it('an editor that swallows the paste: the panel says it could not insert and the text is on the clipboard', async () => {
    // A host that cancels every paste before its editor sees it (nothing lands in the model).
    await page.evaluate(() =>
      window.addEventListener(
        'paste',
        (e) => {
          e.preventDefault();
          e.stopImmediatePropagation();
        },
        true,
      ),
    );
    const before = await model(page);
    const card = panel.getByTestId('card').first();
    await card.getByRole('button', { name: /Invoegen|Insert/ }).click();
    await expect.poll(() => panel.locator('.note.error').first().textContent()).toMatch(/niet gehouden|did not keep/);
    await expect.poll(() => panel.locator('.note.error').first().textContent()).toMatch(/klembord|clipboard/);
    expect(await model(page)).toBe(before);
    // The same for a replace: the panel says so and the better phrasing is on the clipboard.
    await typeInEditor(page, run.secondEditor, run.secondBad.reply);
    const flag = panel.locator(`.violation[data-rule="${run.secondBad.rule}"]`);
    await flag.waitFor({ timeout: 15_000 });
    await flag.getByRole('button', { name: /Vervangen|Replace/ }).click();
    const dontNote = panel.locator('.note.error', { hasText: /betere zin|better phrasing/ });
    await expect.poll(() => dontNote.count()).toBe(1);
    expect(await dontNote.textContent()).toMatch(/niet gehouden|did not keep/);
    expect(squash(await model(page))).toContain(run.secondBad.phrase);
    await page.close();
    await panel.close();
  });
});
