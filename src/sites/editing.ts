/**
 * The edit path into a reply editor: per editor family (editor-family.ts) a synthetic paste through
 * the editor's own clipboard pipeline (CKEditor 5, Froala, ProseMirror, Quill, Lexical, …) or
 * `execCommand` on a DOM selection (plain contenteditables: native undo keeps working), a DOM edit
 * plus InputEvent last; text fields through `setRangeText`.
 *
 * Everything works on the element's own document and window, never on globals, so a page
 * loaded into a separate happy-dom Window behaves like the live tab.
 */
import { announceSelection, beforeInputText, editorFamily, inputPlan, pasteText } from './editor-family';
import { extractText, mapText, rangeForOffsets } from './text-map';
import { fail, ok, type Result } from './types';

type TextField = HTMLTextAreaElement | HTMLInputElement;
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

export function isTextField(el: Element): el is TextField {
  const tag = el.localName.toLowerCase();
  if (tag === 'textarea') return true;
  return tag === 'input' && TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

/** contenteditable as the attribute says (isContentEditable is missing or partial in test DOMs). */
export function isContentEditable(el: Element): boolean {
  const holder = el.closest('[contenteditable]');
  if (!holder) return false;
  const value = (holder.getAttribute('contenteditable') ?? '').toLowerCase();
  return value === '' || value === 'true' || value === 'plaintext-only';
}

export function isEditable(el: Element): boolean {
  if (isTextField(el)) return !el.readOnly && !el.disabled;
  return isContentEditable(el);
}

/** The draft text of an editor: the value of a text field, else the extracted text. */
export function readEditorText(editor: HTMLElement): string {
  if (isTextField(editor)) return editor.value.replace(/\r\n?/g, '\n');
  return extractText(editor);
}

type Constructors = typeof globalThis;

function ctorsOf(el: Element): Constructors {
  return el.ownerDocument.defaultView ?? globalThis;
}

function fireInput(el: Element, type: 'beforeinput' | 'input', inputType: string, data: string | null): boolean {
  const C = ctorsOf(el);
  const init = { bubbles: true, cancelable: type === 'beforeinput', composed: true, inputType, data };
  const event = typeof C.InputEvent === 'function' ? new C.InputEvent(type, init) : new C.Event(type, init);
  return el.dispatchEvent(event);
}

function editField(field: TextField, start: number, end: number, text: string): void {
  try {
    field.focus({ preventScroll: true });
  } catch {
    // focus can throw on detached elements; the edit itself still works.
  }
  field.setRangeText(text, start, end, 'end');
  fireInput(field, 'input', text ? 'insertText' : 'deleteContentBackward', text || null);
}

/** Runs the browser's own editing commands, one line at a time (Enter between lines). */
function execInsert(doc: Document, text: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  if (text === '') return doc.execCommand('delete', false);
  let done = true;
  text.split('\n').forEach((line, i) => {
    if (i > 0) done = doc.execCommand('insertParagraph', false) && done;
    if (line) done = doc.execCommand('insertText', false, line) && done;
  });
  return done;
}

/**
 * Replace `range` (inside a contenteditable) with `text` through the host editor's own input path:
 * the steps of its family (editor-family.ts) in order, until one is taken.
 */
function editRange(editor: HTMLElement, range: Range, text: string): void {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  try {
    editor.focus({ preventScroll: true });
  } catch {
    // ignore: see editField
  }
  if (selection) {
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const family = editorFamily(editor);
  if (family !== 'contenteditable') announceSelection(doc);
  for (const step of inputPlan[family]) {
    if (step === 'paste' && text && pasteText(editor, range, text, family === 'tinymce')) return;
    if (step === 'beforeinput' && beforeInputText(editor, range, text)) return;
    if (step === 'execCommand' && selection && typeof doc.execCommand === 'function') {
      const before = readEditorText(editor);
      let done = false;
      try {
        done = execInsert(doc, text);
      } catch {
        done = false;
      }
      // Changed text: the command (or the host editor answering its beforeinput) did the work.
      // Unchanged but reported done: trust it rather than risk inserting twice.
      if (done || readEditorText(editor) !== before) return;
    }
    if (step === 'dom') {
      domEdit(editor, range, text);
      return;
    }
  }
}

/**
 * Fallback when execCommand is missing or refused: offer the edit to the host editor as a
 * cancelable beforeinput; when nobody takes it, edit the DOM and announce it with an input event.
 */
function domEdit(editor: HTMLElement, range: Range, text: string): void {
  const doc = editor.ownerDocument;
  const inputType = text ? 'insertText' : 'deleteContentBackward';
  if (!fireInput(editor, 'beforeinput', inputType, text || null)) return; // the host editor handled it
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  let lastNode: Node | null = null;
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.appendChild((lastNode = doc.createElement('br')));
    if (line) fragment.appendChild((lastNode = doc.createTextNode(line)));
  });
  if (lastNode) {
    range.insertNode(fragment);
    const caret = doc.createRange();
    caret.setStartAfter(lastNode);
    caret.collapse(true);
    const selection = doc.getSelection();
    if (selection) {
      selection.removeAllRanges();
      selection.addRange(caret);
    }
  }
  editor.normalize();
  fireInput(editor, 'input', inputType, text || null);
}

