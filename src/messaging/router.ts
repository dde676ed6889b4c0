import { parseMessage, type MessageName, type RequestOf, type ResponseOf } from './protocol';
import { classifySender, type SenderKind, type SenderLike } from './sender';

export type Handler<N extends MessageName> = (
  payload: RequestOf<N>,
  sender: SenderLike & { kind: SenderKind },
) => ResponseOf<N> | Promise<ResponseOf<N>>;

export type HandlerMap = { [N in MessageName]?: Handler<N> };

export interface RouterOptions {
  ownId: string;
  /** The extension's own origin, so its pages opened in tabs count as extension pages (sender.ts). */
  ownOrigin?: string;
  /** Which sender kinds this context accepts. */
  accept: SenderKind[];
  /** Called once per dropped message, so development sees it and users are not bothered. */
  onDrop?: (why: string) => void;
}

/**
 * Build a runtime.onMessage listener over a handler map: validates the envelope and the sender,
 * runs the handler, and answers asynchronously. Messages for other contexts are ignored silently.
 */
export function createRouter(handlers: HandlerMap, opts: RouterOptions) {
  return (raw: unknown, sender: SenderLike, sendResponse: (r: unknown) => void): boolean | undefined => {
    const kind = classifySender(sender, opts.ownId, opts.ownOrigin);
    if (!opts.accept.includes(kind)) return undefined;
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      opts.onDrop?.(parsed.error);
      // A message this context handles, with a bad payload: say why instead of leaving the sender waiting.
      const name = (raw as { name?: unknown } | null)?.name;
      if (typeof name === 'string' && Object.hasOwn(handlers, name)) {
        sendResponse({ ok: false, error: parsed.error });
        return false;
      }
      return undefined;
    }
    const handler = handlers[parsed.name] as Handler<MessageName> | undefined;
    if (!handler) return undefined;
    Promise.resolve()
      .then(() => handler(parsed.payload as never, { ...sender, kind }))
      .then(
        (res) => sendResponse(res),
        (err: unknown) => sendResponse({ ok: false, reason: err instanceof Error ? err.message : String(err) }),
      );
    return true; // keep the channel open for the async answer
  };
}
