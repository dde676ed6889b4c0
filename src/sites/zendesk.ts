/**
 * Zendesk Support agent workspace (*.zendesk.com/agent/tickets/N): the active ticket's conversation
 * log and its composer. Every open ticket keeps its panel in the DOM (the other tabs' panels stay
 * mounted, and visibility checks are unreliable there), so everything is read inside the panel of
 * the ticket in the URL (or the selected header tab).
 *
 * Sources (public code that runs on the live workspace; read 2026-12-01):
 * - liferay: holatuwol/liferay-zendesk-userscript @90ee874 (2025-08-22), src/*.ts
 * - palette: danielk-am/components @bf22559 (2025-10-17), command-palette/command-palette-zendesk-editor-utils.js
 * - sla-tabs: a public Zendesk tab-colouring userscript (index id 66930679189): reads the last
 *   `article [data-test-id="omni-log-item-message"]` and its `type` ("end-user" / "agent")
 * - translator: PsycoStea/zendesk-auto-translate content.js and README (index ids 60235527680,
 *   60266417149, 60336940961): `.zd-comment` in `omni-log-message-content`, CKEditor 5 composer
 * - exporter: a public Zendesk ticket exporter (index id 46206427149): `omni-log-comment-item`,
 *   `omni-log-comment-user-link`, `omni-log-internal-note-tag`
 * Fixtures in tests/fixtures/sites/zendesk/.
 */
import { onSiteHost, siteHosts } from './hosts';
import { lineText, queryFirst } from './queries';
import { siteEditor } from './site-editor';
import { fieldText, ticketIncoming, type TicketSelectors } from './ticket';
import { fail, type IncomingMessage, type Result, type SiteAdapter } from './types';

const ticket = {
  item: [
    'article[data-test-id="omni-log-comment-item"]', // one comment of the workspace log (exporter; 68847862235 `messageItems`)
    '[data-test-id="omni-log-container"] article', // every log entry is an <article> (liferay src/main.ts:47, src/internal.ts:7)
    'section[role="feed"] article', // the log as a feed section (sla-tabs applyStylesToLastElement)
    // TODO [2027-06-01]: drop with the legacy ticket page fixture.
    'div.event.is-public', // public comment on the legacy (pre-workspace) ticket page
  ],
  body: [
    '.zd-comment', // rendered comment body inside the message content (liferay src/attachments.ts:274; translator processCustomerMessage)
    '[data-test-id="omni-log-message-content"]', // message content, also for chat messages without .zd-comment (liferay addJiraLinks; translator scanAndAttach)
  ],
  sender: [
    '[data-test-id="omni-log-item-sender"]', // author name above the comment (liferay src/attachments.ts:72, src/permalink.ts:138)
    '[data-test-id="omni-log-comment-user-link"]', // author link in the comment header (exporter)
    // TODO [2027-06-01]: drop with the legacy ticket page fixture.
    '.actor .name', // legacy ticket page author
  ],
  customer: [
    '[data-test-id="omni-log-item-message"][type="end-user"]', // the message bubble of an end user (sla-tabs checkType)
    // TODO [2027-06-01]: drop with the legacy ticket page fixture.
    '.user_photo.end_user', // legacy: end-user avatar
  ],
  agent: [
    '[data-test-id="omni-log-item-message"][type="agent"]', // the message bubble of an agent (sla-tabs checkType)
    // TODO [2027-06-01]: drop with the legacy ticket page fixture.
    '.user_photo.agent', // legacy: agent avatar
  ],
  internal: [
    '[data-test-id="omni-log-internal-note-tag"]', // "Internal note" tag on a private comment (liferay src/internal.ts:7; exporter isInternal)
    '[type="internal"]', // internal entries of the log, as liferay collapses them (src/description.ts:317)
    // TODO [2027-06-01]: drop with the legacy ticket page fixture.
    '.is-private', // legacy private comment
  ],
  requester: [
    // No public script read it (searched 2026-12-01): kept from the earlier reconstruction; the
    // role comes from the `type` marker, the name only helps on role-less (legacy) pages.
    '[data-test-id="ticket-system-field-requester-select"] [data-test-id="requester-name"]', // requester field in the ticket properties
    '[data-test-id="ticket-system-field-requester-select"]', // same field, name as its whole text
  ],
  via: [
    // Unverified per comment (no public script read it); the ticket's own via label below is.
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
    '[data-test-id="omni-log-container"]', // conversation log of the agent workspace (liferay src/description.ts:75, src/permalink.ts:26)
    'input[data-test-id="omni-header-subject"]', // ticket subject in the workspace header (liferay src/priority.ts:417)
  ],
  /** The active ticket's panel; `{id}` is the ticket number. First match wins. */
  ticketPanel: [
    '[data-test-id="ticket-{id}-custom-layout"]', // the ticket's layout container (palette resolveEditableFallback)
    'div[data-side-conversations-anchor-id="{id}"]', // the ticket's conversation pane (liferay src/main.ts:33; sla-tabs checkType)
    '.conversation-polaris[data-ticket-id="{id}"]', // the ticket's conversation tab content (sla-tabs applyStylesToLastElement)
  ],
  /** The selected header tab names the active ticket when the URL does not. */
  activeTab: [
    '[role="tab"][aria-selected="true"][data-entity-id]', // header tab of a ticket, keyed by ticket id (sla-tabs changeTime)
  ],
  subject: [
    'input[data-test-id="omni-header-subject"]', // subject input in the workspace header (liferay src/priority.ts:417)
    // TODO [2027-06-01]: drop once no account shows the older ticket pane.
    'input[data-test-id="ticket-pane-subject"]', // subject of the older ticket pane (liferay src/description.ts:106)
  ],
  ticketVia: [
    'div[data-test-id="omni-header-via-label"]', // "via e-mail" label of the whole ticket (liferay src/description.ts:18, src/modal.ts:91)
  ],
  log: [
    '[data-test-id="omni-log-container"]', // conversation log of the agent workspace (liferay src/description.ts:75)
    'section[role="feed"]', // the log as a feed (sla-tabs applyStylesToLastElement)
  ],
  send: [
    // Unverified (no public script clicks it; searched 2026-12-01).
    'button[data-test-id="submit_button-button"]', // agent workspace: "Submit as …" button under the composer
  ],
  editor: [
    '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]', // CKEditor 5 composer of the ticket (liferay src/reply.ts:168)
    '[data-test-id="omnicomposer-rich-text-ckeditor"] [contenteditable="true"]', // same, when the test id sits on its wrapper (liferay src/reply.ts:168)
    '[data-test-id^="omnicomposer-"][contenteditable="true"]', // any omnicomposer editable (palette FALLBACK_SELECTORS)
    'div.ck-editor__editable[contenteditable="true"]', // CKEditor 5 editable root (translator findCKEditorInstance)
    '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]', // rich-text editor of the ticket form (liferay src/reply.ts:219)
    // TODO [2027-06-01]: drop with the ProseMirror fixture once no account shows it.
    'div.ProseMirror[contenteditable="true"]', // older workspace composer (ProseMirror)
    'textarea[name="comment[value]"]', // legacy ticket page, plain comment box
  ],
  ...ticket,
} as const;

