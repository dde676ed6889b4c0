/**
 * The page variants of the four sites with the real built extension in Chromium, each fixture
 * served on the site's real host (harness: ?triade-fixture=<scenario>): Gmail's collapsed
 * messages with a trimmed quote and a thread the agent answered last, Outlook's collapsed
 * conversation and its "Newest on top" order, and long Zendesk / Freshdesk logs whose older entries
 * load later (the real CKEditor 5 and Froala as their reply boxes). Per variant: the content script
 * runs on the real host pattern, the panel analyses the customer's latest message (never the quoted
 * history, an older message or the agent's reply), typing updates the checklist and flags, Replace
 * and an Insert at the caret land in the editor (the editor's own model where it has one) and are
 * still there after the editor settled, and new or older entries arriving keep the panel on the
 * customer's latest message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openSiteWithPanel, type Session, type SiteId, settledFirstCardId } from './harness';

interface Variant {
  name: string;
  site: SiteId;
  url: string;
  editor: string;
  sender: string;
  /** In the analysed message. */
  says: string;
  /** Not in it: quoted history, older messages, the agent's reply, internal notes. */
  notSays: string[];
  greeting: string;
  /** Type after this text of the draft (a signature the editor holds comes after it); else at the end. */
  typeAfter?: string;
  bad: { text: string; rule: string; phrase: string };
  /** The fixture's real editor: the model is read through its API (else the DOM text). */
  rich: boolean;
  /** Older entries that load later: the control the agent clicks and how many entries there are then. */
  older?: { control: string; entries: string; count: number; probe: { text: string; rule: string } };
  /** A new customer message arriving while the agent is on the page. */
  arrives: string;
}

