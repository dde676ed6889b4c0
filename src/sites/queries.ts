/**
 * Finding things on a host page: selector lists tried in order, visibility, the focused element
 * through shadow roots and same-origin iframes, and the reply editor among the candidates.
 */
import { isContentEditable } from './editing';
import { editorFrames } from './editor-family';
import { extractText } from './text-map';

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
  const visible = el as Element & { checkVisibility?: () => boolean };
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
  if (typeof visible.checkVisibility === 'function') {
    try {
      return visible.checkVisibility();
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
export function dedupeNested(list: Element[]): Element[] {
  return list.filter((el) => !list.some((other) => other !== el && other.contains(el)));
}
