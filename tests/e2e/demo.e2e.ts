/**
 * `npm run dev`'s promise: the demo build on the local demo inbox coaches a reply, with no server
 * beyond localhost. Needs the demo build (`npm run build:demo`, part of `npm run test:e2e`).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPanel, ROOT, type Session, settledFirstCardId } from './harness';

const DEMO_EXT = join(ROOT, '.output/demo/chrome-mv3');
let server: Server;
let url: string;
let s: Session;

beforeAll(async () => {
  const html = readFileSync(join(ROOT, 'tests/fixtures/demo/index.html'));
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://localhost:${(server.address() as AddressInfo).port}/`;
  s = await launch({ extDir: DEMO_EXT });
});
afterAll(async () => {
  await s?.close();
  server?.close();
});

describe('demo inbox (npm run dev)', () => {
  it('reads the demo e-mail, flags a forbidden phrase and inserts a card in the reply box', async () => {
    const page = await s.context.newPage();
    await page.goto(url);
    const tabId = await s.worker.evaluate(async (u: string) => {
      const tabs = (await chrome.tabs.query({})) as Array<{ url?: string; id?: number }>;
      return tabs.find((t) => t.url === u)?.id ?? -1;
    }, url);
    const panel = await openPanel(s, `?tab=${tabId}`);
    await expect.poll(() => panel.locator('.status').first().textContent()).toContain('Marieke Bos');
    await expect.poll(() => panel.getByTestId('sentiment').getAttribute('data-label')).toBe('negative');

    await page.locator('[data-triade-editor]').click();
    await page.keyboard.type('Beste Marieke, ik weet het niet.');
    await panel.locator('.violation[data-rule="dont_know"]').waitFor({ timeout: 15_000 });

    const id = await settledFirstCardId(panel);
    const card = panel.locator(`[data-card-id="${id}"]`);
    const text = (await card.locator('p').textContent())!;
    await card.getByRole('button', { name: /Invoegen|Insert/ }).click();
    await expect.poll(() => page.locator('[data-triade-editor]').innerText()).toContain(text.slice(0, 25));
  });
});
