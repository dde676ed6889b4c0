/**
 * DOM helpers shared by the site adapters:
 * - text extraction that behaves like `innerText` (blocks and <br> give line breaks, hidden parts
 *   skipped) but walks the tree itself, so it gives the same answer in happy-dom and in Chromium,
 *   and can leave out quoted history and signatures by selector;
 * - a map from offsets in that text back to DOM positions, for replacing a span of the draft;
 * - the edit path: per editor family (editor-family.ts) a synthetic paste through the editor's own
 *   clipboard pipeline (CKEditor 5, Froala, ProseMirror, Quill, Lexical, …) or `execCommand` on a
 *   DOM selection (plain contenteditables: native undo keeps working), a DOM edit plus InputEvent last.
 *
 * Everything works on the element's own document and window, never on globals, so a page
 * loaded into a separate happy-dom Window behaves like the live tab.
 */
import { announceSelection, beforeInputText, editorFamily, editorFrames, inputPlan, pasteText } from './editor-family';
import { fail, ok, type Result } from './types';

/** Elements that start and end a line, as in `innerText`. `<p>` gives one line break, not two. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead',
  'tr', 'ul', 'caption',
]);
/** Table cells are separated by a space rather than a line. */
const CELL_TAGS = new Set(['td', 'th']);
/** Never text the user reads. */
const SKIP_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'svg', 'canvas',
  'iframe', 'object', 'textarea', 'input', 'select', 'button',
]);
const COLLAPSIBLE = new Set([' ', '\t', '\n', '\r', '\f']);
/** Pictographic characters: Gmail and Outlook render emoji as <img alt="😀">. */
const EMOJI = /\p{Extended_Pictographic}/u;

export interface TextOptions {
  /** Elements matching any of these are left out with their content (quotes, signatures). */
  skip?: readonly string[];
  /** The first element matching any of these ends the text: it and everything after it are left out. */
  stopAt?: readonly string[];
}

/** A DOM position (as in a Range boundary). */
export interface Boundary {
  node: Node;
  offset: number;
}

/** Where one character of the extracted text came from. */
export interface CharSource {
  before: Boundary;
  after: Boundary;
  /** True when the character is a character of a text node (not a generated line break). */
  fromText: boolean;
}

export interface TextMap {
  text: string;
  /** One entry per UTF-16 unit of `text`. */
  sources: CharSource[];
  /** Offset in `text` where a `stopAt` element was met, when one was. */
  stopOffset?: number;
}

function indexInParent(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function joinSelectors(list: readonly string[] | undefined): string | null {
  return list && list.length > 0 ? list.join(',') : null;
}

function safeMatches(el: Element, selector: string | null): boolean {
  if (!selector) return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Hidden by attribute, inline style or computed style (the last only where a window exists). */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  const view = el.ownerDocument.defaultView;
  if (view && typeof view.getComputedStyle === 'function') {
    try {
      const computed = view.getComputedStyle(el);
      if (computed.display === 'none') return true;
    } catch {
      // Detached or foreign nodes: treat as visible.
    }
  }
  return false;
}

/** Builds the text lazily so that leading/trailing whitespace and line breaks never need undoing. */
class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private last = '';
  private pendingSpace: CharSource | null = null;
  private pendingBreaks: CharSource[] = [];
  readonly sources: CharSource[] | null;
  stopOffset: number | undefined;

  constructor(withMap: boolean) {
    this.sources = withMap ? [] : null;
  }

  private atLineStart(): boolean {
    return this.pendingBreaks.length > 0 || this.length === 0 || this.last === '\n';
  }

  /** A line break that is needed only when the text does not already end one (block edges). */
  ensureBreak(src: CharSource): void {
    this.pendingSpace = null;
    if (this.length === 0 && this.pendingBreaks.length === 0) return;
    if (this.pendingBreaks.length > 0 || this.last === '\n') return;
    this.pendingBreaks.push(src);
  }

  /** A line break that always counts (<br>, newline inside <pre>). */
  hardBreak(src: CharSource): void {
    this.pendingSpace = null;
    this.pendingBreaks.push(src);
  }

  /** Collapsible white space: kept as one space only when text follows on the same line. */
  space(src: CharSource): void {
    if (this.atLineStart()) return;
    if (this.pendingSpace) this.pendingSpace.after = src.after;
    else this.pendingSpace = { ...src };
  }

  char(ch: string, src: CharSource): void {
    if (this.pendingBreaks.length > 0) {
      if (this.length > 0) {
        for (const b of this.pendingBreaks) {
          // A break stretches up to the next character, so replacing across it joins the lines.
          if (!b.fromText) b.after = src.before;
          this.push('\n', b);
        }
      }
      this.pendingBreaks = [];
      this.pendingSpace = null;
    }
    if (this.pendingSpace) {
      this.push(' ', this.pendingSpace);
      this.pendingSpace = null;
    }
    this.push(ch, src);
  }

  private push(ch: string, src: CharSource): void {
    this.parts.push(ch);
    this.length += ch.length;
    this.last = ch;
    if (this.sources) this.sources.push(src);
  }

  get currentLength(): number {
    return this.length;
  }

  text(): string {
    return this.parts.join('');
  }
}

