/**
 * An insert or replace counts only when the editor still shows it after it has settled. Rich-text
 * editors re-render from their model (CKEditor 5 about 50 ms after a DOM edit it did not make
 * itself), so "the command returned true" is no proof: read the draft again once the editor had
 * its chance, from the editor the adapter finds then (the host may have replaced the element).
 */
import { fail, ok, type Result, type SiteAdapter } from './types';

/** How long an editor gets to re-render before the text is checked again. */
export const SETTLE_MS = 1000;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * True when `after` holds `text` once more than `before` did. White space is compared loosely:
 * editors turn line breaks into paragraphs or <br> as they paste.
 * @example landed('Hoi Anna,', 'Hoi Anna,\nHet spijt me.', 'Het spijt me.') // true
 */
export function landed(before: string, after: string | null, text: string): boolean {
  if (after === null) return false;
  const t = squash(text);
  if (!t) return true;
  return occurrences(squash(after), t) > occurrences(squash(before), t);
}

/** The draft of the editor the adapter finds now (null: none). */
export function currentDraft(adapter: SiteAdapter, doc: Document): string | null {
  const editor = adapter.findEditor(doc);
  return editor.ok ? adapter.readDraft(editor.value) : null;
}

/**
 * After an edit that put `text` in: it must show once the editor settled (`settleMs`). Froala and
 * Lexical render a paste a moment later, CKEditor 5 renders a foreign DOM edit away a moment later:
 * only the state after the wait counts. `wait` is the page's timer (the content script passes
 * WXT's ctx-bound one).
 * @example await confirmEdit(() => currentDraft(zendesk, document), before, card, (ms) => sleep(ms))
 */
export async function confirmEdit(
  read: () => string | null,
  before: string,
  text: string,
  wait: (ms: number) => Promise<void>,
  settleMs = SETTLE_MS,
): Promise<Result<void, 'not-kept'>> {
  await wait(settleMs);
  return landed(before, read(), text) ? ok(undefined) : fail('not-kept');
}
