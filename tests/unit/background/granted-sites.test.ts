import { describe, expect, it } from 'vitest';
import { GRANTED_SCRIPT_ID, syncGrantedSites, type GrantedSitesApis } from '../../../src/background/granted-sites';

function fakeApis(origins: string[]) {
  const registered = new Map<string, Record<string, unknown>>();
  const apis: GrantedSitesApis = {
    getManifest: () => ({
      content_scripts: [
        { matches: ['https://mail.google.com/*', 'https://*.zendesk.com/*'], js: ['content-scripts/content.js'] },
      ],
    }),
    getAllPermissions: async () => ({ origins }),
    scripting: {
      registerContentScripts: async (scripts) => {
        for (const s of scripts) {
          if (registered.has(s.id as string)) throw new Error('duplicate id');
          registered.set(s.id as string, s);
        }
      },
      unregisterContentScripts: async ({ ids }) => {
        if (!ids.every((id) => registered.has(id))) throw new Error('nonexistent id');
        for (const id of ids) registered.delete(id);
      },
    },
  };
  return { apis, registered, origins };
}

describe('content script on sites allowed in the options', () => {
  it('runs the content script on a granted CRM, not again on the built-in sites', async () => {
    const f = fakeApis(['https://mail.google.com/*', 'https://crm.example.com/*']);
    expect(await syncGrantedSites(f.apis)).toEqual(['https://crm.example.com/*']);
    expect(f.registered.get(GRANTED_SCRIPT_ID)).toMatchObject({
      matches: ['https://crm.example.com/*'],
      js: ['content-scripts/content.js'],
    });
  });

  it('follows grants and revocations without registering twice', async () => {
    const f = fakeApis(['https://crm.example.com/*']);
    await syncGrantedSites(f.apis);
    f.origins.push('https://desk.example.org/*');
    await syncGrantedSites(f.apis);
    expect(f.registered.get(GRANTED_SCRIPT_ID)?.matches).toEqual(['https://crm.example.com/*', 'https://desk.example.org/*']);
    f.origins.splice(0, f.origins.length);
    expect(await syncGrantedSites(f.apis)).toEqual([]);
    expect(f.registered.size).toBe(0);
  });

  it('does nothing where the browser has no dynamic content scripts (Firefox MV2)', async () => {
    const f = fakeApis(['https://crm.example.com/*']);
    expect(await syncGrantedSites({ ...f.apis, scripting: undefined })).toEqual([]);
  });
});
