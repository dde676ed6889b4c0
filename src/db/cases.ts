/**
 * Cases: one per complaint, opened when the agent starts on it, closed at wrap-up with what
 * the team lead's dashboard aggregates (cause, checklist, flagged phrases, sentiment, avoidable).
 */
import { liveQuery, type Observable } from 'dexie';
import type { TriadeDb } from './db';
import { ACTIONS, guard, invalid, parseOrThrow } from './errors';
import {
  AVOIDABLE_CAUSES,
  caseSchema,
  eventSchema,
  newId,
  type Avoidable,
  type Case,
  type CaseChannel,
  type CaseInput,
  type CauseCategory,
  type IsoDate,
} from './schema';

const DAY_MS = 86_400_000;

/** What is known when a case is opened. */
export interface OpenCaseInput {
  channel: CaseChannel;
  customerName?: string;
  customerType?: CaseInput['customerType'];
  causeCategory?: CauseCategory;
  sentimentFirst?: CaseInput['sentimentFirst'];
  threadKey?: string;
  lang?: CaseInput['lang'];
}

/** What the agent fills in at wrap-up. Fields left out keep their current value. */
export interface WrapUp {
  customerName?: string;
  customerType?: CaseInput['customerType'];
  causeCategory?: CauseCategory;
  sentimentClose?: CaseInput['sentimentClose'];
  checklist?: CaseInput['checklist'];
  violations?: CaseInput['violations'];
  gestures?: string[];
  resolution?: string;
  /** When left out, a cause from seed 003's list marks the contact avoidable. */
  avoidable?: Avoidable;
  lang?: CaseInput['lang'];
}

/** Editable during the case (agent corrects the name, overrides the customer type …). */
export type CasePatch = Partial<Omit<OpenCaseInput, 'channel'>> & { channel?: CaseChannel };

/** A time window on `openedAt`: `from` inclusive, `to` exclusive; either may be left open. */
export interface Period {
  from?: Date | IsoDate;
  to?: Date | IsoDate;
}

export interface CaseListQuery {
  period?: Period;
  /** Page size; all matching cases when left out. */
  limit?: number;
  offset?: number;
}

export interface CasePage {
  /** Newest first. */
  cases: Case[];
  /** All cases in the period, not only this page. */
  total: number;
}

function iso(d: Date | IsoDate): IsoDate {
  const t = typeof d === 'string' ? new Date(d) : d;
  if (Number.isNaN(t.getTime())) throw invalid(ACTIONS.read, 'period', 'expected a date');
  return t.toISOString();
}

function defaultAvoidable(cause: CauseCategory | undefined): Avoidable {
  return cause && AVOIDABLE_CAUSES.includes(cause) ? { flag: true, reason: cause } : { flag: false };
}

/**
 * Starts a case and logs an `opened` event with it, in one transaction.
 * @example const c = await openCase(db, { channel: 'phone', customerName: 'Jansen' });
 */
export async function openCase(db: TriadeDb, input: OpenCaseInput, now: Date = new Date()): Promise<Case> {
  const record = parseOrThrow(
    caseSchema,
    { ...input, id: newId(), openedAt: now.toISOString(), avoidable: defaultAvoidable(input.causeCategory) },
    ACTIONS.case,
    'case',
  );
  const event = parseOrThrow(
    eventSchema,
    { id: newId(), caseId: record.id, kind: 'opened', at: record.openedAt, data: { channel: record.channel } },
    ACTIONS.event,
    'event',
  );
  await guard(ACTIONS.case, () =>
    db.transaction('rw', db.cases, db.events, async () => {
      await db.cases.add(record);
      await db.events.add(event);
    }),
  );
  return record;
}

/** The case with this id, or undefined. */
export function getCase(db: TriadeDb, id: string): Promise<Case | undefined> {
  return guard(ACTIONS.read, () => db.cases.get(id));
}

async function rewrite(
  db: TriadeDb,
  id: string,
  change: (c: Case) => CaseInput,
  eventKind?: string,
  now = new Date(),
): Promise<Case> {
  return guard(ACTIONS.case, () =>
    db.transaction('rw', db.cases, db.events, async () => {
      const current = await db.cases.get(id);
      if (!current) throw invalid(ACTIONS.case, 'case.id', `no case with id ${id}`);
      const next = parseOrThrow(caseSchema, change(current), ACTIONS.case, 'case');
      await db.cases.put(next);
      if (eventKind) {
        const opened = Date.parse(next.openedAt);
        const data = { durationSec: Math.max(0, Math.round((now.getTime() - opened) / 1000)) };
        await db.events.add(
          parseOrThrow(
            eventSchema,
            { id: newId(), caseId: id, kind: eventKind, at: now.toISOString(), data },
            ACTIONS.event,
            'event',
          ),
        );
      }
      return next;
    }),
  );
}

/** Changes details of a case while it is being handled. */
export function updateCase(db: TriadeDb, id: string, patch: CasePatch): Promise<Case> {
  return rewrite(db, id, (c) => ({ ...c, ...stripUndefined(patch) }));
}

