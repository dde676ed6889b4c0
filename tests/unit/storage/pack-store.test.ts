import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MANAGED_PACK_KEY,
  PACKS_KEY,
  installPack,
  readPacks,
  removePack,
  type PackStorage,
} from '../../../src/storage/pack-store';

const fixture = readFileSync(new URL('../../fixtures/packs/acme.json', import.meta.url), 'utf8');

/** storage.local as a plain object, with values copied like the real one does. */
function memoryStorage(initial: Record<string, unknown> = {}): PackStorage & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) if (k in data) out[k] = structuredClone(data[k]);
      return out;
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('installed packs in storage', () => {
  it('installs a valid pack, lists it, and removes it', async () => {
    const s = memoryStorage();
    const r = await installPack(s, fixture, new Date('2026-11-25T10:00:00Z'));
    expect(r).toMatchObject({ ok: true, replaced: false });
    const list = await readPacks(s);
    expect(list.map((p) => [p.pack.id, p.source, p.installedAt])).toEqual([['acme', 'user', '2026-11-25T10:00:00.000Z']]);
    await removePack(s, 'acme');
    expect(await readPacks(s)).toEqual([]);
  });

  it('refuses an invalid pack and leaves the installed ones untouched', async () => {
    const s = memoryStorage();
    await installPack(s, fixture);
    const before = JSON.stringify(s.data);
    const bad = JSON.parse(fixture);
    bad.dontRules[0].patterns = ['(?:a+)+'];
    const r = await installPack(s, bad);
    expect(r).toMatchObject({ ok: false, field: 'dontRules[0].patterns[0]' });
    expect(JSON.stringify(s.data)).toBe(before);
  });

  it('replaces a pack with the same id instead of adding a second copy', async () => {
    const s = memoryStorage();
    await installPack(s, fixture);
    const v2 = JSON.parse(fixture);
    v2.name = 'Acme v2';
    expect(await installPack(s, v2)).toMatchObject({ ok: true, replaced: true });
    expect((await readPacks(s)).map((p) => p.pack.name)).toEqual(['Acme v2']);
  });

  it("lists the organisation's managed pack first and will not let it be overwritten", async () => {
    const pack = JSON.parse(fixture);
    const s = memoryStorage({ [MANAGED_PACK_KEY]: { pack, installedAt: '2026-11-01T00:00:00.000Z', source: 'managed' } });
    expect((await readPacks(s)).map((p) => p.source)).toEqual(['managed']);
    expect(await installPack(s, fixture)).toMatchObject({ ok: false, field: 'id' });
  });

  it('skips a stored entry that no longer parses instead of failing the whole list', async () => {
    const pack = JSON.parse(fixture);
    const s = memoryStorage({
      [PACKS_KEY]: [
        { pack: { ...pack, id: 'BAD ID' }, installedAt: 'x' },
        { pack, installedAt: 'y', source: 'user' },
      ],
    });
    expect((await readPacks(s)).map((p) => p.pack.id)).toEqual(['acme']);
  });
});
