/**
 * Types of the model layer. The ones that cross extension contexts (side panel ↔ background ↔
 * offscreen worker) have zod schemas, so the receiver can validate and drop bad messages.
 */
import { z } from 'zod';
import type { Intensity, SentimentHit, SentimentLabel } from '../core/types';

export const sentimentLabelSchema = z.enum(['negative', 'neutral', 'positive']);
export const intensitySchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** Why a model could not be loaded. */
export const modelFailureReasonSchema = z.enum([
  /** No bundled copy, and the user has not allowed downloads from the Hugging Face Hub. */
  'not-bundled-and-remote-off',
  /** Downloads allowed, but the Hub could not be reached or does not have the files. */
  'download-failed',
  /** Files found but unreadable: broken JSON, ONNX that does not parse. */
  'corrupt',
  /** The model loads but its labels mean nothing we can map to a polarity (e.g. LABEL_0 without a hint). */
  'unsupported-labels',
  /** Anything else (runtime missing, out of memory …). */
  'load-failed',
  /** This computer has too little memory (or too few cores) for this model: refused before loading; the message says what it has and needs. */
  'machine-too-small',
]);
export type ModelFailureReason = z.infer<typeof modelFailureReasonSchema>;

export const modelSourceSchema = z.enum(['bundled', 'remote']);
export type ModelSource = z.infer<typeof modelSourceSchema>;

export const modelStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('idle'),
    /** Set when a loaded model was unloaded after this long without a message (the next message loads it again). */
    unloaded: z.object({ modelId: z.string(), afterMs: z.number().nonnegative() }).optional(),
  }),
  z.object({ state: z.literal('disabled') }),
  z.object({
    state: z.literal('loading'),
    modelId: z.string(),
    /** 0…1 over the file being fetched; null when unknown. */
    progress: z.number().min(0).max(1).nullable(),
    file: z.string().optional(),
  }),
  z.object({
    state: z.literal('ready'),
    modelId: z.string(),
    source: modelSourceSchema,
    loadMs: z.number().nonnegative(),
    /** The ONNX Runtime build the worker runs: the .wasm file it fetched (ort-wasm-simd.wasm where SIMD works) and its threads. */
    runtime: z.object({ wasm: z.array(z.string()), threads: z.number().int().positive() }).optional(),
  }),
  z.object({ state: z.literal('failed'), modelId: z.string(), reason: modelFailureReasonSchema, message: z.string() }),
]);
export type ModelStatus = z.infer<typeof modelStatusSchema>;

/** One scored stretch of the text: a sentence, a few short sentences merged, or a piece of an over-long one. */
export const sentenceScoreSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  label: sentimentLabelSchema,
  /** −1 … +1 */
  score: z.number().min(-1).max(1),
  intensity: intensitySchema,
});
export type SentenceScore = z.infer<typeof sentenceScoreSchema>;

export const modelResultSchema = z.object({
  modelId: z.string(),
  label: sentimentLabelSchema,
  score: z.number().min(-1).max(1),
  intensity: intensitySchema,
  /** 0…1: probability mass the model put on the answered polarity (length-weighted over sentences). */
  confidence: z.number().min(0).max(1),
  sentences: z.array(sentenceScoreSchema),
  /** Index into `sentences` of the most negative one; null when there are none. */
  mostNegative: z.number().int().nonnegative().nullable(),
  /** True when the text was longer than the classifier's character cap and only its start was scored. */
  truncated: z.boolean(),
  /** Wall time of the classification in milliseconds. */
  ms: z.number().nonnegative(),
  /** True when this text was scored before and the answer came from the cache (by hash of the text). */
  cached: z.boolean().optional(),
  /** The stretch of the text that was scored: the customer's own words, without quoted history and signature. */
  scored: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional(),
  /** Where the classification's time went (bench model-shape): planning the windows, the tokenizer, ONNX Runtime; `positions` = tokens run, padding included. */
  timing: z
    .object({
      planMs: z.number().nonnegative(),
      tokenizeMs: z.number().nonnegative(),
      runMs: z.number().nonnegative(),
      totalMs: z.number().nonnegative(),
      windows: z.number().int().nonnegative(),
      batches: z.number().int().nonnegative(),
      positions: z.number().int().nonnegative(),
    })
    .optional(),
});
export type ModelResult = z.infer<typeof modelResultSchema>;

/** Largest text a classify request may carry (1 MB e-mails are cut by the sender, not rejected here). */
export const MAX_CLASSIFY_CHARS = 1_000_000;

export const classifyRequestSchema = z.object({
  requestId: z.string().min(1).max(100),
  text: z.string().max(MAX_CLASSIFY_CHARS),
});
export type ClassifyRequest = z.infer<typeof classifyRequestSchema>;

export const classifyResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), requestId: z.string(), result: modelResultSchema }),
  z.object({ ok: z.literal(false), requestId: z.string(), status: modelStatusSchema }),
]);
export type ClassifyResponse = z.infer<typeof classifyResponseSchema>;

/** Why the lexicon answered alone. */
export const lexiconOnlyReasonSchema = z.enum([
  'model-loading',
  'model-unavailable-offline',
  'model-error',
  'disabled',
  'model-unloaded',
  'machine-too-small',
]);
export type LexiconOnlyReason = z.infer<typeof lexiconOnlyReasonSchema>;

/** Rules of `fuse` that changed the model's answer, for the panel's explanation. */
export type FusionAdjustment = 'cues-pushed-negative' | 'cues-raised-intensity' | 'cues-tempered-positive';

export interface FusedSentiment {
  label: SentimentLabel;
  score: number;
  intensity: Intensity;
  engine: 'model+lexicon' | 'lexicon';
  /** Present when engine is 'lexicon'. */
  reason?: LexiconOnlyReason;
  adjustments: FusionAdjustment[];
  sources: {
    model?: { modelId: string; label: SentimentLabel; score: number; intensity: Intensity; confidence: number };
    lexicon: { label: SentimentLabel; score: number; intensity: Intensity };
  };
  /** The lexicon's words and signals, strongest first: the model has no spans to explain itself. */
  evidence: SentimentHit[];
}
