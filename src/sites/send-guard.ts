import type { SiteAdapter } from './types';

export interface SendGuardOptions {
  adapter: () => SiteAdapter;
  /** Asked at the moment of sending: hold this send back once? */
  shouldHold: () => boolean;
  /** Called when a send was held; the side panel says why (nothing is drawn over the page). */
  onHeld: () => void;
}

/**
 * The optional before-send reminder: when the draft still has unresolved "what not to say" hits,
 * the first click on the site's Send button (or Ctrl/Cmd+Enter in the editor) is held once; the
 * panel tells the agent, and sending again goes through. Listens in the capture phase on the
 * window so it runs before the site's own handlers. Returns a stop function.
 */
export function guardSend(win: Window, opts: SendGuardOptions): () => void {
  const doc = win.document;
  const hold = (e: Event) => {
    if (!opts.shouldHold()) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    opts.onHeld();
  };
  const onClick = (e: MouseEvent) => {
    const selectors = opts.adapter().sendButtons;
    if (!selectors?.length || !(e.target instanceof Element)) return;
    if (selectors.some((s) => (e.target as Element).closest(s))) hold(e);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || !opts.adapter().sendButtons?.length) return;
    const ed = opts.adapter().findEditor(doc);
    if (ed.ok && e.target instanceof Node && ed.value.contains(e.target)) hold(e);
  };
  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKey, true);
  return () => {
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('keydown', onKey, true);
  };
}
