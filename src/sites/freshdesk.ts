/**
 * Freshdesk ticket page (*.freshdesk.com/a/tickets/N, the Ember agent UI): the description and
 * the conversation as `.ticket-details__item` entries, and the Froala reply editor.
 *
 * Sources (public code that runs on the live pages; read 2026-12-01):
 * - exporter: a public multi-desk message exporter, Freshdesk extractor (index id 69435803588):
 *   `.ticket-details-wrapper`, `.ticket-details__item` with conversation markers, class names with
 *   "requestor" / "privatenote", `[data-test-is-agent]`, `[data-test-conversation="conversation-text"]`,
 *   `.ticket_note`, `[data-test-id="user-name"]`, `[data-test-id="conversation-status"]`
 * - timeline: a public Freshdesk ticket-timeline extension (index id 6638290003): the item classes
 *   `ticket-details__requestor`, `ticket-details__privatenote`, `ticket-details__item`
 * - summarizer: Ankushjha/freshdesk-ai-summarizer @4adcfc8 (2026-02-12), extractor.js:
 *   `[data-test-id="ticket-description"]`, `[data-test-id="conversation-content"]`
 * - navigator: roelvanduijnhoven/freshdesk-mint-navigator @8ed9393 (2019-03-07), snipplet.js:
 *   `.ticket-details__item` per response (Freshdesk "Mint" UI)
 * - assistant: a public Freshdesk AI assistant extension, utils/freshdesk.ts (index id 32226231479):
 *   Froala `.fr-element.fr-view` as the reply editor
 * - multitool: LauraSWP/scripts @4af1756 (2025-07-29), content_script.js: `[data-test-id^="requester-info-…"]`
 * Parts of the UI are web components: text inside open shadow roots is read too (text-map.ts).
 * Fixtures in tests/fixtures/sites/freshdesk/.
 */
import { onSiteHost, siteHosts } from './hosts';
import { lineText, queryAll, queryFirst } from './queries';
import { siteEditor } from './site-editor';
import { fieldText, ticketIncoming, ticketNumber, type TicketSelectors } from './ticket';
import { fail, type IncomingMessage, type Result, type SiteAdapter } from './types';

const ticket = {
  item: [
    '.ticket-details__item', // description and every reply / note of the conversation (exporter findMessageElements; navigator)
    '[data-test-id="conversation-wrapper"]', // a conversation entry where items carry no BEM class (exporter findMessageElements)
    // TODO [2027-06-01]: drop with the pre-Ember fixture once no helpdesk shows it.
    '[data-test-id="conversation-item"]', // earlier reconstruction of a reply entry (no public source)
  ],
  body: [
    '[data-test-conversation="conversation-text"]', // the text container of a reply or note (exporter parseMessageElement)
    '[data-test-id="conversation-content"] .ticket_note', // the note body inside the content block (exporter parseMessageElement)
    '.ticket_note', // a note body on its own (exporter parseMessageElement)
    '[data-test-id="ticket-description"]', // the description's text (summarizer extractTicket)
    '[data-test-id="conversation-content"]', // a conversation's content block (summarizer extractTicket)
  ],
  sender: [
    '[data-test-id="user-name"] b', // author name, bold inside the user-name line (exporter parseMessageElement)
    '[data-test-id="user-name"]', // the whole user-name line (exporter parseMessageElement)
  ],
  customer: [
    '.ticket-details__requestor', // entry written by the requester (timeline colorStatus; exporter inferMessageType)
  ],
  agent: [
    '[data-test-is-agent]', // the author line of an agent (exporter inferMessageType)
    // TODO [2027-06-01]: drop with the pre-Ember fixture.
    '[data-user-type="agent"]', // earlier reconstruction (no public source)
  ],
  internal: [
    '.ticket-details__privatenote', // a private note entry (timeline colorStatus; exporter inferMessageType)
    // TODO [2027-06-01]: drop with the pre-Ember fixture.
    '.private-note', // earlier reconstruction (no public source)
  ],
  requester: [
    '[data-test-id="requester-info-name"]', // contact name in the requester sidebar (the requester-info-* family, multitool)
  ],
  via: [
    '[data-test-id="conversation-status"]', // "reported via e-mail" / "replied" / "added a private note" (exporter parseMessageElement)
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
    '.ticket-details-wrapper', // the ticket's conversation container (exporter CONTAINER_SELECTORS)
    '.tickets-conversation-pane', // the scrolling conversation pane (exporter scrollConversationPane)
  ],
  subject: [
    // No public script read it (searched 2026-12-01): kept from the earlier reconstruction.
    '[data-test-id="ticket-subject"]', // subject heading of the ticket
    '.ticket-subject-heading', // same, older ticket view
  ],
  conversation: [
    '.ticket-details-wrapper', // page container holding description and conversation (exporter)
    '.tickets-conversation-pane', // the conversation pane (exporter)
  ],
  send: [
    // Unverified (no public script clicks it; searched 2026-12-01).
    'button[data-test-id="send-button"]', // ticket reply box: Send
    'button.send-reply', // TODO [2027-06-01]: drop once no helpdesk runs the old UI. Old reply form
  ],
  editor: [
    'div.fr-element.fr-view[contenteditable="true"]', // Froala reply / forward / note editor (assistant froalaSelectors)
    // TODO [2027-06-01]: drop once no helpdesk runs the old UI.
    'div.redactor_editor[contenteditable="true"]', // old helpdesk UI (Redactor; assistant richTextEditor lists .redactor-editor)
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
  matches: [...siteHosts.freshdesk],
  sendButtons: S.send,
  ...siteEditor(S),

  detect(url, doc) {
    return onSiteHost(url, siteHosts.freshdesk) || queryFirst(doc, S.markers) !== null;
  },

  readIncoming(doc): Result<IncomingMessage, 'no-thread' | 'no-message'> {
    const number = ticketNumber(doc, /\/a\/tickets\/(\d+)/);
    const subject = fieldText(queryFirst(doc, S.subject));
    const scope: ParentNode = queryFirst(doc, S.conversation) ?? doc;
    const items = queryAll(scope, S.item);
    if (items.length === 0 && !number) return fail('no-thread');
    // The description's status ("reported via e-mail") is the ticket's channel; replies say "replied".
    const via = lineText(items[0] ? queryFirst(items[0], S.via) : null);
    return ticketIncoming(scope, ticket, number, subject, via);
  },
};