const VARIANTS: Variant[] = [
  {
    name: 'gmail: collapsed messages, trimmed quote',
    site: 'gmail',
    url: 'https://mail.google.com/mail/u/0/?triade-fixture=collapsed#inbox/FMfcgzQXNqRtVbWmKpLsHdJfGaZxCvBn',
    editor: '[g_editable="true"]',
    sender: 'Mila Vos',
    says: 'aan het lijntje gehouden',
    notSays: ['binnen vijf werkdagen', 'retour R-5521', '•••'],
    greeting: 'Beste Mila,',
    bad: { text: ' ik weet het niet.', rule: 'dont_know', phrase: 'ik weet het niet' },
    rich: false,
    arrives: 'En nu krijg ik ook nog een aanmaning. Als het geld er morgen niet is, ga ik naar de geschillencommissie.',
  },
  {
    name: 'gmail: the agent replied last, the customer’s message collapsed',
    site: 'gmail',
    url: 'https://mail.google.com/mail/u/0/?triade-fixture=agent-last#inbox/FMfcgzQXPwErTyUiOpAsDfGhJkLzXcVb',
    editor: '[g_editable="true"]',
    sender: 'Tom Peeters',
    says: 'zonder helm naar school',
    notSays: ['Ik kijk het vandaag', 'maat S', 'onacceptabel'],
    greeting: 'Beste Tom,',
    bad: { text: ' ik weet het niet.', rule: 'dont_know', phrase: 'ik weet het niet' },
    rich: false,
    arrives: '',
  },
  {
    name: 'outlook: collapsed conversation, newest on bottom',
    site: 'outlook',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkADEnergiekSlimmeMeter0003?triade-fixture=collapsed',
    editor: '[aria-label^="Message body, press"]',
    sender: 'Sem de Graaf',
    says: 'deze week wordt opgelost',
    notSays: ['binnen drie dagen', 'sinds oktober', 'Verzonden:'],
    greeting: 'Beste Sem,',
    bad: { text: ' daarvoor moet u bij de netbeheerder zijn.', rule: 'pass_on', phrase: 'daarvoor moet u bij' },
    rich: false,
    arrives: 'Ik heb nu al drie keer gebeld. Als dit niet vandaag is opgelost, schakel ik mijn advocaat in.',
  },
  {
    name: 'outlook: newest on top',
    site: 'outlook',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkADEnergiekIncasso0003?triade-fixture=newest-on-top',
    editor: '[aria-label^="Message body, press"]',
    sender: 'Lotte Jansen',
    says: 'andere leverancier',
    notSays: ['Wanneer komt het', 'termijnbedrag', 'is teruggeboekt'],
    greeting: 'Beste mevrouw Jansen,',
    typeAfter: 'Daar kan ik helaas niets aan doen.',
    bad: { text: ' daarvoor moet u bij uw bank zijn.', rule: 'pass_on', phrase: 'daarvoor moet u bij' },
    rich: false,
    arrives: 'Er is nu een derde keer afgeschreven. Ik schakel mijn advocaat in als dit niet vandaag stopt.',
  },
  {
    name: 'zendesk: long ticket, older comments behind "Show more"',
    site: 'zendesk',
    url: 'https://triade-demo.zendesk.com/agent/tickets/301?triade-fixture=load-more',
    editor: '.ck-editor__editable',
    sender: 'Ruben Claes',
    says: 'derde maand op rij',
    notSays: ['Billing gevraagd', 'tweede factuur laten vervallen', 'sinds september'],
    greeting: 'Beste Ruben,',
    bad: { text: ' sorry, maar dat is uw eigen schuld.', rule: 'blame_customer', phrase: 'eigen schuld' },
    rich: true,
    older: {
      control: '[data-test-id="convolog-show-more-button"]',
      entries: '[data-test-id="omni-log-container"] article',
      count: 8,
      probe: { text: 'ik weet het niet', rule: 'dont_know' },
    },
    arrives: 'Ik heb nu al drie keer gebeld. Als dit niet vandaag is opgelost, schakel ik mijn advocaat in.',
  },
  {
    name: 'freshdesk: long ticket, older conversations loaded later',
    site: 'freshdesk',
    url: 'https://triade-demo.freshdesk.com/a/tickets/401?triade-fixture=load-more',
    editor: '.fr-element',
    sender: 'Grace Walker',
    says: 'third router',
    notSays: ['Line test scheduled', 'we have sent you a replacement', 'Older complaint', 'Another older message'],
    greeting: 'Hi Grace,',
    bad: { text: " I don't know.", rule: 'dont_know', phrase: "I don't know" },
    rich: true,
    older: {
      control: '.older-control',
      entries: '.ticket-details__item',
      count: 8,
      probe: { text: "I don't know", rule: 'dont_know' },
    },
    arrives: 'I have called three times now. If this is not solved today I will contact my lawyer.',
  },
];

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const squash = (html: string | null) =>
  (html ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#39;|&amp;/g, (m) => ({ '&nbsp;': ' ', '&#39;': "'", '&amp;': '&' })[m]!)
    .replace(/\s+/g, ' ');

/** The editor's content: its own model (getData(), html.get()) where the page runs a real editor, else its text. */
function model(page: Page, v: Variant): Promise<string> {
  return v.rich
    ? page.evaluate(() => (window as any).__fixture.editorModel() as string | null).then(squash)
    : page
        .locator(v.editor)
        .first()
        .evaluate((el) => (el as HTMLElement).innerText)
        .then(squash);
}

/** Put the caret right after `text` in the editor, as a click there would. */
async function caretAfter(page: Page, selector: string, text: string): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate((root, find) => {
      (root as HTMLElement).focus();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(find);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at + find.length);
        r.collapse(true);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
        return;
      }
      throw new Error(`no "${find}" in the editor`);
    }, text);
}

