/**
 * Firefox e2e harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the
 * real built add-on installed as a temporary add-on (webExtension.install).
 *
 * Real host patterns: every connection Firefox makes goes through a local HTTP proxy (manual proxy
 * prefs, localhost included). A CONNECT to a fixture host (mail.google.com, triade-demo.zendesk.com …)
 * is tunnelled to a local HTTPS server that serves the fixture inbox with a certificate made for
 * those names (the BiDi session accepts it: acceptInsecureCerts). So the page really is
 * https://mail.google.com/…, and the manifest's content-script matches are the ones users get.
 * The proxy sees the whole browser — pages, the background page, its workers — and records every
 * connection; anything to another host is refused and shows up in `foreign()`.
 *
 * BiDi will not navigate to moz-extension:// URLs. The e2e build (TRIADE_E2E_CONTROL=1, see
 * wxt.config.ts) carries one extra background script that opens e2e-control.html, an empty page of
 * the add-on: `page.evaluate` in it has the add-on's `browser.*` APIs, and pages the add-on opens
 * (the sidebar page for a tab) are reachable as puppeteer pages.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixtureHtml, SITE_URLS, type SiteId } from '../e2e/harness';
import { realEditorScript } from '../e2e/real-editors';

export { SITE_URLS, type SiteId };
export const ROOT = resolve(import.meta.dirname, '../..');
export const EXT_DIR = process.env.TRIADE_FX_EXT_DIR ?? join(ROOT, '.output/e2e/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The fixture hosts: the real names of the sites (what the content script's matches expect). */
export const FIXTURE_HOSTS = ['mail.google.com', 'outlook.office.com', 'triade-demo.zendesk.com', 'triade-demo.freshdesk.com'];

/**
 * Firefox's own services, kept off the network so the proxy log holds only what pages and the
 * add-on ask for (puppeteer's defaults already stop updates, safe browsing, Normandy, telemetry upload).
 */
const QUIET_PREFS: Record<string, unknown> = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'dom.push.connection.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'identity.fxaccounts.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.translations.enable': false,
  // Remote Settings ignores its server pref unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (set at launch); a data: URL stays local.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'browser.contentblocking.report.lockwise.enabled': false,
  'dom.security.https_only_mode_send_http_background_request': false,
  'privacy.query_stripping.enabled': false,
  // The panel's language, as the Chromium suite runs it (--lang=nl).
  'intl.locale.requested': 'nl',
  'intl.accept_languages': 'nl, en',
};

export interface FxSession {
  browser: Browser;
  /** The gecko id (browser_specific_settings) and this install's moz-extension host. */
  addonId: string;
  origin: string;
  /** An add-on page with the `browser.*` APIs (opened by the e2e build's control script). */
  control: Page;
  /** Every request the proxy saw: `https://host:port` for tunnels, the full URL inside fixture tunnels and for plain http. */
  requests: string[];
  /** Requests to anything but the fixture hosts (refused by the proxy). */
  foreign(): string[];
  close(): Promise<void>;
}

