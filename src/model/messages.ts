/**
 * Messages of the model host, in the shape of src/messaging/protocol.ts (name → request and
 * response schema) so protocol.ts can spread them in. Zod only: safe to import from any context.
 *
 * panel → background → offscreen document (Chrome) or the background's own worker (Firefox);
 * status and download progress travel back as a broadcast to every extension page.
 */
import { z } from 'zod';
import { classifyRequestSchema, classifyResponseSchema, modelStatusSchema } from './types';
import { modelIdSchema } from './settings';

/** What the background tells the host for one request: which model, and whether the Hub may be asked. */
export const hostConfigSchema = z.object({
  modelId: modelIdSchema,
  allowRemote: z.boolean(),
  /** Unload the model after this long without a request (the user's setting); absent: the host's default; 0 = never. */
  unloadAfterMs: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3_600_000)
    .optional(),
});
export type HostConfig = z.infer<typeof hostConfigSchema>;

export const modelProtocol = {
  /** Panel → background: classify the customer's text with the model the user chose. */
  'panel→model/classify': { request: classifyRequestSchema, response: classifyResponseSchema },
  /** Panel → background: the current status (panel just opened), without loading anything. */
  'panel→model/status': { request: z.object({}), response: modelStatusSchema },
  /** Model host → every extension page: load progress, ready, failed. */
  'model→panel/status': { request: modelStatusSchema, response: z.void() },
  /** Background → offscreen document (Chrome only): run one classification. */
  'bg→offscreen/classify': {
    request: classifyRequestSchema.extend({ target: z.literal('offscreen'), config: hostConfigSchema }),
    response: classifyResponseSchema,
  },
  /** Background → offscreen document: status of a model id. */
  'bg→offscreen/status': {
    request: z.object({ target: z.literal('offscreen'), modelId: modelIdSchema }),
    response: modelStatusSchema,
  },
} as const;
