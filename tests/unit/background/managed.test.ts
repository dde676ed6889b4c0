import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyManaged, readManaged, type WritableAreaLike } from '../../../src/background/managed';
import { MANAGED_PACK_KEY, readPacks } from '../../../src/storage/pack-store';
import { MODEL_SETTINGS_KEY } from '../../../src/model/settings';

const pack = JSON.parse(readFileSync(new URL('../../fixtures/packs/acme.json', import.meta.url), 'utf8'));
const policyFile = JSON.parse(readFileSync(new URL('../../../docs/managed-policy.example.json', import.meta.url), 'utf8'));
const schema = JSON.parse(readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8'));

function area(data: Record<string, unknown> = {}): WritableAreaLike & { data: Record<string, unknown> } {
  return {
    data,
    async get(keys) {
      const list = keys == null ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

describe('managed policy', () => {
  it('is empty, without errors, when there is no managed area or the browser refuses the read', async () => {
    expect(await readManaged(undefined)).toEqual({ problems: [] });
    const refusing = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManaged(refusing)).toEqual({ problems: [] });
  });

  it('reads the example policy file: pack, language, engine, downloads, retention', async () => {
    const policy = Object.values(policyFile['3rdparty'].extensions)[0] as Record<string, unknown>;
    const config = await readManaged(area(policy));
    expect(config.problems).toEqual([]);
    expect(config).toMatchObject({ uiLang: 'nl', engine: 'lexicon', allowModelDownload: false, retentionDays: 365 });
    expect(config.pack?.id).toBe('acme');
  });

  it('keeps the good values when one is bad, and says which was refused', async () => {
    const config = await readManaged(area({ uiLang: 'fr', engine: 'model', phrasePack: { ...pack, version: 9 } }));
    expect(config.engine).toBe('model');
    expect(config.uiLang).toBeUndefined();
    expect(config.pack).toBeUndefined();
    expect(config.problems).toHaveLength(2);
    expect(config.problems[1]).toMatch(/^phrasePack\.version: /);
  });

  it('accepts the pack as JSON text (how Windows registry policies carry objects)', async () => {
    expect((await readManaged(area({ phrasePack: JSON.stringify(pack) }))).pack?.id).toBe('acme');
  });

  it("applies defaults without overriding the user's own choices, and lists the pack as managed", async () => {
    const local = area({ uiLang: 'en' });
    await applyManaged(await readManaged(area({ uiLang: 'nl', engine: 'lexicon', phrasePack: pack })), local);
    expect(local.data.uiLang).toBe('en');
    expect(local.data[MODEL_SETTINGS_KEY]).toMatchObject({ engine: 'lexicon' });
    expect((await readPacks(local)).map((p) => [p.pack.id, p.source])).toEqual([['acme', 'managed']]);
    // The policy drops the pack: it disappears from the list too.
    await applyManaged({ problems: [] }, local);
    expect(local.data[MANAGED_PACK_KEY]).toBeUndefined();
  });

  it('sets the team’s form of address as a default, never over the user’s own choice (issue 12)', async () => {
    const policy = Object.values(policyFile['3rdparty'].extensions)[0] as Record<string, unknown>;
    expect((await readManaged(area(policy))).replyRegister).toBe('follow');
    const bad = await readManaged(area({ replyRegister: 'jij' }));
    expect(bad.replyRegister).toBeUndefined();
    expect(bad.problems[0]).toMatch(/^replyRegister: /);
    const fresh = area({});
    await applyManaged(await readManaged(area({ replyRegister: 'formal' })), fresh);
    expect(fresh.data.replyRegister).toBe('formal');
    const chosen = area({ replyRegister: 'informal' });
    await applyManaged(await readManaged(area({ replyRegister: 'formal' })), chosen);
    expect(chosen.data.replyRegister).toBe('informal');
  });

  it('declares every policy in the schema Chrome validates (top level object, each with a type)', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(Object.keys(schema.properties).sort()).toEqual([
      'allowModelDownload',
      'engine',
      'phrasePack',
      'replyRegister',
      'retentionDays',
      'uiLang',
    ]);
    const walk = (s: Record<string, any>, path: string) => {
      expect(typeof s.type === 'string' || typeof s.$ref === 'string', path).toBe(true);
      for (const [k, v] of Object.entries(s.properties ?? {})) walk(v as Record<string, any>, `${path}.${k}`);
      if (s.items) walk(s.items, `${path}[]`);
    };
    walk(schema, 'schema');
  });
});
