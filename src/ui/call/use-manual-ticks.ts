import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CallStepId } from '../../core';

type Ticks = Partial<Record<CallStepId, boolean>>;
const key = (caseId: string) => `triade.call.ticks.${caseId}`;

/** Steps the agent ticked (or unticked) by hand, per case; kept in localStorage so a reopen keeps them. */
export function useManualTicks(caseId: string | null): [Ticks, (id: CallStepId, done: boolean) => void] {
  const [ticks, setTicks] = useState<Ticks>({});
  useEffect(() => {
    if (!caseId) return setTicks({});
    try {
      setTicks(JSON.parse(localStorage.getItem(key(caseId)) ?? '{}') as Ticks);
    } catch {
      setTicks({});
    }
  }, [caseId]);
  const tick = useCallback(
    (id: CallStepId, done: boolean) =>
      setTicks((t) => {
        const next = { ...t, [id]: done };
        if (caseId) {
          try {
            localStorage.setItem(key(caseId), JSON.stringify(next));
          } catch {
            // A full localStorage only costs the hand ticks after a reopen, never a note.
          }
        }
        return next;
      }),
    [caseId],
  );
  return [ticks, tick];
}