/** The selection's range when it lies inside `editor`, else null. */
function caretRangeIn(editor: HTMLElement): Range | null {
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!editor.contains(range.startContainer) || !editor.contains(range.endContainer)) return null;
  return range.cloneRange();
}

/**
 * Insert `text` at the caret in `editor` (replacing a selection inside it), or — when the caret is
 * elsewhere — at the end of the agent's own text, before the first `stopAt` element (quoted
 * history or signature the site places inside the editor).
 */
export function insertText(editor: HTMLElement, text: string, stopAt: readonly string[] = []): Result<void, 'not-editable'> {
  if (!editor.isConnected || !isEditable(editor)) return fail('not-editable');
  const normalized = text.replace(/\r\n?/g, '\n');
  if (isTextField(editor)) {
    const field = editor;
    const focused = editor.ownerDocument.activeElement === editor;
    const end = field.value.length;
    const start = focused ? (field.selectionStart ?? end) : end;
    const stop = focused ? (field.selectionEnd ?? end) : end;
    // Appended (no caret): on a new line, as for contenteditable editors.
    const glue = !focused && end > 0 && !field.value.endsWith('\n') && !normalized.startsWith('\n') ? '\n' : '';
    editField(field, start, stop, glue + normalized);
    return ok(undefined);
  }
  let range = caretRangeIn(editor);
  let insert = normalized;
  if (!range) {
    const map = mapText(editor, { stopAt });
    const at = map.stopOffset ?? map.text.length;
    range = rangeForOffsets(editor, map, at, at);
    // Appended after the agent's text: start a new line rather than gluing onto the last word.
    if (at > 0 && !insert.startsWith('\n')) insert = '\n' + insert;
  }
  if (!range) return fail('not-editable');
  editRange(editor, range, insert);
  return ok(undefined);
}

/** Replace [start, end) of `readEditorText(editor)` with `replacement`. */
export function replaceText(
  editor: HTMLElement,
  start: number,
  end: number,
  replacement: string,
): Result<void, 'not-editable' | 'not-found'> {
  if (!editor.isConnected || !isEditable(editor)) return fail('not-editable');
  const normalized = replacement.replace(/\r\n?/g, '\n');
  if (isTextField(editor)) {
    const field = editor;
    const length = readEditorText(editor).length;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
      return fail('not-found');
    }
    // The value may hold \r\n where readEditorText has \n: shift the offsets by the \r's before them.
    const raw = field.value;
    const toRaw = (offset: number): number => {
      let seen = 0;
      for (let i = 0; i < raw.length; i++) {
        if (seen === offset) return i;
        if (raw[i] === '\r' && raw[i + 1] === '\n') continue;
        seen++;
      }
      return raw.length;
    };
    editField(field, toRaw(start), toRaw(end), normalized);
    return ok(undefined);
  }
  const map = mapText(editor);
  const range = rangeForOffsets(editor, map, start, end);
  if (!range) return fail('not-found');
  editRange(editor, range, normalized);
  return ok(undefined);
}
