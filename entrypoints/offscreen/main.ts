// Chrome's offscreen document: wiring only. Hosts the model worker (src/model/host.ts) and
// answers the background; offscreen documents only get chrome.runtime, so settings arrive with each request.
import { browser } from 'wxt/browser';
import { createRouter } from '../../src/messaging/router';
import { createModelHost } from '../../src/model/host';
import { modelThreads, spawnModelWorker } from '../../src/model/spawn-worker';

const host = createModelHost({
  spawn: spawnModelWorker,
  numThreads: modelThreads(),
  onStatus: (status) => void browser.runtime.sendMessage({ name: 'model→panel/status', payload: status }).catch(() => {}),
  log: (m) => console.warn(`[triade offscreen] ${m}`),
});

browser.runtime.onMessage.addListener(
  createRouter(
    {
      'bg→offscreen/classify': ({ requestId, text, config }) => host.classify({ requestId, text }, config),
      'bg→offscreen/status': ({ modelId }) => host.status(modelId),
    },
    { ownId: browser.runtime.id, accept: ['extension-page'], onDrop: (why) => console.warn(`[triade offscreen] dropped: ${why}`) },
  ) as never,
);
