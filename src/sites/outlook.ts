/**
 * Outlook on the web (new Outlook / OWA: outlook.office.com, outlook.office365.com, outlook.live.com),
 * reading pane and inline reply.
 *
 * Sources (public code that runs on the live web UI; read 2026-12-01):
 * - parser: a public Outlook e-mail extension's "Outlook Parser Utility" (index id 12261398668):
 *   each message of the conversation in a `div[role="listitem"]`, the open one marked
 *   `aria-expanded="true"`, bodies `div[aria-label="Message body"]` / `[id^="UniqueMessageBody"]`
 *   inside `div[role="document"]`, sender `.OZZZK`, the timestamp `[data-testid="SentReceivedSavedTime"]`;
 *   it takes the FIRST entry as the most recent one (the account it was written on shows newest on
 *   top), while the earlier reconstruction here read the last: the order is a user setting
 *   ("Newest on top" / "Newest on bottom"), so it is decided per page below
 * - webllm: a public Outlook scan extension (search result, 2026-12-01): `[data-app-section="ConversationContainer"]`
 * - the earlier reconstruction (2026-11-25) for the rest, as marked
 * Fixtures in tests/fixtures/sites/outlook/.
 */
import { onSiteHost, siteHosts } from './hosts';
import { dedupeNested, isShown, lineText, queryAll, queryFirst } from './queries';
import { siteEditor } from './site-editor';
import { extractText } from './text-map';
import { fail, ok, type IncomingMessage, type Result, type SiteAdapter } from './types';

export const outlookSelectors = {
  /** Present in Outlook's mail view; used when the URL is not an Outlook host (local fixtures). */
  markers: [
    '#ReadingPaneContainerId', // reading pane container of the mail module
    '[data-app-section="ConversationContainer"]', // conversation (thread) area of the reading pane
  ],
  subject: [
    '#ReadingPaneContainerId [role="heading"][aria-level="2"]', // conversation subject above the messages
    '[data-app-section="ConversationContainer"] [role="heading"]', // same, when the pane id is missing
  ],
  /** One entry per message of the conversation, in the order the user's setting gives. */
  item: [
    '[data-app-section="ConversationContainer"] div[role="listitem"]', // a message of the conversation (parser closest('div[role="listitem"]'))
    '#ReadingPaneContainerId div[role="listitem"]', // same, when the section name is missing (parser)
  ],
  /** On an entry: the message is open (collapsed ones show a header line until clicked). */
  expanded: [
    '[aria-expanded="true"]', // the open message (parser findExpandedParentContainer)
  ],
  /** Rendered message bodies (not the editor: that one is contenteditable). */
  body: [
    'div[aria-label="Message body"]:not([contenteditable])', // expanded message, English UI
    'div[aria-label="Berichttekst"]:not([contenteditable])', // same, Dutch UI
    '[id^="UniqueMessageBody"]:not([contenteditable])', // body of an open message (parser uniqueMessageBodies)
  ],
  sender: [
    'span.OZZZK', // sender display name in an expanded message header
    '[aria-label^="From:"]', // sender persona button, English UI
    '[aria-label^="Van:"]', // same, Dutch UI
  ],
  /** An element whose title is the sender's e-mail address (persona hover target). */
  senderEmail: [
    'span[title*="@"]', // "Name <address>" chip: title holds the address
  ],
  /** Left out of the customer's text. */
  exclude: [
    '#Signature', // signature block Outlook inserts (bodies from Outlook senders)
    '#x_Signature', // same: OWA prefixes ids inside rendered mail with x_
    'blockquote', // quotes from other mail clients
    '.gmail_quote', // quote from a Gmail sender
    '.x_gmail_quote', // same, x_-prefixed by OWA
  ],
  /** Quoted history: this element and everything after it is left out. */
  stopAt: [
    '#divRplyFwdMsg', // "From: … Sent: …" header that starts the quoted mail
    '#x_divRplyFwdMsg', // same inside rendered mail (x_ prefix)
    '#appendonsend', // marker Outlook places between the reply and the quoted history
    '#x_appendonsend', // same, x_-prefixed
  ],
  /** The agent's own account, to skip the agent's earlier replies. */
  account: [
    '#mectrl_currentAccount_secondary', // account manager: the signed-in address
  ],
  accountName: [
    '#mectrl_currentAccount_primary', // account manager: the signed-in display name
  ],
  send: [
    'button[aria-label="Send"]', // new Outlook reading-pane reply, English UI
    'button[aria-label="Verzenden"]', // same, Dutch UI
    'button[title^="Send ("]', // compose toolbar with the shortcut in its title
  ],
  editor: [
    'div[contenteditable="true"][role="textbox"][aria-label^="Message body"]', // reply/compose, English UI ("Message body, press Alt+F10 to exit")
    'div[contenteditable="true"][role="textbox"][aria-label^="Berichttekst"]', // same, Dutch UI
    'div[contenteditable="true"][aria-label^="Message body"]', // older OWA editor without role
  ],
  editorStop: [
    '#Signature', // the agent's signature in the reply
    '#appendonsend', // marker before the quoted history
    '#divRplyFwdMsg', // quoted history header
  ],
} as const;

