/**
 * Gmail (mail.google.com), conversation view and compose.
 *
 * Sources (public code that runs on the live web UI; read 2026-12-01):
 * - gmail.js: KartikTalwar/gmail.js @b7dfdab (2026-03-25), src/gmail.js: `div.adn.ads` opened message,
 *   `div.a3s` body, `span[email].gD` sender, `h2.hP` subject, `[data-thread-perm-id]`
 * - inboxsdk: InboxSDK/InboxSDK @a8a6fe2c (2026-07-23), dom-driver/gmail/views/gmail-message-view.ts and
 *   gmail-thread-view.ts: the messages are the children of the `.h7` message's container; a child is
 *   `.h7` expanded, `.kv` collapsed, `.kQ` / `.kx` hidden (the "N older messages" bar); `div.ii.gt`
 *   body, `td.gF span[email]` sender; `.adf.ads` the collapsed header; `.ajR` the "•••" of trimmed content
 * - domnotes: a public Gmail extension's DOM notes ("observed from a live thread view, September
 *   2026"; index id 70120894450): `div[role="list"] > div[role="listitem"]` one per message,
 *   `aria-expanded`, collapsed messages (`div.adf`) carry only a snippet (`.iA.g6`)
 * - inverter: jr-grenoble/jrb-gmail-thread README: `div[role=listitem].h7` / `.kv` / `.kQ`; Gmail has
 *   no newest-first setting (the bookmarklet flips the order with CSS only, the DOM stays oldest first)
 * - threadflow: a public Gmail extension, ThreadFlow content.js (index id 13238159986): the trimmed-
 *   content toggle `div.ajR` / `[aria-label="Show trimmed content"]`, the trimmed content `.adL`
 * Fixtures in tests/fixtures/sites/gmail/.
 */
import { onSiteHost, siteHosts } from './hosts';
import { isShown, lineText, queryAll, queryFirst } from './queries';
import { siteEditor } from './site-editor';
import { extractText } from './text-map';
import { fail, ok, type IncomingMessage, type Result, type SiteAdapter } from './types';

export const gmailSelectors = {
  /** Present on Gmail pages; used when the URL is not mail.google.com (local fixtures). */
  markers: [
    'meta[name="application-name"][content="Gmail"]', // every page of the web UI
    'div.nH h2.hP', // subject heading of an open conversation
  ],
  subject: [
    'h2.hP', // subject heading of the open conversation
  ],
  /** One entry per message of the conversation, oldest first (Gmail has no newest-first order). */
  item: [
    'div[role="list"] > div[role="listitem"]', // every message, expanded or collapsed (domnotes; inboxsdk: children of the .h7's container)
  ],
  message: [
    'div.adn.ads', // an opened message, for pages without the list roles (gmail.js view_email)
  ],
  /** A list entry that hides messages behind a count ("3 older messages"): no message of its own. */
  summarised: [
    '.kQ', // the hidden-messages bar (inboxsdk getViewState 'HIDDEN'; thread view's .kQ notice)
    '.kx', // same, other variant (inboxsdk getViewState 'HIDDEN')
  ],
  /** A collapsed message: header and snippet only, until the agent opens it. */
  collapsed: [
    '.kv', // collapsed message entry (inboxsdk getViewState 'COLLAPSED'; inverter)
    '[role="listitem"][aria-expanded="false"]', // same by its ARIA state (domnotes)
  ],
  /** The one-line preview a collapsed message shows. */
  snippet: [
    '.iA.g6', // snippet of a collapsed message (domnotes)
  ],
  body: [
    'div.a3s', // message body (classes "a3s aiL") (gmail.js dom.email body)
    'div.ii.gt', // wrapper around the body (inboxsdk getContentsElement)
  ],
  sender: [
    'span.gD[email]', // sender chip in the message header: name= and email= attributes (gmail.js dom.email from)
    'td.gF span[email]', // sender cell of the header (inboxsdk getSender)
    'span.gD', // same without email (display-only variant)
  ],
  /** Left out of the customer's text. */
  exclude: [
    '.gmail_quote', // quoted earlier mail, incl. the "On … wrote:" line (.gmail_attr inside)
    'blockquote', // quotes from other mail clients
    '.gmail_signature', // signature block Gmail marks
    '[data-smartmail="gmail_signature"]', // wrapper of the same signature
    'div.yj6qo', // the "•••" toggle of trimmed content
    'div.ajR', // the "•••" button of trimmed content (inboxsdk _ensureExtraContentIsVisible; threadflow)
    '[aria-label="Show trimmed content"]', // same button by its label, English UI (threadflow)
    'div.adL', // trimmed content behind the toggle (threadflow findExpandedContentInMessage)
  ],
  /** The agent's own account, to skip the agent's earlier replies. */
  account: [
    'a[aria-label^="Google Account:"]', // account button, English UI; label holds name and e-mail
    'a[aria-label^="Google-account:"]', // same, Dutch UI
  ],
  send: [
    'div[role="button"].T-I.aoO', // reply box and compose window: the blue Send button (Verzenden)
  ],
  editor: [
    'div[contenteditable="true"][role="textbox"][aria-label="Message Body"]', // reply/compose body, English UI
    'div[contenteditable="true"][role="textbox"][aria-label="Berichttekst"]', // same, Dutch UI
    'div[contenteditable="true"][g_editable="true"]', // Gmail's own editable marker, any UI language
  ],
  /** Windows over the conversation with an editor of their own: a new message, or a popped-out reply. */
  composeWindow: [
    'div.dw div[role="dialog"]', // floating compose window ("Nieuw bericht" / "New Message") at the bottom right
  ],
  /** In a compose window: its subject ("Re: …" on a popped-out reply to this conversation). */
  composeSubject: [
    'input[name="subjectbox"]', // subject field of the compose window
  ],
  /** Inside the editor: quoted history and signature come after the agent's text. */
  editorStop: [
    '.gmail_quote', // quoted mail below the reply (shown after "•••")
    '.gmail_signature', // the agent's signature
    '[data-smartmail="gmail_signature"]', // signature wrapper
  ],
} as const;

