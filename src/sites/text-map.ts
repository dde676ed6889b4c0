/**
 * The text of a DOM subtree as the user reads it, and the way back from that text to the DOM:
 * - text extraction that behaves like `innerText` (blocks and <br> give line breaks, hidden parts
 *   skipped) but walks the tree itself, so it gives the same answer in happy-dom and in Chromium,
 *   and can leave out quoted history and signatures by selector;
 * - a map from offsets in that text back to DOM positions, for replacing a span of the draft.
 *
 * Everything works on the node's own document, never on globals, so a page loaded into a separate
 * happy-dom Window behaves like the live tab.
 */
/** Elements that start and end a line, as in `innerText`. `<p>` gives one line break, not two. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'caption',
]);
/** Table cells are separated by a space rather than a line. */
const CELL_TAGS = new Set(['td', 'th']);
/** Never text the user reads. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'meta',
  'link',
  'svg',
  'canvas',
  'iframe',
  'object',
  'textarea',
  'input',
  'select',
  'button',
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
