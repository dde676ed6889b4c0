import { useEffect, useState } from 'preact/hooks';
import {
  eventsOf,
  getCase,
  isStorageError,
  lastDays,
  liveCases,
  notesOf,
  type Case,
  type CaseEvent,
  type CasePage,
  type Note,
  type Reminder,
  type TriadeDb,
} from '../../db';
import type { UiLang } from '../i18n/ui-lang';

export type PeriodChoice = '7' | '30' | '90' | 'all';

/** The case log for a period, newest first, live: a call saved in another page shows up at once. */
export function useCaseList(db: TriadeDb, period: PeriodChoice, lang: UiLang): { page: CasePage | null; error?: string } {
  const [page, setPage] = useState<CasePage | null>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    const sub = liveCases(db, period === 'all' ? {} : { period: lastDays(Number(period)) }).subscribe({
      next: (p) => {
        setPage(p);
        setError(undefined);
      },
      error: (e: unknown) => setError(isStorageError(e) ? e.text(lang) : String((e as Error)?.message ?? e)),
    });
    return () => sub.unsubscribe();
  }, [db, period, lang]);
  return { page, error };
}

export interface CaseFile {
  case: Case;
  notes: Note[];
  reminders: Reminder[];
  events: CaseEvent[];
}

/** One case with its notes, reminders and events; null while loading, undefined when it does not exist. */
export function useCaseFile(db: TriadeDb, id: string, version = 0): CaseFile | null | undefined {
  const [file, setFile] = useState<CaseFile | null | undefined>(null);
  useEffect(() => {
    let alive = true;
    setFile(null);
    (async () => {
      const c = await getCase(db, id);
      if (!c) return undefined;
      const [notes, reminders, events] = await Promise.all([
        notesOf(db, id),
        db.reminders.where('caseId').equals(id).sortBy('dueAt'),
        eventsOf(db, id),
      ]);
      return { case: c, notes, reminders, events };
    })().then(
      (f) => alive && setFile(f),
      () => alive && setFile(undefined),
    );
    return () => {
      alive = false;
    };
  }, [db, id, version]);
  return file;
}
