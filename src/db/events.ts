/** The event trail of a case (opened, closed, card inserted, call started …), for the dashboard. */
import type { TriadeDb } from './db';
import { ACTIONS, guard, parseOrThrow } from './errors';
import { eventSchema, newId, type CaseEvent } from './schema';

/** JSON-safe details of an event. */
export type EventData = CaseEvent['data'];

/**
 * Appends an event to a case's trail.
 * @example await logEvent(db, caseId, 'card_inserted', { card: 'empathy.nl.3' });
 */
export async function logEvent(
  db: TriadeDb,
  caseId: string,
  kind: string,
  data: EventData = {},
  now: Date = new Date(),
): Promise<CaseEvent> {
  const event = parseOrThrow(eventSchema, { id: newId(), caseId, kind, at: now.toISOString(), data }, ACTIONS.event, 'event');
  await guard(ACTIONS.event, () => db.events.add(event));
  return event;
}

/** A case's events, oldest first. */
export async function eventsOf(db: TriadeDb, caseId: string): Promise<CaseEvent[]> {
  const rows = await guard(ACTIONS.read, () => db.events.where('caseId').equals(caseId).toArray());
  return rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}
