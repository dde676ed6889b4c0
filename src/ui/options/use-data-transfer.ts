import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import { exportCsv, exportJson, importJsonWithSummary, isStorageError, type ImportSummary, type TriadeDb } from '../../db';
import { downloadText } from '../dashboard/download';
import { eraseEverything } from './erase-everything';
import type { UiLang } from '../i18n/ui-lang';

/** How much the case log holds now, live (updates when any extension page writes). */
export function useLogCounts(db: TriadeDb): { cases: number; notes: number } | undefined {
  const [counts, setCounts] = useState<{ cases: number; notes: number } | undefined>();
  useEffect(() => {
    const sub = liveQuery(async () => ({ cases: await db.cases.count(), notes: await db.notes.count() })).subscribe({
      next: setCounts,
      error: () => setCounts(undefined),
    });
    return () => sub.unsubscribe();
  }, [db]);
  return counts;
}

/** A StorageError's sentence in the UI language; anything else as its message. */
export const errorText = (e: unknown, lang: UiLang): string =>
  isStorageError(e) ? e.text(lang) : e instanceof Error ? e.message : String(e);

/** Export (JSON, CSV), import (all-or-nothing) and erase for the whole case log. Errors reject with a sentence in `lang`. */
export function useDataTransfer(db: TriadeDb, lang: UiLang) {
  const day = () => new Date().toISOString().slice(0, 10);
  const wrap =
    <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      try {
        return await fn(...a);
      } catch (e) {
        throw new Error(errorText(e, lang));
      }
    };
  const downloadJson = useCallback(
    wrap(async () => downloadText(`triade-export-${day()}.json`, await exportJson(db), 'application/json')),
    [db, lang],
  );
  const downloadCsv = useCallback(
    wrap(async () => {
      // Cases and notes are two tables: two files. The BOM lets Excel show é and ë.
      const csv = await exportCsv(db, { bom: true });
      downloadText(`triade-cases-${day()}.csv`, csv.cases, 'text/csv;charset=utf-8');
      downloadText(`triade-notes-${day()}.csv`, csv.notes, 'text/csv;charset=utf-8');
    }),
    [db, lang],
  );
  const importText = useCallback(
    wrap((text: string): Promise<ImportSummary> => importJsonWithSummary(db, text)),
    [db, lang],
  );
  const erase = useCallback(
    wrap(() => eraseEverything(db, browser.storage.local)),
    [db, lang],
  );
  return { downloadJson, downloadCsv, importText, erase };
}
