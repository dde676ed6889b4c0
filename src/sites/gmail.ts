/**
 * Gmail (mail.google.com), conversation view and compose.
 * Selectors reconstructed from the 2026 web UI; fixtures in tests/fixtures/sites/gmail/.
 */
import { extractText, hostMatches, insertText, isShown, lineText, pickEditor, queryAll, queryFirst, readEditorText, replaceText } from './dom';
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
  message: [
    'div.adn.ads', // one expanded message in the conversation view (collapsed ones have no body)
  ],
  body: [
    'div.a3s', // message body (classes "a3s aiL")
    '.ii.gt', // wrapper around the body, older conversation view
  ],
  sender: [
    'span.gD[email]', // sender chip in the message header: name= and email= attributes
    'span.gD', // same without email (display-only variant)
  ],
  /** Left out of the customer's text. */
  exclude: [
    '.gmail_quote', // quoted earlier mail, incl. the "On … wrote:" line (.gmail_attr inside)
    'blockquote', // quotes from other mail clients
    '.gmail_signature', // signature block Gmail marks
    '[data-smartmail="gmail_signature"]', // wrapper of the same signature
    'div.yj6qo', // the "•••" toggle of trimmed content
    'div.adL', // trimmed content behind the toggle
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

function docUrl(doc: Document): URL | null {
  try {
    return new URL(doc.URL);
  } catch {
    return null;
  }
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  matches: ['https://mail.google.com/*'],
  sendButtons: S.send,

  detect(url, doc) {
    return hostMatches(url, ['mail.google.com']) || queryFirst(doc, S.markers) !== null;
  },

  readIncoming(doc): Result<IncomingMessage, 'no-thread' | 'no-message'> {
    const messages = queryAll(doc, S.message).filter(isShown);
    const subject = lineText(queryFirst(doc, S.subject));
    if (messages.length === 0 && !subject) return fail('no-thread');
    const agent = agentEmail(doc);
    for (let i = messages.length - 1; i >= 0; i--) {
      const message = messages[i]!;
      const sender = queryFirst(message, S.sender);
      const email = sender?.getAttribute('email')?.toLowerCase();
      if (agent && email === agent) continue; // the agent's own earlier reply
      const body = queryFirst(message, S.body);
      if (!body) continue;
      const text = extractText(body, { skip: S.exclude });
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

  findEditor(doc) {
    const chosen = pickEditor(doc, S.editor);
    return chosen ? ok(chosen) : fail('no-editor');
  },

  answersThread(editor, _doc, incoming) {
    // A compose window is another message, unless it is this conversation's reply, popped out.
    const win = S.composeWindow.map((sel) => editor.closest(sel)).find((w) => w !== null);
    if (!win) return true;
    const subject = (queryFirst(win, S.composeSubject) as HTMLInputElement | null)?.value ?? '';
    const bare = subject.replace(/^\s*(?:(?:re|antw|aw|sv|fwd?|doorst)\s*:\s*)+/i, '').trim();
    return bare !== '' && bare === incoming.subject?.trim();
  },

  readDraft: (editor) => readEditorText(editor),
  insertAtCursor: (editor, text) => insertText(editor, text, S.editorStop),
  replaceText: (editor, start, end, replacement) => replaceText(editor, start, end, replacement),
};
