// Lint is about borders between extension contexts (DESIGN.md / STYLE.md): which folder may import which.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });
// Pure files of src/model (zod schemas, settings, fusion rules; no transformers.js) that other contexts may import.
const MODEL_SCHEMAS = ['./types.ts', './messages.ts', './settings.ts', './fuse.ts', './labels.ts'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/.tmp/**', 'public/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone('./src/core', './src/sites', 'src/core is pure: no site code'),
            zone('./src/core', './src/messaging', 'src/core is pure: no messaging'),
            zone('./src/core', './src/db', 'src/core is pure: no database'),
            zone('./src/core', './src/model', 'src/core is pure: no model'),
            zone('./src/core', './src/ui', 'src/core is pure: no UI'),
            zone('./src/core', './entrypoints', 'src never imports entrypoints'),
            zone('./src/sites', './src/messaging', 'adapters read the page; messaging is wired in entrypoints'),
            zone('./src/sites', './src/db', 'adapters never touch storage'),
            zone('./src/sites', './src/model', 'adapters never touch the model'),
            zone('./src/sites', './src/ui', 'adapters have no UI'),
            zone('./src/messaging', './src/db', 'messaging carries data, it does not store it'),
            zone('./src/messaging', './src/model', 'messaging does not run the model', MODEL_SCHEMAS),
            zone('./src/messaging', './src/ui', 'messaging has no UI'),
            zone('./src/messaging', './src/sites', 'messaging does not read pages'),
            zone('./src/model', './src/db', 'the model host does not store'),
            zone('./src/model', './src/ui', 'the model host has no UI'),
            zone('./src/model', './src/sites', 'the model host does not read pages'),
            zone('./src/db', './src/model', 'storage does not run the model'),
            zone('./src/db', './src/ui', 'storage has no UI'),
            zone('./src/db', './src/sites', 'storage does not read pages'),
            zone('./src/ui', './src/sites', 'the panel talks to pages through messaging only'),
            zone('./src/ui', './src/model', 'the panel talks to the model host through messaging only', MODEL_SCHEMAS),
            zone('./src', './entrypoints', 'src never imports entrypoints'),
            zone('./entrypoints/content.ts', './src/db', 'the content script never reaches the database'),
          ],
        },
      ],
      'no-restricted-imports': 'off',
    },
  },
  {
    // src/core runs in Node benchmarks and tests: no browser globals or browser packages.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['wxt/*', 'wxt', 'dexie', '@xenova/*', 'preact', 'preact/*', 'node:*'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
);
