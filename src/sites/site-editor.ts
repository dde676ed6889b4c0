/**
 * The editor part of a site adapter, built from the site's selectors: the adapters differ in where
 * their reply editor is and what follows the agent's text inside it, not in how it is read or edited.
 */
import { insertText, readEditorText, replaceText } from './editing';
import { pickEditor } from './queries';
import { fail, ok, type SiteAdapter } from './types';

export type DraftMethods = Pick<SiteAdapter, 'readDraft' | 'insertAtCursor' | 'replaceText'>;
export type EditorMethods = Pick<SiteAdapter, 'findEditor'> & DraftMethods;

export interface EditorSelectors {
  /** The reply editor, in priority order (pickEditor: the focused one, else the last shown). */
  editor: readonly string[];
  /** Inside the editor: quoted history or signature that an insert without a caret goes before. */
  editorStop?: readonly string[];
}

/**
 * Read, insert and replace in a draft; `stopAt` as in `insertText` (an insert without a caret lands
 * before the first match).
 */
export function draftMethods(stopAt: readonly string[] = []): DraftMethods {
  return {
    readDraft: (editor) => readEditorText(editor),
    insertAtCursor: (editor, text) => insertText(editor, text, stopAt),
    replaceText: (editor, start, end, replacement) => replaceText(editor, start, end, replacement),
  };
}

/**
 * `findEditor` over `selectors.editor` plus the draft methods. `scope` narrows the search to part
 * of the page (Zendesk: the active ticket's panel); null there means the whole document.
 * @example { id: 'gmail', …, ...siteEditor(gmailSelectors) }
 */
export function siteEditor(selectors: EditorSelectors, scope?: (doc: Document) => ParentNode | null): EditorMethods {
  return {
    findEditor(doc) {
      const chosen = pickEditor(doc, selectors.editor, scope?.(doc) ?? doc);
      return chosen ? ok(chosen) : fail('no-editor');
    },
    ...draftMethods(selectors.editorStop),
  };
}
