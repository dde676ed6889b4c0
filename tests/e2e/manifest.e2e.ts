/**
 * The built manifests, read from the build output (no browser needed): the host access the
 * extension asks for at install is exactly the set of pages its content script runs on, so a
 * site added to the adapters without a permission (the script would never be injected), or a
 * permission without an adapter (access asked for nothing), fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteMatches } from '../../src/sites/hosts';
import { siteAdapters } from '../../src/sites/registry';
import { EXT_DIR, ROOT } from './harness';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
}

const read = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
const contentMatches = (m: Manifest) => sorted((m.content_scripts ?? []).flatMap((cs) => cs.matches ?? []));
/** MV2 (Firefox) lists host patterns among `permissions`. */
const hostAccess = (m: Manifest) =>
  sorted(m.manifest_version === 3 ? (m.host_permissions ?? []) : (m.permissions ?? []).filter((p) => p.includes('://')));

describe('built manifest', () => {
  it('Chrome: host_permissions equal the content-script matches, and those are the four sites of the adapters', () => {
    const m = read(EXT_DIR);
    expect(m.manifest_version).toBe(3);
    expect(hostAccess(m)).toEqual(contentMatches(m));
    expect(contentMatches(m)).toEqual(sorted(siteAdapters.flatMap((a) => a.matches)));
    expect(contentMatches(m)).not.toContain('<all_urls>');
  });

  const firefoxDir = join(ROOT, '.output/firefox-mv2');
  // `npm test` builds it before the e2e run (npm run build:firefox).
  it.skipIf(!existsSync(join(firefoxDir, 'manifest.json')))(
    'Firefox: the host patterns among permissions equal the content-script matches',
    () => {
      const m = read(firefoxDir);
      expect(m.manifest_version).toBe(2);
      expect(hostAccess(m)).toEqual(contentMatches(m));
      expect(contentMatches(m)).toEqual(sorted(siteAdapters.flatMap((a) => a.matches)));
    },
  );

  // One host list (issue 13, part 4): wxt.config.ts and the content script both take src/sites/hosts.ts.
  it('Chrome: host_permissions and the content-script matches are the host list of src/sites/hosts.ts', () => {
    const m = read(EXT_DIR);
    expect(sorted(m.host_permissions ?? [])).toEqual(sorted(siteMatches));
    expect(contentMatches(m)).toEqual(sorted(siteMatches));
  });
});
