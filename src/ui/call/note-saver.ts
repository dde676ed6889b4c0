/**
 * Debounced, flushable note writes. Every keystroke schedules a save of that note; `flush()`
 * starts every pending write at once, synchronously, so a `pagehide` handler can hand them to
 * IndexedDB before the page goes (writes started there usually complete).
 */
import { saveNote, type Note, type NoteDraft, type TriadeDb } from '../../db';

/**
 * A change reaches the disk at most this long after it was typed, even while typing goes on
 * (the timer is not restarted by later keystrokes). So this is also the most typing a killed
 * browser can lose: the page is not told, there is no pagehide to flush in.
 */
export const SAVE_DEBOUNCE_MS = 250;

export interface NoteSaverHooks {
  onSaved(note: Note): void;
  onFailed(id: string, error: unknown): void;
}

export class NoteSaver {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The newest text per note that is not yet known to be on disk. */
  private readonly pending = new Map<string, NoteDraft & { id: string }>();

  constructor(
    private readonly db: TriadeDb,
    private readonly hooks: NoteSaverHooks,
    private readonly delay = SAVE_DEBOUNCE_MS,
  ) {}

  /**
   * Save this version of the note within the delay. A timer already running for the note is kept
   * (and will write this newer version): restarting it on every key would save nothing during
   * a long stretch of fast typing.
   */
  schedule(draft: NoteDraft & { id: string }): void {
    this.pending.set(draft.id, draft);
    if (!this.timers.has(draft.id)) this.timers.set(draft.id, setTimeout(() => this.write(draft.id), this.delay));
  }

  /** Start every pending write now. Returns when they have settled (callers in pagehide do not wait). */
  flush(): Promise<void> {
    const ids = [...this.pending.keys()];
    return Promise.all(ids.map((id) => this.write(id))).then(() => undefined);
  }

  /** Whether some text is still waiting for the disk. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private write(id: string): Promise<void> {
    const t = this.timers.get(id);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(id);
    const draft = this.pending.get(id);
    if (!draft) return Promise.resolve();
    this.pending.delete(id);
    // saveNote starts the IndexedDB request before its first await: nothing here may await first.
    return saveNote(this.db, draft).then(
      (note) => this.hooks.onSaved(note),
      (err: unknown) => {
        // Keep the failed version for the next flush, unless newer text is already queued.
        if (!this.pending.has(id)) this.pending.set(id, draft);
        this.hooks.onFailed(id, err);
      },
    );
  }
}