interface WalkState {
  skip: string | null;
  stop: string | null;
  stopped: boolean;
  out: TextBuilder;
}

function walk(node: Node, state: WalkState, pre: boolean): void {
  if (state.stopped) return;
  if (node.nodeType === 3) {
    walkText(node as Text, state, pre);
    return;
  }
  if (!isElement(node)) return;
  const el = node;
  const tag = el.localName.toLowerCase();
  if (safeMatches(el, state.stop)) {
    state.stopped = true;
    state.out.stopOffset = state.out.currentLength;
    return;
  }
  const parent = el.parentNode;
  const at = parent ? indexInParent(el) : 0;
  const beforeEl: Boundary = parent ? { node: parent, offset: at } : { node: el, offset: 0 };
  const afterEl: Boundary = parent ? { node: parent, offset: at + 1 } : { node: el, offset: el.childNodes.length };
  if (SKIP_TAGS.has(tag)) return;
  if (tag === 'br') {
    state.out.hardBreak({ before: beforeEl, after: afterEl, fromText: false });
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (safeMatches(el, state.skip) || isHiddenElement(el)) {
    if (block) state.out.ensureBreak({ before: beforeEl, after: afterEl, fromText: false });
    return;
  }
  if (tag === 'img') {
    const alt = el.getAttribute('alt') ?? '';
    if (alt && EMOJI.test(alt)) {
      for (const unit of alt) {
        for (let i = 0; i < unit.length; i++) state.out.char(unit[i]!, { before: beforeEl, after: afterEl, fromText: false });
      }
    }
    return;
  }
  if (block) state.out.ensureBreak({ before: beforeEl, after: { node: el, offset: 0 }, fromText: false });
  if (CELL_TAGS.has(tag)) state.out.space({ before: beforeEl, after: { node: el, offset: 0 }, fromText: false });
  const childPre = pre || tag === 'pre' || /pre/.test((el as HTMLElement).style?.whiteSpace ?? '');
  for (const child of renderedChildren(el)) {
    walk(child, state, childPre);
    if (state.stopped) return;
  }
  if (block) state.out.ensureBreak({ before: { node: el, offset: el.childNodes.length }, after: afterEl, fromText: false });
}

/**
 * The children as rendered: an element with an open shadow root shows its shadow tree (web
 * components, as parts of Freshdesk's UI are), a <slot> shows the light-DOM nodes assigned to it.
 */
function renderedChildren(el: Element): ChildNode[] {
  const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow) return Array.from(shadow.childNodes);
  if (el.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
    if (assigned.length > 0) return assigned as ChildNode[];
  }
  return Array.from(el.childNodes);
}

function walkText(node: Text, state: WalkState, pre: boolean): void {
  const data = node.data;
  const out = state.out;
  for (let i = 0; i < data.length; i++) {
    const ch = data[i]!;
    const src: CharSource = { before: { node, offset: i }, after: { node, offset: i + 1 }, fromText: true };
    if (pre && ch === '\n') out.hardBreak(src);
    else if (!pre && COLLAPSIBLE.has(ch)) out.space(src);
    else if (ch === '\u00a0') out.char(' ', src);
    else if (ch === '\r') continue;
    else out.char(ch, src);
  }
}

function build(root: Node, options: TextOptions, withMap: boolean): TextBuilder {
  const state: WalkState = {
    skip: joinSelectors(options.skip),
    stop: joinSelectors(options.stopAt),
    stopped: false,
    out: new TextBuilder(withMap),
  };
  const children = isElement(root) ? renderedChildren(root) : Array.from(root.childNodes);
  for (const child of children) {
    walk(child, state, false);
    if (state.stopped) break;
  }
  return state.out;
}

/**
 * The visible text of `root`, like `innerText`: blocks and <br> give one line break, runs of
 * white space collapse, `&nbsp;` becomes a space, emoji images give their alt text, leading and
 * trailing white space is trimmed.
 * @example extractText(div) // '<div>Hallo<br>Anna</div>' → 'Hallo\nAnna'
 */
