/**
 * Records of the local case log, as zod schemas (the single source of truth) and the TS types
 * inferred from them. Every write and every import goes through these schemas.
 *
 * Dates are stored as ISO 8601 strings in UTC (`2026-11-25T14:03:00.000Z`): they sort correctly
 * as index keys, read well in an export, and survive JSON without a conversion layer. Any offset
 * is accepted on input and normalised to UTC, so index order stays true.
 */
import { z } from 'zod';
import { CHECKLIST_IDS, CUSTOMER_TYPE_IDS, DONT_RULE_IDS } from '../core/ids';

// The engine's id lists, re-exported so the case log's readers need only src/db.
export { CHECKLIST_IDS, CUSTOMER_TYPE_IDS, DONT_RULE_IDS };
import type { ChecklistState, Intensity, Lang, SentimentLabel } from '../core/types';

// ---- closed lists, checked against the core types at compile time -------------------------

/** `true` only when the tuple lists every member of the union (and nothing else). */
type Covers<Union, Tuple extends readonly unknown[]> = [Union] extends [Tuple[number]]
  ? [Tuple[number]] extends [Union]
    ? true
    : false
  : false;
const exhaustive = <T extends true>(_proof: T): void => undefined;

export const CASE_CHANNELS = ['email', 'chat', 'phone', 'letter', 'in_person'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/**
 * Why the customer got in touch. The first three are the "waardeloze contacten" of seed 003:
 * contacts the organisation could have prevented, which the team lead's dashboard counts.
 */
export const CAUSE_CATEGORIES = [
  'other_channel_could_answer',
  'repeat_question',
  'unclear_invoice',
  'unclear_communication',
  'product_defect',
  'delivery',
  'billing',
  'service_attitude',
  'waiting_time',
  'other',
] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];
/** Causes that make a contact avoidable by definition (seed 003). */
export const AVOIDABLE_CAUSES: readonly CauseCategory[] = [
  'other_channel_could_answer',
  'repeat_question',
  'unclear_invoice',
  'unclear_communication',
];

const CHECKLIST_STATES = ['done', 'missing', 'not_needed'] as const;
exhaustive<Covers<ChecklistState, typeof CHECKLIST_STATES>>(true);

const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;
exhaustive<Covers<SentimentLabel, typeof SENTIMENT_LABELS>>(true);
const LANGS = ['nl', 'en', 'fr', 'de', 'other'] as const;
exhaustive<Covers<Lang, typeof LANGS>>(true);

export const NOTE_TAGS = ['customer_says', 'agreed', 'action', 'fact', 'none'] as const;
export type NoteTag = (typeof NOTE_TAGS)[number];

export const REMINDER_KINDS = ['callback', 'recall_month', 'promise'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

// ---- building blocks ---------------------------------------------------------------------

/** Upper bound for free text: far above any real note, low enough that a runaway paste is caught. */
export const MAX_TEXT = 200_000;

/** Record ids: UUIDs from `newId()`, but any short URL-safe string is accepted from an import. */
export const idSchema = z
  .string({ error: 'expected an id (text)' })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'expected an id of 1–64 letters, digits, - or _' });

/** An ISO 8601 date-time with offset, normalised to UTC `toISOString()` form. */
export const isoDateSchema = z.iso
  .datetime({ offset: true, error: 'expected a date (ISO 8601, e.g. 2026-11-25T14:00:00Z)' })
  .transform((s) => new Date(s).toISOString());
export type IsoDate = string;

const textSchema = z.string({ error: 'expected text' }).max(MAX_TEXT, { error: `text longer than ${MAX_TEXT} characters` });
const shortText = z.string({ error: 'expected text' }).max(500, { error: 'text longer than 500 characters' });

export const sentimentSnapshotSchema = z.object({
  label: z.enum(SENTIMENT_LABELS),
  score: z.number().min(-1).max(1),
  intensity: z.literal([1, 2, 3] as const satisfies readonly Intensity[]),
});
export type SentimentSnapshot = z.output<typeof sentimentSnapshotSchema>;

export const avoidableSchema = z.object({
  flag: z.boolean({ error: 'expected true or false' }),
  reason: shortText.optional(),
});
export type Avoidable = z.output<typeof avoidableSchema>;

// ---- records -----------------------------------------------------------------------------

export const caseSchema = z
  .object({
    id: idSchema,
    customerName: shortText.optional(),
    channel: z.enum(CASE_CHANNELS),
    customerType: z.enum(CUSTOMER_TYPE_IDS).optional(),
    causeCategory: z.enum(CAUSE_CATEGORIES).optional(),
    openedAt: isoDateSchema,
    closedAt: isoDateSchema.optional(),
    sentimentFirst: sentimentSnapshotSchema.optional(),
    sentimentClose: sentimentSnapshotSchema.optional(),
    /** State of each checklist item at close. */
    checklist: z.partialRecord(z.enum(CHECKLIST_IDS), z.enum(CHECKLIST_STATES)).optional(),
    /** "What not to say" rules still flagged in the final reply, for "phrases flagged most". */
    violations: z.array(z.enum(DONT_RULE_IDS)).max(100).optional(),
    /** Personal gestures offered beyond the fix (seed 000/004), free text. */
    gestures: z.array(shortText).max(50).optional(),
    resolution: textSchema.optional(),
    /** Always present on stored rows (defaulted by the v3 migration and on write). */
    avoidable: avoidableSchema.default({ flag: false }),
    /** `site:threadId`, to find the case of the e-mail thread that is open again. */
    threadKey: z
      .string()
      .regex(/^[a-z][a-z0-9_-]{0,30}:\S.{0,400}$/s, { error: 'expected site:threadId' })
      .optional(),
    lang: z.enum(LANGS).optional(),
  })
  .refine((c) => c.closedAt === undefined || c.closedAt >= c.openedAt, {
    path: ['closedAt'],
    error: 'closed before it was opened',
  });
export type Case = z.output<typeof caseSchema>;
export type CaseInput = z.input<typeof caseSchema>;

export const noteSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  text: textSchema,
  tag: z.enum(NOTE_TAGS).default('none'),
  createdAt: isoDateSchema,
  updatedAt: isoDateSchema,
  sentiment: sentimentSnapshotSchema.optional(),
  /**
   * A fresh random token per write, for compare-and-set between windows (two windows can save in
   * the same millisecond, so `updatedAt` alone cannot tell their versions apart). Older rows have none.
   */
  rev: idSchema.optional(),
});
export type Note = z.output<typeof noteSchema>;

export const eventSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  /** snake_case, e.g. `opened`, `closed`, `card_inserted`, `call_started`. */
  kind: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'expected a snake_case event kind' }),
  at: isoDateSchema,
  data: z.record(z.string(), z.json()).default({}),
});
export type CaseEvent = z.output<typeof eventSchema>;

export const reminderSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  dueAt: isoDateSchema,
  text: shortText,
  firedAt: isoDateSchema.optional(),
  kind: z.enum(REMINDER_KINDS),
});
export type Reminder = z.output<typeof reminderSchema>;

export const settingSchema = z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.-]{0,63}$/, { error: 'expected a setting key' }),
  value: z.json(),
});
export type Setting = z.output<typeof settingSchema>;

/** A fresh record id (random UUID v4). */
export function newId(): string {
  return crypto.randomUUID();
}
