/**
 * Debounced, flushable note writes. Every keystroke schedules a save of that note; `flush()`
 * starts every pending write at once, synchronously, so a `pagehide` handler can hand them to
 * IndexedDB before the page goes (writes started there usually complete).
 *
 * Each scheduled text gets a version number per note. Writes of one note may overlap (a flush
 * does not wait for the write before it); only the newest version is ever re-queued after a
 * failure, so a failed older write never comes back over newer text.
 *
 * Every write is a compare-and-set (saveNote's `expected`): it may replace only the version this
 * panel last saw on disk or one of its own writes still in flight. A version another window saved
 * meanwhile is kept, and `onConflict` hands it to the caller.
 */
import { isNoteConflict, newId, noteVersion, saveNote, type Note, type NoteDraft, type TriadeDb } from '../../db';

/**
 * A change reaches the disk at most this long after it was typed, even while typing goes on
 * (the timer is not restarted by later keystrokes). So this is also the most typing a killed
 * browser can lose: the page is not told, there is no pagehide to flush in.
 */
export const SAVE_DEBOUNCE_MS = 250;

export interface NoteSaverHooks {
  onSaved(note: Note): void;
  onFailed(id: string, error: unknown): void;
  /**
   * Another window saved `current` since this panel last saw the note: it was kept, nothing of
   * this panel was written, and nothing of this note is queued any more (the caller still holds
   * the text the agent typed, and decides where it goes).
   */
  onConflict?(id: string, current: Note): void;
}

/**
 * A note to save: the draft plus the stored version (a `noteVersion` token) it was based on;
 * null: not on disk yet; left out: no check.
 */
export type SaverDraft = NoteDraft & { id: string; base?: string | null };

interface Slot {
  /** Version number of the newest text scheduled for this note. */
  version: number;
  /** The newest text not yet handed to the disk, with its version. */
  pending?: { draft: SaverDraft; version: number };
  /** The stored version known to be this panel's (or seen by it); undefined: do not check. */
  base?: string | null;
  /** Version tokens of writes started and not yet settled, by version number. */
  inFlight: Map<number, string>;
  /** Version tokens this saver wrote for the note (recent ones), to recognise its own echoes. */
  own: string[];
  /** Last `updatedAt` handed out, so this note's versions are strictly increasing. */
  lastAt: number;
  /** Bumped when the note is re-based on another window's version: older results are stale. */
  generation: number;
}

const OWN_KEPT = 50;

export class NoteSaver {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly slots = new Map<string, Slot>();

  constructor(
    private readonly db: TriadeDb,
    private readonly hooks: NoteSaverHooks,
    private readonly delay = SAVE_DEBOUNCE_MS,
  ) {}

  private slot(id: string, base?: string | null): Slot {
    let s = this.slots.get(id);
    if (!s) {
      s = { version: 0, base, inFlight: new Map(), own: [], lastAt: 0, generation: 0 };
      this.slots.set(id, s);
    }
    return s;
  }

  /**
   * Save this version of the note within the delay. A timer already running for the note is kept
   * (and will write this newer version): restarting it on every key would save nothing during
   * a long stretch of fast typing.
   */
  schedule(draft: SaverDraft): void {
    const s = this.slot(draft.id, draft.base);
    s.version += 1;
    s.pending = { draft, version: s.version };
    if (!this.timers.has(draft.id))
      this.timers.set(
        draft.id,
        setTimeout(() => void this.write(draft.id), this.delay),
      );
  }

  /** Start every pending write now. Returns when they have settled (callers in pagehide do not wait). */
  flush(): Promise<void> {
    const ids = [...this.slots].filter(([, s]) => s.pending).map(([id]) => id);
    return Promise.all(ids.map((id) => this.write(id))).then(() => undefined);
  }

  /** Whether some text is still waiting for the disk. */
  get busy(): boolean {
    return [...this.slots.values()].some((s) => s.pending || s.inFlight.size > 0);
  }

  /** Whether nothing of this note is queued or on its way to the disk. */
  idle(id: string): boolean {
    const s = this.slots.get(id);
    return !s || (!s.pending && s.inFlight.size === 0);
  }

  /** Whether the stored version `version` (a `noteVersion` token) of the note was written by this saver. */
  owns(id: string, version: string): boolean {
    const s = this.slots.get(id);
    return !!s && (s.own.includes(version) || [...s.inFlight.values()].includes(version));
  }

  /** The panel now shows the stored version `version` (another window's): later saves build on it. */
  rebase(id: string, version: string): void {
    const s = this.slot(id);
    s.base = version;
    s.generation += 1;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private write(id: string): Promise<void> {
    const t = this.timers.get(id);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(id);
    const s = this.slots.get(id);
    const job = s?.pending;
    if (!s || !job) return Promise.resolve();
    s.pending = undefined;
    const { base: _base, ...draft } = job.draft;
    // Strictly increasing per note, so "newer" (an import compares updatedAt) holds for this panel's versions.
    const at = Math.max(Date.now(), s.lastAt + 1);
    s.lastAt = at;
    const nextRev = newId();
    // What this write may replace: the version this panel knows, or any of its own still in flight.
    const expected = s.base === undefined ? undefined : [s.base, ...s.inFlight.values()];
    s.inFlight.set(job.version, nextRev);
    s.own.push(nextRev);
    if (s.own.length > OWN_KEPT) s.own.shift();
    const generation = s.generation;
    // saveNote starts the IndexedDB request before its first await: nothing here may await first.
    return saveNote(this.db, { ...draft, nextRev, ...(expected === undefined ? {} : { expected }) }, new Date(at)).then(
      (note) => {
        s.inFlight.delete(job.version);
        if (generation === s.generation) s.base = noteVersion(note);
        this.hooks.onSaved(note);
      },
      (err: unknown) => {
        s.inFlight.delete(job.version);
        // Superseded: the note was re-based on another window's version after this write started.
        if (generation !== s.generation) return;
        if (isNoteConflict(err)) {
          if (!this.owns(id, noteVersion(err.current))) {
            // Another window's newer version is on disk. Whatever is queued builds on an old one.
            s.pending = undefined;
            this.rebase(id, noteVersion(err.current));
            this.hooks.onConflict?.(id, err.current);
            return;
          }
          // Our own version, only not listed (should not happen): build on it from now on.
          s.base = noteVersion(err.current);
        }
        // Only the newest text is kept for the next flush; newer text scheduled or written since
        // replaces this version (and its own result is what the agent is told).
        if (job.version !== s.version) return;
        if (!s.pending) s.pending = job;
        this.hooks.onFailed(id, err);
      },
    );
  }
}
