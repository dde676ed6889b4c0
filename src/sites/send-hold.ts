/**
 * The optional before-send reminder, page side: the open panel reports how many flagged phrases
 * the draft it checked still has and whether the reminder is on (the panel's setting is the one
 * source); the first send of exactly that draft is held once, the second goes through. No panel,
 * no report, no hold.
 */
export interface UnresolvedReport {
  count: number;
  /** The draft the panel counted on: a send of any other text is not held. */
  draft: string;
  remind: boolean;
}

export interface SendHold {
  /** Take the panel's latest report; answers whether the next send of that draft will be held. */
  report(u: UnresolvedReport): { armed: boolean };
  /** At a send of `draft`: hold it? True once per draft. */
  shouldHold(draft: string): boolean;
  /** The count of the report the last hold was for (the panel shows it). */
  count(): number;
}

/** @example const hold = createSendHold(); hold.report({ count: 2, draft: 'x', remind: true }); hold.shouldHold('x') // true, then false */
export function createSendHold(): SendHold {
  let unresolved: UnresolvedReport = { count: 0, draft: '', remind: false };
  let heldFor: string | null = null;
  return {
    report(u) {
      unresolved = u;
      return { armed: u.remind && u.count > 0 && heldFor !== u.draft };
    },
    shouldHold(draft) {
      if (!unresolved.remind || unresolved.count === 0 || unresolved.draft !== draft || heldFor === draft) return false;
      heldFor = draft; // once per draft: the second send goes through
      return true;
    },
    count: () => unresolved.count,
  };
}
