/** Which personal gestures agents offer (seed 000: beyond expectation), grouped case-insensitively. */
import type { Case } from '../../../db/schema';
import type { SectionAccumulator } from './accumulator';

export interface GesturesAggregate {
  /** Cases where at least one gesture was offered. */
  casesWithGesture: number;
  /** Largest first; grouped case-insensitively, shown in the spelling used most (ties: capitalised first). */
  gestures: Array<{ gesture: string; count: number }>;
}

/** The spelling used most; on a tie the one that sorts first in code order, so "Bos" beats "bos" whatever the input order. */
function commonest(spellings: Map<string, number>): string {
  let best = '';
  let bestN = -1;
  for (const [s, n] of spellings) if (n > bestN || (n === bestN && s < best)) [best, bestN] = [s, n];
  return best;
}

export function gesturesAccumulator(): SectionAccumulator<GesturesAggregate> {
  let casesWithGesture = 0;
  // Per gesture (case-insensitive): how often, and how often each spelling was used.
  const counts = new Map<string, { count: number; spellings: Map<string, number> }>();
  return {
    add(c: Case) {
      if (c.closedAt === undefined || !c.gestures || c.gestures.length === 0) return;
      let any = false;
      for (const raw of c.gestures) {
        const gesture = raw.trim();
        if (!gesture) continue;
        any = true;
        const key = gesture.toLowerCase();
        let entry = counts.get(key);
        if (!entry) counts.set(key, (entry = { count: 0, spellings: new Map() }));
        entry.count++;
        entry.spellings.set(gesture, (entry.spellings.get(gesture) ?? 0) + 1);
      }
      if (any) casesWithGesture++;
    },
    result: () => ({
      casesWithGesture,
      gestures: [...counts.values()]
        .map(({ count, spellings }) => ({ gesture: commonest(spellings), count }))
        .sort((a, b) => b.count - a.count || a.gesture.localeCompare(b.gesture, 'nl')),
    }),
  };
}
