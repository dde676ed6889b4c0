/** Which steps of the checklist agents skip: per item, closed cases where it was needed and done. */
import type { ChecklistId } from '../../../core/types';
import { CHECKLIST_IDS, type Case } from '../../../db/schema';
import type { SectionAccumulator } from './accumulator';

export interface ChecklistItemCompliance {
  id: ChecklistId;
  /** Closed cases where the item was needed (done or missing). */
  needed: number;
  done: number;
  /** Needed but missing at close. */
  skipped: number;
  /** done / needed; undefined when the item was never needed. */
  share: number | undefined;
}

export interface ChecklistAggregate {
  /** Closed cases with a checklist recorded. */
  closed: number;
  /** In CHECKLIST_IDS order. */
  items: ChecklistItemCompliance[];
  /** Sum of done / sum of needed over every item. */
  overall: number | undefined;
  /** The step skipped in most cases (ties: the lower share); undefined when nothing was skipped. */
  mostSkipped: ChecklistId | undefined;
}

export function checklistAccumulator(): SectionAccumulator<ChecklistAggregate> {
  let closed = 0;
  const needed = new Array<number>(CHECKLIST_IDS.length).fill(0);
  const done = new Array<number>(CHECKLIST_IDS.length).fill(0);
  return {
    add(c: Case) {
      if (c.closedAt === undefined || !c.checklist) return;
      closed++;
      const list = c.checklist;
      // Fixed ids rather than for…in: eight direct reads are several times faster on 100,000 rows.
      for (let i = 0; i < CHECKLIST_IDS.length; i++) {
        const state = list[CHECKLIST_IDS[i]!];
        if (state === 'done') {
          needed[i]!++;
          done[i]!++;
        } else if (state === 'missing') needed[i]!++;
      }
    },
    result() {
      const items: ChecklistItemCompliance[] = CHECKLIST_IDS.map((id, i) => ({
        id,
        needed: needed[i]!,
        done: done[i]!,
        skipped: needed[i]! - done[i]!,
        share: needed[i]! ? done[i]! / needed[i] : undefined,
      }));
      const neededAll = needed.reduce((s, n) => s + n, 0);
      const doneAll = done.reduce((s, n) => s + n, 0);
      const mostSkipped = items
        .filter((it) => it.skipped > 0)
        .sort((a, b) => b.skipped - a.skipped || (a.share ?? 1) - (b.share ?? 1))[0]?.id;
      return { closed, items, overall: neededAll ? doneAll / neededAll : undefined, mostSkipped };
    },
  };
}