/** A throwaway certificate for the fixture hosts (the BiDi session accepts it as insecure-but-allowed). */
function makeCert(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=triade-fixtures',
      '-addext',
      `subjectAltName=${FIXTURE_HOSTS.map((h) => `DNS:${h}`).join(',')}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

function siteOfHost(host: string): SiteId | null {
  if (host === 'mail.google.com') return 'gmail';
  if (host === 'outlook.office.com') return 'outlook';
  if (host.endsWith('.zendesk.com')) return 'zendesk';
  if (host.endsWith('.freshdesk.com')) return 'freshdesk';
  return null;
}

const listen = (server: HttpServer | HttpsServer) =>
  new Promise<number>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok((server.address() as AddressInfo).port));
  });

/**
 * `managed`: an IT policy for the add-on, as Firefox reads it on Linux from a managed-storage manifest
 * in ~/.mozilla/managed-storage/<gecko id>.json (HOME points into the session's temporary folder).
 */
export async function launchFirefox(
  opts: { extDir?: string; prefs?: Record<string, unknown>; managed?: Record<string, unknown> } = {},
): Promise<FxSession> {
  const extDir = opts.extDir ?? EXT_DIR;
  if (!existsSync(join(extDir, 'manifest.json')))
    throw new Error(`built add-on missing in ${extDir}: run npm run build:e2e:firefox`);
  if (!existsSync(join(extDir, 'e2e-control.html')))
    throw new Error(`${extDir} is not the e2e build (no e2e-control.html): build it with TRIADE_E2E_CONTROL=1`);
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} missing: apt-get install -y firefox-esr`);
  const tmp = mkdtempSync(join(tmpdir(), 'triade-fx-'));
  const home = join(tmp, 'home');
  if (opts.managed) {
    const geckoId = (
      JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')) as {
        browser_specific_settings?: { gecko?: { id?: string } };
      }
    ).browser_specific_settings?.gecko?.id;
    if (!geckoId) throw new Error('the Firefox build has no gecko id: managed storage needs one');
    mkdirSync(join(home, '.mozilla/managed-storage'), { recursive: true });
    writeFileSync(
      join(home, '.mozilla/managed-storage', `${geckoId}.json`),
      JSON.stringify({ name: geckoId, description: 'Triade e2e policy', type: 'storage', data: opts.managed }),
    );
  }
  const requests: string[] = [];
  const sockets = new Set<Socket>();

  // The fixture server: the inbox documents and the real editors' bundles, on the real hostnames.
  const fixtures = createHttpsServer(makeCert(tmp), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:443$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    requests.push(url.href);
    const site = siteOfHost(url.hostname);
    const editor = url.pathname.startsWith('/__real-editors/')
      ? realEditorScript(url.pathname.slice('/__real-editors/'.length).replace(/\.js$/, ''))
      : null;
    if (editor !== null) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(editor);
    } else if (site && (req.headers.accept ?? '').includes('text/html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixtureHtml(site));
    } else {
      res.writeHead(404).end();
    }
  });
  fixtures.on('connection', (s) => sockets.add(s));
  const fixturePort = await listen(fixtures);

  // The proxy every connection of the browser goes through.
  const proxy = createHttpServer((req, res) => {
    requests.push(req.url ?? '?');
    res.writeHead(403).end();
  });
  proxy.on('connection', (s) => sockets.add(s));
  proxy.on('connect', (req, client: Socket, head) => {
    const [host = '', port = '443'] = (req.url ?? '').split(':');
    requests.push(`https://${host}:${port}`);
    if (!FIXTURE_HOSTS.includes(host) || port !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  const proxyPort = await listen(proxy);

  const stopServers = async () => {
    for (const s of sockets) s.destroy();
    await Promise.all([new Promise((r) => proxy.close(r)), new Promise((r) => fixtures.close(r))]);
  };

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', ...(opts.managed ? { HOME: home } : {}) },
      protocolTimeout: 120_000,
      defaultViewport: { width: 1100, height: 800 },
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxyPort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxyPort,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.share_proxy_settings': false,
        ...opts.prefs,
      },
    });
  } catch (e) {
    await stopServers();
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const killBrowser = async () => {
    const proc = browser.process();
    await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 15_000))]).catch(() => {});
    if (proc && proc.exitCode === null && proc.pid) {
      try {
        process.kill(proc.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  };
  try {
    const addonId = await browser.installExtension(extDir);
    const control = await findExtensionPage(browser, (href) => href.endsWith('/e2e-control.html'));
    const origin = await control.evaluate(() => location.origin);
    return {
      browser,
      addonId,
      origin,
      control,
      requests,
      foreign: () =>
        requests.filter((u) => {
          try {
            return !FIXTURE_HOSTS.includes(new URL(u).hostname);
          } catch {
            return true;
          }
        }),
      async close() {
        await killBrowser();
        await stopServers();
        rmSync(tmp, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await killBrowser();
    await stopServers();
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** The page whose real location matches (puppeteer's page.url() says about:blank for add-on tabs). */
export async function findExtensionPage(
  browser: Browser,
  match: (href: string) => boolean,
  timeoutMs = 30_000,
  exclude: Page[] = [],
): Promise<Page> {
  const end = Date.now() + timeoutMs;
  let seen: string[] = [];
  while (Date.now() < end) {
    const pages = (await browser.pages()).filter((p) => !exclude.includes(p));
    // Only once the add-on page is loaded with its APIs (a new tab reports its URL a moment before).
    seen = await Promise.all(
      pages.map((p) =>
        p
          .evaluate(() =>
            document.readyState === 'complete' && typeof (globalThis as any).browser?.runtime?.id === 'string'
              ? location.href
              : `(loading) ${location.href}`,
          )
          .catch(() => ''),
      ),
    );
    const i = seen.findIndex(match);
    if (i >= 0) return pages[i]!;
    await new Promise((r) => setTimeout(r, 100)); // poll interval, not a wait for an outcome
  }
  throw new Error(`no add-on page matched within ${timeoutMs} ms; pages: ${seen.join(', ')}`);
}

/** The tab id the add-on sees for the fixture page on `host`. */
export async function tabIdOf(s: FxSession, host: string): Promise<number> {
  const id = await s.control.evaluate(async (h: string) => {
    const tabs = await (globalThis as any).browser.tabs.query({});
    return tabs.find((t: { url?: string; id?: number }) => t.url && new URL(t.url).host === h)?.id ?? -1;
  }, host);
  if (id < 0) throw new Error(`no tab for ${host}`);
  return id;
}

/**
 * The sidebar page for one tab (`sidepanel.html?tab=N`, what Firefox's sidebar shows, pinned to the
 * fixture's tab), opened by the add-on in a 360 px window of its own.
 */
export async function openSidebarFor(s: FxSession, tabId: number, exclude: Page[] = []): Promise<Page> {
  const url = `${s.origin}/sidepanel.html?tab=${tabId}`;
  await s.control.evaluate(
    (u: string) =>
      (globalThis as any).browser.windows.create({ url: u, type: 'normal', width: 360, height: 900 }).then(() => undefined),
    url,
  );
  const panel = await findExtensionPage(s.browser, (h) => h === url, 30_000, exclude);
  // Firefox ESR 140 knows browsingContext.setViewport but not emulation.setScreenOrientationOverride, which puppeteer
  // sends with it: the size is set all the same (puppeteer's own newPage tolerates this the same way), and the window
  // is 360 × 900 already.
  await panel.setViewport({ width: 360, height: 900 }).catch((e: unknown) => {
    if (!(e instanceof Error && /unknown command|unsupported operation/.test(e.message))) throw e;
  });
  await panel.waitForSelector('[data-testid=panel]', { timeout: 30_000 });
  return panel;
}

/** Poll `read` until `ok` holds for its value; returns it (or throws with the last value seen). */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastErr: unknown;
  while (Date.now() < end) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (e) {
      lastErr = e;
    }
    await new Promise((r) => setTimeout(r, 100)); // poll interval
  }
  throw new Error(
    `${what}: not reached in ${timeoutMs} ms; last value ${JSON.stringify(last)}${lastErr ? `, last error ${lastErr instanceof Error ? lastErr.message : JSON.stringify(lastErr)}` : ''}`,
  );
}
