import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { addModelAssets } from './src/model/wasm-assets';
import { ortThreadsPlugin } from './src/model/ort-threads';
import { siteMatches } from './src/sites/hosts';

// Auto-imports are off: explicit imports keep the folder borders of DESIGN.md visible.
// `npm run dev` builds a demo variant that may also read http://localhost pages (the demo inbox).
const demo = process.env.TRIADE_DEMO === '1';
const LOCAL = ['http://localhost/*', 'http://127.0.0.1/*'];
/** Where transformers.js 2.17 fetches a model from (env.remoteHost) and where the Hub redirects its files. */
const MODEL_HOSTS = ['https://huggingface.co', 'https://*.huggingface.co', 'https://*.hf.co'];
/**
 * Firefox e2e build only (npm run build:e2e:firefox): WebDriver BiDi cannot navigate to moz-extension://
 * pages, so one extra background script opens an empty page of the add-on, from which the test drives
 * the add-on's own APIs (tests/e2e-firefox/harness.ts). Never part of a normal build.
 */
const e2eControl = process.env.TRIADE_E2E_CONTROL === '1';
const E2E_CONTROL_FILES = [
  { relativeDest: 'e2e-control.html', contents: '<!doctype html><meta charset="utf-8"><title>Triade e2e control</title>\n' },
  {
    relativeDest: 'e2e-control.js',
    contents: "browser.tabs.create({ url: browser.runtime.getURL('/e2e-control.html'), active: false });\n",
  },
];

export default defineConfig({
  srcDir: '.',
  // TRIADE_OUT_DIR lets parallel builds (tests, benchmarks) keep out of each other's way.
  outDir: process.env.TRIADE_OUT_DIR ?? (demo ? '.output/demo' : '.output'),
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  imports: false,
  vite: (env) => ({
    // COMPAT(vite-dup): wxt bundles its own Vite; the preset is typed against the top-level one.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see COMPAT above: the two Vite copies' plugin types differ
    plugins: [preact() as any],
    build: { target: 'es2022' },
    // The model worker (src/model/spawn-worker.ts) is a module worker; transformers.js needs code splitting.
    // TRIADE_COI=1 (bench only): ONNX Runtime's threads load from /wasm/, not from blob: scripts the CSP refuses.
    worker: { format: 'es' as const, ...(process.env.TRIADE_COI === '1' ? { plugins: () => [ortThreadsPlugin()] } : {}) },
    // Only Firefox's background hosts the model worker; Chrome gets a stub (no second worker copy).
    resolve: {
      alias: env.browser === 'firefox' ? [] : [{ find: /^(.*\/src\/model\/firefox-host)$/, replacement: '$1.chrome.ts' }],
    },
  }),
  hooks: {
    // ONNX Runtime .wasm into /wasm/, bundled models + models/index.json; TRIADE_EXTRA_MODELS_DIR adds test models (e2e only).
    'build:publicAssets': (wxt, files) => {
      addModelAssets(files, {
        root: process.cwd(),
        extraModelsDir: process.env.TRIADE_EXTRA_MODELS_DIR,
        threads: process.env.TRIADE_COI === '1',
      });
      if (e2eControl && wxt.config.browser === 'firefox') files.push(...E2E_CONTROL_FILES);
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (e2eControl && wxt.config.browser === 'firefox') {
        const bg = manifest.background as { scripts?: string[] } | undefined;
        if (!bg?.scripts)
          throw new Error('TRIADE_E2E_CONTROL: the Firefox build has no background.scripts to add the control script to');
        bg.scripts.push('e2e-control.js');
      }
      if (!demo) return;
      manifest.host_permissions = [...((manifest.host_permissions ?? []) as string[]), ...LOCAL];
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), ...LOCAL];
    },
  },
  manifest: ({ browser, command }) => ({
    // The browser's own strings come from public/_locales (nl default, en): the toolbar and
    // chrome://extensions/shortcuts speak the agent's language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: [
      'storage',
      'activeTab',
      'contextMenus',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen', 'scripting']),
    ],
    // The supported sites, from the list the content script's matches and the adapters' detect use.
    host_permissions: [...siteMatches],
    // Other sites are asked for at runtime from the options (Firefox MV2 keeps them in optional_permissions).
    ...(browser === 'firefox' ? { optional_permissions: ['<all_urls>'] } : { optional_host_permissions: ['<all_urls>'] }),
    action: { default_title: '__MSG_actionTitle__' },
    // Works while the agent types in the site's editor: the panel inserts its top card at the cursor.
    commands: {
      'insert-top-card': {
        suggested_key: { default: 'Alt+Shift+1' },
        description: '__MSG_commandInsertTopCard__',
      },
    },
    // connect-src: the browser itself refuses any fetch, XHR or socket from the extension's pages and
    // workers except to the extension and the Hugging Face Hub, where transformers.js downloads a model
    // the user allowed (huggingface.co/<model>/resolve/…, redirected to its CDN hosts: cdn-lfs*.huggingface.co,
    // cdn-lfs*.hf.co, cas-bridge.xethub.hf.co). 'wasm-unsafe-eval' runs the bundled ONNX Runtime.
    content_security_policy: {
      extension_pages: [
        "script-src 'self' 'wasm-unsafe-eval'",
        "object-src 'self'",
        // data: is local (the reminder notification's icon is one): nothing leaves through it.
        `connect-src 'self' data: ${MODEL_HOSTS.join(' ')}${command === 'serve' ? ' http://localhost:* ws://localhost:*' : ''}`,
      ].join('; '),
    },
    // Multi-threaded WASM needs cross-origin isolation; measured slower here (bench/model-browser.ts), so only for that bench.
    ...(process.env.TRIADE_COI === '1'
      ? { cross_origin_embedder_policy: { value: 'require-corp' }, cross_origin_opener_policy: { value: 'same-origin' } }
      : {}),
    // IT can push a phrase pack and default settings through the browser's managed storage (Chrome only).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          sidebar_action: { default_panel: 'sidepanel.html', default_title: '__MSG_actionTitle__' },
          browser_specific_settings: { gecko: { id: 'triade@example.org', strict_min_version: '115.0' } },
        }
      : {}),
  }),
});
