import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { coveredBy } from './site-origin';

export type SiteMessage = { kind: 'granted' | 'revoked' | 'declined' | 'error'; site: string; error?: string };

/** Host patterns from the manifest: the four sites granted at installation. */
export function builtInPatterns(): string[] {
  const m = browser.runtime.getManifest() as { host_permissions?: string[]; permissions?: string[] };
  // COMPAT(firefox-mv2): host patterns sit in `permissions` beside the API names.
  return [...(m.host_permissions ?? []), ...(m.permissions ?? []).filter((p) => p.includes('://'))];
}

/**
 * Extra sites the user granted at runtime (optional host permissions), live, with request and
 * revoke. `request` must be called straight from a click: the browser only shows its prompt
 * during a user gesture, so nothing may be awaited before it.
 */
export function useSiteAccess() {
  const [granted, setGranted] = useState<string[]>([]);
  const [message, setMessage] = useState<SiteMessage | undefined>();

  const refresh = useCallback(async () => {
    const all = await browser.permissions.getAll();
    const builtIn = builtInPatterns();
    setGranted(
      (all.origins ?? [])
        .filter((p) => !builtIn.includes(p))
        .filter((p) => {
          const origin = p.replace(/\/\*$/, '');
          try {
            return !coveredBy(builtIn, origin);
          } catch {
            return true; // '<all_urls>' and other patterns that are not an origin: show them so they can be revoked
          }
        })
        .sort(),
    );
  }, []);

  useEffect(() => {
    void refresh();
    const onChange = () => void refresh();
    browser.permissions.onAdded?.addListener(onChange);
    browser.permissions.onRemoved?.addListener(onChange);
    return () => {
      browser.permissions.onAdded?.removeListener(onChange);
      browser.permissions.onRemoved?.removeListener(onChange);
    };
  }, [refresh]);

  const request = useCallback(
    (pattern: string, site: string): Promise<boolean> =>
      browser.permissions.request({ origins: [pattern] }).then(
        (ok) => {
          setMessage({ kind: ok ? 'granted' : 'declined', site });
          void refresh();
          return ok;
        },
        (e: unknown) => {
          setMessage({ kind: 'error', site, error: e instanceof Error ? e.message : String(e) });
          return false;
        },
      ),
    [refresh],
  );

  const revoke = useCallback(
    async (pattern: string, site: string) => {
      try {
        await browser.permissions.remove({ origins: [pattern] });
        setMessage({ kind: 'revoked', site });
      } catch (e) {
        setMessage({ kind: 'error', site, error: e instanceof Error ? e.message : String(e) });
      }
      await refresh();
    },
    [refresh],
  );

  return { granted, message, request, revoke, builtIn: builtInPatterns() };
}
