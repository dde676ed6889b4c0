/**
 * Where a card from the panel may go. With nothing focused, `findEditor` falls back to the last
 * visible editor, which can be another message than the one the panel coaches (a new-message
 * window over a Gmail conversation). The panel sends the thread it shows; an editor of another
 * thread is refused with a typed reason, and the panel puts the text on the clipboard instead.
 */
import { fitPageState } from './fit-page-state';
import { fail, ok, type Result, type SiteAdapter } from './types';

export type InsertMiss = 'no-editor' | 'other-thread' | 'other-editor';

/**
 * The editor to insert into for the panel's `threadId` (null: the panel shows no thread).
 * @example const ed = editorForInsert(adapter, document, 'thread-f:18172…'); if (ed.ok) adapter.insertAtCursor(ed.value, text);
 */
export function editorForInsert(adapter: SiteAdapter, doc: Document, threadId: string | null): Result<HTMLElement, InsertMiss> {
  const read = adapter.readIncoming(doc);
  // The panel saw the id as sent: cut to the protocol's limit like every page state.
  const incoming = read.ok
    ? fitPageState({ adapter: adapter.id, url: '', incoming: read.value, draft: null, at: 0 }).incoming
    : null;
  if ((incoming?.threadId ?? null) !== threadId) return fail('other-thread');
  const editor = adapter.findEditor(doc);
  if (!editor.ok) return fail('no-editor');
  if (read.ok && adapter.answersThread && !adapter.answersThread(editor.value, doc, read.value)) return fail('other-editor');
  return ok(editor.value);
}