export function extractText(root: Node, options: TextOptions = {}): string {
  return build(root, options, false).text();
}

/** `extractText` plus, for every character, the DOM position it came from. */
export function mapText(root: Node, options: TextOptions = {}): TextMap {
  const b = build(root, options, true);
  const map: TextMap = { text: b.text(), sources: b.sources ?? [] };
  if (b.stopOffset !== undefined) map.stopOffset = b.stopOffset;
  return map;
}

/** Where a caret goes in an element without text: inside its first block (`<p><br></p>`). */
function firstCaretPosition(root: Node): Boundary {
  let node: Node = root;
  for (;;) {
    const first: ChildNode | null = node.firstChild;
    if (!first || !isElement(first)) break;
    const tag = first.localName.toLowerCase();
    if (tag === 'br' || tag === 'img' || SKIP_TAGS.has(tag)) break;
    node = first;
  }
  return { node, offset: 0 };
}

/** A DOM Range over [start, end) of `map.text`; null when the offsets are outside the text. */
export function rangeForOffsets(root: Node, map: TextMap, start: number, end: number): Range | null {
  const doc = root.ownerDocument ?? (root as Document);
  const n = map.sources.length;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > n) return null;
  const range = doc.createRange();
  let a: Boundary;
  let b: Boundary;
  if (n === 0) {
    a = b = firstCaretPosition(root);
  } else if (start === end) {
    const prev = start > 0 ? map.sources[start - 1] : undefined;
    const next = start < n ? map.sources[start] : undefined;
    // Prefer staying inside the text node just before the caret: the insert inherits its formatting.
    a = b = prev && (prev.fromText || !next) ? prev.after : next!.before;
  } else {
    a = map.sources[start]!.before;
    b = map.sources[end - 1]!.after;
  }
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

// ---------------------------------------------------------------------------------------------
// Editors

type TextField = HTMLTextAreaElement | HTMLInputElement;
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

export function isTextField(el: Element): el is TextField {
  const tag = el.localName.toLowerCase();
  if (tag === 'textarea') return true;
  return tag === 'input' && TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

/** contenteditable as the attribute says (isContentEditable is missing or partial in test DOMs). */
export function isContentEditable(el: Element): boolean {
  const holder = el.closest('[contenteditable]');
  if (!holder) return false;
  const value = (holder.getAttribute('contenteditable') ?? '').toLowerCase();
  return value === '' || value === 'true' || value === 'plaintext-only';
}

export function isEditable(el: Element): boolean {
  if (isTextField(el)) return !(el as TextField).readOnly && !(el as TextField).disabled;
  return isContentEditable(el);
}

/** The draft text of an editor: the value of a text field, else the extracted text. */
export function readEditorText(editor: HTMLElement): string {
  if (isTextField(editor)) return (editor as TextField).value.replace(/\r\n?/g, '\n');
  return extractText(editor);
}

type Constructors = typeof globalThis;

function ctorsOf(el: Element): Constructors {
  return (el.ownerDocument.defaultView ?? globalThis) as unknown as Constructors;
}

function fireInput(el: Element, type: 'beforeinput' | 'input', inputType: string, data: string | null): boolean {
  const C = ctorsOf(el);
  const init = { bubbles: true, cancelable: type === 'beforeinput', composed: true, inputType, data };
  const event = typeof C.InputEvent === 'function' ? new C.InputEvent(type, init) : new C.Event(type, init);
  return el.dispatchEvent(event);
}

function editField(field: TextField, start: number, end: number, text: string): void {
  try {
    field.focus({ preventScroll: true });
  } catch {
    // focus can throw on detached elements; the edit itself still works.
  }
  field.setRangeText(text, start, end, 'end');
  fireInput(field, 'input', text ? 'insertText' : 'deleteContentBackward', text || null);
}

/** Runs the browser's own editing commands, one line at a time (Enter between lines). */
function execInsert(doc: Document, text: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  if (text === '') return doc.execCommand('delete', false);
  let done = true;
  text.split('\n').forEach((line, i) => {
    if (i > 0) done = doc.execCommand('insertParagraph', false) && done;
    if (line) done = doc.execCommand('insertText', false, line) && done;
  });
  return done;
}

/**
 * Replace `range` (inside a contenteditable) with `text` through the host editor's own input path:
 * the steps of its family (editor-family.ts) in order, until one is taken.
 */
function editRange(editor: HTMLElement, range: Range, text: string): void {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  try {
    editor.focus({ preventScroll: true });
  } catch {
    // ignore: see editField
  }
  if (selection) {
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const family = editorFamily(editor);
  if (family !== 'contenteditable') announceSelection(doc);
  for (const step of inputPlan[family]) {
    if (step === 'paste' && text && pasteText(editor, range, text, family === 'tinymce')) return;
    if (step === 'beforeinput' && beforeInputText(editor, range, text)) return;
    if (step === 'execCommand' && selection && typeof doc.execCommand === 'function') {
      const before = readEditorText(editor);
      let done = false;
      try {
        done = execInsert(doc, text);
      } catch {
        done = false;
      }
      // Changed text: the command (or the host editor answering its beforeinput) did the work.
      // Unchanged but reported done: trust it rather than risk inserting twice.
      if (done || readEditorText(editor) !== before) return;
    }
    if (step === 'dom') {
      domEdit(editor, range, text);
      return;
    }
  }
}

/**
 * Fallback when execCommand is missing or refused: offer the edit to the host editor as a
 * cancelable beforeinput; when nobody takes it, edit the DOM and announce it with an input event.
 */
function domEdit(editor: HTMLElement, range: Range, text: string): void {
  const doc = editor.ownerDocument;
  const inputType = text ? 'insertText' : 'deleteContentBackward';
  if (!fireInput(editor, 'beforeinput', inputType, text || null)) return; // the host editor handled it
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  let lastNode: Node | null = null;
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.appendChild((lastNode = doc.createElement('br')));
    if (line) fragment.appendChild((lastNode = doc.createTextNode(line)));
  });
  if (lastNode) {
    range.insertNode(fragment);
    const caret = doc.createRange();
    caret.setStartAfter(lastNode);
    caret.collapse(true);
    const selection = doc.getSelection();
    if (selection) {
      selection.removeAllRanges();
      selection.addRange(caret);
    }
  }
  editor.normalize();
  fireInput(editor, 'input', inputType, text || null);
}

