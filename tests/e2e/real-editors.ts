/**
 * Bundles the real editor packages (devDependencies) into the fixture pages' scripts at test time:
 * one IIFE per family in tests/.tmp/real-editors/, served by the e2e fixture route at
 * /__real-editors/<family>.js on the fixture hosts. Nothing is fetched from the network.
 */
import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const REAL_EDITOR_FAMILIES = [
  'ckeditor5',
  'froala',
  'prosemirror',
  'quill',
  'lexical',
  'draftjs',
  'tinymce',
  'tinymce-iframe',
] as const;
export type RealEditorFamily = (typeof REAL_EDITOR_FAMILIES)[number];

const OUT = join(ROOT, 'tests/.tmp/real-editors');
const built = new Set<string>();

/** The bundled script of one family (built once per test process). */
export function realEditorScript(family: string): string | null {
  if (!(REAL_EDITOR_FAMILIES as readonly string[]).includes(family)) return null;
  const file = join(OUT, `${family}.js`);
  if (!built.has(family) || !existsSync(file)) {
    mkdirSync(OUT, { recursive: true });
    buildSync({
      entryPoints: [join(ROOT, 'tests/fixtures/editors', `${family}.ts`)],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      outfile: file,
      loader: { '.css': 'empty' },
      logLevel: 'error',
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    });
    built.add(family);
  }
  return readFileSync(file, 'utf8');
}
