/**
 * Zendesk Support agent workspace (*.zendesk.com/agent/tickets/N): the conversation log and the
 * composer. Selectors reconstructed from the 2026 agent workspace; fixtures in
 * tests/fixtures/sites/zendesk/.
 */
import { hostMatches, insertText, pickEditor, queryFirst, readEditorText, replaceText } from './dom';
import { fieldText, ticketIncoming, ticketNumber, type TicketSelectors } from './ticket';
import { fail, ok, type IncomingMessage, type Result, type SiteAdapter } from './types';

const ticket = {
  item: [
    'article[data-test-id="omni-log-comment-item"]', // one comment in the workspace conversation log
    // TODO [2027-06-01]: drop with the legacy ticket page fixture.
    'div.event.is-public', // public comment on the legacy (pre-workspace) ticket page
  ],
  body: [
    '.zd-comment', // rendered comment body (both UIs)
  ],
  sender: [
    '[data-test-id="omni-log-item-sender"]', // author name above the comment
    '.actor .name', // legacy ticket page author
  ],
  customer: [
    '[data-author-role="end-user"]', // comment item by an end user (requester or CC)
    '.user_photo.end_user', // legacy: end-user avatar
  ],
  agent: [
    '[data-author-role="agent"]', // comment item by an agent
    '.user_photo.agent', // legacy: agent avatar
  ],
  internal: [
    '[data-test-id="omni-log-internal-note-tag"]', // "Internal note" tag on a private comment
    '.is-private', // legacy private comment
  ],
  requester: [
    '[data-test-id="ticket-system-field-requester-select"] [data-test-id="requester-name"]', // requester field in the ticket properties
    '[data-test-id="ticket-system-field-requester-select"]', // same field, name as its whole text
  ],
  via: [
    '[data-test-id="omni-log-item-via"]', // "via e-mail" / "via chat" line of a comment
  ],
  exclude: [
    'blockquote', // quoted mail kept in the comment
    '.gmail_quote', // quote from a Gmail sender
    '.gmail_signature', // signature from a Gmail sender
    '#Signature', // signature from an Outlook sender
    '.zd-signature', // signature Zendesk marks in e-mail comments
  ],
  stopAt: [
    '#divRplyFwdMsg', // quoted history from an Outlook sender starts here
    '#appendonsend', // Outlook's marker before quoted history
  ],
} satisfies TicketSelectors;

export const zendeskSelectors = {
  /** Present on the ticket page; used when the URL is not a zendesk.com host (local fixtures). */
  markers: [
    '[data-test-id="omni-log-container"]', // conversation log of the agent workspace
    '[data-test-id="omni-header-subject"]', // ticket subject in the workspace header
  ],
  subject: [
    '[data-test-id="omni-header-subject"]', // subject (an input in the workspace header)
  ],
  log: [
    '[data-test-id="omni-log-container"]', // conversation log of the agent workspace
  ],
  send: [
    'button[data-test-id="submit_button-button"]', // agent workspace: "Submit as …" button under the composer
  ],
  editor: [
    'div.ck-editor__editable[contenteditable="true"]', // CKEditor 5 composer, agent workspace 2025+
    // TODO [2027-06-01]: drop with the ProseMirror fixture once no account shows it.
    'div.ProseMirror[contenteditable="true"]', // older workspace composer (ProseMirror)
    'textarea[name="comment[value]"]', // legacy ticket page, plain comment box
  ],
  ...ticket,
} as const;

const S = zendeskSelectors;

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  matches: ['https://*.zendesk.com/*'],
  sendButtons: S.send,

  detect(url, doc) {
    return hostMatches(url, ['*.zendesk.com']) || queryFirst(doc, S.markers) !== null;
  },

  readIncoming(doc): Result<IncomingMessage, 'no-thread' | 'no-message'> {
    const number = ticketNumber(doc, /\/agent\/tickets\/(\d+)/);
    const subject = fieldText(queryFirst(doc, S.subject));
    const hasLog = queryFirst(doc, S.log) !== null || queryFirst(doc, S.item) !== null;
    if (!hasLog) return fail('no-thread');
    return ticketIncoming(doc, ticket, number, subject);
  },

  findEditor(doc) {
    const chosen = pickEditor(doc, S.editor);
    return chosen ? ok(chosen) : fail('no-editor');
  },

  readDraft: (editor) => readEditorText(editor),
  insertAtCursor: (editor, text) => insertText(editor, text),
  replaceText: (editor, start, end, replacement) => replaceText(editor, start, end, replacement),
};
