// @vitest-environment happy-dom
/**
 * Editors whose body lives in a same-origin iframe (TinyMCE's classic mode): found through the
 * frame's document by the shared helpers and the generic adapter, and watched for typing.
 * The real TinyMCE in Chromium is in tests/e2e/real-editors.e2e.ts and tinymce-iframe.e2e.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deepActiveElement, frameEditors, isShown } from '../../../src/sites/queries';
import { generic } from '../../../src/sites/generic';
import { watchPage } from '../../../src/sites/page-watcher';

/**
 * TinyMCE's classic markup. happy-dom loads no frame documents, so the frame's document is a
 * separate document standing in for the same-origin about:srcdoc one Chromium gives.
 */
function tinyFrame(): { frame: HTMLIFrameElement; body: HTMLElement } {
  document.body.innerHTML =
    '<div class="tox tox-tinymce"><div class="tox-edit-area"><iframe id="mce_0_ifr" class="tox-edit-area__iframe"></iframe></div></div>';
  const frame = document.querySelector('iframe')!;
  const inner = document.implementation.createHTMLDocument('');
  Object.defineProperty(frame, 'contentDocument', { value: inner, configurable: true });
  const body = inner.body;
  body.className = 'mce-content-body';
  body.setAttribute('contenteditable', 'true');
  body.innerHTML = '<p>Hoi Anna,</p>';
  return { frame, body };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('editor iframes', () => {
  it('frameEditors gives the editable body of a TinyMCE iframe; a frame whose body is not editable gives none', () => {
    const { body } = tinyFrame();
    expect(frameEditors(document)).toEqual([body]);
    body.removeAttribute('contenteditable');
    expect(frameEditors(document)).toEqual([]);
  });

  it('a hidden editor frame does not count', () => {
    const { frame } = tinyFrame();
    frame.style.display = 'none';
    expect(isShown(frame)).toBe(false);
    expect(frameEditors(document)).toEqual([]);
  });

  it('the generic adapter finds the body as the reply editor and reads its draft', () => {
    const { body } = tinyFrame();
    const found = generic.findEditor(document);
    expect(found).toEqual({ ok: true, value: body });
    expect(generic.readDraft(body)).toBe('Hoi Anna,');
  });

  it('deepActiveElement looks into the focused frame', () => {
    const { frame, body } = tinyFrame();
    // Focus inside the frame: the page's active element is the iframe, the frame's is its body.
    Object.defineProperty(document, 'activeElement', { get: () => frame, configurable: true });
    Object.defineProperty(body.ownerDocument, 'activeElement', { get: () => body, configurable: true });
    try {
      expect(deepActiveElement(document)).toBe(body);
    } finally {
      delete (document as unknown as Record<string, unknown>).activeElement;
    }
  });

  it('the page watcher reports typing inside the frame', async () => {
    const { body } = tinyFrame();
    const states: Array<string | null> = [];
    const watcher = watchPage(document, { adapter: () => generic, onState: (s) => states.push(s.draft), throttleMs: 5 });
    await expect.poll(() => states.at(-1)).toBe('Hoi Anna,');
    body.querySelector('p')!.textContent = 'Hoi Anna, het spijt me.';
    await expect.poll(() => states.at(-1)).toBe('Hoi Anna, het spijt me.');
    watcher.stop();
  });
});
