/**
 * Side-panel paths beyond the site adapters: a promise in the draft becomes a reminder on the
 * thread's case; a page Triade cannot read is coached through the paste box; a team phrase pack's
 * card reaches the panel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPanel, openSiteWithPanel, ROOT, SITE_URLS, typeInEditor, type Session } from './harness';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

describe('side panel extras', () => {
  it('offers a reminder for a promise in the draft and stores it on the thread case', async () => {
    const { page, panel } = await openSiteWithPanel(s, 'gmail');
    await panel.locator('.status').first().waitFor();
    await typeInEditor(page, '[g_editable="true"]', 'Beste Peter, ik bel u morgen om 15.00 uur terug.');
    const offer = panel.getByTestId('draft-promise');
    // The offer appears mid-sentence ("… om 1"): read its due time once the whole draft is checked.
    await expect
      .poll(() => offer.getAttribute('data-due').then((d) => (d ? new Date(d).getHours() : null)), { timeout: 10_000 })
      .toBe(15);
    const due = new Date((await offer.getAttribute('data-due'))!);
    expect(due.getDate()).toBe(new Date(Date.now() + 86_400_000).getDate());
    await offer.getByRole('button').click();
    await expect.poll(() => offer.textContent()).toMatch(/Herinnering staat|Reminder set/);
    // The reminder has an alarm in the browser.
    const alarms = await s.worker.evaluate(async () =>
      ((await chrome.alarms.getAll()) as Array<{ name: string }>).map((a) => a.name),
    );
    expect(alarms.some((n) => n.startsWith('reminder:'))).toBe(true);
    await page.close();
    await panel.close();
  });

  it('inserts the top card with Alt+1 in the panel and with the browser shortcut from the page', async () => {
    const { page, panel } = await openSiteWithPanel(s, 'outlook');
    await panel.locator('.status').first().waitFor();
    const editor = '[aria-label^="Message body, press"]';
    await typeInEditor(page, editor, 'Beste Bram, ');
    // Read the top card once the panel has checked the typed draft (the cards follow the draft).
    const main = panel.getByTestId('panel');
    await expect
      .poll(
        async () =>
          (await main.getAttribute('data-analysis')) === 'current' &&
          Number(await main.getAttribute('data-draft-length')) >= 'Beste Bram,'.length,
      )
      .toBe(true);
    const topText = async () => (await panel.getByTestId('card').first().locator('p').textContent())!;
    const first = await topText();
    await panel.keyboard.press('Alt+1');
    await expect.poll(() => page.locator(editor).innerText()).toContain(first.slice(0, 25));
    // The shortcut (Alt+Shift+1) reaches the panel through the background as this message.
    // The page answers once the editor has settled (confirm-edit.ts): then the used card leaves the list.
    await expect.poll(topText).not.toBe(first);
    const second = await topText();
    await s.worker.evaluate(() => chrome.runtime.sendMessage({ name: 'bg→panel/insert-top-card', payload: {} }).catch(() => {}));
    await expect.poll(() => page.locator(editor).innerText()).toContain(second.slice(0, 25));
    await page.close();
    await panel.close();
  });

  it('holds the first send of a draft with flagged phrases when the reminder is on, and never otherwise', async () => {
    const { page, panel } = await openSiteWithPanel(s, 'gmail');
    await panel.locator('.status').first().waitFor();
    const sent = () => page.evaluate(() => (window as any).__fixture.sent.length as number);
    const send = page.locator('div[role="button"].T-I.aoO').first();

    // Off (the default): a flagged draft goes out at once.
    await typeInEditor(page, '[g_editable="true"]', 'Beste Peter, ik weet het niet.');
    await panel.locator('.violation[data-rule="dont_know"]').waitFor();
    await send.click();
    expect(await sent()).toBe(1);

    // On: the first send is held and the panel says why; the second goes through.
    await s.worker.evaluate(() => chrome.storage.local.set({ beforeSendReminder: true }));
    // The page has told the panel it will hold the next send of this draft.
    await expect.poll(() => panel.getByTestId('panel').getAttribute('data-send-guard')).toBe('armed');
    await send.click();
    expect(await sent()).toBe(1);
    await expect.poll(() => panel.locator('.note.error').textContent()).toMatch(/tegengehouden|held/);
    await send.click();
    expect(await sent()).toBe(2);

    // A clean draft is never held.
    await panel
      .locator('.violation[data-rule="dont_know"]')
      .getByRole('button', { name: /Vervangen|Replace/ })
      .click();
    await expect.poll(() => panel.locator('.violation').count()).toBe(0);
    // No wait needed: the page holds only a draft the panel counted flags on, and this one it has not.
    await send.click();
    expect(await sent()).toBe(3);
    await s.worker.evaluate(() => chrome.storage.local.remove('beforeSendReminder'));
    await page.close();
    await panel.close();
  });

  it('closes the e-mail thread as a case with "Afronden", with the letter in the customer\'s language', async () => {
    const { page, panel } = await openSiteWithPanel(s, 'gmail');
    await panel.locator('.status').first().waitFor();
    await typeInEditor(page, '[g_editable="true"]', 'Beste Peter, het spijt ons dat het bedrag dubbel is afgeschreven.');
    await panel.getByTestId('wrap-up').locator('summary').click();
    const form = panel.locator('form[data-testid=wrap-up]');
    await form.getByTestId('cause').selectOption('unclear_invoice');
    await expect.poll(() => form.getByTestId('letter').inputValue()).toMatch(/Beste|Geachte/);
    // A new message in the thread while the form is open: the form stays as the agent filled it.
    await page.evaluate(() => (window as any).__fixture.addIncoming('En nu is er wéér een factuur gekomen die ik niet begrijp.'));
    await expect.poll(() => panel.locator('.quote').first().textContent()).toContain('wéér een factuur');
    expect(await form.getByTestId('cause').inputValue()).toBe('unclear_invoice');
    await form.getByTestId('close-case').click();
    await form.getByTestId('closed').waitFor();
    const cases = await panel.evaluate(
      () =>
        new Promise<Array<Record<string, any>>>((resolve, reject) => {
          const open = indexedDB.open('triade');
          open.onsuccess = () => {
            const req = open.result.transaction('cases').objectStore('cases').getAll();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    const c = cases.find((x) => String(x.threadKey).startsWith('gmail:'));
    expect(c).toMatchObject({ channel: 'email', causeCategory: 'unclear_invoice', avoidable: { flag: true } });
    expect(c!.closedAt).toBeTruthy();
    expect(c!.sentimentFirst.label).toBe('negative');
    expect(c!.checklist.apology).toBe('done');
    await page.close();
    await panel.close();
  });

  it('coaches a pasted message and draft on a page it cannot read', async () => {
    const panel = await openPanel(s, '?tab=999999');
    await panel
      .getByTestId('paste-incoming')
      .fill('I have called three times and my router still does not work. This is ridiculous.');
    await expect.poll(() => panel.getByTestId('sentiment').getAttribute('data-label')).toBe('negative');
    await panel.getByTestId('paste-draft').fill("I don't know what happened.");
    await panel.locator('.violation[data-rule="dont_know"]').waitFor();
    await panel
      .locator('.violation[data-rule="dont_know"]')
      .getByRole('button', { name: /Vervangen|Replace/ })
      .click();
    await expect.poll(() => panel.getByTestId('paste-draft').inputValue()).not.toContain("I don't know");
    // Closing the panel mid-sentence loses nothing: the texts come back when it opens again.
    await panel.getByTestId('paste-draft').pressSequentially(' We will replace the rou');
    await panel.close();
    const again = await openPanel(s, '?tab=999999');
    await expect.poll(() => again.getByTestId('paste-draft').inputValue()).toContain('We will replace the rou');
    await expect.poll(() => again.getByTestId('paste-incoming').inputValue()).toContain('called three times');
    await again.getByTestId('paste-incoming').fill('');
    await again.getByTestId('paste-draft').fill('');
    // Leave nothing for the next test: wait until the emptied box is stored.
    await expect
      .poll(() => again.evaluate(() => chrome.storage.session.get('pasteBox').then((v: Record<string, unknown>) => v.pasteBox)))
      .toEqual({ incoming: '', draft: '' });
    await again.close();
  });

  it("shows a team phrase pack's card in the panel once the pack is installed", async () => {
    const pack = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/packs/acme.json'), 'utf8'));
    await s.worker.evaluate(
      (p: unknown) =>
        chrome.storage.local.set({ phrasePacks: [{ pack: p, installedAt: new Date().toISOString(), source: 'file' }] }),
      pack,
    );
    const panel = await openPanel(s, '?tab=999999');
    await panel
      .getByTestId('paste-incoming')
      .fill('Ik ben het echt zat: alweer een factuur die ik niet begrijp, en voor de derde keer moet ik bellen.');
    await expect
      .poll(async () =>
        (await panel.locator('[data-testid=card]').evaluateAll((els) => els.map((e) => e.getAttribute('data-card-id')))).join(
          ' ',
        ),
      )
      .toMatch(/acme/);
    await panel.close();
  });
});

describe('analysis off the main thread', () => {
  it('says a message is too long to check live, stays responsive, and goes live again with a normal one', async () => {
    const panel = await openPanel(s, '?tab=999999');
    const huge = 'Ik ben echt boos, dit is al de derde keer dat ik bel en er gebeurt niets. '.repeat(26_000);
    await panel.getByTestId('paste-draft').fill('Beste klant, ik weet het niet.');
    await panel.locator('.violation[data-rule="dont_know"]').waitFor();
    await panel.getByTestId('paste-incoming').fill(huge);
    await panel.getByTestId('analysis-too-long').waitFor({ timeout: 30_000 });
    // The panel's own thread is free while the worker checks: a round trip into the page is quick.
    const t0 = Date.now();
    await panel.evaluate(() => document.querySelectorAll('.violation').length);
    expect(Date.now() - t0).toBeLessThan(250);
    // The draft's flag from the last finished check stays on screen.
    expect(await panel.locator('.violation[data-rule="dont_know"]').count()).toBe(1);
    await panel.getByTestId('paste-incoming').fill('Mijn factuur klopt niet, ik ben het zat.');
    await expect.poll(() => panel.getByTestId('analysis-too-long').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => panel.getByTestId('sentiment').getAttribute('data-label')).toBe('negative');
    await panel.getByTestId('paste-incoming').fill('');
    await panel.getByTestId('paste-draft').fill('');
    await expect
      .poll(() => panel.evaluate(() => chrome.storage.session.get('pasteBox').then((v: Record<string, unknown>) => v.pasteBox)))
      .toEqual({ incoming: '', draft: '' });
    await panel.close();
  });
});

describe('content security policy', () => {
  it("refuses a fetch from the extension's pages to any host but the extension and the model hub (connect-src)", async () => {
    const panel = await openPanel(s, '?tab=999999');
    const tryFetch = (url: string) =>
      panel.evaluate(async (u: string) => {
        const violated = new Promise<string>((resolve) => {
          addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
          setTimeout(() => resolve('none'), 2000);
        });
        const fetched = await fetch(u).then(
          () => 'fetched',
          () => 'refused',
        );
        return { fetched, violated: await violated };
      }, url);
    // A fixture host is served to the browser (and the extension has host access to it): only the CSP stops this.
    expect(await tryFetch(SITE_URLS.gmail)).toEqual({ fetched: 'refused', violated: 'connect-src' });
    expect(await tryFetch('https://example.org/collect')).toEqual({ fetched: 'refused', violated: 'connect-src' });
    // The extension's own files still load.
    expect((await tryFetch('/models/index.json')).violated).toBe('none');
    await panel.close();
  });
});

describe('insert goes to the thread on screen only', () => {
  it('refuses a new-message window over the conversation when nothing is focused, and inserts in the reply once the agent is in it', async () => {
    const { page, panel } = await openSiteWithPanel(s, 'gmail');
    await panel.getByTestId('card').first().waitFor();
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<div class="dw"><div class="nH Hd" role="dialog" aria-label="Nieuw bericht"><div class="M9"><input class="aoT" name="subjectbox" value="">' +
          '<div class="Am Al editable" id="compose-body" aria-label="Berichttekst" g_editable="true" role="textbox" contenteditable="true" tabindex="1"><div><br></div></div>' +
          '</div></div></div>',
      );
      (document.activeElement as HTMLElement | null)?.blur();
    });
    const card = panel.getByTestId('card').first();
    await card.getByRole('button', { name: /Invoegen|Insert/ }).click();
    await expect
      .poll(() => panel.locator('.note.error').first().textContent())
      .toMatch(/hoort niet bij dit gesprek|does not belong to this conversation/);
    expect((await page.locator('#compose-body').innerText()).trim()).toBe('');

    const id = await card.getAttribute('data-card-id');
    const text = (await panel.locator(`[data-card-id="${id}"] p`).textContent())!;
    await typeInEditor(page, '[g_editable="true"]', 'Beste Peter,');
    await panel
      .locator(`[data-card-id="${id}"]`)
      .getByRole('button', { name: /Invoegen|Insert/ })
      .click();
    await expect.poll(() => page.locator('[g_editable="true"]').first().innerText()).toContain(text.slice(0, 30));
    expect((await page.locator('#compose-body').innerText()).trim()).toBe('');
    await page.close();
    await panel.close();
  });
});