const S = zendeskSelectors;

/** The ticket the agent looks at: the URL's id (tickets or workspaces path), else the selected tab's. */
export function activeTicketId(doc: Document): string | null {
  try {
    const m = /\/agent\/(?:tickets|workspaces)\/(\d+)/.exec(new URL(doc.URL).pathname);
    if (m) return m[1]!;
  } catch {
    // about:blank and the like: no URL id.
  }
  return queryFirst(doc, S.activeTab)?.getAttribute('data-entity-id') ?? null;
}

/** The active ticket's panel, or null when the page marks none (single-ticket and legacy pages). */
export function ticketPanel(doc: Document, id: string | null): Element | null {
  if (!id || !/^\d+$/.test(id)) return null;
  return queryFirst(
    doc,
    S.ticketPanel.map((t) => t.replace('{id}', id)),
  );
}

/** The first match inside the active ticket's panel (the whole page when it marks none). */
function scoped(doc: Document, panel: Element | null, selectors: readonly string[]): Element | null {
  return queryFirst(panel ?? doc, selectors);
}

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  matches: [...siteHosts.zendesk],
  sendButtons: S.send,
  // The composer of the active ticket's panel (the other tabs' composers stay in the DOM).
  ...siteEditor(S, (doc) => ticketPanel(doc, activeTicketId(doc))),

  detect(url, doc) {
    return onSiteHost(url, siteHosts.zendesk) || queryFirst(doc, S.markers) !== null;
  },

  readIncoming(doc): Result<IncomingMessage, 'no-thread' | 'no-message'> {
    const id = activeTicketId(doc);
    const panel = ticketPanel(doc, id);
    const scope: ParentNode = panel ?? doc;
    const hasLog = queryFirst(scope, S.log) !== null || queryFirst(scope, S.item) !== null;
    if (!hasLog) return fail('no-thread');
    const subject = fieldText(scoped(doc, panel, S.subject));
    const via = lineText(scoped(doc, panel, S.ticketVia));
    return ticketIncoming(scope, ticket, id, subject, via);
  },

  /** The composer must sit in the active ticket's panel (another tab's composer stays in the DOM). */
  answersThread(editor, doc) {
    const panel = ticketPanel(doc, activeTicketId(doc));
    return panel === null || panel.contains(editor);
  },
};
