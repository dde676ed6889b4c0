// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { replaceText, insertText } from '../../../src/sites/editing';
import { extractText, mapText, rangeForOffsets } from '../../../src/sites/text-map';
import { loadPage } from './load';

function body(html: string) {
  const page = loadPage(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`, 'https://example.test/');
  return { ...page, root: page.doc.getElementById('root')! };
}

describe('extractText', () => {
  it.each([
    ['<div>Hallo<br>Anna</div>', 'Hallo\nAnna'],
    ['<div>a</div><div><br></div><div>b</div>', 'a\n\nb'],
    ['<p>a<br></p><p>b</p>', 'a\nb'],
    ['  <span>veel   \n  ruimte</span>  ', 'veel ruimte'],
    ['a&nbsp;&nbsp;b', 'a  b'],
    ['x<script>alert(1)</script><style>p{}</style><span hidden>verborgen</span><span style="display:none">weg</span>y', 'xy'],
    ['<pre>regel 1\n  regel 2</pre>', 'regel 1\n  regel 2'],
    ['boos <img alt="😡" src="data:,"> <img alt="logo" src="data:,">!', 'boos 😡 !'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a b\nc'],
  ])('%s → %j', async (html, want) => {
    const { root, close } = body(html);
    expect(extractText(root)).toBe(want);
    await close();
  });

  it('leaves out skipped elements and stops at a stop element', async () => {
    const { root, close } = body(
      '<p>Eigen tekst</p><blockquote>citaat</blockquote><p>nog meer</p><div id="divRplyFwdMsg">Van: x</div><p>oud</p>',
    );
    expect(extractText(root, { skip: ['blockquote'] })).toBe('Eigen tekst\nnog meer\nVan: x\noud');
    expect(extractText(root, { skip: ['blockquote'], stopAt: ['#divRplyFwdMsg'] })).toBe('Eigen tekst\nnog meer');
    await close();
  });
});

describe('offset ↔ DOM mapping', () => {
  it('maps every offset of the text to a range whose text is that substring', async () => {
    const { root, close } = body('<div>Beste <b>Anna</b>,</div><div><br></div><div>het   spijt&nbsp;me 😊</div>');
    const map = mapText(root);
    expect(map.text).toBe('Beste Anna,\n\nhet spijt me 😊');
    for (const [s, e] of [
      [0, 5],
      [6, 10],
      [6, 11],
      [13, 25],
      [14, 16],
    ] as const) {
      const range = rangeForOffsets(root, map, s, e)!;
      // Collapsed white space maps to the whole run, so compare with white space squashed.
      expect(
        range
          .toString()
          .replace(/\s+/g, ' ')
          .replace(/\u00a0/g, ' '),
      ).toBe(map.text.slice(s, e).replace(/\s+/g, ' '));
    }
    expect(rangeForOffsets(root, map, 3, 99)).toBeNull();
    await close();
  });

  it('replaces across inline formatting and keeps the rest of the formatting', async () => {
    const { root, close } = body('<p>Dat is <b>niet onze</b> fout.</p><p>Groet</p>');
    root.setAttribute('contenteditable', 'true');
    expect(replaceText(root, 7, 16, 'jammer')).toEqual({ ok: true, value: undefined });
    expect(extractText(root)).toBe('Dat is jammer fout.\nGroet');
    expect(root.querySelectorAll('p').length).toBe(2);
    await close();
  });

  it('inserts multi-line text as line breaks in the fallback and announces it with input events', async () => {
    const { root, doc, close } = body('<p>Hallo</p>');
    root.setAttribute('contenteditable', 'true');
    const events: string[] = [];
    root.addEventListener('beforeinput', (e) => events.push('before:' + e.data));
    root.addEventListener('input', (e) => events.push('input:' + (e as InputEvent).data));
    expect(insertText(root, 'regel 1\nregel 2').ok).toBe(true);
    expect(extractText(root)).toBe('Hallo\nregel 1\nregel 2');
    expect(events).toEqual(['before:\nregel 1\nregel 2', 'input:\nregel 1\nregel 2']);
    // The caret ends after the insert, so a second insert continues there.
    expect(doc.getSelection()!.rangeCount).toBe(1);
    expect(insertText(root, '!').ok).toBe(true);
    expect(extractText(root)).toBe('Hallo\nregel 1\nregel 2!');
    await close();
  });

  it('lets a host editor that cancels beforeinput do the edit itself (no double insert)', async () => {
    const { root, close } = body('<p>Hallo</p>');
    root.setAttribute('contenteditable', 'true');
    let handled = '';
    root.addEventListener('beforeinput', (e) => {
      e.preventDefault();
      handled = e.data ?? '';
    });
    expect(insertText(root, 'x').ok).toBe(true);
    expect(handled).toBe('\nx');
    expect(extractText(root)).toBe('Hallo');
    await close();
  });

  it('refuses elements that are not editable', async () => {
    const { root, close } = body('<p>alleen lezen</p>');
    expect(insertText(root, 'x')).toEqual({ ok: false, reason: 'not-editable' });
    expect(replaceText(root, 0, 1, 'x')).toEqual({ ok: false, reason: 'not-editable' });
    await close();
  });

  it('edits a textarea with setRangeText and keeps \\r\\n offsets right', async () => {
    const { root, doc, close } = body('<textarea id="t"></textarea>');
    const t = doc.getElementById('t') as HTMLTextAreaElement;
    t.value = 'a\r\nb c';
    const inputs: string[] = [];
    t.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    expect(replaceText(t, 2, 3, 'B')).toEqual({ ok: true, value: undefined });
    expect(t.value.replace(/\r\n/g, '\n')).toBe('a\nB c');
    expect(inputs).toEqual(['insertText']);
    void root;
    await close();
  });
});
