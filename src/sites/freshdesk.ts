/**
 * Freshdesk ticket page (*.freshdesk.com/a/tickets/N): the conversation and the Froala reply
 * editor. Selectors reconstructed from the 2026 agent UI; fixtures in tests/fixtures/sites/freshdesk/.
 */
import { hostMatches, insertText, pickEditor, queryAll, queryFirst, readEditorText, replaceText } from './dom';
import { fieldText, ticketIncoming, ticketNumber, type TicketSelectors } from './ticket';
import { fail, ok, type IncomingMessage, type Result, type SiteAdapter } from './types';

const ticket = {
  item: [
    '[data-test-id="ticket-description"]', // the ticket's first message (description)
    '[data-test-id="conversation-item"]', // each later reply or note in the conversation
  ],
  body: [
    '.fr-view:not([contenteditable])', // rendered rich text of a message
    '.email-content', // rendered e-mail body (older ticket view)
  ],
  sender: [
    '[data-test-id="conversation-sender"]', // author name in the message header
  ],
  customer: [
    '[data-user-type="requester"]', // message by the requester / contact
  ],
  agent: [
    '[data-user-type="agent"]', // message by an agent
  ],
  internal: [
    '[data-test-id="private-note"]', // private note marker
    '.private-note', // private note item class
  ],
  requester: [
    '[data-test-id="requester-info-name"]', // contact name in the requester sidebar
  ],
  via: [
    '[data-test-id="conversation-source"]', // "via E-mail" / "via Chat" / "via Portal"
  ],
  exclude: [
    '.freshdesk_quote', // quoted history Freshdesk wraps (div and blockquote)
    'blockquote', // quotes from other mail clients
    '.gmail_quote', // quote from a Gmail sender
    '.gmail_signature', // signature from a Gmail sender
    '#Signature', // signature from an Outlook sender
  ],
  stopAt: [
    '#divRplyFwdMsg', // quoted history from an Outlook sender starts here
    '#appendonsend', // Outlook's marker before quoted history
  ],
} satisfies TicketSelectors;

export const freshdeskSelectors = {
  /** Present on the ticket page; used when the URL is not a freshdesk.com host (local fixtures). */
  markers: [
    '[data-test-id="ticket-details"]', // ticket details page container
    '.ticket-details .fr-element', // Froala editor inside the ticket details
  ],
  subject: [
    '[data-test-id="ticket-subject"]', // subject heading of the ticket
    '.ticket-subject-heading', // same, older ticket view
  ],
  conversation: [
    '[data-test-id="ticket-details"]', // page container holding description and conversation
  ],
  send: [
    'button[data-test-id="send-button"]', // ticket reply box: Send
    'button.send-reply', // TODO [2027-06-01]: drop once no helpdesk runs the old UI. Old reply form
  ],
  editor: [
    'div.fr-element.fr-view[contenteditable="true"]', // Froala reply / forward / note editor
    // TODO [2027-06-01]: drop once no helpdesk runs the old UI.
    'div.redactor_editor[contenteditable="true"]', // old helpdesk UI (Redactor)
  ],
  editorStop: [
    '.freshdesk_quote', // quoted history added by "show quoted text"
    '.freshdesk_signature', // the agent's signature block
  ],
  ...ticket,
} as const;

const S = freshdeskSelectors;

export const freshdesk: SiteAdapter = {
  id: 'freshdesk',
  matches: ['https://*.freshdesk.com/*'],
  sendButtons: S.send,

  detect(url, doc) {
    return hostMatches(url, ['*.freshdesk.com']) || queryFirst(doc, S.markers) !== null;
  },

  readIncoming(doc): Result<IncomingMessage, 'no-thread' | 'no-message'> {
    const number = ticketNumber(doc, /\/a\/tickets\/(\d+)/);
    const subject = fieldText(queryFirst(doc, S.subject));
    const items = queryAll(doc, S.item);
    if (items.length === 0 && !number) return fail('no-thread');
    return ticketIncoming(doc, ticket, number, subject);
  },

  findEditor(doc) {
    const chosen = pickEditor(doc, S.editor);
    return chosen ? ok(chosen) : fail('no-editor');
  },

  readDraft: (editor) => readEditorText(editor),
  insertAtCursor: (editor, text) => insertText(editor, text, S.editorStop),
  replaceText: (editor, start, end, replacement) => replaceText(editor, start, end, replacement),
};
