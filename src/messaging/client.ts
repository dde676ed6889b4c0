import { failureSchema, protocol, type MessageName, type RequestOf, type ResponseOf } from './protocol';

/** The part of the browser API the client needs; passed in so the module stays testable. */
export interface RuntimeLike {
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
  tabs?: { sendMessage(tabId: number, msg: unknown, opts?: { frameId?: number }): Promise<unknown> };
}

function envelope<N extends MessageName>(name: N, payload: RequestOf<N>) {
  // Validate on the way out too: a bug in our own code should fail here, loudly, not in the receiver.
  return { name, payload: protocol[name].request.parse(payload) };
}

function parseResponse<N extends MessageName>(name: N, raw: unknown): ResponseOf<N> {
  const res = protocol[name].response.safeParse(raw);
  if (res.success) return res.data as ResponseOf<N>;
  // The receiver's router refused or its handler threw: its reason is the error, not "bad answer".
  const failed = failureSchema.safeParse(raw);
  if (failed.success) throw new MessageFailed(name, failed.data.reason);
  throw new Error(`bad answer to "${name}"`);
}

/** The receiver answered `{ ok: false, reason }` to a message whose answer has no room for it. */
export class MessageFailed extends Error {
  constructor(
    readonly messageName: MessageName,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'MessageFailed';
  }
}

/** Send to the extension's own pages (panel, background). */
export async function sendToExtension<N extends MessageName>(api: RuntimeLike, name: N, payload: RequestOf<N>) {
  return parseResponse(name, await api.runtime.sendMessage(envelope(name, payload)));
}

/** Send to the content script in a tab (top frame unless frameId is given). */
export async function sendToTab<N extends MessageName>(
  api: RuntimeLike,
  tabId: number,
  name: N,
  payload: RequestOf<N>,
  frameId = 0,
) {
  if (!api.tabs) throw new Error('tabs API not available in this context');
  return parseResponse(name, await api.tabs.sendMessage(tabId, envelope(name, payload), { frameId }));
}
