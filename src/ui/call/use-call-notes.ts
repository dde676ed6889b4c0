import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { analyzeIncoming } from '../../core';
import { draftNote, isStorageError, notesOf, type NoteTag, type SentimentSnapshot, type TriadeDb } from '../../db';
import { NoteSaver, SAVE_DEBOUNCE_MS } from './note-saver';
import type { UiLang } from './strings';

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
}

/** Scores what the customer said, as noted; other notes carry no sentiment. */
export function sentimentOf(text: string, tag: NoteTag): SentimentSnapshot | undefined {
  if (tag !== 'customer_says' || !/[\p{L}\p{N}]/u.test(text)) return undefined;
  const s = analyzeIncoming(text).sentiment;
  return { label: s.label, score: Math.max(-1, Math.min(1, s.score)), intensity: s.intensity };
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
 * The notes of one case: loaded once (restore after a crash), then kept in memory and written
 * through a debounced saver, flushed on `pagehide` and when the page is hidden.
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
  useEffect(() => {
    const saver = new NoteSaver(
      db,
      {
        // Saved only when the disk holds what the field shows; newer text keeps it at 'saving'.
        onSaved: (note) => {
          const shown = notesRef.current.find((n) => n.id === note.id);
          if (shown && shown.text === note.text && shown.tag === note.tag) patch(note.id, { state: 'saved', error: undefined });
        },
        onFailed: (id, err) =>
          patch(id, { state: 'failed', error: isStorageError(err) ? err.text(langRef.current) : String((err as Error)?.message ?? err) }),
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
  }, [db, delay, patch]);

  // Restore: whatever reached the disk before the page closed or the browser died.
  useEffect(() => {
    commit([]);
    setLoaded(false);
    if (!caseId) return;
    let alive = true;
    notesOf(db, caseId).then(
      (rows) => {
        if (!alive) return;
        commit(rows.map((n) => ({ id: n.id, createdAt: n.createdAt, tag: n.tag, text: n.text, sentiment: n.sentiment, state: 'saved' as const })));
        setLoaded(true);
      },
      () => alive && setLoaded(true),
    );
    return () => {
      alive = false;
    };
  }, [db, caseId, commit]);

  const save = useCallback(
    (note: CallNote) => {
      if (!caseId) return;
      saverRef.current?.schedule({
        id: note.id,
        caseId,
        createdAt: note.createdAt,
        text: note.text,
        tag: note.tag,
        ...(note.sentiment ? { sentiment: note.sentiment } : {}),
      });
    },
    [caseId],
  );

  const update = useCallback(
    (id: string, change: (n: CallNote) => Partial<CallNote>) => {
      const current = notesRef.current.find((n) => n.id === id);
      if (!current) return;
      const next: CallNote = { ...current, ...change(current), state: current.state === 'failed' ? 'failed' : 'saving' };
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
      const note: CallNote = { id: d.id, createdAt: d.createdAt, tag, text: '', state: 'saved' };
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
