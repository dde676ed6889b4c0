import { useCallback, useMemo } from 'preact/hooks';
import { useStored } from './use-stored';
import { threadStorageKey, type ThreadMemory } from '../../storage/thread-memory';

export { violationKey, type ThreadMemory } from '../../storage/thread-memory';

const EMPTY: ThreadMemory = { dismissed: [], used: [] };

/**
 * What the agent decided in one thread, kept across panel reloads (extension storage), under a
 * hash of the thread key and stamped with the time, so retention can prune it (src/storage/thread-memory.ts).
 */
export function useThreadMemory(threadKey: string) {
  const key = useMemo(() => threadStorageKey(threadKey), [threadKey]);
  const [mem, save] = useStored<ThreadMemory>(key, EMPTY);
  const update = useCallback((patch: (m: ThreadMemory) => ThreadMemory) => save({ ...patch(mem), at: Date.now() }), [mem, save]);
  return {
    mem,
    dismiss: (key: string) => update((m) => ({ ...m, dismissed: [...new Set([...m.dismissed, key])] })),
    markUsed: (id: string) => update((m) => ({ ...m, used: [...new Set([...m.used, id])] })),
    setType: (type: string | null) => update((m) => ({ ...m, customerType: type ?? undefined })),
  };
}
