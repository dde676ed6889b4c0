// Lint is about borders between extension contexts (DESIGN.md / STYLE.md): which folder may import which.
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });
// Pure files of src/model (zod schemas, settings, fusion rules; no transformers.js) that other contexts may import.
const MODEL_SCHEMAS = ['./types.ts', './messages.ts', './settings.ts', './fuse.ts', './labels.ts'];

/**
 * Every folder of src/ and the src/ folders it may import; any other src/ folder is off limits.
 * `model: 'schemas'` = only MODEL_SCHEMAS of src/model. A new folder must be added here (checked below).
 */
const BORDERS = {
  core: { may: [], why: 'src/core is pure: it imports nothing outside src/core' },
  sites: { may: ['core'], why: 'adapters read the page: no messaging, storage, model or UI' },
  messaging: {
    may: ['core', 'model:schemas'],
    why: 'messaging carries data: it does not store, run the model, read pages or draw',
  },
  model: { may: ['core', 'messaging'], why: 'the model host does not store, read pages or draw' },
  db: { may: ['core'], why: 'the case log stores: no model, UI, pages, messaging or storage.local' },
  storage: {
    may: ['core', 'db'],
    why: 'storage.local records are shared by the background and the pages: no UI, background, model or pages',
  },
  reminders: { may: ['core', 'db'], why: 'reminder alarms are shared by the background and the pages: no UI or background' },
  background: {
    may: ['core', 'db', 'messaging', 'model', 'reminders', 'storage'],
    why: 'the background has no UI and reads no pages',
  },
  ui: {
    may: ['core', 'db', 'messaging', 'model:schemas', 'reminders', 'storage'],
    why: 'the panel talks to pages, the model host and the background through messaging only',
  },
};

const folders = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const unlisted = folders.filter((f) => !(f in BORDERS));
if (unlisted.length)
  throw new Error(`eslint.config.js: give src/${unlisted.join(', src/')} a line in BORDERS (which folders it may import)`);

const borderZones = Object.entries(BORDERS).flatMap(([target, { may, why }]) =>
  folders
    .filter((from) => from !== target && !may.includes(from))
    .map((from) =>
      zone(
        `./src/${target}`,
        `./src/${from}`,
        `${why} (src/${target} → src/${from})`,
        may.includes(`${from}:schemas`) ? MODEL_SCHEMAS : undefined,
      ),
    ),
);

/** Packages that belong to one folder: preact draws (src/ui), transformers.js runs the model (src/model). */
const OWN_PACKAGES = { ui: ['preact', 'preact/*'], model: ['@xenova/*'] };
const packagesBarredFrom = (folder) => Object.entries(OWN_PACKAGES).flatMap(([owner, pkgs]) => (owner === folder ? [] : pkgs));

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
            ...borderZones,
            zone('./src', './entrypoints', 'src never imports entrypoints'),
            zone('./entrypoints/content.ts', './src/db', 'the content script never reaches the database'),
            zone('./entrypoints/content.ts', './src/storage', 'the content script never reaches the extension storage records'),
            zone('./entrypoints/content.ts', './src/ui', 'the content script has no panel UI'),
            zone(
              './entrypoints/content.ts',
              './src/background',
              'the content script talks to the background through messaging only',
            ),
          ],
        },
      ],
      'no-restricted-imports': 'off',
    },
  },
  ...folders
    .filter((f) => f !== 'core')
    .map((f) => ({
      files: [`src/${f}/**/*.{ts,tsx}`],
      rules: { 'no-restricted-imports': ['error', { patterns: packagesBarredFrom(f) }] },
    })),
  {
    // typescript-eslint's type-aware recommended rules: unused code, any, promises nobody waits for.
    files: ['**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A leading underscore says "deliberately unused" (a loop counter, an ignored parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests and benches drive real browsers: what page.evaluate and the extension APIs hand back is
    // untyped JSON, test doubles reject with plain values on purpose, and expect(obj.method) is no call.
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/screenshots.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
  {
    // src/core runs in Node benchmarks and tests: no browser globals or browser packages.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'wxt', 'dexie', '@xenova/*', 'preact', 'preact/*', 'node:*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
);
