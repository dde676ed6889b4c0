/**
 * No module of the case log imports another that (through any chain) imports it back, type-only
 * imports included: db.ts once imported cases.ts and notes.ts for liveCases/liveNotes while they
 * imported db.ts for its type. ESLint's import-x/no-cycle skips type-only imports and would not
 * have seen that one, hence this walk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Relative imports of a file that stay inside `dir`, as absolute paths of .ts files. */
function importsOf(file: string, dir: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(
    /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g,
  )) {
    const spec = m[1] ?? m[2]!;
    let target = resolve(dirname(file), spec);
    if (!target.endsWith('.ts'))
      target = readdirSync(dirname(target)).includes(`${target.split('/').pop()}.ts`) ? `${target}.ts` : join(target, 'index.ts');
    if (target.startsWith(dir + '/')) out.push(target);
  }
  return out;
}

/** Every import cycle among the .ts files of `dir`, each as a list of paths relative to `dir`. */
function findCycles(dir: string): string[][] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
  const edges = new Map(files.map((f) => [f, importsOf(f, dir)]));
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const next of edges.get(f) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)).map((p) => relative(dir, p)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

describe('import cycles', () => {
  it('finds a cycle that runs through a type-only import (the walk itself works)', () => {
    expect(findCycles(join(root, 'tests/fixtures/import-cycle'))).toEqual([['a.ts', 'b.ts']]);
  });

  it('src/db has none', () => {
    expect(findCycles(join(root, 'src/db'))).toEqual([]);
  });
});
