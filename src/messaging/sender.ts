/** Who sent a runtime message. Decided once, here, from sender.id (never sender.url). */
export type SenderKind = 'content' | 'extension-page' | 'foreign';

export interface SenderLike {
  id?: string;
  tab?: { id?: number };
  /** Set by the browser from the sending frame; a content script carries its web page's origin. */
  origin?: string;
}

/**
 * @param ownOrigin `new URL(runtime.getURL('/')).origin`: tells an extension page opened in a tab
 *   (options page, the panel in a window) from a content script; both have `sender.tab`.
 */
export function classifySender(sender: SenderLike, ownId: string, ownOrigin?: string): SenderKind {
  if (sender.id !== ownId) return 'foreign';
  if (sender.tab?.id === undefined) return 'extension-page';
  return ownOrigin !== undefined && sender.origin === ownOrigin ? 'extension-page' : 'content';
}