/** The selection's range when it lies inside `editor`, else null. */
function caretRangeIn(editor: HTMLElement): Range | null {
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!editor.contains(range.startContainer) || !editor.contains(range.endContainer)) return null;
  return range.cloneRange();
}

/**
 * Insert `text` at the caret in `editor` (replacing a selection inside it), or — when the caret is
 * elsewhere — at the end of the agent's own text, before the first `stopAt` element (quoted
 * history or signature the site places inside the editor).
 */
export function insertText(
  editor: HTMLElement,
  text: string,
  stopAt: readonly string[] = [],
): Result<void, 'not-editable'> {
  if (!editor.isConnected || !isEditable(editor)) return fail('not-editable');
  const normalized = text.replace(/\r\n?/g, '\n');
  if (isTextField(editor)) {
    const field = editor as TextField;
    const focused = editor.ownerDocument.activeElement === editor;
    const end = field.value.length;
    const start = focused ? (field.selectionStart ?? end) : end;
    const stop = focused ? (field.selectionEnd ?? end) : end;
    // Appended (no caret): on a new line, as for contenteditable editors.
    const glue = !focused && end > 0 && !field.value.endsWith('\n') && !normalized.startsWith('\n') ? '\n' : '';
    editField(field, start, stop, glue + normalized);
    return ok(undefined);
  }
  let range = caretRangeIn(editor);
  let insert = normalized;
  if (!range) {
    const map = mapText(editor, { stopAt });
    const at = map.stopOffset ?? map.text.length;
    range = rangeForOffsets(editor, map, at, at);
    // Appended after the agent's text: start a new line rather than gluing onto the last word.
    if (at > 0 && !insert.startsWith('\n')) insert = '\n' + insert;
  }
  if (!range) return fail('not-editable');
  editRange(editor, range, insert);
  return ok(undefined);
}

/** Replace [start, end) of `readEditorText(editor)` with `replacement`. */
export function replaceText(
  editor: HTMLElement,
  start: number,
  end: number,
  replacement: string,
): Result<void, 'not-editable' | 'not-found'> {
  if (!editor.isConnected || !isEditable(editor)) return fail('not-editable');
  const normalized = replacement.replace(/\r\n?/g, '\n');
  if (isTextField(editor)) {
    const field = editor as TextField;
    const length = readEditorText(editor).length;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
      return fail('not-found');
    }
    // The value may hold \r\n where readEditorText has \n: shift the offsets by the \r's before them.
    const raw = field.value;
    const toRaw = (offset: number): number => {
      let seen = 0;
      for (let i = 0; i < raw.length; i++) {
        if (seen === offset) return i;
        if (raw[i] === '\r' && raw[i + 1] === '\n') continue;
        seen++;
      }
      return raw.length;
    };
    editField(field, toRaw(start), toRaw(end), normalized);
    return ok(undefined);
  }
  const map = mapText(editor);
  const range = rangeForOffsets(editor, map, start, end);
  if (!range) return fail('not-found');
  editRange(editor, range, normalized);
  return ok(undefined);
}

