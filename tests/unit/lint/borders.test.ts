/**
 * The import borders of eslint.config.js, run through ESLint itself on one-line files placed in
 * each folder (lintText: nothing is written): the imports that must stay impossible are refused,
 * and the ones the layout relies on pass.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
  // A probe is no file of the TypeScript project: the type-aware rules cannot read it, and are not what this checks.
  eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });
});

/** The border rules; a probe's unused import would also trip no-unused-vars, which is beside the point here. */
const BORDER_RULES = new Set(['import-x/no-restricted-paths', 'no-restricted-imports', 'no-restricted-globals']);

/** The border rules that fired on `code` as if it were the file `path` (and any parse error, which fails the test). */
async function firing(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${path}` });
  return result!.messages.filter((m) => m.ruleId === null || BORDER_RULES.has(m.ruleId)).map((m) => m.ruleId ?? m.message);
}

const srcFolders = readdirSync(`${root}/src`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
/** A module that exists in `folder` (the zones check resolved paths only), without its extension. */
const someModule = (folder: string) =>
  readdirSync(`${root}/src/${folder}`)
    .find((f) => /\.tsx?$/.test(f))!
    .replace(/\.tsx?$/, '');

describe('import borders', () => {
  it('src/background and src/ui cannot import each other', async () => {
    expect(await firing('src/background/probe.ts', `import { usePacks } from '../ui/packs/use-packs';\n`)).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(await firing('src/ui/probe.ts', `import { wireReminders } from '../background/reminders';\n`)).toEqual([
      'import-x/no-restricted-paths',
    ]);
  });

  it('src/core imports nothing from any other src folder', async () => {
    for (const other of srcFolders.filter((f) => f !== 'core'))
      expect(
        await firing('src/core/probe.ts', `import * as x from '../${other}/${someModule(other)}';\nexport { x };\n`),
        other,
      ).toEqual(['import-x/no-restricted-paths']);
  });

  it('the shared modules (src/storage, src/reminders, src/db) import neither the background nor the UI', async () => {
    for (const shared of ['storage', 'reminders', 'db'])
      for (const side of ['background', 'ui'])
        expect(
          await firing(`src/${shared}/probe.ts`, `import * as x from '../${side}/${someModule(side)}';\nexport { x };\n`),
          `${shared} → ${side}`,
        ).toEqual(['import-x/no-restricted-paths']);
  });

  it('preact stays in src/ui and transformers.js in src/model', async () => {
    expect(await firing('src/storage/probe.ts', `import { h } from 'preact';\nexport { h };\n`)).toEqual([
      'no-restricted-imports',
    ]);
    expect(await firing('src/ui/probe.ts', `import { pipeline } from '@xenova/transformers';\nexport { pipeline };\n`)).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('lets through what the layout relies on', async () => {
    expect(
      await firing(
        'src/background/probe.ts',
        `import { MANAGED_PACK_KEY } from '../storage/pack-store';\nexport { MANAGED_PACK_KEY };\n`,
      ),
    ).toEqual([]);
    expect(
      await firing('src/ui/probe.ts', `import { armReminder } from '../reminders/alarms';\nexport { armReminder };\n`),
    ).toEqual([]);
    expect(await firing('src/ui/probe.ts', `import { fuse } from '../model/fuse';\nexport { fuse };\n`)).toEqual([]);
  });
});
