import { useLayoutEffect, useRef } from 'preact/hooks';
import type { NoteTag } from '../../db';
import type { CallNote } from './use-call-notes';
import type { CallStrings } from './strings';

/** Alt+1..4 → these tags, in this order (the order on the chips). */
export const QUICK_TAGS: NoteTag[] = ['customer_says', 'agreed', 'action', 'fact'];

/** One note: its tag chips, the text, whether it reached the disk, and whether another window's version was kept. */
export function NoteField({
  t,
  note,
  focus,
  onText,
  onTag,
  onEnter,
  onRetry,
}: {
  t: CallStrings;
  note: CallNote;
  focus: boolean;
  onText: (text: string) => void;
  onTag: (tag: NoteTag) => void;
  onEnter: () => void;
  onRetry: () => void;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  // Layout effect: focus moves before the next keystroke is handled, so fast typing after Enter lands in the new note.
  useLayoutEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      onEnter();
      return;
    }
    // e.code: on some layouts Alt+1 types another character, the physical key stays Digit1.
    const digit = /^Digit([1-4])$/.exec(e.code)?.[1] ?? (/^[1-4]$/.test(e.key) ? e.key : undefined);
    if (e.altKey && digit) {
      e.preventDefault();
      onTag(QUICK_TAGS[Number(digit) - 1]!);
    }
  };
  return (
    <li
      class={`call-note tag-${note.tag}${note.state === 'failed' ? ' failed' : ''}`}
      data-testid="call-note"
      data-tag={note.tag}
      data-state={note.state}
    >
      <div class="chips" role="group" aria-label={t.notes.tags[note.tag]}>
        {QUICK_TAGS.map((tag, i) => (
          <button
            key={tag}
            type="button"
            class={`tag-chip${note.tag === tag ? ' on' : ''}`}
            aria-pressed={note.tag === tag}
            title={`Alt+${i + 1}`}
            onClick={() => onTag(note.tag === tag ? 'none' : tag)}
          >
            {t.notes.tags[tag]}
          </button>
        ))}
      </div>
      <textarea
        ref={ref}
        rows={2}
        value={note.text}
        placeholder={t.notes.placeholder}
        aria-label={`${t.notes.heading}: ${t.notes.tags[note.tag]}`}
        data-testid="note-text"
        onInput={(e) => onText(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {note.notice === 'kept-other' && (
        <p class="note" role="status" data-testid="note-conflict">
          {t.notes.keptOther}
        </p>
      )}
      {note.notice === 'moved-here' && (
        <p class="note muted" data-testid="note-moved">
          {t.notes.movedHere}
        </p>
      )}
      {note.state === 'failed' ? (
        <p class="note error" role="alert" data-testid="note-error">
          {note.error}{' '}
          <button type="button" class="btn" onClick={onRetry}>
            {t.notes.retry}
          </button>
        </p>
      ) : (
        note.text !== '' && <span class="save-state muted">{note.state === 'saving' ? t.notes.saving : t.notes.saved}</span>
      )}
    </li>
  );
}
