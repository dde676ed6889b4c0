/**
 * Fits a page state into the limits of `pageStateSchema` (src/messaging/protocol.ts) before it
 * is sent. The panel drops a message that breaks a limit as a whole, so one 201-character
 * sender name used to cost the agent the whole page ("no page", no error). Here the field is
 * cut instead, and everything else arrives as read.
 *
 * Lives in src/sites (no messaging import): the limits below mirror the schema's, and
 * tests/unit/sites/fit-page-state.test.ts parses the result with the real schema.
 */
import type { IncomingMessage } from './types';
import type { PageState } from './page-watcher';

export const PAGE_STATE_LIMITS = {
  url: 4000,
  text: 2_000_000,
  draft: 2_000_000,
  senderName: 200,
  subject: 1000,
  threadId: 500,
  reason: 100,
} as const;

const ELLIPSIS = '…';

/** `s` cut to at most `max` UTF-16 units, never between the two halves of an emoji; `mark` ends a cut text. */
function cut(s: string, max: number, mark = ''): string {
  if (s.length <= max) return s;
  let end = max - mark.length;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return s.slice(0, end) + mark;
}

/** FNV-1a (32 bit) as 8 hex digits: tells apart long ids that share their first 490 characters. */
function hash8(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A thread id over the limit: its start plus a hash of the whole, so it stays stable and distinct. */
function fitThreadId(id: string): string {
  if (id.length <= PAGE_STATE_LIMITS.threadId) return id;
  const tail = `#${hash8(id)}`;
  return cut(id, PAGE_STATE_LIMITS.threadId - tail.length) + tail;
}

function fitIncoming(m: IncomingMessage): IncomingMessage {
  const L = PAGE_STATE_LIMITS;
  const out: IncomingMessage = { ...m, text: cut(m.text, L.text), threadId: fitThreadId(m.threadId) };
  if (m.senderName !== undefined) out.senderName = cut(m.senderName, L.senderName, ELLIPSIS);
  if (m.subject !== undefined) out.subject = cut(m.subject, L.subject, ELLIPSIS);
  return out;
}

/**
 * The state with every text field within the protocol's limits (unchanged when it already fits).
 * @example sendToExtension(browser, 'content→panel/state', fitPageState(readPageState(document, adapter)));
 */
export function fitPageState(state: PageState): PageState {
  const L = PAGE_STATE_LIMITS;
  const out: PageState = {
    ...state,
    url: cut(state.url, L.url),
    incoming: state.incoming ? fitIncoming(state.incoming) : null,
    draft: state.draft === null ? null : cut(state.draft, L.draft),
  };
  if (state.incomingReason !== undefined) out.incomingReason = cut(state.incomingReason, L.reason);
  if (state.editorReason !== undefined) out.editorReason = cut(state.editorReason, L.reason);
  return out;
}
