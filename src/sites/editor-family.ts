/**
 * Which rich-text editor a reply box is, and the input path that editor's own pipeline accepts.
 *
 * Editors such as CKEditor 5, Froala, ProseMirror/TipTap, Quill, Lexical and Draft.js keep the
 * text in their own model and re-render the DOM from it: a DOM edit, or `execCommand('insertText')`
 * from a content script, shows for a moment and is then rendered away (FACTS.md: about 50 ms in
 * CKEditor 5). A content script cannot reach the editor's JavaScript object from the isolated world,
 * but it can dispatch DOM events, and every one of these editors handles a `paste` event with a
 * `DataTransfer` through its own clipboard pipeline: the text lands in the model at the model's
 * selection and is one step of the editor's own undo. The Zendesk Auto Translator extension
 * reports the same for the live Zendesk composer (README "How reply translation works", v1.0.7:
 * "synthetic-paste … is the one that works in current Zendesk"; public index id 60266417149).
 *
 * Plain contenteditables (Gmail's and Outlook's composers) keep the browser's `execCommand`, which
 * those hosts accept (issue 10) and which keeps native undo.
 */

export type EditorFamily =
  'ckeditor5' | 'froala' | 'prosemirror' | 'quill' | 'lexical' | 'draftjs' | 'tinymce' | 'field' | 'contenteditable';

/** One way of putting text in; tried in the family's order until one is taken. */
export type InputStep = 'paste' | 'beforeinput' | 'execCommand' | 'dom';

/** The class or attribute each editor puts on (or around) its editable root. */
export const editorFamilyMarkers = {
  ckeditor5: [
    '.ck-editor__editable', // CKEditor 5 editable root (classic, inline, decoupled builds)
    '.ck-content[contenteditable]', // CKEditor 5 content root when the editable class is themed away
  ],
  froala: [
    '.fr-element', // Froala's editable root inside .fr-wrapper
  ],
  prosemirror: [
    '.ProseMirror', // ProseMirror EditorView root (TipTap renders the same class)
  ],
  quill: [
    '.ql-editor', // Quill's editable root inside .ql-container
  ],
  lexical: [
    '[data-lexical-editor="true"]', // Lexical marks its root element with this attribute
  ],
  draftjs: [
    '.public-DraftEditor-content', // Draft.js editable root
  ],
  tinymce: [
    '.mce-content-body', // TinyMCE editable body (iframe or inline mode)
  ],
} as const satisfies Record<Exclude<EditorFamily, 'field' | 'contenteditable'>, readonly string[]>;

/**
 * Iframes whose document is an editor's editable area. TinyMCE's classic (default) mode puts its
 * body in an iframe: tinymce 7.9.3 createIframeElement gives it the id `<editor id>_ifr` and the class
 * `tox-edit-area__iframe`, and in Chromium fills it through `srcdoc` (setupIframeBody), so the frame
 * is same-origin with the page and a top-frame content script reaches its document.
 */
export const editorFrames = [
  'iframe.tox-edit-area__iframe', // TinyMCE 5–7 classic mode (tinymce.js createIframeElement)
  'iframe[id$="_ifr"]', // TinyMCE's iframe id, any skin (tinymce.js createIframeElement: id + '_ifr')
] as const;

/** The input steps per family, in order. The DOM edit stays last: it is what happy-dom and unknown hosts get. */
export const inputPlan: Record<EditorFamily, readonly InputStep[]> = {
  ckeditor5: ['paste', 'beforeinput', 'execCommand', 'dom'],
  froala: ['paste', 'execCommand', 'dom'],
  prosemirror: ['paste', 'execCommand', 'dom'],
  quill: ['paste', 'execCommand', 'dom'],
  lexical: ['paste', 'beforeinput', 'execCommand', 'dom'],
  draftjs: ['paste', 'beforeinput', 'execCommand', 'dom'],
  tinymce: ['paste', 'execCommand', 'dom'],
  field: ['dom'],
  contenteditable: ['execCommand', 'dom'],
};

/**
 * The family of `editor` by the markers its editor puts on the root or an ancestor.
 * @example editorFamily(document.querySelector('.ck-editor__editable')!) // 'ckeditor5'
 */
export function editorFamily(editor: Element): EditorFamily {
  const tag = editor.localName.toLowerCase();
  if (tag === 'textarea' || tag === 'input') return 'field';
  for (const [family, markers] of Object.entries(editorFamilyMarkers) as Array<[EditorFamily, readonly string[]]>) {
    const joined = markers.join(',');
    if (editor.matches(joined) || editor.closest(joined) !== null) return family;
  }
  return 'contenteditable';
}

type Ctors = typeof globalThis;
const ctorsOf = (el: Element): Ctors => el.ownerDocument.defaultView ?? globalThis;

/** The element the caret is in (events go there and bubble to the editor's root listener). */
function targetOf(editor: HTMLElement, range: Range): Element {
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el && editor.contains(el) ? el : editor;
}

/**
 * Tell the host editor the DOM selection moved, now rather than at the browser's next task:
 * CKEditor 5, ProseMirror and Lexical map the DOM selection to their model on `selectionchange`,
 * and the paste that follows must land where the caret is.
 */
export function announceSelection(doc: Document): void {
  try {
    doc.dispatchEvent(new (ctorsOf(doc.documentElement).Event)('selectionchange'));
  } catch {
    // A document without Event (detached): the editor reads the selection on its own later.
  }
}

/** `text` as HTML that shows the same: escaped, line breaks as <br>, edge and double spaces kept. */
export function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped
    .split('\n')
    .map((line) => line.replace(/ {2}/g, ' &nbsp;').replace(/^ /, '&nbsp;').replace(/ $/, '&nbsp;'))
    .join('<br>');
}

/**
 * Offer `text` to the editor as a paste. True when the editor took it (it cancels the event to
 * insert through its own model; nobody else acts on a synthetic paste). `withHtml` adds a text/html
 * flavour: TinyMCE takes a paste itself only when it carries HTML (tinymce.js registerEventsAndFilters:
 * plain text alone goes to its paste bin and waits for the browser's own paste, which a synthetic
 * event never gets).
 */
export function pasteText(editor: HTMLElement, range: Range, text: string, withHtml = false): boolean {
  const C = ctorsOf(editor);
  if (typeof C.DataTransfer !== 'function' || typeof C.ClipboardEvent !== 'function') return false;
  let event: ClipboardEvent;
  try {
    const data = new C.DataTransfer();
    data.setData('text/plain', text);
    if (withHtml) data.setData('text/html', textToHtml(text));
    event = new C.ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: data });
    // Some DOMs (happy-dom) ignore clipboardData in the init dictionary: no payload, no paste.
    if (!event.clipboardData || event.clipboardData.getData('text/plain') !== text) return false;
  } catch {
    return false;
  }
  return !targetOf(editor, range).dispatchEvent(event);
}

/** Offer a one-line `text` as a cancelable `beforeinput` insertText; true when the editor took it. */
export function beforeInputText(editor: HTMLElement, range: Range, text: string): boolean {
  if (!text || text.includes('\n')) return false;
  const C = ctorsOf(editor);
  if (typeof C.InputEvent !== 'function') return false;
  const event = new C.InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType: 'insertText',
    data: text,
  });
  return !targetOf(editor, range).dispatchEvent(event);
}