const S = outlookSelectors;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * The entries oldest first. Outlook lets the user put the newest message on top or at the bottom,
 * and opens the newest one (older ones collapsed): when exactly one end of the list is open, that
 * end is the newest. With no such sign (all open, or one entry) the page order holds.
 */
export function newestLast(entries: Element[]): Element[] {
  if (entries.length < 2) return entries;
  // The entry's own state first: buttons inside a header carry aria-expanded of their own.
  const open = (el: Element) =>
    el.hasAttribute('aria-expanded') ? S.expanded.some((s) => el.matches(s)) : queryFirst(el, S.expanded) !== null;
  const first = open(entries[0]!);
  const last = open(entries[entries.length - 1]!);
  return first && !last ? [...entries].reverse() : entries;
}

function senderOf(body: Element, item: Element | null): { name?: string; email?: string } {
  // The nearest ancestor holding a sender element is the message's own item.
  // Within a list entry only the entry itself: a parent would hold another message's sender.
  for (let a: Element | null = item ?? body.parentElement; a; a = item ? null : a.parentElement) {
    const sender = queryFirst(a, S.sender);
    if (!sender) continue;
    const out: { name?: string; email?: string } = {};
    const name = lineText(sender).replace(/^(From|Van):\s*/i, '');
    if (name) out.name = name;
    const title = queryFirst(a, S.senderEmail)?.getAttribute('title') ?? sender.getAttribute('title') ?? '';
    const email = EMAIL.exec(title)?.[0];
    if (email) out.email = email.toLowerCase();
    return out;
  }
  return {};
}

function threadId(doc: Document, subject: string): string {
  let path = '';
  try {
    path = new URL(doc.URL).pathname;
  } catch {
    // about:blank and friends
  }
  // /mail/inbox/id/AAQkAD…: the conversation id.
  const m = /\/id\/([^/]+)/.exec(path);
  return m ? decodeURIComponent(m[1]!) : subject;
}

export const outlook: SiteAdapter = {
  id: 'outlook',
  matches: [...siteHosts.outlook],
  sendButtons: S.send,
  ...siteEditor(S),

  detect(url, doc) {
    return onSiteHost(url, siteHosts.outlook) || queryFirst(doc, S.markers) !== null;
  },

  readIncoming(doc): Result<IncomingMessage, 'no-thread' | 'no-message'> {
    const subject = lineText(queryFirst(doc, S.subject));
    const entries = newestLast(dedupeNested(queryAll(doc, S.item).filter(isShown)));
    // Pages without list entries (older markup): every shown body, oldest first.
    const units = entries.length > 0 ? entries : queryAll(doc, S.body).filter(isShown);
    if (units.length === 0 && !subject) return fail('no-thread');
    const agentEmail = queryFirst(doc, S.account)?.textContent?.trim().toLowerCase();
    const agentName = lineText(queryFirst(doc, S.accountName));
    for (let i = units.length - 1; i >= 0; i--) {
      const unit = units[i]!;
      const body = entries.length > 0 ? queryFirst(unit, S.body) : unit;
      const sender = senderOf(body ?? unit, entries.length > 0 ? unit : null);
      const fromAgent = sender.email
        ? sender.email === agentEmail
        : !!agentName && sender.name?.toLowerCase() === agentName.toLowerCase();
      if (fromAgent) continue;
      // A collapsed message whose body Outlook has not rendered: its words are not on the page.
      // An older message must not stand in for it.
      if (!body) return fail('no-message');
      const text = extractText(body, { skip: S.exclude, stopAt: S.stopAt });
      if (!text) continue;
      const incoming: IncomingMessage = { text, channel: 'email', threadId: threadId(doc, subject) };
      if (sender.name) incoming.senderName = sender.name;
      if (subject) incoming.subject = subject;
      return ok(incoming);
    }
    return fail('no-message');
  },
};
