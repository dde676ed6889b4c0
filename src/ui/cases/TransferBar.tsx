import { useState } from 'preact/hooks';
import { exportCsv, exportJson, importJsonWithSummary, isStorageError, skippedAny, type TriadeDb } from '../../db';
import { callStrings, fmt } from '../call/strings';
import type { UiLang } from '../i18n/ui-lang';
import { downloadText } from '../download';

/**
 * Export the log as JSON or CSV, import a JSON export (all or nothing, with the reason when nothing;
 * what was not overwritten because the copy here is newer is said too).
 */
export function TransferBar({ db, lang }: { db: TriadeDb; lang: UiLang }) {
  const t = callStrings[lang].cases;
  const [note, setNote] = useState<{ text: string; error?: boolean }>();
  const stamp = () => new Date().toISOString().slice(0, 10);
  const run = async (work: () => Promise<string | void>) => {
    try {
      const text = await work();
      setNote(text ? { text } : undefined);
    } catch (e) {
      setNote({ text: isStorageError(e) ? e.text(lang) : String((e as Error)?.message ?? e), error: true });
    }
  };
  return (
    <div class="transfer">
      <div class="actions">
        <button
          type="button"
          class="btn"
          onClick={() => void run(async () => downloadText(`triade-${stamp()}.json`, await exportJson(db), 'application/json'))}
        >
          {t.exportJson}
        </button>
        <button
          type="button"
          class="btn"
          onClick={() =>
            void run(async () => {
              const csv = await exportCsv(db);
              downloadText(`triade-cases-${stamp()}.csv`, csv.cases, 'text/csv');
              downloadText(`triade-notes-${stamp()}.csv`, csv.notes, 'text/csv');
            })
          }
        >
          {t.exportCsv}
        </button>
        <label class="btn">
          {t.importJson}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            data-testid="import-file"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file)
                void run(async () => {
                  const summary = await importJsonWithSummary(db, await file.text());
                  const n = summary.imported;
                  const done = fmt(t.imported, { cases: n.cases, notes: n.notes, reminders: n.reminders });
                  const s = summary.skipped;
                  return skippedAny(summary)
                    ? `${done} ${fmt(t.skipped, { cases: s.cases, notes: s.notes, reminders: s.reminders })}`
                    : done;
                });
            }}
          />
        </label>
      </div>
      {note && (
        <p class={`note${note.error ? ' error' : ''}`} role={note.error ? 'alert' : 'status'} data-testid="transfer-note">
          {note.text}
        </p>
      )}
    </div>
  );
}
