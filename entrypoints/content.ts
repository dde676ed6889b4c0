import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { contentMatches, pickAdapter } from '../src/sites/registry';
import { watchPage } from '../src/sites/page-watcher';
import { guardSend } from '../src/sites/send-guard';
import { editorForInsert } from '../src/sites/insert-target';
import { confirmEdit, currentDraft } from '../src/sites/confirm-edit';
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

    // Optional before-send reminder (options, off by default): hold the first send of a draft
    // that still has flagged phrases, as reported by the open panel, which also says whether the
    // reminder is on. No panel, no reminder.
    let unresolved = { count: 0, draft: '', remind: false };
    let heldFor: string | null = null;
    const stopGuard = guardSend(window, {
      adapter,
      shouldHold: () => {
        const draft = watcher.snapshot().draft ?? '';
        if (!unresolved.remind || unresolved.count === 0 || unresolved.draft !== draft || heldFor === draft) return false;
        heldFor = draft; // once per draft: the second send goes through
        return true;
      },
      onHeld: () => void sendToExtension(browser, 'content→panel/send-held', { count: unresolved.count }).catch(() => {}),
    });
    ctx.onInvalidated(stopGuard);

    // An edit counts once the site's editor has settled and still shows it (confirm-edit.ts).
    const settle = (ms: number) => new Promise<void>((done) => ctx.setTimeout(done, ms));
    const kept = async (before: string, text: string) => {
      const r = await confirmEdit(() => currentDraft(adapter(), document), before, text, settle);
      return r.ok ? { ok: true } : { ok: false, reason: r.reason };
    };

    const listener = createRouter(
      {
        'panel→content/unresolved': (u) => {
          unresolved = u;
          return { armed: u.remind && u.count > 0 && heldFor !== u.draft };
        },
        'panel→content/snapshot': () => watcher.snapshot(),
        'panel→content/insert': async ({ text, threadId }) => {
          const a = adapter();
          const ed = editorForInsert(a, document, threadId);
          if (!ed.ok) return { ok: false, reason: ed.reason };
          watcher.restoreCaret(ed.value);
          const before = a.readDraft(ed.value);
          const r = a.insertAtCursor(ed.value, text);
          return r.ok ? kept(before, text) : { ok: false, reason: r.reason };
        },
        'panel→content/replace': async ({ start, end, expected, replacement }) => {
          const a = adapter();
          const ed = a.findEditor(document);
          if (!ed.ok) return { ok: false, reason: ed.reason };
          // The agent may have typed since the panel drew the flag: only replace what the panel saw.
          const before = a.readDraft(ed.value);
          if (before.slice(start, end) !== expected) return { ok: false, reason: 'draft-changed' };
          const r = a.replaceText(ed.value, start, end, replacement);
          return r.ok ? kept(before, replacement) : { ok: false, reason: r.reason };
        },
      },
      { ownId: browser.runtime.id, accept: ['extension-page'] },
    );
    browser.runtime.onMessage.addListener(listener as never);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener as never));
  },
});