// ---------------------------------------------------------------------------------------------
// Queries

/** All elements matching any of `selectors`, in document order, without duplicates. */
export function queryAll(root: ParentNode, selectors: readonly string[]): Element[] {
  if (selectors.length === 0) return [];
  return Array.from(root.querySelectorAll(selectors.join(',')));
}

/** The first element for the first selector that matches (selectors are tried in priority order). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * `queryFirst`, then the same inside open shadow roots under `root` (web components that render
 * their part of the page in a shadow tree).
 */
export function queryFirstDeep(root: ParentNode, selectors: readonly string[]): Element | null {
  const found = queryFirst(root, selectors);
  if (found) return found;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (!shadow) continue;
    const inner = queryFirstDeep(shadow, selectors);
    if (inner) return inner;
  }
  return null;
}

/** Not hidden by itself or an ancestor (hidden attribute, inline style; checkVisibility where the browser has it). */
export function isShown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  let inlineInvisible = false;
  for (let n: Element | null = el; n; n = n.parentElement) {
    // Not aria-hidden: hosts set it on whole panes behind dialogs that stay visible.
    if (n.hasAttribute('hidden')) return false;
    const style = (n as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style && style.display === 'none') return false;
    if (style && style.visibility === 'hidden') inlineInvisible = true;
  }
  // An inline visibility:hidden can be overridden by the page's CSS (TinyMCE's skin shows its
  // container with `visibility: inherit !important`): the computed value decides where there is one.
  const view = el.ownerDocument.defaultView;
  if (inlineInvisible) {
    let computed: string | undefined;
    try {
      computed = view && typeof view.getComputedStyle === 'function' ? view.getComputedStyle(el).visibility : undefined;
    } catch {
      computed = undefined;
    }
    if (computed === undefined || computed === 'hidden') return false;
  }
  if (typeof check === 'function') {
    try {
      return check.call(el);
    } catch {
      return true;
    }
  }
  return true;
}

/** The text of an element with line breaks folded to spaces (names, subjects). */
export function lineText(el: Element | null | undefined): string {
  if (!el) return '';
  return extractText(el).replace(/\s+/g, ' ').trim();
}

/** Normalise a person's name for comparison. */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

/** The document of a same-origin iframe (null for cross-origin or not yet loaded frames). */
function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/** The focused element, looking through open shadow roots and same-origin iframes (an editor's body). */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (;;) {
    if (active?.shadowRoot?.activeElement) {
      active = active.shadowRoot.activeElement;
      continue;
    }
    const inner = active && active.localName === 'iframe' ? frameDocument(active)?.activeElement : null;
    if (!inner) return active;
    active = inner;
  }
}

/**
 * The editable bodies of editor iframes under `root` (editor-family.ts `editorFrames`) whose document
 * this script can reach: same-origin frames only, as a content script in the top frame sees them.
 */
export function frameEditors(root: ParentNode): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const frame of queryAll(root, editorFrames)) {
    if (!isShown(frame)) continue;
    const body = frameDocument(frame)?.body;
    if (body && isContentEditable(body)) out.push(body);
  }
  return out;
}

/** Host name matches one of the patterns' hosts (`*.zendesk.com` style). */
export function hostMatches(url: URL, hosts: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  return hosts.some((h) => (h.startsWith('*.') ? host.endsWith(h.slice(1)) || host === h.slice(2) : host === h));
}

/**
 * The reply editor among the shown matches of `selectors` within `root` (the document, or the active
 * ticket's panel): the one holding focus, else the last one (inline replies sit below the thread,
 * compose windows come later still). An editable nested in another match counts as that one.
 * Editors living in a same-origin iframe (TinyMCE's classic mode) count as well, by their body.
 */
export function pickEditor(doc: Document, selectors: readonly string[], root: ParentNode = doc): HTMLElement | null {
  const editors = [...dedupeNested(queryAll(root, selectors)).filter((e): e is HTMLElement => isShown(e)), ...frameEditors(root)];
  const active = deepActiveElement(doc);
  return editors.find((e) => active !== null && e.contains(active)) ?? editors[editors.length - 1] ?? null;
}

/** Matches nested inside another match count once, as the outer one. */
function dedupeNested(list: Element[]): Element[] {
  return list.filter((el) => !list.some((other) => other !== el && other.contains(el)));
}
