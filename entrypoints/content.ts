import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { contentMatches, pickAdapter } from '../src/sites/registry';
import { watchPage } from '../src/sites/page-watcher';
import { createRouter } from '../src/messaging/router';
import { sendToExtension } from '../src/messaging/client';

// Wiring only: pick the site adapter, watch the page, answer the panel's commands.
export default defineContentScript({
  matches: contentMatches,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = () => pickAdapter(new URL(location.href), document);
    const watcher = watchPage(document, {
      adapter,
      onState: (state) => {
        // No panel open is normal: the message then has no receiver.
        sendToExtension(browser, 'content→panel/state', state).catch(() => {});
      },
    });
    ctx.onInvalidated(() => watcher.stop());
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.refresh());

    const listener = createRouter(
      {
        'panel→content/snapshot': () => watcher.snapshot(),
        'panel→content/insert': ({ text }) => {
          const a = adapter();
          const ed = a.findEditor(document);
          if (!ed.ok) return { ok: false, reason: ed.reason };
          watcher.restoreCaret(ed.value);
          const r = a.insertAtCursor(ed.value, text);
          return r.ok ? { ok: true } : { ok: false, reason: r.reason };
        },
        'panel→content/replace': ({ start, end, expected, replacement }) => {
          const a = adapter();
          const ed = a.findEditor(document);
          if (!ed.ok) return { ok: false, reason: ed.reason };
          // The agent may have typed since the panel drew the flag: only replace what the panel saw.
          if (a.readDraft(ed.value).slice(start, end) !== expected) return { ok: false, reason: 'draft-changed' };
          const r = a.replaceText(ed.value, start, end, replacement);
          return r.ok ? { ok: true } : { ok: false, reason: r.reason };
        },
      },
      { ownId: browser.runtime.id, accept: ['extension-page'] },
    );
    browser.runtime.onMessage.addListener(listener as never);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener as never));
  },
});
