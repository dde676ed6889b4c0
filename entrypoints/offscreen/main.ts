// Chrome's offscreen document: wiring only. Hosts the model worker (src/model/host.ts) and
// answers the background; offscreen documents only get chrome.runtime, so settings arrive with each request.
import { browser } from 'wxt/browser';
import { sendToExtension } from '../../src/messaging/client';
import { createContextRouter } from '../../src/messaging/router';
import { createModelHost } from '../../src/model/host';
import { modelThreads, spawnModelWorker } from '../../src/model/spawn-worker';

const host = createModelHost({
  spawn: spawnModelWorker,
  numThreads: modelThreads(),
  onStatus: (status) => void sendToExtension(browser, 'model→panel/status', status).catch(() => {}),
  log: (m) => console.warn(`[triade offscreen] ${m}`),
});

createContextRouter(browser.runtime, { onDrop: (why) => console.warn(`[triade offscreen] dropped: ${why}`) }).handle(
  {
    'bg→offscreen/classify': ({ requestId, text, config }) => host.classify({ requestId, text }, config),
    'bg→offscreen/status': ({ modelId }) => host.status(modelId),
  },
  ['extension-page'],
);
