import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const read = (p: string) => readFileSync(new URL(`../../../${p}`, import.meta.url), 'utf8');
const messages = (lang: string) =>
  JSON.parse(read(`public/_locales/${lang}/messages.json`)) as Record<string, { message: string; description?: string }>;

describe('manifest strings through _locales (issue 12, part 6)', () => {
  const config = read('wxt.config.ts');
  const used = [...new Set([...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!))].sort();

  it('the manifest takes name, description, action title and command descriptions from _locales, nl by default', () => {
    expect(config).toMatch(/default_locale: 'nl'/);
    expect(used).toEqual(['actionTitle', 'commandInsertTopCard', 'extDescription', 'extName']);
  });

  it('nl and en have every message the manifest uses, and no other', () => {
    for (const lang of ['nl', 'en']) {
      const m = messages(lang);
      expect(Object.keys(m).sort(), lang).toEqual(used);
      for (const [key, v] of Object.entries(m)) {
        expect(v.message.trim().length, `${lang}.${key}`).toBeGreaterThan(0);
        // Chrome's limits: name 75, description 132 characters.
        if (key === 'extName') expect(v.message.length).toBeLessThanOrEqual(75);
        if (key === 'extDescription') expect(v.message.length).toBeLessThanOrEqual(132);
      }
    }
    expect(messages('nl').commandInsertTopCard!.message).not.toBe(messages('en').commandInsertTopCard!.message);
  });
});
