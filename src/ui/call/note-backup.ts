/**
 * A synchronous copy of the notes typed and not yet on disk, in the page's localStorage.
 *
 * The saver writes to IndexedDB within 250 ms and flushes on pagehide, but a write still running
 * when the page goes can be dropped (Firefox drops it when its sidebar closes). localStorage writes
 * are synchronous: what the agent typed is there the moment the key went down. When the case is
 * opened again, a copy that is newer than the disk's note goes back through the saver.
 */
import { z } from 'zod';
import { NOTE_TAGS, type NoteTag } from '../../db';

const PREFIX = 'triade:unsaved-notes:';
/** Copies of notes older than this are dropped unread: a restore is for the last close, not last month. */
const MAX_AGE_MS = 7 * 24 * 3600_000;

const copySchema = z.object({
  text: z.string().max(200_000),
  tag: z.enum(NOTE_TAGS),
  createdAt: z.string().max(40),
  /** When it was typed (ms since the epoch). */
  at: z.number(),
});
const copiesSchema = z.record(z.string().max(100), copySchema);

export type NoteCopy = z.infer<typeof copySchema>;

/** The part of Storage this needs; localStorage in the panel, a Map-backed one in tests. */
export type CopyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function pageStorage(): CopyStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage disabled for the page: the disk saver alone
  }
}

export class NoteBackup {
  constructor(
    readonly caseId: string,
    private readonly storage: CopyStorage | undefined = pageStorage(),
  ) {}

  private get key(): string {
    return PREFIX + this.caseId;
  }

  /** The copies of this case; a damaged entry reads as none (it never blocks opening the case). */
  read(now = Date.now()): Record<string, NoteCopy> {
    try {
      const raw = this.storage?.getItem(this.key);
      if (!raw) return {};
      const parsed = copiesSchema.safeParse(JSON.parse(raw));
      if (!parsed.success) return {};
      return Object.fromEntries(Object.entries(parsed.data).filter(([, c]) => now - c.at < MAX_AGE_MS));
    } catch {
      return {};
    }
  }

  private write(copies: Record<string, NoteCopy>): void {
    try {
      if (Object.keys(copies).length === 0) this.storage?.removeItem(this.key);
      else this.storage?.setItem(this.key, JSON.stringify(copies));
    } catch {
      // Quota or disabled storage: the disk saver still runs; only the close-right-after-typing case is unprotected.
    }
  }

  /** Keep what was just typed in this note. */
  put(id: string, note: { text: string; tag: NoteTag; createdAt: string }, at = Date.now()): void {
    this.write({ ...this.read(), [id]: { text: note.text, tag: note.tag, createdAt: note.createdAt, at } });
  }

  /** The disk now holds this text of the note: its copy is no longer needed. */
  saved(id: string, text: string): void {
    const copies = this.read();
    if (copies[id] && copies[id].text === text) {
      delete copies[id];
      this.write(copies);
    }
  }

  /** Forget a copy (it is older than the disk's note, or it was restored). */
  drop(id: string): void {
    const copies = this.read();
    if (!copies[id]) return;
    delete copies[id];
    this.write(copies);
  }
}
