/**
 * The panel's two edits of the page's reply editor: insert a card at the caret, replace a flagged
 * span. Each counts only once the editor settled and still shows it (confirm-edit.ts); every
 * refusal is a reason the panel can show.
 */
import { confirmEdit, currentDraft } from './confirm-edit';
import { editorForInsert } from './insert-target';
import type { SiteAdapter } from './types';

export interface EditAnswer {
  ok: boolean;
  reason?: string;
}

export interface PageEditDeps {
  doc: Document;
  /** The adapter of the page now (a single-page host can change under the same tab). */
  adapter: () => SiteAdapter;
  /** The page's timer (the content script passes WXT's ctx-bound one, so a reload cancels it). */
  wait: (ms: number) => Promise<void>;
  /** Put the caret back where the agent last had it (page-watcher.ts), before an insert. */
  restoreCaret?: (editor: HTMLElement) => void;
  settleMs?: number;
}

async function kept(d: PageEditDeps, before: string, text: string): Promise<EditAnswer> {
  // The adapter of the page then: the host may have replaced the editor while it settled.
  const r = await confirmEdit(() => currentDraft(d.adapter(), d.doc), before, text, d.wait, d.settleMs);
  return r.ok ? { ok: true } : { ok: false, reason: r.reason };
}

/**
 * Insert `text` in the reply editor of thread `threadId` (null: the panel shows no thread); an
 * editor of another conversation is refused ('other-thread', 'other-editor').
 * @example await insertIntoPage(deps, { text: 'Het spijt me.', threadId: 'abc' }) // { ok: true }
 */
export async function insertIntoPage(d: PageEditDeps, req: { text: string; threadId: string | null }): Promise<EditAnswer> {
  const a = d.adapter();
  const ed = editorForInsert(a, d.doc, req.threadId);
  if (!ed.ok) return { ok: false, reason: ed.reason };
  d.restoreCaret?.(ed.value);
  const before = a.readDraft(ed.value);
  const text = spacedForCaret(ed.value, req.text);
  const r = a.insertAtCursor(ed.value, text);
  return r.ok ? kept(d, before, text) : { ok: false, reason: r.reason };
}

/**
 * A card put right after a word or a full stop ("… niet.|") would glue onto it ("niet.Ik begrijp"):
 * it gets one space in front. At the start of the draft or a line, after a space, or when the card
 * starts with a space or closing punctuation, it goes in as it is.
 */
export function spacedForCaret(editor: HTMLElement, text: string): string {
  if (!text || /^[\s.,;:!?)\]}]/u.test(text)) return text;
  const before = charBeforeCaret(editor);
  return before && !/\s/u.test(before) ? ` ${text}` : text;
}

function charBeforeCaret(editor: HTMLElement): string | undefined {
  if (
    editor instanceof editor.ownerDocument.defaultView!.HTMLTextAreaElement ||
    editor instanceof editor.ownerDocument.defaultView!.HTMLInputElement
  ) {
    // Without focus there is no caret: the card is appended on a line of its own (editing.ts).
    if (editor.ownerDocument.activeElement !== editor) return undefined;
    const at = editor.selectionStart ?? editor.value.length;
    return at > 0 ? editor.value[at - 1] : undefined;
  }
  const sel = editor.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return undefined;
  const caret = sel.getRangeAt(0);
  if (!editor.contains(caret.startContainer)) return undefined;
  // Inside a run of text the character before is right there. Anywhere else (a new line, an empty
  // paragraph, between elements) the caret counts as the start of a line: no space is added.
  if (caret.startContainer.nodeType !== 3 || caret.startOffset === 0) return undefined;
  return (caret.startContainer.textContent ?? '')[caret.startOffset - 1];
}

/**
 * Replace [start, end) of the draft with `replacement`, only when that span still reads `expected`
 * (the agent may have typed since the panel drew the flag: 'draft-changed').
 * @example await replaceInPage(deps, { start: 0, end: 4, expected: 'Helaas', replacement: 'Jammer genoeg' })
 */
export async function replaceInPage(
  d: PageEditDeps,
  req: { start: number; end: number; expected: string; replacement: string },
): Promise<EditAnswer> {
  const a = d.adapter();
  const ed = a.findEditor(d.doc);
  if (!ed.ok) return { ok: false, reason: ed.reason };
  const before = a.readDraft(ed.value);
  if (before.slice(req.start, req.end) !== req.expected) return { ok: false, reason: 'draft-changed' };
  const r = a.replaceText(ed.value, req.start, req.end, req.replacement);
  return r.ok ? kept(d, before, req.replacement) : { ok: false, reason: r.reason };
}
