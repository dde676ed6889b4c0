/** Who sent a runtime message. Decided once, here, from sender.id (never sender.url). */
export type SenderKind = 'content' | 'extension-page' | 'foreign';

export interface SenderLike {
  id?: string;
  tab?: { id?: number };
}

export function classifySender(sender: SenderLike, ownId: string): SenderKind {
  if (sender.id !== ownId) return 'foreign';
  return sender.tab?.id !== undefined ? 'content' : 'extension-page';
}
