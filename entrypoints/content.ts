import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { contentMatches, pickAdapter } from '../src/sites/registry';
import { watchPage } from '../src/sites/page-watcher';
import { guardSend } from '../src/sites/send-guard';
import { createSendHold } from '../src/sites/send-hold';
import { insertIntoPage, replaceInPage, type PageEditDeps } from '../src/sites/page-edits';
import { createContextRouter } from '../src/messaging/router';
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

    // Optional before-send reminder (options, off by default), as reported by the open panel (send-hold.ts).
    const hold = createSendHold();
    const stopGuard = guardSend(window, {
      adapter,
      shouldHold: () => hold.shouldHold(watcher.snapshot().draft ?? ''),
      onHeld: () => void sendToExtension(browser, 'content→panel/send-held', { count: hold.count() }).catch(() => {}),
    });
    ctx.onInvalidated(stopGuard);

    const edits: PageEditDeps = {
      doc: document,
      adapter,
      wait: (ms) => new Promise<void>((done) => ctx.setTimeout(done, ms)),
      restoreCaret: (editor) => watcher.restoreCaret(editor),
    };
    const router = createContextRouter(browser.runtime);
    router.handle(
      {
        'panel→content/unresolved': (u) => hold.report(u),
        'panel→content/snapshot': () => watcher.snapshot(),
        'panel→content/insert': (req) => insertIntoPage(edits, req),
        'panel→content/replace': (req) => replaceInPage(edits, req),
      },
      ['extension-page'],
    );
    ctx.onInvalidated(() => router.stop());
  },
});
