/**
 * The side panel beside each site fixture, with the real built extension in Chromium:
 * the right message is analysed, a forbidden phrase is flagged and replaced in the site's editor,
 * a card is inserted at the cursor, switching threads and new messages update the panel,
 * and no request leaves the extension and the fixture pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  foreignNetRequests,
  foreignRequests,
  launch,
  openSiteWithPanel,
  typeInEditor,
  type Session,
  type SiteId,
  settledFirstCardId,
} from './harness';

interface SiteRun {
  site: SiteId;
  editor: string;
  sender: string;
  /** A reply with one phrase from the "what not to say" table. */
  badReply: string;
  badPhrase: RegExp;
  rule: string;
  secondThread: string;
  secondSender: string;
  lang: 'nl' | 'en';
}

const RUNS: SiteRun[] = [
  {
    site: 'gmail',
    editor: '[g_editable="true"]',
    sender: 'Peter Janssen',
    badReply: 'Beste Peter, ik weet het niet.',
    badPhrase: /ik weet het niet/i,
    rule: 'dont_know',
    secondThread: 'tr.zA:nth-child(3)',
    secondSender: 'James Wright',
    lang: 'nl',
  },
  {
    site: 'outlook',
    editor: '[aria-label^="Message body, press"]',
    sender: 'Bram Hendriks',
    badReply: 'Beste Bram, daarvoor moet u bij de netbeheerder zijn.',
    badPhrase: /daarvoor moet u bij/i,
    rule: 'pass_on',
    secondThread: '[role="option"]:nth-child(2)',
    secondSender: 'Emily Carter',
    lang: 'nl',
  },
  {
    site: 'zendesk',
    editor: '.ck-editor__editable',
    sender: 'Fatima Yilmaz',
    badReply: 'Beste Fatima, sorry, maar dat is uw eigen schuld.',
    badPhrase: /eigen schuld/i,
    rule: 'blame_customer',
    secondThread: '[role="tab"][data-ticket="102"]',
    secondSender: "Liam O'Brien",
    lang: 'nl',
  },
  {
    site: 'freshdesk',
    editor: '.fr-element',
    sender: 'Olivia Harper',
    badReply: "Hi Olivia, I don't know.",
    badPhrase: /I don't know/i,
    rule: 'dont_know',
    secondThread: 'a[data-ticket="202"]',
    secondSender: 'Mark Verbeek',
    lang: 'en',
  },
];

let s: Session;
beforeAll(async () => {
  s = await launch({ netLog: true });
});
afterAll(async () => {
  await s?.close();
});

const editorText = (page: Page, sel: string) =>
  page
    .locator(sel)
    .first()
    .evaluate((el) => (el as HTMLElement).innerText);

describe.each(RUNS)('side panel on $site', (run) => {
  let page: Page;
  let panel: Page;

  it('shows the analysis of the open customer message, with its evidence', async () => {
    ({ page, panel } = await openSiteWithPanel(s, run.site));
    await expect.poll(() => panel.locator('.status').first().textContent()).toContain(run.sender);
    // The analysis comes from the worker a moment after the page state: poll on its final values.
    await expect.poll(() => panel.getByTestId('sentiment').getAttribute('data-label')).toBe('negative');
    // Every score shows the words that caused it.
    await expect.poll(() => panel.locator('.quote mark').count()).toBeGreaterThan(0);
    // Cards come in the customer's language.
    await expect.poll(() => panel.getByTestId('card').first().getAttribute('lang')).toBe(run.lang);
  });

  it('flags a forbidden phrase while typing and replaces it in the editor', async () => {
    await typeInEditor(page, run.editor, run.badReply);
    const flag = panel.locator(`.violation[data-rule="${run.rule}"]`);
    await flag.waitFor({ timeout: 15_000 });
    await flag.getByRole('button', { name: /Vervangen|Replace/ }).click();
    await expect.poll(() => editorText(page, run.editor)).not.toMatch(run.badPhrase);
    await expect.poll(() => flag.count()).toBe(0);
    // The greeting the agent typed is still there: only the flagged words were replaced.
    expect(await editorText(page, run.editor)).toMatch(/^(Beste|Hi) /);
  });

  it('inserts a card at the cursor in the editor', async () => {
    const id = await settledFirstCardId(panel);
    const card = panel.locator(`[data-card-id="${id}"]`);
    const text = (await card.locator('p').textContent())!;
    await card.getByRole('button', { name: /Invoegen|Insert/ }).click();
    await expect.poll(() => editorText(page, run.editor)).toContain(text.slice(0, 30));
    // An inserted card is not offered again in this thread.
    await expect.poll(() => card.count()).toBe(0);
  });

  it('follows the agent to another thread', async () => {
    await page.locator(run.secondThread).first().click();
    await expect.poll(() => panel.locator('.status').first().textContent()).toContain(run.secondSender);
  });

  it('updates when a new customer message arrives', async () => {
    await page.evaluate(() =>
      (window as any).__fixture.addIncoming(
        'Ik heb nu al drie keer gebeld. Als dit niet vandaag is opgelost, schakel ik mijn advocaat in.',
      ),
    );
    await expect.poll(() => panel.locator('[data-testid=cues] [data-kind="legal"]').count()).toBe(1);
    await page.close();
    await panel.close();
  });
});

describe('privacy', () => {
  it('made no request outside the extension and the fixture pages during the whole session', async () => {
    expect(s.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(s)).toEqual([]);
    // The browser's own network log also covers the offscreen document and the model worker.
    await s.close();
    expect(foreignNetRequests(s)).toEqual([]);
  });
});
