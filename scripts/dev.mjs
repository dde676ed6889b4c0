#!/usr/bin/env node
// `npm run dev`: build the extension (demo build: may also read http://localhost pages), serve the demo
// inbox on localhost and start Chromium with Triade loaded on it. No account, no server beyond localhost.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, '.output/demo/chrome-mv3');
const chromium =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const port = Number(process.env.PORT ?? 5178);

const build = spawnSync('npm', ['run', '-s', 'build:demo'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const demo = readFileSync(join(root, 'tests/fixtures/demo/index.html'));
const server = createServer((req, res) => {
  if (req.url === '/' || req.url?.startsWith('/?') || req.url === '/index.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(demo);
  } else {
    res.writeHead(404).end();
  }
});
server.listen(port, '127.0.0.1', () => {
  const url = `http://localhost:${port}/`;
  console.log(`\nTriade demo inbox: ${url}`);
  console.log(`Built extension:   ${outDir}`);
  if (!chromium) {
    console.log('\nNo Chromium found. Install it (Debian: sudo apt-get install -y chromium) or load the folder above by hand:');
    console.log('chrome://extensions → Developer mode → Load unpacked. Press Ctrl+C to stop the demo server.');
    return;
  }
  const headless = !process.env.DISPLAY && process.platform === 'linux';
  const args = [
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'triade-dev-'))}`,
    `--disable-extensions-except=${outDir}`,
    `--load-extension=${outDir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(headless ? ['--headless=new', '--disable-gpu', '--remote-debugging-port=9222'] : []),
    url,
  ];
  console.log(
    headless
      ? '\nNo display: Chromium runs headless (remote debugging on :9222).'
      : '\nChromium is starting. Click the Triade icon in the toolbar (puzzle piece → pin) to open the side panel.',
  );
  const child = spawn(chromium, args, { stdio: 'ignore' });
  child.on('exit', () => {
    server.close();
    process.exit(0);
  });
  process.on('SIGINT', () => child.kill());
});
