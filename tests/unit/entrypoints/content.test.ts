/**
 * The content script's wiring, run against WXT's fakeBrowser (wxt/testing) on a happy-dom page:
 * it reports the page to the panel, answers only the extension's own pages, and leaves nothing
 * registered once WXT invalidates it (an extension reload).
 *
 * The page comes from happy-dom put on the globals here rather than by `@vitest-environment
 * happy-dom`: that environment transforms modules for the browser, where the `#imports` mock
 * below cannot stand in for WXT's virtual module (tests run without the WXT Vite plugin).
 */
import { GlobalWindow } from 'happy-dom';
import { populateGlobal } from 'vitest/runtime';
import { fakeBrowser } from 'wxt/testing';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const page = new GlobalWindow({ url: 'https://crm.example.test/ticket/1', settings: { disableErrorCapturing: true } });
const { keys, originals } = populateGlobal(globalThis, page, { bindFunctions: true });
afterAll(async () => {
  for (const k of keys) delete (globalThis as Record<string, unknown>)[k];
  for (const [k, v] of originals) (globalThis as Record<string | symbol, unknown>)[k] = v;
  await page.happyDOM.close();
});

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing')).fakeBrowser }));
vi.mock('#imports', () => ({ defineBackground: (main: () => void) => ({ main }), defineContentScript: (def: unknown) => def }));

type RouterListener = (raw: unknown, sender: object, sendResponse: (r: unknown) => void) => boolean | undefined;

/** The part of WXT's ContentScriptContext that content.ts uses; `invalidate()` plays the extension reload. */
function fakeCtx() {
  const onInvalid: Array<() => void> = [];
  const removers: Array<() => void> = [];
  return {
    onInvalidated: (cb: () => void) => void onInvalid.push(cb),
    addEventListener: (target: EventTarget, type: string, cb: EventListener) => {
      target.addEventListener(type, cb);
      removers.push(() => target.removeEventListener(type, cb));
    },
    setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
    invalidate() {
      for (const cb of onInvalid.splice(0)) cb();
      for (const r of removers.splice(0)) r();
    },
  };
}

let sent: Array<{ name: string; payload: unknown }>;
let routerListener: RouterListener | undefined;
let ctx: ReturnType<typeof fakeCtx>;

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<textarea id="reply"></textarea>';
  sent = [];
  // The panel's side: what the script sends. Added before main(), so it is not the router's listener.
  fakeBrowser.runtime.onMessage.addListener((msg: any) => void sent.push(msg));
  const add = fakeBrowser.runtime.onMessage.addListener.bind(fakeBrowser.runtime.onMessage);
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l: any) => {
    routerListener = l;
    add(l);
  });
  ctx = fakeCtx();
});
afterEach(() => {
  ctx.invalidate();
  vi.restoreAllMocks();
  routerListener = undefined;
});

async function startContent() {
  const mod = (await import('../../../entrypoints/content')) as unknown as {
    default: { main: (ctx: unknown) => void; matches: string[] };
  };
  mod.default.main(ctx);
  return mod.default;
}

/** Sends `msg` to the content script's router as `sender` and resolves with its answer (undefined: not taken). */
function ask(msg: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve) => {
    const kept = routerListener!(msg, sender, resolve);
    if (kept === undefined) resolve(undefined);
  });
}

const ownPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') });

describe('content script wiring', () => {
  it('runs on the four sites only, at document_idle', async () => {
    const def = (await startContent()) as unknown as { matches: string[]; runAt: string };
    expect([...def.matches].sort()).toEqual([
      'https://*.freshdesk.com/*',
      'https://*.zendesk.com/*',
      'https://mail.google.com/*',
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ]);
    expect(def.runAt).toBe('document_idle');
  });

  it('reports the page state to the panel when it starts', async () => {
    await startContent();
    await vi.waitFor(() => expect(sent.some((m) => m.name === 'content→panel/state')).toBe(true));
  });

  it('answers a snapshot request from its own extension pages, and not from another extension', async () => {
    await startContent();
    const answer = await ask({ name: 'panel→content/snapshot', payload: {} }, ownPage());
    expect(answer).toMatchObject({ adapter: 'generic' });
    expect(await ask({ name: 'panel→content/snapshot', payload: {} }, { id: 'some-other-extension' })).toBeUndefined();
  });

  it('refuses a malformed insert with a reason instead of touching the page', async () => {
    await startContent();
    const answer = await ask({ name: 'panel→content/insert', payload: { text: 42 } }, ownPage());
    expect(answer).toMatchObject({ ok: false });
    expect((document.getElementById('reply') as HTMLTextAreaElement).value).toBe('');
  });

  it('takes its message listener off when WXT invalidates it', async () => {
    await startContent();
    const listener = routerListener!;
    expect(fakeBrowser.runtime.onMessage.hasListener(listener as never)).toBe(true);
    ctx.invalidate();
    expect(fakeBrowser.runtime.onMessage.hasListener(listener as never)).toBe(false);
  });
});