/**
 * Closes a case with the wrap-up fields and logs a `closed` event (with the duration).
 * Closing again updates the wrap-up but keeps the first close time.
 * @throws StorageError 'invalid' when the case does not exist or a field is invalid.
 */
export function closeCase(db: TriadeDb, id: string, wrapUp: WrapUp, now: Date = new Date()): Promise<Case> {
  return rewrite(
    db,
    id,
    (c) => {
      const cause = wrapUp.causeCategory ?? c.causeCategory;
      // An explicit choice wins; otherwise the cause decides, unless it was already flagged.
      const avoidable = wrapUp.avoidable ?? (c.avoidable.flag ? c.avoidable : defaultAvoidable(cause));
      return { ...c, ...stripUndefined(wrapUp), avoidable, closedAt: c.closedAt ?? now.toISOString() };
    },
    'closed',
    now,
  );
}

/**
 * The case of an e-mail thread (`site:threadId`): the newest open one, else the newest closed one.
 */
export function findByThread(db: TriadeDb, threadKey: string): Promise<Case | undefined> {
  return guard(ACTIONS.read, async () => {
    const all = await db.cases.where('threadKey').equals(threadKey).toArray();
    const newest = (xs: Case[]) => xs.sort((a, b) => (a.openedAt < b.openedAt ? 1 : a.openedAt > b.openedAt ? -1 : 0))[0];
    return newest(all.filter((c) => c.closedAt === undefined)) ?? newest(all);
  });
}

/**
 * The case log: cases opened in `period`, newest first, one page at a time, with the total.
 * @example const { cases, total } = await listCases(db, { period: lastDays(7), limit: 50 });
 */
export function listCases(db: TriadeDb, query: CaseListQuery = {}): Promise<CasePage> {
  const from = query.period?.from !== undefined ? iso(query.period.from) : undefined;
  const to = query.period?.to !== undefined ? iso(query.period.to) : undefined;
  return guard(ACTIONS.read, () =>
    db.transaction('r', db.cases, async () => {
      const where = db.cases.where('openedAt');
      const range = () =>
        from !== undefined && to !== undefined
          ? where.between(from, to, true, false)
          : from !== undefined
            ? where.aboveOrEqual(from)
            : to !== undefined
              ? where.below(to)
              : db.cases.orderBy('openedAt');
      let page = range().reverse();
      if (query.offset) page = page.offset(query.offset);
      if (query.limit !== undefined) page = page.limit(query.limit);
      const [cases, total] = await Promise.all([
        page.toArray(),
        from === undefined && to === undefined ? db.cases.count() : range().count(),
      ]);
      return { cases, total };
    }),
  );
}

/** The case log page for `query`, re-emitted whenever cases change (in any extension page): the UI subscribes, Dexie re-runs it. */
export function liveCases(db: TriadeDb, query: CaseListQuery = {}): Observable<CasePage> {
  return liveQuery(() => listCases(db, query));
}

/** The last `days` days up to `now` (exclusive end a millisecond after now). */
export function lastDays(days: number, now: Date = new Date()): Period {
  return { from: new Date(now.getTime() - days * DAY_MS), to: new Date(now.getTime() + 1) };
}

export interface DeleteCounts {
  cases: number;
  notes: number;
  events: number;
  reminders: number;
}

/**
 * Retention: deletes cases closed more than `days` days before `now`, with their notes, events
 * and reminders, in one transaction. A case that is still open is never deleted, however old:
 * an agent may be typing in it. A closed case that still has a reminder to fire (a promised
 * callback, the recall after a month) is kept until the reminder has fired.
 */
export function deleteOlderThan(db: TriadeDb, days: number, now: Date = new Date()): Promise<DeleteCounts> {
  if (!Number.isFinite(days) || days < 0) return Promise.reject(invalid(ACTIONS.erase, 'days', 'expected a number of days ≥ 0'));
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return guard(ACTIONS.erase, () =>
    db.transaction('rw', [db.cases, db.notes, db.events, db.reminders], async () => {
      // closedAt ≥ openedAt, so a case closed before the cutoff was also opened before it.
      const old = await db.cases.where('closedAt').below(cutoff).primaryKeys();
      if (!old.length) return { cases: 0, notes: 0, events: 0, reminders: 0 };
      const pending = new Set(
        (await db.reminders.where('caseId').anyOf(old).toArray()).filter((r) => r.firedAt === undefined).map((r) => r.caseId),
      );
      const doomed = old.filter((id) => !pending.has(id));
      const notes = await db.notes.where('caseId').anyOf(doomed).delete();
      const events = await db.events.where('caseId').anyOf(doomed).delete();
      const reminders = await db.reminders.where('caseId').anyOf(doomed).delete();
      await db.cases.bulkDelete(doomed);
      return { cases: doomed.length, notes, events, reminders };
    }),
  );
}

/** Erases every case, note, event and reminder. Settings are kept. */
export function eraseAll(db: TriadeDb): Promise<void> {
  return guard(ACTIONS.erase, () =>
    db.transaction('rw', [db.cases, db.notes, db.events, db.reminders], async () => {
      await Promise.all([db.cases.clear(), db.notes.clear(), db.events.clear(), db.reminders.clear()]);
    }),
  );
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
