/**
 * Call notes. `saveNote` is an upsert meant to be called on every keystroke (the caller
 * debounces): one small checked write, validated, and it never resolves unless the text is on disk.
 */
import Dexie, { liveQuery, type Observable } from 'dexie';
import type { TriadeDb } from './db';
import { ACTIONS, StorageError, guard, isStorageError, noCase, parseOrThrow } from './errors';
import { newId, noteSchema, type IsoDate, type Note, type NoteTag, type SentimentSnapshot } from './schema';

/** The editable part of a note. Pass back the `id` and `createdAt` of the saved note to update it. */
export interface NoteDraft {
  id?: string;
  caseId: string;
  text: string;
  tag?: NoteTag;
  sentiment?: SentimentSnapshot;
  /** Known creation time; saves a read on every keystroke when given. */
  createdAt?: IsoDate;
  /**
   * The version token this write stores (see `noteVersion`); a fresh one when left out. (Not
   * `rev`: a draft made by spreading a stored note must not store that note's token again.)
   */
  nextRev?: string;
  /**
   * Compare-and-set: the stored versions this write may replace, as `noteVersion` tokens; `null`
   * stands for "no stored note yet". A stored note of any other version was saved by someone else
   * (another window) since: the write is refused with a NoteConflict. Left out: replace whatever
   * is stored. A writer with several saves in flight lists each of them (they are all its own).
   */
  expected?: ReadonlyArray<string | null>;
}

/** A stored note's version token: its `rev`, or for rows written before revs its `updatedAt`. */
export function noteVersion(note: Pick<Note, 'rev' | 'updatedAt'>): string {
  return note.rev ?? note.updatedAt;
}

/** A StorageError 'conflict' from saveNote, with the newer note that is on disk (and was kept). */
export type NoteConflict = StorageError & { code: 'conflict'; current: Note };

/** Whether `e` is saveNote refusing to overwrite a note another window saved meanwhile. */
export function isNoteConflict(e: unknown): e is NoteConflict {
  return isStorageError(e) && e.code === 'conflict' && typeof (e as { current?: unknown }).current === 'object';
}

function noteConflict(current: Note): NoteConflict {
  const error = new StorageError(
    'conflict',
    {
      nl: `Deze notitie is intussen in een ander venster gewijzigd: ${ACTIONS.note.nl}, de nieuwere versie is bewaard.`,
      en: `This note was changed meanwhile in another window: ${ACTIONS.note.en}, the newer version was kept.`,
    },
    { field: 'note.updatedAt' },
  );
  return Object.assign(error, { code: 'conflict' as const, current });
}

/**
 * A new, not yet saved note with its id and creation time fixed up front. Start every note this
 * way: saves that are still in flight when the next keystroke comes then update the same note
 * instead of creating a second one, and no save has to read the stored creation time.
 * @example const draft = draftNote(caseId, 'agreed'); await saveNote(db, { ...draft, text });
 */
export function draftNote(
  caseId: string,
  tag: NoteTag = 'none',
  now: Date = new Date(),
): NoteDraft & { id: string; createdAt: IsoDate } {
  return { id: newId(), caseId, text: '', tag, createdAt: now.toISOString() };
}

/**
 * Creates or replaces a note and resolves with the stored note.
 * One read-check-write transaction over cases and notes: the case must still exist when the note
 * is written (retention or an erase in another window cannot leave an orphan note behind), and
 * the stored creation time is kept when `createdAt` is not given.
 * With `draft.expected` it is a compare-and-set, checked in the same transaction.
 * @throws StorageError ('quota' when the disk is full, 'invalid' naming the bad field, 'no-case'
 *   when the case is gone, 'conflict' (a NoteConflict) when another window saved a version not
 *   in `expected`, …); the promise never resolves unless the note was written.
 * @example let note = await saveNote(db, { caseId, text: 'Klant zegt: pakket niet bezorgd' });
 *          note = await saveNote(db, { ...note, text: note.text + ', al 3 weken' });
 */
export async function saveNote(db: TriadeDb, draft: NoteDraft, now: Date = new Date()): Promise<Note> {
  const at = now.toISOString();
  const base = {
    id: draft.id ?? newId(),
    caseId: draft.caseId,
    text: draft.text,
    tag: draft.tag ?? 'none',
    ...(draft.sentiment ? { sentiment: draft.sentiment } : {}),
    updatedAt: at,
    rev: draft.nextRev ?? newId(),
  };
  // Validate before touching the disk, so a bad draft fails fast and the same way on every path.
  const checked = parseOrThrow(noteSchema, { ...base, createdAt: draft.createdAt ?? at }, ACTIONS.note, 'note');
  // The transaction (and its first request) starts synchronously: a pagehide flush gets it to IndexedDB.
  return guard(ACTIONS.note, () =>
    db.transaction('rw', db.cases, db.notes, async () => {
      const readExisting = draft.id !== undefined && (draft.createdAt === undefined || draft.expected !== undefined);
      const [owner, existing] = await Promise.all([
        db.cases.get(checked.caseId),
        readExisting ? db.notes.get(checked.id) : undefined,
      ]);
      if (!owner) throw noCase(ACTIONS.note, checked.caseId);
      if (draft.expected !== undefined && !draft.expected.includes(existing ? noteVersion(existing) : null)) {
        // Someone else's version is on disk: keep it. (No stored note, but one was expected: it
        // was deleted meanwhile; writing it again loses nothing.)
        if (existing) throw noteConflict(existing);
      }
      const note = existing && draft.createdAt === undefined ? { ...checked, createdAt: existing.createdAt } : checked;
      await db.notes.put(note);
      return note;
    }),
  );
}

/** Adds a new note to a case. */
export function addNote(
  db: TriadeDb,
  caseId: string,
  text: string,
  tag: NoteTag = 'none',
  now: Date = new Date(),
): Promise<Note> {
  return saveNote(db, { caseId, text, tag }, now);
}

/** A case's notes in the order they were started. */
export function notesOf(db: TriadeDb, caseId: string): Promise<Note[]> {
  return guard(ACTIONS.read, () =>
    db.notes.where('[caseId+createdAt]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray(),
  );
}

/** A case's notes in typing order, re-emitted on every saved keystroke (in any extension page). */
export function liveNotes(db: TriadeDb, caseId: string): Observable<Note[]> {
  return liveQuery(() => notesOf(db, caseId));
}

/** Deletes one note (the agent removes it on purpose). */
export function deleteNote(db: TriadeDb, id: string): Promise<void> {
  return guard(ACTIONS.note, () => db.notes.delete(id));
}
