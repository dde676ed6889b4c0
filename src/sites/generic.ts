/**
 * Generic adapter: any page. It is the fallback of the registry and the adapter of the demo page.
 *
 * Incoming message:
 * - an element marked `data-triade-incoming` (the last visible one), else
 * - the current text selection (in the page or in a focused text field), else 'no-message'.
 * Editor:
 * - an element marked `data-triade-editor`, else
 * - the focused textarea / text input / contenteditable (also inside a same-origin editor iframe), else
 * - the largest visible textarea or contenteditable, or editor iframe's body (TinyMCE classic mode).
 *
 * The data-attribute convention (any page, and a cheap way for a team's own tool to support Triade):
 *   data-triade-incoming             on the element holding the customer's message body
 *     data-triade-sender="Name"      optional: the customer's name
 *     data-triade-thread="id"        optional: conversation id (defaults to the page URL)
 *     data-triade-subject="…"        optional: subject line
 *     data-triade-channel="chat"     optional: email | chat | other (default email)
 *   data-triade-quote / data-triade-signature   inside a message or the editor: left out / insert before
 *   data-triade-editor               on the reply box (textarea, input or contenteditable)
 *   <meta name="triade-demo">        marks the bundled demo page
 */
import { isContentEditable, isTextField } from './editing';
import { deepActiveElement, frameEditors, isShown, queryAll, queryFirst } from './queries';
import { draftMethods } from './site-editor';
import { extractText } from './text-map';
import { fail, ok, type IncomingMessage, type Result, type SiteAdapter } from './types';

export const genericSelectors = {
  markers: [
    'meta[name="triade-demo"]', // the bundled demo page (tests/fixtures/demo)
    '[data-triade-incoming]', // a page that marks its incoming message
    '[data-triade-editor]', // a page that marks its reply box
  ],
  incoming: [
    '[data-triade-incoming]', // marked incoming message body
  ],
  exclude: [
    '[data-triade-quote]', // marked quoted history
    '[data-triade-signature]', // marked signature
  ],
  markedEditor: [
    '[data-triade-editor]', // marked reply box
  ],
  editorCandidates: [
    'textarea', // plain reply boxes
    '[contenteditable=""]', // rich editors (attribute without value)
    '[contenteditable="true"]', // rich editors
    '[contenteditable="plaintext-only"]', // plain-text rich editors
  ],
} as const;

const S = genericSelectors;

function pageId(doc: Document): string {
  try {
    const url = new URL(doc.URL);
    return url.origin + url.pathname + url.hash;
  } catch {
    return doc.URL;
  }
}

function selectedText(doc: Document): string {
  const active = deepActiveElement(doc);
  if (active && isTextField(active)) {
    const field = active as HTMLTextAreaElement;
    const start = field.selectionStart ?? 0;
    const end = field.selectionEnd ?? 0;
    if (end > start) return field.value.slice(start, end).trim();
  }
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return '';
  const parts: string[] = [];
  for (let i = 0; i < selection.rangeCount; i++) {
    parts.push(extractText(selection.getRangeAt(i).cloneContents(), { skip: S.exclude }));
  }
  return parts.join('\n').trim();
}

/** The editing host of a node inside a contenteditable: its outermost editable ancestor. */
function editingHost(el: Element): HTMLElement {
  let host = el;
  while (host.parentElement && isContentEditable(host.parentElement)) host = host.parentElement;
  return host as HTMLElement;
}

/** On-screen size; where there is no layout (test DOMs), the size the markup asks for. */
function area(el: Element): number {
  const frame = el.ownerDocument.defaultView?.frameElement;
  const r = (el.localName === 'body' && frame ? frame : el).getBoundingClientRect();
  if (r.width * r.height > 0) return r.width * r.height;
  const rows = Number(el.getAttribute('rows')) || 2;
  const cols = Number(el.getAttribute('cols')) || 20;
  return el.localName === 'textarea' ? rows * cols : 0;
}

export const generic: SiteAdapter = {
  id: 'generic',
  matches: [],

  /** True only for pages that use the data-triade convention; the registry falls back to generic anyway. */
  detect(_url, doc) {
    return queryFirst(doc, S.markers) !== null;
  },

  readIncoming(doc): Result<IncomingMessage, 'no-thread' | 'no-message'> {
    const marked = queryAll(doc, S.incoming).filter(isShown);
    const latest = marked[marked.length - 1];
    if (latest) {
      const text = extractText(latest, { skip: S.exclude });
      if (text) {
        const channel = latest.getAttribute('data-triade-channel');
        const incoming: IncomingMessage = {
          text,
          channel: channel === 'chat' || channel === 'other' ? channel : 'email',
          threadId: latest.getAttribute('data-triade-thread') || pageId(doc),
        };
        const sender = latest.getAttribute('data-triade-sender');
        if (sender) incoming.senderName = sender;
        const subject = latest.getAttribute('data-triade-subject');
        if (subject) incoming.subject = subject;
        return ok(incoming);
      }
    }
    const selected = selectedText(doc);
    if (selected) return ok({ text: selected, channel: 'other', threadId: pageId(doc) });
    return fail('no-message');
  },

  findEditor(doc) {
    const marked = queryAll(doc, S.markedEditor).filter(isShown);
    const last = marked[marked.length - 1];
    if (last) return ok(last as HTMLElement);
    const active = deepActiveElement(doc);
    if (active && isTextField(active)) return ok(active as HTMLElement);
    if (active && isContentEditable(active)) return ok(editingHost(active));
    const candidates = queryAll(doc, S.editorCandidates)
      .filter((e) => isShown(e) && (isTextField(e) || editingHost(e) === e))
      .filter((e) => !(e as HTMLTextAreaElement).readOnly && !(e as HTMLTextAreaElement).disabled)
      // An editor whose body lives in an iframe (TinyMCE classic), sized by the frame on screen.
      .concat(frameEditors(doc));
    let best: Element | undefined;
    for (const c of candidates) if (!best || area(c) > area(best)) best = c;
    return best ? ok(best as HTMLElement) : fail('no-editor');
  },

  ...draftMethods(S.exclude),
};