const S = gmailSelectors;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

function agentEmail(doc: Document): string | undefined {
  // The tab title reads "Subject - agent@example.com - Gmail".
  const fromTitle = EMAIL.exec(doc.title)?.[0];
  if (fromTitle) return fromTitle.toLowerCase();
  const label = queryFirst(doc, S.account)?.getAttribute('aria-label') ?? '';
  return EMAIL.exec(label)?.[0]?.toLowerCase();
}

function threadId(url: URL | null, doc: Document, subject: string): string {
  // The heading's permanent id first: it describes the conversation on screen, while the hash can
  // run ahead of the DOM during navigation and reads just "#inbox" on a fresh load.
  const heading = queryFirst(doc, S.subject);
  const permanent = heading?.getAttribute('data-thread-perm-id') || heading?.getAttribute('data-legacy-thread-id');
  if (permanent) return permanent;
  // #inbox/FMfcgzQX… or #label/Klachten/FMfcgz…: the last part is the conversation id.
  const last = url?.hash.split('/').pop() ?? '';
  if (/^[A-Za-z0-9_-]{16,}$/.test(last)) return last;
  return subject;
}

/** The conversation's entries, oldest first: the message list, else the opened messages (older markup). */
function messageEntries(doc: Document): Element[] {
  const items = queryAll(doc, S.item).filter(isShown);
  return items.length > 0 ? items : queryAll(doc, S.message).filter(isShown);
}

function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((s) => el.matches(s));
}

function docUrl(doc: Document): URL | null {
  try {
    return new URL(doc.URL);
  } catch {
    return null;
  }
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  matches: [...siteHosts.gmail],
  sendButtons: S.send,
  ...siteEditor(S),

  detect(url, doc) {
    return onSiteHost(url, siteHosts.gmail) || queryFirst(doc, S.markers) !== null;
  },

  readIncoming(doc): Result<IncomingMessage, 'no-thread' | 'no-message'> {
    const entries = messageEntries(doc);
    const subject = lineText(queryFirst(doc, S.subject));
    if (entries.length === 0 && !subject) return fail('no-thread');
    const agent = agentEmail(doc);
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i]!;
      // Messages hidden behind "N older messages" may hold the customer's latest words: never read
      // an older message in their place.
      if (matchesAny(entry, S.summarised)) return fail('no-message');
      const sender = queryFirst(entry, S.sender);
      const email = sender?.getAttribute('email')?.toLowerCase();
      if (agent && email === agent) continue; // the agent's own earlier reply
      const body = queryFirst(entry, S.body);
      // A collapsed message keeps its body in the DOM once it was opened (hidden): read that, else
      // the snippet Gmail shows for it; the agent does not have to open it.
      let text = body ? extractText(body, { skip: S.exclude }) : '';
      if (!text && matchesAny(entry, S.collapsed))
        text = extractText(queryFirst(entry, S.snippet) ?? entry.ownerDocument.createElement('i'));
      if (!body && !text) return fail('no-message'); // not rendered yet: the next mutation reads it
      if (!text) continue;
      const incoming: IncomingMessage = {
        text,
        channel: 'email',
        threadId: threadId(docUrl(doc), doc, subject),
      };
      const name = sender?.getAttribute('name') || lineText(sender);
      if (name) incoming.senderName = name;
      if (subject) incoming.subject = subject;
      return ok(incoming);
    }
    return fail('no-message');
  },

  answersThread(editor, _doc, incoming) {
    // A compose window is another message, unless it is this conversation's reply, popped out.
    const win = S.composeWindow.map((sel) => editor.closest(sel)).find((w) => w !== null);
    if (!win) return true;
    const subject = (queryFirst(win, S.composeSubject) as HTMLInputElement | null)?.value ?? '';
    const bare = subject.replace(/^\s*(?:(?:re|antw|aw|sv|fwd?|doorst)\s*:\s*)+/i, '').trim();
    return bare !== '' && bare === incoming.subject?.trim();
  },
};
