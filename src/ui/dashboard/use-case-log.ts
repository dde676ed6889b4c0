import { useEffect, useState } from 'preact/hooks';
import { liveCases, type Case, type TriadeDb } from '../../db';

export interface CaseLogView {
  /** Cases opened in the period; undefined while the first read is running. */
  cases: Case[] | undefined;
  /** Cases in the whole log (to tell "empty log" from "empty period"). */
  allTotal: number;
  error: string | undefined;
}

/**
 * The case log for a period, live: re-read whenever any extension page writes a case
 * (an agent closing a reply in the side panel shows up here without a reload).
 */
export function useCaseLog(db: TriadeDb, from: Date | undefined): CaseLogView {
  const [view, setView] = useState<CaseLogView>({ cases: undefined, allTotal: 0, error: undefined });
  const fromKey = from?.getTime();
  useEffect(() => {
    setView((v) => ({ ...v, cases: undefined }));
    const inPeriod = liveCases(db, { period: from ? { from } : undefined }).subscribe({
      next: (page) => setView((v) => ({ ...v, cases: page.cases, error: undefined })),
      error: (e: unknown) => setView((v) => ({ ...v, cases: [], error: e instanceof Error ? e.message : String(e) })),
    });
    // limit 1: only the total is wanted, not the rows.
    const all = liveCases(db, { limit: 1 }).subscribe({ next: (page) => setView((v) => ({ ...v, allTotal: page.total })) });
    return () => {
      inPeriod.unsubscribe();
      all.unsubscribe();
    };
  }, [db, fromKey]);
  return view;
}
