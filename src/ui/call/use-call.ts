import { useCallback, useEffect, useState } from 'preact/hooks';
import { eventsOf, isStorageError, logEvent, openCase, type Case, type TriadeDb } from '../../db';
import type { UiLang } from '../i18n/ui-lang';

export type CallPhase = 'loading' | 'idle' | 'running' | 'ended';

export interface CallState {
  phase: CallPhase;
  case: Case | null;
  /** When the call ended (the case stays open until the wrap-up). */
  endedAt?: string;
  /** True when an unfinished call was found and restored on open. */
  restored: boolean;
  error?: string;
}

export interface Call extends CallState {
  start(customerName?: string): Promise<void>;
  stop(): Promise<void>;
  /** Back to "no call" after the wrap-up closed the case. */
  reset(): void;
}

/** The newest phone case that is still open: a call the page was closed (or the browser killed) during. */
export async function findUnfinishedCall(db: TriadeDb): Promise<{ case: Case; endedAt?: string } | null> {
  // Newest first, stopping at the first match: no need to read the whole log on every open.
  const open = await db.cases
    .orderBy('openedAt')
    .reverse()
    .filter((c) => c.channel === 'phone' && c.closedAt === undefined)
    .first();
  if (!open) return null;
  const ended = (await eventsOf(db, open.id)).find((e) => e.kind === 'call_ended');
  return ended ? { case: open, endedAt: ended.at } : { case: open };
}

/** Start, stop and restore a phone call; the case is opened at start and closed by the wrap-up. */
export function useCall(db: TriadeDb, lang: UiLang): Call {
  const [state, setState] = useState<CallState>({ phase: 'loading', case: null, restored: false });
  const fail = (e: unknown) =>
    setState((s) => ({ ...s, error: isStorageError(e) ? e.text(lang) : String((e as Error)?.message ?? e) }));

  useEffect(() => {
    let alive = true;
    findUnfinishedCall(db).then(
      (found) => {
        if (!alive) return;
        if (!found) setState({ phase: 'idle', case: null, restored: false });
        else setState({ phase: found.endedAt ? 'ended' : 'running', case: found.case, endedAt: found.endedAt, restored: true });
      },
      (e) => {
        if (!alive) return;
        setState({ phase: 'idle', case: null, restored: false });
        fail(e);
      },
    );
    return () => {
      alive = false;
    };
  }, [db]);

  const start = useCallback(
    async (customerName?: string) => {
      try {
        const name = customerName?.trim();
        const c = await openCase(db, { channel: 'phone', ...(name ? { customerName: name } : {}) });
        setState({ phase: 'running', case: c, restored: false });
      } catch (e) {
        fail(e);
      }
    },
    [db, lang],
  );

  const stop = useCallback(async () => {
    const c = state.case;
    if (!c) return;
    const now = new Date();
    try {
      await logEvent(
        db,
        c.id,
        'call_ended',
        { durationSec: Math.max(0, Math.round((now.getTime() - Date.parse(c.openedAt)) / 1000)) },
        now,
      );
      setState((s) => ({ ...s, phase: 'ended', endedAt: now.toISOString(), error: undefined }));
    } catch (e) {
      fail(e);
    }
  }, [db, state.case, lang]);

  const reset = useCallback(() => setState({ phase: 'idle', case: null, restored: false }), []);

  return { ...state, start, stop, reset };
}

/** Re-renders every `ms` while `on`, for the call timer. */
export function useNow(on: boolean, ms = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!on) return;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [on, ms]);
  return now;
}

/** mm:ss (minutes keep counting past 59: calls are rarely an hour, and 75:03 reads fine). */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
