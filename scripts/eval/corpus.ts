/**
 * The labelled corpus (tests/fixtures/corpus): its schema and a reader. Every line is validated;
 * a bad line stops the run with its file and line number, so a labelling slip is never scored.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CUE_KINDS } from '../../src/core/ids';

export const VIOLATION_FAMILIES = [
  'blame_customer',
  'arguing_company_right',
  'defensive_explanation',
  'dont_know',
  'rushing_customer',
  'refusal_without_alternative',
  'passing_on',
  'sorry_but',
  'asks_if_justified',
] as const;
export type ViolationFamily = (typeof VIOLATION_FAMILIES)[number];

const base = {
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*-\d{3,}$/),
  lang: z.enum(['nl', 'en', 'fr', 'de']),
  text: z.string().min(1).max(900),
  source: z.string().min(8),
};

export const incomingItem = z.strictObject({
  ...base,
  sentiment: z.enum(['negative', 'neutral', 'positive']),
  intensity: z.number().int().min(1).max(3),
  cues: z.array(z.enum(CUE_KINDS)),
});
export type IncomingItem = z.infer<typeof incomingItem>;

export const replyItem = z.strictObject({
  ...base,
  has_understanding: z.boolean(),
  has_apology: z.boolean(),
  has_solution_or_next_step: z.boolean(),
  has_time_commitment: z.boolean(),
  has_thanks: z.boolean(),
  uses_name: z.boolean(),
  violations: z.array(z.enum(VIOLATION_FAMILIES)),
});
export type ReplyItem = z.infer<typeof replyItem>;

export function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`${file}:${i + 1}: ${issue.path.join('.') || '(line)'}: ${issue.message}`);
      }
      out.push(parsed.data);
    });
  return out;
}
