import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { analyzeIncoming } from '../../core';
import { sentimentSnapshot } from '../../core/sentiment-score';
import {
  draftNote,
  isStorageError,
  liveNotes,
  noteVersion,
  type Note,
  type NoteTag,
  type SentimentSnapshot,
  type TriadeDb,
} from '../../db';
import { NoteSaver, SAVE_DEBOUNCE_MS } from './note-saver';
import { NoteBackup } from './note-backup';
import type { UiLang } from '../i18n/ui-lang';

/** A note as the call screen holds it: the text in the field is the truth, the disk catches up. */
export interface CallNote {
  id: string;
  createdAt: string;
  tag: NoteTag;
  text: string;
  sentiment?: SentimentSnapshot;
  state: 'saved' | 'saving' | 'failed';
  /** The storage error in the UI language, when the last save failed. */
  error?: string;
  /** The stored version (`noteVersion`) this text builds on; null: not on disk yet. */
  base: string | null;
  /**
   * 'kept-other': another window saved this note meanwhile; its newer text is shown and was kept.
   * 'moved-here': this note holds what this panel had typed over it (saved as a note of its own).
   */
  notice?: 'kept-other' | 'moved-here';
}

/** The disk's version of a note, as the call screen shows it. */
const fromDisk = (n: Note): CallNote => ({
  id: n.id,
  createdAt: n.createdAt,
  tag: n.tag,
  text: n.text,
  sentiment: n.sentiment,
  state: 'saved',
  base: noteVersion(n),
});

/** The list in the disk's order (creation time), ties in the order they had. */
const byCreation = (list: CallNote[]) =>
  list
    .map((n, i) => [n, i] as const)
    .sort(([a, i], [b, j]) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : i - j))
    .map(([n]) => n);

/** Scores what the customer said, as noted; other notes carry no sentiment. */
export function sentimentOf(text: string, tag: NoteTag): SentimentSnapshot | undefined {
  if (tag !== 'customer_says' || !/[\p{L}\p{N}]/u.test(text)) return undefined;
  return sentimentSnapshot(analyzeIncoming(text).sentiment);
}

export interface CallNotes {
  notes: CallNote[];
  loaded: boolean;
  setText(id: string, text: string): void;
  setTag(id: string, tag: NoteTag): void;
  /** Starts a new empty note at the end and returns its id (saved once something is typed). */
  add(tag?: NoteTag): string;
  retry(id: string): void;
  flush(): Promise<void>;
}

/**
 * The notes of one case: a live query on the disk (restore after a crash, and what another
 * window on the same case types), kept in memory and written through a debounced saver, flushed
 * on `pagehide` and when the page is hidden. Saves are compare-and-set: when another window saved
 * the same note meanwhile, its newer text is kept and shown, and this panel's text becomes a
 * note of its own, so nothing is overwritten unseen.
 */
