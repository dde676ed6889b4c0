/** Stand-in for firefox-host.ts in Chrome builds, where the offscreen document hosts the model. */
import type { ModelForwarder } from './offscreen-manager';
import type { ModelStatus } from './types';

export function createFirefoxForwarder(_onStatus: (status: ModelStatus) => void): ModelForwarder {
  throw new Error('the background hosts the model worker on Firefox only');
}
