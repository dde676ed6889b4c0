import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MessageName } from '../../messaging/protocol';
import { createContextRouter, type ContextRouter, type Handler } from '../../messaging/router';
import type { SenderKind } from '../../messaging/sender';

let router: ContextRouter | null = null;

/**
 * This page's one message router (side panel, options page, dashboard), installed on first use
 * with the page's own id and origin; hooks subscribe to the messages they need (useMessage).
 */
export function pageRouter(): ContextRouter {
  router ??= createContextRouter(browser.runtime, { onDrop: (why) => console.warn('[triade] dropped', why) });
  return router;
}

/**
 * Handle `name` from senders of the given kinds while the component is mounted; the latest
 * `handler` runs (no resubscribe per render). `null`: not now.
 * @example useMessage('content→panel/send-held', ['content'], ({ count }, sender) => sender.tab?.id === tabId && setHeld(count))
 */
export function useMessage<N extends MessageName>(name: N, accept: SenderKind[], handler: Handler<N> | null) {
  const latest = useRef(handler);
  latest.current = handler;
  const kinds = accept.join(',');
  useEffect(
    () =>
      pageRouter().on(name, kinds.split(',') as SenderKind[], (payload, sender) => {
        const h = latest.current;
        return h ? h(payload, sender) : (undefined as never);
      }),
    [name, kinds],
  );
}