export function useCallNotes(db: TriadeDb, caseId: string | null, lang: UiLang, delay = SAVE_DEBOUNCE_MS): CallNotes {
  const [notes, setNotes] = useState<CallNote[]>([]);
  const [loaded, setLoaded] = useState(false);
  // The ref is the truth (keystrokes and save results arrive between renders); state mirrors it.
  const notesRef = useRef<CallNote[]>([]);
  const commit = useCallback((list: CallNote[]) => {
    notesRef.current = list;
    setNotes(list);
  }, []);
  const langRef = useRef(lang);
  langRef.current = lang;

  const patch = useCallback(
    (id: string, change: Partial<CallNote>) => commit(notesRef.current.map((n) => (n.id === id ? { ...n, ...change } : n))),
    [commit],
  );

  const saverRef = useRef<NoteSaver | null>(null);
  const caseRef = useRef(caseId);
  caseRef.current = caseId;
  const backupRef = useRef<NoteBackup | null>(null);
  if (backupRef.current?.caseId !== caseId) backupRef.current = caseId ? new NoteBackup(caseId) : null;
  useEffect(() => {
    const saver = new NoteSaver(
      db,
      {
        // Saved only when the disk holds what the field shows; newer text keeps it at 'saving'.
        onSaved: (note) => {
          const shown = notesRef.current.find((n) => n.id === note.id);
          if (shown && shown.text === note.text && shown.tag === note.tag) {
            patch(note.id, { state: 'saved', error: undefined, base: noteVersion(note) });
            if (note.caseId === caseRef.current) backupRef.current?.saved(note.id, note.text);
          }
        },
        onFailed: (id, err) =>
          patch(id, {
            state: 'failed',
            error: isStorageError(err) ? err.text(langRef.current) : String((err as Error)?.message ?? err),
          }),
        // Another window's newer version is kept and shown; what this panel typed goes to a new note.
        onConflict: (id, current) => {
          const mine = notesRef.current.find((n) => n.id === id);
          const kept: CallNote = { ...fromDisk(current), notice: 'kept-other' };
          const list = notesRef.current.map((n) => (n.id === id ? kept : n));
          const caseNow = caseRef.current;
          if (mine && caseNow && mine.text.trim() !== '' && mine.text !== current.text) {
            const d = draftNote(caseNow, mine.tag);
            const copy: CallNote = {
              id: d.id,
              createdAt: d.createdAt,
              tag: mine.tag,
              text: mine.text,
              sentiment: mine.sentiment,
              state: 'saving',
              base: null,
              notice: 'moved-here',
            };
            commit([...list, copy]);
            saver.schedule({
              id: copy.id,
              caseId: caseNow,
              createdAt: copy.createdAt,
              text: copy.text,
              tag: copy.tag,
              base: null,
              ...(copy.sentiment ? { sentiment: copy.sentiment } : {}),
            });
          } else commit(list);
        },
      },
      delay,
    );
    saverRef.current = saver;
    const flushNow = () => void saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      void saver.flush();
      saver.dispose();
      saverRef.current = null;
    };
  }, [db, delay, patch, commit]);

  // Live: whatever reached the disk before the page closed or the browser died, and every note
  // another window on this case saves. Text this panel has not saved yet stays as typed.
  useEffect(() => {
    commit([]);
    setLoaded(false);
    if (!caseId) return;
    // What a page closed right after typing left in its synchronous copy: restored once, on the first read.
    let copies: ReturnType<NoteBackup['read']> | null = backupRef.current?.read() ?? null;
    const sub = liveNotes(db, caseId).subscribe({
      next: (rows) => {
        const saver = saverRef.current;
        const local = new Map(notesRef.current.map((n) => [n.id, n]));
        const merged = notesRef.current.slice();
        const restored: CallNote[] = [];
        if (copies) {
          const onDisk = new Map(rows.map((r) => [r.id, r]));
          for (const [id, copy] of Object.entries(copies)) {
            const row = onDisk.get(id);
            // Newer than the disk's note (or never written): the copy is what the agent last typed.
            if (local.has(id) || (row && (row.text === copy.text || Date.parse(row.updatedAt) >= copy.at))) {
              if (!local.has(id)) backupRef.current?.drop(id);
              continue;
            }
            if (!row && copy.text.trim() === '') continue;
            restored.push({
              id,
              createdAt: copy.createdAt,
              tag: copy.tag,
              text: copy.text,
              sentiment: sentimentOf(copy.text, copy.tag),
              state: 'saving',
              base: row ? noteVersion(row) : null,
            });
          }
          copies = null;
        }
        const restoredIds = new Set(restored.map((n) => n.id));
        for (const row of rows) {
          const mine = local.get(row.id);
          if (restoredIds.has(row.id)) continue;
          if (!mine) merged.push(fromDisk(row));
          else if (
            mine.base !== noteVersion(row) &&
            !saver?.owns(row.id, noteVersion(row)) &&
            mine.state === 'saved' &&
            (saver?.idle(row.id) ?? true)
          ) {
            // Another window changed a note this panel has nothing unsaved in: show its version.
            saver?.rebase(row.id, noteVersion(row));
            merged[merged.indexOf(mine)] = { ...fromDisk(row), ...(mine.notice ? { notice: mine.notice } : {}) };
          }
        }
        merged.push(...restored);
        commit(byCreation(merged));
        for (const n of restored)
          saver?.schedule({
            id: n.id,
            caseId,
            createdAt: n.createdAt,
            text: n.text,
            tag: n.tag,
            base: n.base,
            ...(n.sentiment ? { sentiment: n.sentiment } : {}),
          });
        setLoaded(true);
      },
      error: () => setLoaded(true),
    });
    return () => sub.unsubscribe();
  }, [db, caseId, commit]);

  const save = useCallback(
    (note: CallNote) => {
      if (!caseId) return;
      // Synchronously, before the debounced disk write: a page closed now still keeps it.
      backupRef.current?.put(note.id, note);
      saverRef.current?.schedule({
        id: note.id,
        caseId,
        createdAt: note.createdAt,
        text: note.text,
        tag: note.tag,
        base: note.base,
        ...(note.sentiment ? { sentiment: note.sentiment } : {}),
      });
    },
    [caseId],
  );

  const update = useCallback(
    (id: string, change: (n: CallNote) => Partial<CallNote>) => {
      const current = notesRef.current.find((n) => n.id === id);
      if (!current) return;
      const next: CallNote = {
        ...current,
        ...change(current),
        state: current.state === 'failed' ? 'failed' : 'saving',
        notice: undefined,
      };
      next.sentiment = sentimentOf(next.text, next.tag);
      commit(notesRef.current.map((n) => (n.id === id ? next : n)));
      save(next);
    },
    [save, commit],
  );

  const add = useCallback(
    (tag: NoteTag = 'none') => {
      // Always at the end: the disk orders notes by creation time, so a restore shows the same order.
      const d = draftNote(caseId ?? 'none', tag);
      const note: CallNote = { id: d.id, createdAt: d.createdAt, tag, text: '', state: 'saved', base: null };
      commit([...notesRef.current, note]);
      return note.id;
    },
    [caseId, commit],
  );

  return {
    notes,
    loaded,
    setText: (id, text) => update(id, () => ({ text })),
    setTag: (id, tag) => update(id, () => ({ tag })),
    add,
    retry: (id) => update(id, () => ({})),
    flush: () => saverRef.current?.flush() ?? Promise.resolve(),
  };
}
