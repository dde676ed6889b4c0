import { failure, parseMessage, type MessageName, type RequestOf, type ResponseOf } from './protocol';
import { classifySender, type SenderKind, type SenderLike } from './sender';

export type Handler<N extends MessageName> = (
  payload: RequestOf<N>,
  sender: SenderLike & { kind: SenderKind },
) => ResponseOf<N> | Promise<ResponseOf<N>>;

export type HandlerMap = { [N in MessageName]?: Handler<N> };

type Listener = (raw: unknown, sender: SenderLike, sendResponse: (r: unknown) => void) => boolean | undefined;

/**
 * The part of `browser.runtime` a router needs: its own id and origin (to classify senders,
 * sender.ts) and, when given, the onMessage event it installs itself on.
 */
export interface RuntimeSelf {
  id: string;
  getURL(path: string): string;
  // `never`: any browser's listener type fits, and the router's own listener is passed through a cast.
  onMessage?: { addListener(listener: never): void; removeListener(listener: never): void };
}

export interface ContextRouter {
  /** Handle `name` from the given sender kinds until the returned function is called. */
  on<N extends MessageName>(name: N, accept: SenderKind[], handler: Handler<N>): () => void;
  /** A whole handler map at once (background, offscreen document, content script). */
  handle(handlers: HandlerMap, accept: SenderKind[]): () => void;
  /** The runtime.onMessage listener (installed already when the runtime had onMessage). */
  listener: Listener;
  /** Take the listener off runtime.onMessage (a content script that is invalidated). */
  stop(): void;
}

interface Route {
  accept: SenderKind[];
  handler: Handler<MessageName>;
}

/**
 * One router per extension context: validates the envelope and the sender once, runs the
 * handler, answers asynchronously. Messages nobody here handles are left to other contexts.
 * Every failure answers `{ ok: false, reason }` (protocol.ts `failure`): bad input and a thrown handler alike.
 * @example const router = createContextRouter(browser.runtime); router.handle({ 'panel→content/snapshot': () => snap() }, ['extension-page'])
 */
export function createContextRouter(runtime: RuntimeSelf, opts: { onDrop?: (why: string) => void } = {}): ContextRouter {
  const ownId = runtime.id;
  // Tells an extension page opened in a tab (options page, the panel in a window) from a content script.
  // Read off the URL as text: URL.origin is 'null' for these schemes outside the browser that owns them.
  const ownOrigin = /^[a-z][a-z0-9+.-]*:\/\/[^/]+/i.exec(runtime.getURL('/'))?.[0];
  const routes = new Map<string, Route[]>();

  const listener: Listener = (raw, sender, sendResponse) => {
    const name = (raw as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') return undefined;
    const kind = classifySender(sender, ownId, ownOrigin);
    const mine = (routes.get(name) ?? []).filter((r) => r.accept.includes(kind));
    if (mine.length === 0) return undefined; // another context's message, or a sender this context does not take
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      opts.onDrop?.(parsed.error);
      // A message this context handles, with a bad payload: say why instead of leaving the sender waiting.
      sendResponse(failure(parsed.error));
      return false;
    }
    // Every subscriber sees the message; the first one answers (panel messages answer nothing).
    const [first, ...rest] = mine;
    for (const r of rest)
      void Promise.resolve()
        .then(() => r.handler(parsed.payload as never, { ...sender, kind }))
        .catch(() => {});
    Promise.resolve()
      .then(() => first!.handler(parsed.payload as never, { ...sender, kind }))
      .then(
        (res) => sendResponse(res),
        (err: unknown) => sendResponse(failure(err instanceof Error ? err.message : String(err))),
      );
    return true; // keep the channel open for the async answer
  };

  const add = (name: string, route: Route) => {
    routes.set(name, [...(routes.get(name) ?? []), route]);
    return () =>
      routes.set(
        name,
        (routes.get(name) ?? []).filter((r) => r !== route),
      );
  };

  runtime.onMessage?.addListener(listener as never);
  return {
    on: (name, accept, handler) => add(name, { accept, handler: handler }),
    handle(handlers, accept) {
      const offs = Object.entries(handlers).map(([name, handler]) => add(name, { accept, handler: handler }));
      return () => offs.forEach((off) => off());
    },
    listener,
    stop: () => runtime.onMessage?.removeListener(listener as never),
  };
}
