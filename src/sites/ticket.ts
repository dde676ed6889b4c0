/**
 * Shared logic of the help-desk adapters (Zendesk, Freshdesk): a ticket page shows a log of
 * comments; the latest one written by the requester (customer) is the incoming message.
 */
import { isShown, lineText, queryAll, queryFirst, queryFirstDeep, sameName } from './queries';
import { extractText } from './text-map';
import { fail, ok, type IncomingMessage, type Result } from './types';

export interface TicketSelectors {
  item: readonly string[];
  body: readonly string[];
  sender: readonly string[];
  /** On (or inside) an item written by the customer. */
  customer: readonly string[];
  /** On (or inside) an item written by an agent. */
  agent: readonly string[];
  /** On (or inside) an internal / private note: never the customer's message. */
  internal: readonly string[];
  /** The ticket's requester name, elsewhere on the page. */
  requester: readonly string[];
  /** The channel the item came through ("via e-mail", "via chat"). */
  via: readonly string[];
  exclude: readonly string[];
  stopAt: readonly string[];
}

function marked(item: Element, selectors: readonly string[]): boolean {
  if (selectors.length === 0) return false;
  const joined = selectors.join(',');
  return item.matches(joined) || item.querySelector(joined) !== null;
}

export function channelFromLabel(label: string): IncomingMessage['channel'] {
  if (/mail/i.test(label)) return 'email';
  if (/chat|messag|whatsapp|widget/i.test(label)) return 'chat';
  return label ? 'other' : 'email';
}

export interface TicketComment {
  text: string;
  senderName?: string;
  channel: IncomingMessage['channel'];
  /** The item's own "via …" label ('' when it has none). */
  viaLabel?: string;
}

/** When an item was written, from its `<time datetime>` (NaN when it has none). */
function writtenAt(item: Element): number {
  const stamp = item.querySelector('time[datetime]')?.getAttribute('datetime');
  return stamp ? Date.parse(stamp) : NaN;
}

/**
 * The items oldest first. Help desks let the agent sort the log newest-on-top (Zendesk's comment
 * sort): when every item carries a time, the times decide; otherwise the page order does.
 */
export function chronological(items: Element[]): Element[] {
  const times = items.map(writtenAt);
  if (items.length < 2 || times.some((t) => Number.isNaN(t))) return items;
  return items
    .map((item, i) => ({ item, t: times[i]!, i }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.item);
}

/**
 * The latest comment by the customer within `scope` (the active ticket). An item counts as the
 * customer's when it carries the customer marker or its sender is the requester; an agent marker
 * or internal marker excludes it. When the page carries no role information at all, the latest
 * comment is taken.
 */
export function latestCustomerComment(scope: ParentNode, s: TicketSelectors): TicketComment | null {
  const items = chronological(dedupe(queryAll(scope, s.item)).filter(isShown));
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  // The requester sidebar may sit outside the conversation the items are read from.
  const requester = lineText(queryFirst(scope, s.requester) ?? queryFirst(doc, s.requester)) || undefined;
  let unknownRoleFallback: TicketComment | null = null;
  let anyRole = false;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (marked(item, s.internal)) continue;
    const senderName = lineText(queryFirst(item, s.sender)) || undefined;
    const isAgent = marked(item, s.agent);
    const isCustomer = !isAgent && (marked(item, s.customer) || sameName(senderName, requester));
    if (isAgent || isCustomer || requester) anyRole = true;
    if (isAgent) continue;
    const body = queryFirstDeep(item, s.body);
    if (!body) continue;
    const text = extractText(body, { skip: s.exclude, stopAt: s.stopAt });
    if (!text) continue;
    const viaLabel = lineText(queryFirst(item, s.via));
    const comment: TicketComment = { text, channel: channelFromLabel(viaLabel), viaLabel };
    if (senderName) comment.senderName = senderName;
    if (isCustomer) return comment;
    unknownRoleFallback ??= comment;
  }
  return anyRole ? null : unknownRoleFallback;
}

/** Items nested in other items (a wrapper inside its list entry) count once: the outer one. */
function dedupe(items: Element[]): Element[] {
  return items.filter((el) => !items.some((other) => other !== el && other.contains(el)));
}

/** The ticket number from a path such as /agent/tickets/4821 or /a/tickets/77. */
export function ticketNumber(doc: Document, pattern: RegExp): string | null {
  try {
    return pattern.exec(new URL(doc.URL).pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** Text of a subject that may be an <input> or plain text. */
export function fieldText(el: Element | null): string {
  if (!el) return '';
  if (el.localName === 'input' || el.localName === 'textarea') return (el as HTMLInputElement).value.trim();
  return lineText(el);
}

/**
 * The ticket's latest customer comment as the incoming message, once the site has decided a
 * ticket is open. The thread id is the ticket number, or the subject on pages without one.
 * `ticketVia` is the channel of the whole ticket, for comments that carry none of their own.
 */
export function ticketIncoming(
  scope: ParentNode,
  s: TicketSelectors,
  number: string | null,
  subject: string,
  ticketVia = '',
): Result<IncomingMessage, 'no-message'> {
  const comment = latestCustomerComment(scope, s);
  if (!comment) return fail('no-message');
  // A label that names no channel ('replied', 'added a note') says nothing: the ticket's channel holds.
  const ownLabel = comment.viaLabel ?? '';
  if (ticketVia && (ownLabel === '' || channelFromLabel(ownLabel) === 'other')) comment.channel = channelFromLabel(ticketVia);
  delete comment.viaLabel;
  const incoming: IncomingMessage = { ...comment, threadId: number ?? subject };
  if (subject) incoming.subject = subject;
  return ok(incoming);
}
