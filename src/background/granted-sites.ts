/**
 * Sites the agent allowed in the options (optional host permissions) get the same content script as
 * the four built-in sites; there the generic adapter reads the selected or marked message and the
 * focused reply box. Chrome only: Firefox keeps to the four sites (and selection / paste elsewhere).
 */
export const GRANTED_SCRIPT_ID = 'triade-granted-sites';

export interface GrantedSitesApis {
  getManifest(): { content_scripts?: Array<{ matches?: string[]; js?: string[] }> };
  getAllPermissions(): Promise<{ origins?: string[] }>;
  scripting?: {
    registerContentScripts(scripts: Array<Record<string, unknown>>): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

/** Re-register the content script on exactly the granted extra origins. Returns the origins it now runs on. */
export async function syncGrantedSites(apis: GrantedSitesApis): Promise<string[]> {
  if (!apis.scripting) return [];
  const manifest = apis.getManifest();
  const builtIn = new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []));
  const { origins = [] } = await apis.getAllPermissions();
  const extra = origins.filter((o) => !builtIn.has(o) && o !== '<all_urls>');
  const js = manifest.content_scripts?.[0]?.js ?? [];
  // Unregister first: a revoked site must lose the script; an unknown id just rejects.
  await apis.scripting.unregisterContentScripts({ ids: [GRANTED_SCRIPT_ID] }).catch(() => {});
  if (!extra.length || !js.length) return [];
  await apis.scripting.registerContentScripts([
    { id: GRANTED_SCRIPT_ID, matches: extra, js, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
  return extra;
}
