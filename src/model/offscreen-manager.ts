/**
 * The background's side of the model: read the user's settings, then hand the text to the
 * model host — in Chrome the offscreen document (created on demand, once), in Firefox a worker
 * the background page owns. Everything browser-specific comes in as arguments, for tests.
 */
import { sendToExtension } from '../messaging/client';
import type { HostConfig } from './messages';
import type { ModelHost } from './host';
import { readModelSettings, unloadAfterMsOf, type LocalStorageLike } from './settings';
import { type ClassifyRequest, type ClassifyResponse, type ModelStatus } from './types';

export const OFFSCREEN_PATH = 'offscreen.html';

/** The slice of `chrome` used to manage the offscreen document. */
export interface ChromeOffscreenApi {
  offscreen: {
    createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
    hasDocument?: () => Promise<boolean>;
  };
  runtime: {
    getURL(path: string): string;
    getContexts?: (filter: { contextTypes: string[]; documentUrls?: string[] }) => Promise<unknown[]>;
    sendMessage(message: unknown): Promise<unknown>;
  };
}

let creating: Promise<void> | null = null;

async function offscreenExists(api: ChromeOffscreenApi): Promise<boolean> {
  const url = api.runtime.getURL(OFFSCREEN_PATH);
  if (api.runtime.getContexts) {
    const found = await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    return found.length > 0;
  }
  return (await api.offscreen.hasDocument?.()) ?? false;
}

/**
 * Create the offscreen document unless it exists. Concurrent callers share one creation:
 * Chrome allows a single offscreen document per extension and throws on a second.
 * @example await ensureOffscreen(chrome)
 */
export async function ensureOffscreen(api: ChromeOffscreenApi): Promise<void> {
  if (await offscreenExists(api)) return;
  creating ??= api.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS'],
      justification: 'Runs the local sentiment model in a Web Worker; no text leaves the machine.',
    })
    .catch((err: unknown) => {
      // Lost a race with another creation: the document is there, which is all we wanted.
      if (!/single offscreen|already/i.test(String(err))) throw err;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Sends one request to wherever the model runs; implementations below. */
export interface ModelForwarder {
  classify(request: ClassifyRequest, config: HostConfig): Promise<ClassifyResponse>;
  status(modelId: string): Promise<ModelStatus>;
}

/** Chrome: through the offscreen document. A document that died (renderer crash) is recreated and asked once more. */
export function offscreenForwarder(api: ChromeOffscreenApi): ModelForwarder {
  const send = async (request: ClassifyRequest, config: HostConfig): Promise<ClassifyResponse> => {
    await ensureOffscreen(api);
    // The protocol's client checks the request and the answer (a bad answer throws: asked once more below).
    return sendToExtension(api, 'bg→offscreen/classify', { ...request, target: 'offscreen', config });
  };
  return {
    async classify(request, config) {
      try {
        return await send(request, config);
      } catch {
        try {
          return await send(request, config);
        } catch (err) {
          const status: ModelStatus = {
            state: 'failed',
            modelId: config.modelId,
            reason: 'load-failed',
            message: `model host unreachable: ${String(err)}`,
          };
          return { ok: false, requestId: request.requestId, status };
        }
      }
    },
    async status(modelId) {
      // Asking must not start the model: no document yet means nothing was loaded.
      if (!(await offscreenExists(api))) return { state: 'idle' };
      return sendToExtension(api, 'bg→offscreen/status', { target: 'offscreen', modelId }).catch((): ModelStatus => ({
        state: 'idle',
      }));
    },
  };
}

/** Firefox: the background page owns the worker host itself. */
export function localForwarder(host: ModelHost): ModelForwarder {
  return { classify: (r, c) => host.classify(r, c), status: (id) => Promise.resolve(host.status(id)) };
}

/**
 * Handlers for the background's router: the settings decide engine and model, the forwarder runs it.
 * @example createContextRouter(browser.runtime).handle(modelBackgroundHandlers(browser.storage.local, offscreenForwarder(chrome)), ['extension-page'])
 */
export function modelBackgroundHandlers(storage: LocalStorageLike, forwarder: ModelForwarder) {
  return {
    'panel→model/classify': async (request: ClassifyRequest): Promise<ClassifyResponse> => {
      const settings = await readModelSettings(storage);
      if (settings.engine === 'lexicon') return { ok: false, requestId: request.requestId, status: { state: 'disabled' } };
      const unloadAfterMs = unloadAfterMsOf(settings);
      return forwarder.classify(
        { requestId: request.requestId, text: request.text },
        {
          modelId: settings.modelId,
          allowRemote: settings.allowDownload,
          ...(unloadAfterMs !== undefined ? { unloadAfterMs } : {}),
        },
      );
    },
    'panel→model/status': async (): Promise<ModelStatus> => {
      const settings = await readModelSettings(storage);
      if (settings.engine === 'lexicon') return { state: 'disabled' };
      return forwarder.status(settings.modelId);
    },
  };
}
