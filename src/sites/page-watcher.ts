/**
 * Watches a page for the things the side panel shows: the customer's latest message and the
 * agent's draft. Hosts are single-page apps, so the page is re-read on DOM mutations and input
 * (coalesced into one read per `throttleMs`) and on `refresh()` (wxt:locationchange), and a
 * state is reported only when it differs from the last one.
 *
 * Some editors (CKEditor 5) cancel beforeinput and render themselves, so no `input` event fires
 * for typing there: the MutationObserver is what sees those edits. An editor whose body lives in a
 * same-origin iframe (TinyMCE classic mode) gets the same observer and listeners on its document.
 *
 * Lives in src/sites (no messaging import): `PageState` mirrors `pageStateSchema` in
 * src/messaging/protocol.ts field by field; the content script passes it on.
 */
import { frameEditors } from './queries';
import { fitPageState } from './fit-page-state';
import type { IncomingMessage, SiteAdapter, SiteId } from './types';

export interface PageState {
  adapter: SiteId;
  url: string;
  incoming: IncomingMessage | null;
  incomingReason?: string;
  draft: string | null;
  editorReason?: string;
  /** performance.timeOrigin + performance.now() when the state was read. */
  at: number;
}

export interface WatchOptions {
  /** Called on every read, so a host that changes under the same URL picks the right adapter. */
  adapter: () => SiteAdapter;
  onState: (state: PageState) => void;
  /** At most one read per this many ms while the page keeps changing (default 30). */
  throttleMs?: number;
}

export interface PageWatcher {
  /** Read now and return the state (also counts as reported). */
  snapshot(): PageState;
  /** Re-read soon (after a location change). */
  refresh(): void;
  /** Put the caret back where the agent last had it in `editor`, if the page lost it. */
  restoreCaret(editor: HTMLElement): void;
  stop(): void;
}

function now(doc: Document): number {
  const perf = doc.defaultView?.performance ?? globalThis.performance;
  return perf.timeOrigin + perf.now();
}

/**
 * Read the page once through `adapter`; adapter errors become reasons rather than exceptions, and
 * fields longer than the protocol allows are cut (fit-page-state.ts) so the state is never dropped.
 */
export function readPageState(doc: Document, adapter: SiteAdapter): PageState {
  const state: PageState = { adapter: adapter.id, url: doc.URL, incoming: null, draft: null, at: 0 };
  try {
    const incoming = adapter.readIncoming(doc);
    if (incoming.ok) state.incoming = incoming.value;
    else state.incomingReason = incoming.reason;
  } catch {
    state.incomingReason = 'adapter-error';
  }
  try {
    const editor = adapter.findEditor(doc);
    if (editor.ok) state.draft = adapter.readDraft(editor.value);
    else state.editorReason = editor.reason;
  } catch {
    state.editorReason = 'adapter-error';
  }
  state.at = now(doc);
  return fitPageState(state);
}

function sameState(a: PageState | null, b: PageState): boolean {
  if (!a) return false;
  return (
    a.adapter === b.adapter &&
    a.url === b.url &&
    a.draft === b.draft &&
    a.incomingReason === b.incomingReason &&
    a.editorReason === b.editorReason &&
    JSON.stringify(a.incoming) === JSON.stringify(b.incoming)
  );
}

export function watchPage(doc: Document, options: WatchOptions): PageWatcher {
  const view = doc.defaultView;
  const throttle = options.throttleMs ?? 30;
  let last: PageState | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  /** The agent's last caret inside an editable element. */
  let lastCaret: Range | null = null;

  const setTimer = view ? view.setTimeout.bind(view) : setTimeout;
  const clearTimer = view ? view.clearTimeout.bind(view) : clearTimeout;

  const read = (): void => {
    timer = null;
    if (stopped) return;
    watchFrames();
    const state = readPageState(doc, options.adapter());
    if (sameState(last, state)) return;
    last = state;
    options.onState(state);
  };

  const schedule = (): void => {
    if (stopped || timer !== null) return;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the page's window and Node type the timer handle differently
    timer = setTimer(read, throttle) as ReturnType<typeof setTimeout>;
  };

  const onSelection = (event?: Event): void => {
    const source = (event?.currentTarget as Document | undefined) ?? doc;
    const selection = source.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const node = range.startContainer;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (el?.closest('[contenteditable]:not([contenteditable="false"])')) lastCaret = range.cloneRange();
  };

  const Observer = view?.MutationObserver ?? globalThis.MutationObserver;
  const observer = new Observer(schedule);
  const watched: Document[] = [doc];
  const watch = (d: Document): void => {
    observer.observe(d.documentElement, { childList: true, subtree: true, characterData: true });
    d.addEventListener('input', schedule, true);
    d.addEventListener('selectionchange', onSelection);
  };
  // Editor iframes come and go (an editor re-initialised gets a new document): watch each new one.
  const watchFrames = (): void => {
    for (const body of frameEditors(doc)) {
      const d = body.ownerDocument;
      if (watched.includes(d)) continue;
      watched.push(d);
      watch(d);
    }
  };
  watch(doc);
  // An iframe's document is there once the frame loaded: its load event reaches the page in capture.
  doc.addEventListener('load', schedule, true);
  schedule();

  return {
    snapshot() {
      const state = readPageState(doc, options.adapter());
      last = state;
      return state;
    },
    refresh() {
      last = null; // report even when nothing visible changed: the panel may key on the URL
      schedule();
    },
    restoreCaret(editor) {
      const selection = editor.ownerDocument.getSelection();
      if (!selection || !lastCaret) return;
      const current = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      if (current && editor.contains(current.startContainer)) return;
      if (!editor.contains(lastCaret.startContainer) || !lastCaret.startContainer.isConnected) return;
      selection.removeAllRanges();
      selection.addRange(lastCaret);
    },
    stop() {
      stopped = true;
      observer.disconnect();
      for (const d of watched) {
        d.removeEventListener('input', schedule, true);
        d.removeEventListener('selectionchange', onSelection);
      }
      doc.removeEventListener('load', schedule, true);
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}
