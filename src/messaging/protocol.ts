import { z } from 'zod';
import { modelProtocol } from '../model/messages';

/**
 * Every message that crosses an extension context, by name, with its request and response schema.
 * Receivers parse with these schemas and drop anything that does not fit (see router.ts).
 */

// A customer's message can be long (1 MB e-mails happen); cap far above that so a runaway page cannot flood us.
const MAX_TEXT = 2_000_000;

export const adapterIdSchema = z.enum(['gmail', 'outlook', 'zendesk', 'freshdesk', 'generic']);

export const incomingMessageSchema = z.object({
  text: z.string().max(MAX_TEXT),
  senderName: z.string().max(200).optional(),
  channel: z.enum(['email', 'chat', 'other']),
  threadId: z.string().max(500),
  subject: z.string().max(1000).optional(),
});

/** What a content script knows about its page: the open customer message and the agent's draft. */
export const pageStateSchema = z.object({
  adapter: adapterIdSchema,
  url: z.string().max(4000),
  incoming: incomingMessageSchema.nullable(),
  /** Why no message was found ('no-thread', 'no-message', …), for the panel to explain. */
  incomingReason: z.string().max(100).optional(),
  draft: z.string().max(MAX_TEXT).nullable(),
  editorReason: z.string().max(100).optional(),
  /** performance.timeOrigin + now() in the page when the state was read, for latency measurements. */
  at: z.number(),
});
export type PageState = z.infer<typeof pageStateSchema>;

export const editResultSchema = z.object({
  ok: z.boolean(),
  reason: z.string().max(2000).optional(),
});
export type EditResult = z.infer<typeof editResultSchema>;

/**
 * The one failure answer of every router (bad input, a handler that threw): `reason` is what the
 * panel shows, the same field the content script's own refusals use (editResultSchema).
 */
export const failureSchema = z.object({ ok: z.literal(false), reason: z.string().max(2000) });
export type Failure = z.infer<typeof failureSchema>;
export const failure = (reason: string): Failure => ({ ok: false, reason: reason.slice(0, 2000) });

export const protocol = {
  /** Content script → extension pages: the page changed (new message, thread switch, draft typed). */
  'content→panel/state': { request: pageStateSchema, response: z.void() },
  /** Panel → content script: send me your current state (panel just opened or switched tab). */
  'panel→content/snapshot': { request: z.object({}), response: pageStateSchema },
  /**
   * Panel → content script: insert a card at the cursor in the reply editor of the thread the
   * panel shows (null: no thread); an editor of another thread is refused ('other-thread', 'other-editor').
   */
  'panel→content/insert': {
    request: z.object({ text: z.string().min(1).max(20_000), threadId: z.string().max(500).nullable() }),
    response: editResultSchema,
  },
  /** Panel → content script: replace a flagged span of the draft with the better phrasing. */
  'panel→content/replace': {
    request: z.object({
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      /** The text the panel saw at [start, end); the content script refuses if the draft moved on. */
      expected: z.string().max(20_000),
      replacement: z.string().max(20_000),
    }),
    response: editResultSchema,
  },
  // Text chosen with the context-menu item travels through storage.session, not a message: the
  // click opens the panel, which may not be listening yet (background.ts, use-context-selection.ts).
  /**
   * Panel → content script: how many "what not to say" hits the current draft still has, and whether
   * the before-send reminder is on (the panel's setting is the one source). The page answers whether
   * it will hold the next send of that draft.
   */
  'panel→content/unresolved': {
    request: z.object({ count: z.number().int().nonnegative(), draft: z.string().max(MAX_TEXT), remind: z.boolean() }),
    response: z.object({ armed: z.boolean() }),
  },
  /** Content script → panel: a send was held once because of unresolved hits. */
  'content→panel/send-held': { request: z.object({ count: z.number().int().nonnegative() }), response: z.void() },
  /** Background → panel: the agent pressed the "insert top card" shortcut while typing in the page. */
  'bg→panel/insert-top-card': { request: z.object({ windowId: z.number().int().optional() }), response: z.void() },
  // The model host's messages (panel → background → offscreen/worker, status back); schemas in src/model.
  ...modelProtocol,
} as const;

export type MessageName = keyof typeof protocol;
export type RequestOf<N extends MessageName> = z.infer<(typeof protocol)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<(typeof protocol)[N]['response']>;

/** The envelope every message travels in. */
export const envelopeSchema = z.object({
  name: z.string(),
  payload: z.unknown(),
});
export interface Envelope<N extends MessageName = MessageName> {
  name: N;
  payload: RequestOf<N>;
}

/** Parse an incoming envelope against the protocol; returns a clear error instead of throwing. */
export function parseMessage(raw: unknown): { ok: true; name: MessageName; payload: unknown } | { ok: false; error: string } {
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) return { ok: false, error: 'not a Triade message' };
  const name = env.data.name as MessageName;
  const entry = protocol[name];
  if (!entry) return { ok: false, error: `unknown message "${env.data.name}"` };
  const body = entry.request.safeParse(env.data.payload);
  if (!body.success) {
    const first = body.error.issues[0];
    return { ok: false, error: `malformed "${name}": ${first?.path.join('.') || '(root)'} ${first?.message ?? ''}`.trim() };
  }
  return { ok: true, name, payload: body.data };
}
