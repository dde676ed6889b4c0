import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Auto-imports are off: explicit imports keep the folder borders of DESIGN.md visible.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  imports: false,
  vite: () => ({
    // COMPAT(vite-dup): wxt bundles its own Vite; the preset is typed against the top-level one.
    plugins: [preact() as any],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'Triade',
    description: 'Live coaching for customer-service replies: understanding, apology, solution. Runs locally.',
    default_locale: undefined,
    permissions: ['storage', 'activeTab', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [
      'https://mail.google.com/*',
      'https://outlook.office.com/*',
      'https://outlook.live.com/*',
      'https://*.zendesk.com/*',
      'https://*.freshdesk.com/*',
    ],
    optional_host_permissions: ['<all_urls>'],
    action: { default_title: 'Triade' },
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          sidebar_action: { default_panel: 'sidepanel.html', default_title: 'Triade' },
          browser_specific_settings: { gecko: { id: 'triade@example.org', strict_min_version: '115.0' } },
        }
      : {}),
  }),
});
