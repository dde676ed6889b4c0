/**
 * `npm run screenshots`: the side panel beside each fixture inbox, for the README and for looking
 * at the UI by eye. Needs a build (npm run build) and Chromium.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPanel, openSiteWithPanel, ROOT, typeInEditor, type Session, type SiteId } from '../tests/e2e/harness';

const OUT = join(ROOT, 'docs/screenshots');
/** TRIADE_SHOTS=register (comma-separated: inboxes, register, call) renders only those groups. */
const ONLY = process.env.TRIADE_SHOTS?.split(',').map((x) => x.trim());
const want = (group: 'inboxes' | 'register' | 'call') => !ONLY || ONLY.includes(group);

async function main() {
  mkdirSync(OUT, { recursive: true });
  const s = await launch();
  try {
    const shots: Array<[SiteId, string, string, 'nl' | 'en']> = [
      [
        'gmail',
        '[g_editable="true"]',
        'Beste Peter,\n\nBedankt voor uw bericht. Ik weet het niet, daarvoor moet u bij de bank zijn. ',
        'nl',
      ],
      [
        'freshdesk',
        '.fr-element',
        "Hi Olivia,\n\nThank you for letting us know. I understand how annoying this is. I don't know why it happened. ",
        'en',
      ],
    ];
    for (const [site, editor, draft, uiLang] of want('inboxes') ? shots : []) {
      await s.worker.evaluate((l: string) => chrome.storage.local.set({ uiLang: l }), uiLang);
      const { page, panel } = await openSiteWithPanel(s, site);
      await page.setViewportSize({ width: 1000, height: 760 });
      await panel.locator('.status').first().waitFor();
      await typeInEditor(page, editor, draft);
      await panel.locator('.violation').first().waitFor({ timeout: 5000 });
      await panel.waitForTimeout(200);
      for (const scheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme: scheme });
        await panel.screenshot({ path: join(OUT, `panel-${site}-${scheme}.png`), fullPage: true });
      }
      await panel.emulateMedia({ colorScheme: 'light' });
      // The panel beside the inbox, as the agent sees it.
      const left = (await page.screenshot()).toString('base64');
      const right = (await panel.screenshot({ clip: { x: 0, y: 0, width: 360, height: 760 } })).toString('base64');
      const compose = await s.context.newPage();
      await compose.setViewportSize({ width: 1362, height: 760 });
      await compose.setContent(
        `<body style="margin:0;display:flex;background:#ccc"><img src="data:image/png;base64,${left}" style="width:1000px;height:760px"><div style="width:2px;background:#999"></div><img src="data:image/png;base64,${right}" style="width:360px;height:760px"></body>`,
      );
      await compose.screenshot({ path: join(OUT, site === 'gmail' ? 'panel-beside-inbox.png' : `panel-beside-${site}.png`) });
      await compose.close();
      await page.close();
      await panel.close();
    }
    // Register and language (issue 12): a French customer who writes "vous" and a Dutch one who
    // writes "je" and signs off with a first name, each as the only message of the open Gmail thread.
    const messages: Array<[string, string, string, string, string]> = [
      [
        'panel-french.png',
        'Claire Dubois',
        'c.dubois@example.fr',
        'Commande 55120 jamais livrée',
        "Bonjour,\n\nJ'ai commandé un antivol et deux chambres à air le 14 novembre (commande 55120). Trois semaines plus tard, je n'ai toujours rien reçu et personne ne répond à mes e-mails. Pouvez-vous me dire où se trouve mon colis et quand vous allez le livrer ?\n\nCordialement,\nClaire Dubois",
      ],
      [
        'panel-informal-nl.png',
        'Sanne de Vries',
        'sanne.devries@example.nl',
        'Verkeerde bel ontvangen',
        'Hoi!\n\nIk kreeg vandaag mijn pakketje, maar er zit een zwarte fietsbel in terwijl ik een rode had besteld. Best balen, want hij was voor een cadeautje. Kun je even kijken of de rode nog op voorraad is?\n\nGroetjes, Sanne',
      ],
    ];
    await s.worker.evaluate(() => chrome.storage.local.set({ uiLang: 'nl' }));
    for (const [file, name, email, subject, text] of want('register') ? messages : []) {
      const { page, panel } = await openSiteWithPanel(s, 'gmail');
      await page.setViewportSize({ width: 1000, height: 760 });
      await panel.locator('.status').first().waitFor();
      await page.evaluate(
        ([n, e, subj, body]) => {
          const f = (window as never as { __fixture: { addIncoming(t: string, sender?: string): HTMLElement } }).__fixture;
          document.querySelector('h2.hP')!.textContent = subj;
          const item = f.addIncoming(body, n);
          item.querySelector('span.gD')!.setAttribute('email', e);
          for (const old of document.querySelectorAll('#thread-view .messages > .adn')) if (old !== item) old.remove();
        },
        [name, email, subject, text] as const,
      );
      await panel
        .locator('.status')
        .filter({ hasText: name.split(' ')[0] })
        .first()
        .waitFor({ timeout: 10_000 });
      await panel.getByTestId('card').first().waitFor({ timeout: 10_000 });
      await panel.waitForTimeout(400);
      await panel.screenshot({ path: join(OUT, file), fullPage: true });
      await page.close();
      await panel.close();
    }
    // Call mode in the side panel, during a call.
    if (want('call')) await callMode(s);
    writeFileSync(
      join(OUT, 'README.md'),
      'Made by `npm run screenshots` from the fixture inboxes (synthetic people and text).\n',
    );
  } finally {
    await s.close();
  }
}

async function callMode(s: Session) {
  await s.worker.evaluate(() => chrome.storage.local.set({ uiLang: 'nl' }));
  const call = await openPanel(s, '?tab=999999#call');
  await call.fill('[data-testid=customer-name]', 'mevrouw Jansen');
  await call.click('[data-testid=start-call]');
  await call.waitForSelector('[data-testid=note-text]');
  await call.focus('[data-testid=note-text]');
  for (const [text, tag] of [
    ['Printer kwam beschadigd aan, al twee weken geen antwoord, klant is woedend', 'Alt+1'],
    ['Excuses aangeboden namens het bedrijf, begrip getoond', 'Alt+3'],
    ['Ordernummer 48213, geleverd op 12 november', 'Alt+4'],
    ['Nieuwe printer wordt morgen verstuurd, ik bel morgen om 15.00 uur terug', 'Alt+2'],
  ] as const) {
    await call.keyboard.press(tag);
    await call.keyboard.type(text);
    await call.keyboard.press('Enter');
  }
  await call.waitForTimeout(600);
  for (const scheme of ['light', 'dark'] as const) {
    await call.emulateMedia({ colorScheme: scheme });
    await call.screenshot({ path: join(OUT, `call-mode-${scheme}.png`), fullPage: true });
  }
  await call.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
