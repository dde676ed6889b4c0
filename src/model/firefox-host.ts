/**
 * Firefox: no offscreen documents, so the background page owns the model worker itself.
 * Chrome builds alias this module to firefox-host.chrome.ts (wxt.config.ts), which keeps a
 * second copy of the worker chunk out of the Chrome package.
 */
import { createModelHost } from './host';
import { localForwarder, type ModelForwarder } from './offscreen-manager';
import { spawnModelWorker } from './spawn-worker';
import type { ModelStatus } from './types';

export function createFirefoxForwarder(onStatus: (status: ModelStatus) => void): ModelForwarder {
  return localForwarder(createModelHost({ spawn: spawnModelWorker, onStatus, log: (m) => console.warn(`[triade model] ${m}`) }));
}
