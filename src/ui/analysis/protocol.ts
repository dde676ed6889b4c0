/**
 * Messages between the side panel and its analysis worker (analysis.worker.ts), with zod schemas:
 * each side parses what it receives and drops what does not fit.
 */
import { z } from 'zod';
import type { Card, DraftCheck, IncomingAnalysis } from '../../core';
import type { FusedSentiment } from '../../model/types';
import { modelResultSchema, modelStatusSchema } from '../../model/types';
import type { AnalysisResult } from './run-analysis';
import type { CoachResult } from './run-coach';

// Same cap as the page state (src/messaging/protocol.ts): 1 MB e-mails happen.
const MAX_TEXT = 2_000_000;

export const analyzeRequestSchema = z.object({
  type: z.literal('analyze'),
  id: z.number().int().nonnegative(),
  /** The customer's message; null when it was too long to analyse and is left out. */
  incoming: z.string().max(MAX_TEXT).nullable(),
  draft: z.string().max(MAX_TEXT),
  uiLang: z.enum(['nl', 'en']),
  senderName: z.string().max(200).optional(),
  chosenType: z.enum(['active_hater', 'extreme_critic', 'loyal_irritated', 'passionate']).optional(),
  model: z.object({ status: modelStatusSchema, result: modelResultSchema.optional() }),
  /** Epoch ms: cards and promises are timed from here. */
  now: z.number(),
  /** The team's register setting (options / managed policy); follow the customer when absent. */
  registerSetting: z.enum(['follow', 'informal', 'formal']).optional(),
  /** The channel the reply goes out on, when the site says (a chat ticket); a written reply is an e-mail otherwise. */
  channel: z.enum(['email', 'chat', 'phone']).optional(),
});
export type AnalyzeRequest = z.infer<typeof analyzeRequestSchema>;

const CALL_STEPS = ['understanding', 'sorry', 'facts', 'summary', 'next_steps', 'when'] as const;

/** Call mode: the notes as typed so far, for the spoken triad, the line to say now and the promised moments. */
export const coachRequestSchema = z.object({
  type: z.literal('coach'),
  id: z.number().int().nonnegative(),
  notes: z
    .array(
      z.object({
        id: z.string().max(100),
        // As the database keeps them (src/db/schema.ts).
        text: z.string().max(200_000),
        tag: z.enum(['customer_says', 'agreed', 'action', 'fact', 'none']),
        createdAt: z.string().max(40),
      }),
    )
    .max(5000),
  uiLang: z.enum(['nl', 'en']),
  /** Steps the agent ticked or unticked by hand. */
  manual: z.partialRecord(z.enum(CALL_STEPS), z.boolean()),
  customerName: z.string().max(200).optional(),
  now: z.number(),
});
export type CoachRequest = z.infer<typeof coachRequestSchema>;

export const toWorkerSchema = z.discriminatedUnion('type', [
  /** The installed team packs (re-parsed in the worker); sent once per change, not per keystroke. */
  z.object({ type: z.literal('team'), packs: z.array(z.unknown()).max(100) }),
  analyzeRequestSchema,
  coachRequestSchema,
]);
export type ToWorker = z.infer<typeof toWorkerSchema>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const analysisSchema = z.custom<IncomingAnalysis>((v) => isObject(v) && isObject(v.sentiment) && Array.isArray(v.cues));
const checkSchema = z.custom<DraftCheck>((v) => isObject(v) && Array.isArray(v.checklist) && Array.isArray(v.violations));
const fusedSchema = z.custom<FusedSentiment>((v) => isObject(v) && typeof v.label === 'string' && typeof v.engine === 'string');
const cardSchema = z.custom<Card>((v) => isObject(v) && typeof v.id === 'string' && typeof v.text === 'string');

// The worker is this extension's own code: the result is checked for shape, not re-validated field by field.
export const analysisResultSchema = z.object({
  analysis: analysisSchema.nullable(),
  fused: fusedSchema.nullable(),
  customerName: z.string().optional(),
  cardLang: z.enum(['nl', 'en']),
  check: checkSchema,
  typeId: z.enum(['active_hater', 'extreme_critic', 'loyal_irritated', 'passionate']),
  cards: z.array(cardSchema),
  promises: z.array(z.object({ text: z.string(), due: z.date() })),
}) satisfies z.ZodType<AnalysisResult>;

export const coachResultSchema = z.object({
  speech: z.object({ lang: z.enum(['nl', 'en']), heard: z.enum(['nl', 'en', 'fr', 'de', 'other']).optional() }),
  steps: z.array(z.object({ id: z.enum(CALL_STEPS), done: z.boolean(), byHand: z.boolean(), evidence: z.string().optional() })),
  cards: z.array(cardSchema),
  offers: z.array(z.object({ noteId: z.string(), due: z.date(), text: z.string(), kind: z.enum(['callback', 'promise']) })),
}) satisfies z.ZodType<CoachResult>;

export const fromWorkerSchema = z.discriminatedUnion('type', [
  /** The worker's module has loaded: requests can go. */
  z.object({ type: z.literal('ready') }),
  /** Request `id`'s message is analysed (the draft check follows): a timeout after this is the draft's. */
  z.object({ type: z.literal('incoming-done'), id: z.number().int() }),
  z.object({ type: z.literal('result'), id: z.number().int(), ms: z.number().nonnegative(), result: analysisResultSchema }),
  z.object({ type: z.literal('coach-result'), id: z.number().int(), ms: z.number().nonnegative(), result: coachResultSchema }),
  z.object({ type: z.literal('error'), id: z.number().int(), message: z.string().max(2000) }),
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;
