/**
 * Messages between the side panel and its analysis worker (analysis.worker.ts), with zod schemas:
 * each side parses what it receives and drops what does not fit.
 */
import { z } from 'zod';
import type { Card, DraftCheck, IncomingAnalysis } from '../../core';
import type { FusedSentiment } from '../../model/types';
import { modelResultSchema, modelStatusSchema } from '../../model/types';
import type { AnalysisResult } from './run-analysis';

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
});
export type AnalyzeRequest = z.infer<typeof analyzeRequestSchema>;

export const toWorkerSchema = z.discriminatedUnion('type', [
  /** The installed team packs (re-parsed in the worker); sent once per change, not per keystroke. */
  z.object({ type: z.literal('team'), packs: z.array(z.unknown()).max(100) }),
  analyzeRequestSchema,
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

export const fromWorkerSchema = z.discriminatedUnion('type', [
  /** The worker's module has loaded: requests can go. */
  z.object({ type: z.literal('ready') }),
  /** Request `id`'s message is analysed (the draft check follows): a timeout after this is the draft's. */
  z.object({ type: z.literal('incoming-done'), id: z.number().int() }),
  z.object({ type: z.literal('result'), id: z.number().int(), ms: z.number().nonnegative(), result: analysisResultSchema }),
  z.object({ type: z.literal('error'), id: z.number().int(), message: z.string().max(2000) }),
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;
