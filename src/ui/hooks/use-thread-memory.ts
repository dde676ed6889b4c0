import { useCallback } from 'preact/hooks';
import { useStored } from './use-stored';

export interface ThreadMemory {
  /** Card ids and violation keys the agent hid in this thread. */
  dismissed: string[];
  /** Card ids already inserted in this thread: the same advice is not offered twice. */
  used: string[];
  /** The agent's choice of customer type, if any. */
  customerType?: string;
}

const EMPTY: ThreadMemory = { dismissed: [], used: [] };

/** What the agent decided in one thread, kept across panel reloads (extension storage). */
export function useThreadMemory(threadKey: string) {
  const [mem, save] = useStored<ThreadMemory>(`thread:${threadKey}`, EMPTY);
  const update = useCallback((patch: (m: ThreadMemory) => ThreadMemory) => save(patch(mem)), [mem, save]);
  return {
    mem,
    dismiss: (key: string) => update((m) => ({ ...m, dismissed: [...new Set([...m.dismissed, key])] })),
    markUsed: (id: string) => update((m) => ({ ...m, used: [...new Set([...m.used, id])] })),
    setType: (type: string | null) => update((m) => ({ ...m, customerType: type ?? undefined })),
  };
}

/** Violations are remembered by rule and wording, not by offset, since offsets move as the agent types. */
export const violationKey = (v: { rule: string; text: string }) => `v:${v.rule}:${v.text.toLowerCase()}`;
