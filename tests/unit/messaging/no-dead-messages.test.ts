import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { protocol } from '../../../src/messaging/protocol';

const root = join(__dirname, '../../..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}
const files = [...sources(join(root, 'src')), ...sources(join(root, 'entrypoints'))].map((p) => ({
  path: relative(root, p),
  text: readFileSync(p, 'utf8'),
}));
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('every message of the protocol is sent and handled, and only through it', () => {
  for (const name of Object.keys(protocol)) {
    it(name, () => {
      const n = esc(name);
      // Sent through the protocol's client: sendToExtension(api, 'name', …) or sendToTab(api, tab, 'name', …).
      const sent = new RegExp(`send(ToExtension|ToTab)\\(\\s*[^,()]+,(\\s*[^,()]+,)?\\s*'${n}'`);
      // Handled by a router: a handler map key, or a subscription (useMessage / router.on).
      const handled = new RegExp(`'${n}'\\s*:|(useMessage|\\.on)\\(\\s*'${n}'`);
      const code = files.filter((f) => !f.path.startsWith('src/messaging/protocol') && f.path !== 'src/model/messages.ts');
      expect(
        code.filter((f) => sent.test(f.text)).map((f) => f.path),
        `nobody sends ${name}`,
      ).not.toEqual([]);
      expect(
        code.filter((f) => handled.test(f.text)).map((f) => f.path),
        `nobody handles ${name}`,
      ).not.toEqual([]);
    });
  }

  it('no envelope is built by hand outside the client', () => {
    const byHand = files.filter(
      (f) => f.path !== 'src/messaging/client.ts' && /sendMessage\(\s*(\w+,\s*)?\{\s*name\s*:/.test(f.text),
    );
    expect(byHand.map((f) => f.path)).toEqual([]);
  });
});
