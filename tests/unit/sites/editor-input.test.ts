// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { confirmEdit, landed } from '../../../src/sites/confirm-edit';
import { editorFamily, editorFamilyMarkers, inputPlan } from '../../../src/sites/editor-family';
import { insertText } from '../../../src/sites/editing';
import { activeTicketId, zendesk } from '../../../src/sites/zendesk';
import { fixtureHtml, loadPage } from './load';

function el(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.appendChild(host);
  return host.querySelector('[contenteditable], textarea') as HTMLElement;
}

describe('editorFamily', () => {
  it.each([
    ['<div class="ck ck-content ck-editor__editable" contenteditable="true"><p>x</p></div>', 'ckeditor5'],
    [
      '<div class="fr-box"><div class="fr-wrapper"><div class="fr-element fr-view" contenteditable="true"></div></div></div>',
      'froala',
    ],
    ['<div class="ProseMirror tiptap" contenteditable="true"></div>', 'prosemirror'],
    ['<div class="ql-container"><div class="ql-editor" contenteditable="true"></div></div>', 'quill'],
    ['<div contenteditable="true" data-lexical-editor="true"></div>', 'lexical'],
    ['<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"></div></div>', 'draftjs'],
    ['<div class="mce-content-body" contenteditable="true"></div>', 'tinymce'],
    ['<textarea></textarea>', 'field'],
    ['<div g_editable="true" contenteditable="true"></div>', 'contenteditable'],
  ])('%s is %s', (html, family) => {
    expect(editorFamily(el(html))).toBe(family);
  });

  it('every rich family goes through the paste pipeline first and keeps the DOM edit as the last resort', () => {
    for (const family of Object.keys(editorFamilyMarkers) as Array<keyof typeof editorFamilyMarkers>) {
      expect(inputPlan[family][0]).toBe('paste');
      expect(inputPlan[family].at(-1)).toBe('dom');
    }
    expect(inputPlan.contenteditable[0]).toBe('execCommand');
  });

  it('offers the text to the editor as a paste and stops when the editor takes it', () => {
    const ed = el('<div class="ck-editor__editable" contenteditable="true"><p>Hoi Anna,</p></div>');
    const seen: string[] = [];
    ed.addEventListener('paste', (e) => {
      const ce = e;
      seen.push(`paste:${ce.clipboardData?.getData('text/plain') ?? '(none)'}`);
      if (ce.clipboardData) e.preventDefault(); // the editor inserts through its model
    });
    ed.addEventListener('input', () => seen.push('input'));
    expect(insertText(ed, 'Het spijt me.').ok).toBe(true);
    // No caret in the editor: appended on a line of its own, as one paste the editor took.
    expect(seen).toEqual(['paste:\nHet spijt me.']);
    expect(ed.textContent).not.toContain('Het spijt me.'); // the editor, not the DOM fallback, inserts
  });
});

describe('confirmEdit', () => {
  it('counts an edit only when the text is still there after the editor settled', async () => {
    let draft = 'Hoi Anna,\nHet spijt me.';
    const waits: number[] = [];
    const wait = async (ms: number) => {
      waits.push(ms);
      draft = 'Hoi Anna,'; // the editor rendered the foreign edit away (CKEditor 5 after ~50 ms)
    };
    expect(await confirmEdit(() => draft, 'Hoi Anna,', 'Het spijt me.', wait)).toEqual({ ok: false, reason: 'not-kept' });
    expect(waits).toEqual([1000]);
  });

  it('accepts text that an editor renders a moment later (Froala, Lexical) and loose white space', async () => {
    let draft: string | null = 'Hoi Anna,';
    const wait = async () => {
      draft = 'Hoi Anna,\n\nIk bel u morgen\nom 15.00 uur terug.';
    };
    expect(await confirmEdit(() => draft, 'Hoi Anna,', 'Ik bel u morgen om 15.00 uur terug.', wait)).toEqual({
      ok: true,
      value: undefined,
    });
  });

  it('needs one occurrence more than before: a card that was already in the draft does not count again', () => {
    expect(landed('Het spijt me.', 'Het spijt me.', 'Het spijt me.')).toBe(false);
    expect(landed('Het spijt me.', 'Het spijt me. Het spijt me.', 'Het spijt me.')).toBe(true);
    expect(landed('x', null, 'x')).toBe(false);
  });
});

describe('zendesk active ticket', () => {
  it('takes the selected header tab when the URL has no ticket id', async () => {
    const page = loadPage(fixtureHtml('zendesk', 'two-tickets'), 'https://fietsenwinkel.zendesk.com/agent/dashboard');
    expect(activeTicketId(page.doc)).toBe('4821');
    const got = zendesk.readIncoming(page.doc);
    expect(got.ok && got.value.threadId).toBe('4821');
    await page.close();
  });

  it("refuses the background ticket's composer for the active ticket", async () => {
    const page = loadPage(fixtureHtml('zendesk', 'two-tickets'), 'https://fietsenwinkel.zendesk.com/agent/tickets/4821');
    const other = page.doc.querySelector('[data-test-id="ticket-4822-custom-layout"] [contenteditable="true"]') as HTMLElement;
    const read = zendesk.readIncoming(page.doc);
    expect(read.ok).toBe(true);
    if (read.ok) expect(zendesk.answersThread!(other, page.doc, read.value)).toBe(false);
    const mine = zendesk.findEditor(page.doc);
    expect(mine.ok && zendesk.answersThread!(mine.value, page.doc, read.ok ? read.value : (null as never))).toBe(true);
    await page.close();
  });
});

describe('textToHtml (the text/html flavour of a TinyMCE paste)', () => {
  it('escapes markup, keeps edge and double spaces, and turns line breaks into <br>', async () => {
    const { textToHtml } = await import('../../../src/sites/editor-family');
    expect(textToHtml(' Het spijt me <echt> & "zeker".')).toBe('&nbsp;Het spijt me &lt;echt&gt; &amp; &quot;zeker&quot;.');
    expect(textToHtml('Ik bel u om  15.00 uur.\nSchikt dat? ')).toBe('Ik bel u om &nbsp;15.00 uur.<br>Schikt dat?&nbsp;');
  });
});
