// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { generic } from '../../../src/sites/generic';
import { insertIntoPage, replaceInPage, spacedForCaret, type PageEditDeps } from '../../../src/sites/page-edits';
import { createSendHold } from '../../../src/sites/send-hold';
import type { SiteAdapter } from '../../../src/sites/types';

let waits: number[];
function deps(adapter: SiteAdapter = generic): PageEditDeps {
  // The settle wait is recorded, not slept: the edit is checked again right after it.
  return { doc: document, adapter: () => adapter, wait: async (ms) => void waits.push(ms), settleMs: 1000 };
}
const box = () => document.querySelector('textarea')!;

beforeEach(() => {
  waits = [];
  document.body.innerHTML =
    '<div data-triade-incoming data-triade-thread="t1">Waar blijft mijn pakket?</div><textarea data-triade-editor>Beste Anja, helaas is het pakket zoek.</textarea>';
});

describe('the panel’s edits of the page', () => {
  it('inserts a card into the thread’s editor and answers only after the settle wait', async () => {
    box().setSelectionRange(box().value.length, box().value.length);
    const r = await insertIntoPage(deps(), { text: 'Ik zoek het vandaag voor je uit.', threadId: 't1' });
    expect(r).toEqual({ ok: true });
    expect(box().value).toContain('Ik zoek het vandaag voor je uit.');
    expect(waits).toEqual([1000]);
  });

  it('puts a space before a card inserted right after a word or full stop, and none at a line start or after a space', async () => {
    box().focus();
    box().setSelectionRange(box().value.length, box().value.length);
    expect(await insertIntoPage(deps(), { text: 'Ik zoek het uit.', threadId: 't1' })).toEqual({ ok: true });
    expect(box().value).toBe('Beste Anja, helaas is het pakket zoek. Ik zoek het uit.');
    box().setSelectionRange(0, 0);
    expect(spacedForCaret(box(), 'Hoi,')).toBe('Hoi,');
    box().setSelectionRange(6, 6); // after "Beste "
    expect(spacedForCaret(box(), 'Anja')).toBe('Anja');
    box().setSelectionRange(5, 5); // after "Beste"
    expect(spacedForCaret(box(), ', fijn')).toBe(', fijn');
    // A contenteditable: the character before the caret in its text; a new empty line is a line start.
    document.body.innerHTML = '<div contenteditable="true" id="ed">Hoi Anja, dat is vervelend.</div>';
    const ed = document.getElementById('ed')!;
    const text = ed.firstChild!;
    const range = document.createRange();
    range.setStart(text, text.textContent!.length);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(spacedForCaret(ed, 'Het spijt me.')).toBe(' Het spijt me.');
    const line = document.createElement('div');
    ed.appendChild(line);
    range.setStart(line, 0);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(spacedForCaret(ed, 'Het spijt me.')).toBe('Het spijt me.');
  });

  it('refuses the editor when the panel shows another conversation', async () => {
    expect(await insertIntoPage(deps(), { text: 'Het spijt me.', threadId: 't2' })).toEqual({
      ok: false,
      reason: 'other-thread',
    });
    expect(box().value).toBe('Beste Anja, helaas is het pakket zoek.');
  });

  it('an editor that renders the insert away is "not-kept", never a success', async () => {
    const forgetful: SiteAdapter = { ...generic, insertAtCursor: () => ({ ok: true, value: undefined }) };
    expect(await insertIntoPage(deps(forgetful), { text: 'Het spijt me.', threadId: 't1' })).toEqual({
      ok: false,
      reason: 'not-kept',
    });
  });

  it('replaces the flagged span the panel saw, and refuses once the agent typed over it', async () => {
    const at = box().value.indexOf('helaas');
    const req = { start: at, end: at + 6, expected: 'helaas', replacement: 'jammer genoeg' };
    expect(await replaceInPage(deps(), req)).toEqual({ ok: true });
    expect(box().value).toBe('Beste Anja, jammer genoeg is het pakket zoek.');
    expect(await replaceInPage(deps(), req)).toEqual({ ok: false, reason: 'draft-changed' });
  });

  it('no editor on the page: the reason says so', async () => {
    document.body.innerHTML = '<p>Geen antwoordvak</p>';
    expect(await replaceInPage(deps(), { start: 0, end: 1, expected: 'x', replacement: 'y' })).toEqual({
      ok: false,
      reason: 'no-editor',
    });
  });
});

describe('the before-send hold', () => {
  it('holds the first send of exactly the draft the panel counted, once, and only with the reminder on', () => {
    const hold = createSendHold();
    expect(hold.shouldHold('x')).toBe(false); // no panel report: no hold
    expect(hold.report({ count: 2, draft: 'Helaas', remind: false })).toEqual({ armed: false });
    expect(hold.shouldHold('Helaas')).toBe(false);
    expect(hold.report({ count: 2, draft: 'Helaas', remind: true })).toEqual({ armed: true });
    expect(hold.shouldHold('Helaas, meer')).toBe(false); // the agent typed on: not the counted draft
    expect(hold.shouldHold('Helaas')).toBe(true);
    expect(hold.count()).toBe(2);
    expect(hold.shouldHold('Helaas')).toBe(false); // the second send goes through
    expect(hold.report({ count: 2, draft: 'Helaas', remind: true })).toEqual({ armed: false });
    expect(hold.report({ count: 0, draft: 'Beste', remind: true })).toEqual({ armed: false });
  });
});
