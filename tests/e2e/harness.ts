/**
 * E2E harness: Debian's Chromium driven by playwright-core with the real built extension loaded.
 * Site fixtures are served at the real site URLs through context.route, so the manifest's
 * host permissions and content-script matches are the ones users get.
 * Every request the browser makes is recorded for the privacy test.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { realEditorScript } from './real-editors';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXT_DIR = process.env.TRIADE_EXT_DIR ?? join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type SiteId = 'gmail' | 'outlook' | 'zendesk' | 'freshdesk';

/** Where each fixture inbox is served: the real hosts of the four sites. */
export const SITE_URLS: Record<SiteId, string> = {
  gmail: 'https://mail.google.com/mail/u/0/#inbox',
  outlook: 'https://outlook.office.com/mail/inbox',
  zendesk: 'https://triade-demo.zendesk.com/agent/tickets/101',
  freshdesk: 'https://triade-demo.freshdesk.com/a/tickets/201',
};

const FIXTURE_HOSTS =
  /^https:\/\/(mail\.google\.com|outlook\.office\.com|triade-demo\.zendesk\.com|triade-demo\.freshdesk\.com)\//;

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extId: string;
  /** Every URL the browser requested, in order. */
  requests: string[];
  userDataDir: string;
  /** Chromium's own network log (every request of every context, offscreen documents and workers included). */
  netLog?: string;
  close(keepProfile?: boolean): Promise<void>;
}

export async function launch(
  opts: { userDataDir?: string; extDir?: string; netLog?: boolean; extraArgs?: string[] } = {},
): Promise<Session> {
  const extDir = opts.extDir ?? EXT_DIR;
  if (!existsSync(join(extDir, 'manifest.json'))) throw new Error(`built extension missing in ${extDir}: run npm run build`);
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'triade-e2e-'));
  // Playwright's request events miss offscreen documents and workers; the NetLog misses nothing.
  const netLog = opts.netLog ? join(mkdtempSync(join(tmpdir(), 'triade-netlog-')), 'netlog.json') : undefined;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=nl',
      ...(netLog ? [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] : []),
      ...(opts.extraArgs ?? []),
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route(FIXTURE_HOSTS, async (route) => {
    const url = new URL(route.request().url());
    const site = siteOfHost(url.host);
    const editorScript = url.pathname.startsWith('/__real-editors/')
      ? realEditorScript(url.pathname.slice('/__real-editors/'.length).replace(/\.js$/, ''))
      : null;
    if (route.request().resourceType() === 'document' && site) {
      // ?triade-fixture=<scenario> serves that scenario's page of the site instead of its inbox.
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: fixtureHtml(site, url.searchParams.get('triade-fixture') ?? 'inbox'),
      });
    } else if (editorScript !== null) {
      // The real editor packages, bundled at test time (real-editors.ts), as the fixture pages' scripts.
      await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: editorScript });
    } else {
      await route.fulfill({ status: 404, body: '' });
    }
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extId,
    requests,
    userDataDir,
    netLog,
    async close(keepProfile = false) {
      await context.close().catch(() => {});
      if (!keepProfile && !opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function siteOfHost(host: string): SiteId | null {
  if (host === 'mail.google.com') return 'gmail';
  if (host === 'outlook.office.com') return 'outlook';
  if (host.endsWith('.zendesk.com')) return 'zendesk';
  if (host.endsWith('.freshdesk.com')) return 'freshdesk';
  return null;
}

export function fixtureHtml(site: SiteId, scenario = 'inbox'): string {
  if (!/^[a-z-]+$/.test(scenario)) throw new Error(`bad fixture scenario: ${scenario}`);
  return readFileSync(join(ROOT, 'tests/fixtures/sites', site, `${scenario}.html`), 'utf8');
}

/** Open a site fixture and the side panel pinned to its tab, in a window of its own beside it. */
export async function openSiteWithPanel(
  s: Session,
  site: SiteId,
  url = SITE_URLS[site],
): Promise<{ page: Page; panel: Page; tabId: number }> {
  const page = await s.context.newPage();
  await page.goto(url);
  const host = new URL(url).host;
  const tabId = await s.worker.evaluate(async (h: string) => {
    const tabs = await chrome.tabs.query({});
    return (tabs as Array<{ url?: string; id?: number }>).find((t) => t.url && new URL(t.url).host === h)?.id ?? -1;
  }, host);
  if (tabId < 0) throw new Error(`no tab for ${host}`);
  const panel = await openPanel(s, `?tab=${tabId}`);
  return { page, panel, tabId };
}

/** The side panel page, opened as a 360 px wide window (what Chrome gives a narrow side panel). */
export async function openPanel(s: Session, query = ''): Promise<Page> {
  const url = `chrome-extension://${s.extId}/sidepanel.html${query}`;
  const pending = s.context.waitForEvent('page', (p) => p.url().startsWith(url));
  await s.worker.evaluate((u: string) => chrome.windows.create({ url: u, type: 'normal', width: 360, height: 900 }), url);
  const panel = await pending;
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.waitForSelector('[data-testid=panel]');
  return panel;
}

/** Requests that are neither the extension itself nor the fixture hosts served by the test. */
export function foreignRequests(s: Session): string[] {
  return s.requests.filter(
    (u) =>
      !u.startsWith(`chrome-extension://${s.extId}/`) &&
      !FIXTURE_HOSTS.test(u) &&
      !u.startsWith('data:') &&
      !u.startsWith('blob:') &&
      u !== 'about:blank',
  );
}

/** Put the caret at the end of the site's reply editor and type like an agent. */
export async function typeInEditor(page: Page, selector: string, text: string) {
  const ed = page.locator(selector).first();
  await ed.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/**
 * Requests in the NetLog (read after close, when Chromium has flushed it) that were started by the
 * extension or by the fixture pages and went anywhere but the fixture hosts.
 */
export function foreignNetRequests(s: Session): string[] {
  if (!s.netLog || !existsSync(s.netLog)) throw new Error('no NetLog: launch({ netLog: true }) and close the session first');
  const log = JSON.parse(readFileSync(s.netLog, 'utf8')) as { events: Array<{ params?: { url?: string; initiator?: string } }> };
  const ours = (initiator?: string) =>
    initiator !== undefined && (initiator === `chrome-extension://${s.extId}` || FIXTURE_HOSTS.test(`${initiator}/`));
  const out = new Set<string>();
  for (const e of log.events) {
    const url = e.params?.url;
    if (!url || !ours(e.params?.initiator)) continue;
    if (
      url.startsWith(`chrome-extension://${s.extId}/`) ||
      FIXTURE_HOSTS.test(url) ||
      url.startsWith('data:') ||
      url.startsWith('blob:')
    )
      continue;
    out.add(url);
  }
  return [...out];
}

/**
 * The id of the panel's first card once the card list has stopped changing. The model's answer for a
 * new message can arrive after the lexicon's (late on a busy machine) and reorder or replace the cards:
 * a card picked before that may leave the list before it is clicked.
 */
export async function settledFirstCardId(panel: Page, quietMs = 800): Promise<string> {
  let last = '';
  let since = Date.now();
  const ids = () =>
    panel.getByTestId('card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-card-id') ?? '').join(' '));
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await panel.waitForTimeout(100)) {
    const now = await ids();
    if (now !== last) [last, since] = [now, Date.now()];
    else if (now && Date.now() - since >= quietMs) return now.split(' ')[0]!;
  }
  throw new Error(`the card list did not settle: ${last || 'no cards'}`);
}
