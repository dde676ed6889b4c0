// @vitest-environment happy-dom
/**
 * A note typed and closed before its disk write landed (Firefox drops an IndexedDB write still
 * running when its sidebar closes): the page's synchronous copy brings it back on the next open.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../db/helpers';
import { draftNote, notesOf, openCase, saveNote } from '../../../../src/db';
import { useCallNotes, type CallNotes } from '../../../../src/ui/call/use-call-notes';
import { NoteBackup } from '../../../../src/ui/call/note-backup';
import { mount, waitFor } from './render';
import { act } from 'preact/test-utils';

let cleanup: Array<() => void> = [];
beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

function Probe(props: { db: Parameters<typeof useCallNotes>[0]; caseId: string; delay: number; out: { api?: CallNotes } }) {
  props.out.api = useCallNotes(props.db, props.caseId, 'nl', props.delay);
  return null;
}

function open(db: Parameters<typeof useCallNotes>[0], caseId: string, delay = 250) {
  const out: { api?: CallNotes } = {};
  const view = mount(<Probe db={db} caseId={caseId} delay={delay} out={out} />);
  cleanup.push(view.unmount);
  return { out, view };
}

describe('notes typed right before the page closed', () => {
  it('are copied synchronously on every keystroke, and the copy goes once the disk has the text', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' });
    const { out } = open(db, c.id, 60_000); // a disk write that does not come before the check
    await waitFor(() => out.api?.loaded, 2000, 'loaded');
    let id = '';
    void act(() => {
      id = out.api!.add('agreed');
    });
    void act(() => out.api!.setText(id, 'Morgen om 10 uur terugbellen'));
    expect(new NoteBackup(c.id).read()[id]?.text).toBe('Morgen om 10 uur terugbellen');
    await act(() => out.api!.flush());
    await waitFor(async () => (await notesOf(db, c.id))[0]?.text === 'Morgen om 10 uur terugbellen', 2000, 'on disk');
    await waitFor(() => new NoteBackup(c.id).read()[id] === undefined, 2000, 'copy gone');
  });

  it('come back on the next open when the disk never got them, and are saved', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' });
    // On disk: the note as the last write that landed had it.
    const d = draftNote(c.id, 'agreed', new Date(Date.now() - 5000));
    await saveNote(db, { ...d, text: 'Morgen om 1' }, new Date(Date.now() - 5000));
    // In the copy: what the agent typed after it, before the sidebar closed.
    new NoteBackup(c.id).put(d.id, { text: 'Morgen om 10 uur terugbellen', tag: 'agreed', createdAt: d.createdAt });
    const { out } = open(db, c.id);
    await waitFor(() => out.api?.notes.find((n) => n.id === d.id)?.text === 'Morgen om 10 uur terugbellen', 2000, 'restored');
    await waitFor(async () => (await notesOf(db, c.id))[0]?.text === 'Morgen om 10 uur terugbellen', 3000, 'saved');
    expect(await notesOf(db, c.id)).toHaveLength(1);
  });

  it('a copy older than what the disk holds (another window saved later) is dropped, not restored', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' });
    const d = draftNote(c.id, 'none');
    new NoteBackup(c.id).put(d.id, { text: 'oude tekst', tag: 'none', createdAt: d.createdAt }, Date.now() - 10_000);
    await saveNote(db, { ...d, text: 'nieuwere tekst uit het andere venster' });
    const { out } = open(db, c.id);
    await waitFor(() => out.api?.loaded && out.api.notes.length === 1, 2000, 'loaded');
    expect(out.api!.notes[0]!.text).toBe('nieuwere tekst uit het andere venster');
    expect(new NoteBackup(c.id).read()[d.id]).toBeUndefined();
  });

  it('a damaged copy never blocks opening the case', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' });
    localStorage.setItem(`triade:unsaved-notes:${c.id}`, '{not json');
    const { out } = open(db, c.id);
    await waitFor(() => out.api?.loaded, 2000, 'loaded');
    expect(out.api!.notes).toEqual([]);
  });
});