/** Type like the agent: after `typeAfter` when the variant has one, else at the end of the editor. */
async function typeInDraft(page: Page, v: Variant, text: string): Promise<void> {
  await page.locator(v.editor).first().click();
  if (v.typeAfter) await caretAfter(page, v.editor, v.typeAfter);
  else await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

const quote = (panel: Page) => panel.locator('.quote').first().textContent();

describe.each(VARIANTS)('$name', (v) => {
  let page: Page;
  let panel: Page;

  it('the content script runs on the real host and the panel analyses the customer’s latest message', async () => {
    ({ page, panel } = await openSiteWithPanel(s, v.site, v.url));
    expect(new URL(page.url()).host).toBe(new URL(v.url).host);
    if (v.rich)
      await page.waitForFunction(() => Number(document.documentElement.dataset.realEditorsReady ?? 0) > 0, null, {
        timeout: 30_000,
      });
    await expect.poll(() => panel.locator('.status').first().textContent()).toContain(v.sender);
    await expect.poll(() => quote(panel)).toContain(v.says);
    const shown = (await quote(panel))!;
    for (const other of v.notSays) expect(shown).not.toContain(other);
    await expect.poll(() => panel.getByTestId('sentiment').getAttribute('data-label')).toBe('negative');
  });

  if (v.older) {
    const older = v.older;
    it('older entries loaded later leave the analysed message where it is', async () => {
      await page.locator(older.control).click();
      await expect.poll(() => page.locator(older.entries).count()).toBe(older.count);
      // A page state the panel surely got after the load: a phrase typed now is flagged.
      await page.locator(v.editor).first().click();
      await page.keyboard.type(older.probe.text);
      const probe = panel.locator(`.violation[data-rule="${older.probe.rule}"]`);
      await expect.poll(() => probe.count()).toBe(1);
      expect(await quote(panel)).toContain(v.says);
      for (let i = 0; i < older.probe.text.length; i++) await page.keyboard.press('Backspace');
      await expect.poll(() => probe.count()).toBe(0);
    });
  }

  it('typing in the editor updates the checklist and flags; Replace lands in the editor and stays', async () => {
    const apology = panel.locator('[data-testid=checklist] [data-item="apology"]');
    const before = await apology.getAttribute('data-state');
    expect(before).not.toBe('done');
    await typeInDraft(page, v, v.typeAfter ? v.bad.text : `${v.greeting}${v.bad.text}`);
    const flag = panel.locator(`.violation[data-rule="${v.bad.rule}"]`);
    await flag.waitFor({ timeout: 15_000 });
    await flag.getByRole('button', { name: /Vervangen|Replace/ }).click();
    await expect.poll(() => model(page, v)).not.toContain(v.bad.phrase);
    await expect.poll(() => flag.count()).toBe(0);
    // Still replaced once the editor had its chance to re-render (the panel was told 'kept').
    await page.waitForTimeout(1_200);
    expect(await model(page, v)).not.toContain(v.bad.phrase);
    expect(await model(page, v)).toContain(v.greeting);
    expect(await panel.locator('.note.error').count()).toBe(0);
    // An apology typed by hand ticks the checklist.
    await typeInDraft(page, v, v.site === 'freshdesk' ? ' I am sorry.' : ' Het spijt me.');
    await expect.poll(() => apology.getAttribute('data-state')).toBe('done');
  });

  it('Insert puts a card at the caret, in the editor’s own model, and it survives settling', async () => {
    const id = await settledFirstCardId(panel);
    const card = panel.locator(`[data-card-id="${id}"]`);
    const part = squash(await card.locator('p').textContent())
      .trim()
      .slice(0, 30);
    const tail = squash(await model(page, v))
      .trim()
      .slice(-12);
    await caretAfter(page, v.editor, v.greeting);
    await card.getByRole('button', { name: /Invoegen|Insert/ }).click();
    await expect.poll(() => model(page, v)).toContain(part);
    await expect.poll(() => card.count()).toBe(0);
    // The content script answers only after 1 s of settling: by then no "could not insert" note,
    // and the editor still holds the card.
    await page.waitForTimeout(1_200);
    expect(await panel.locator('.note.error').count()).toBe(0);
    const after = await model(page, v);
    expect(after).toContain(part);
    // At the caret: after the greeting, before the rest the agent had typed.
    expect(after.indexOf(part)).toBeGreaterThan(after.indexOf(v.greeting));
    expect(after.indexOf(part)).toBeLessThan(after.lastIndexOf(tail));
  });

  if (v.arrives) {
    it('a new customer message arriving moves the panel to it', async () => {
      await page.evaluate((t) => (window as any).__fixture.addIncoming(t), v.arrives);
      await expect.poll(() => quote(panel)).toContain(v.arrives.slice(0, 30));
    });
  }

  it('closes', async () => {
    await page.close();
    await panel.close();
  });
});
