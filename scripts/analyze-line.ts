/**
 * One line of `npm run analyze` input → one line of output. Kept apart from the CLI so tests can call it.
 * The output field names are a stable interface (see README).
 */
import { z } from 'zod';
import { analyzeIncoming, checkDraft, suggest, type ExtraDontRule } from '../src/core';

const register = z.enum(['formal', 'informal']);
const lineSchema = z.union([
  z.object({
    id: z.union([z.string(), z.number()]),
    text: z.string(),
    /** The team's fixed register for the cards; the customer's own register when absent. */
    register: register.optional(),
    /** Clock for the cards' concrete times (ISO date-time); now when absent. */
    now: z.string().datetime({ offset: true, local: true }).optional(),
  }),
  z.object({
    id: z.union([z.string(), z.number()]),
    draft: z.string(),
    customerName: z.string().optional(),
    /** The channel the reply goes out on: violation suggestions fit it. */
    channel: z.enum(['email', 'chat', 'phone']).optional(),
    /** The register the reply should be in: a draft in the other one is flagged, suggestions follow it. */
    register: register.optional(),
  }),
]);

export interface AnalyzeOptions {
  /** Extra rules of team phrase packs (`--pack`), applied to drafts. */
  extraRules?: readonly ExtraDontRule[];
}

export function analyzeLine(raw: string, options: AnalyzeOptions = {}): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { error: 'not valid JSON' };
  }
  const parsed = lineSchema.safeParse(json);
  if (!parsed.success) {
    const id = (json as { id?: unknown })?.id;
    return { ...(id !== undefined ? { id } : {}), error: 'expected {"id","text"} or {"id","draft"}' };
  }
  const row = parsed.data;
  if ('text' in row) {
    const a = analyzeIncoming(row.text);
    return {
      id: row.id,
      kind: 'incoming',
      lang: a.lang,
      sentiment: { label: a.sentiment.label, score: round(a.sentiment.score), intensity: a.sentiment.intensity },
      emotion: a.emotion,
      cues: a.cues.map((c) => ({ kind: c.kind, start: c.start, end: c.end, text: c.text })),
      facts: a.facts.map((f) => ({ kind: f.kind, value: f.value, start: f.start, end: f.end })),
      customerType: a.customerType.type,
      customerName: a.customerName ?? null,
      register: a.register?.register ?? 'formal',
      registerEvidence: (a.register?.evidence ?? []).map((e) => ({
        kind: e.kind,
        register: e.register,
        start: e.start,
        end: e.end,
        text: e.text,
      })),
      // What the panel would offer, in the customer's language and register, with the name filled in.
      cards: suggest({
        incoming: a,
        // French and German customers get cards in their language.
        ...(a.lang === 'fr' || a.lang === 'de' ? { lang: a.lang } : {}),
        ...(row.register ? { register: row.register } : {}),
        now: row.now ? new Date(row.now) : new Date(),
      }).map((c) => ({
        kind: c.kind,
        lang: c.lang,
        text: c.text,
      })),
    };
  }
  const d = checkDraft(row.draft, {
    customerName: row.customerName,
    extraRules: options.extraRules,
    ...(row.channel ? { replyChannel: row.channel } : {}),
    ...(row.register ? { register: row.register } : {}),
  });
  return {
    id: row.id,
    kind: 'draft',
    lang: d.lang,
    checklist: d.checklist.map((c) => ({ id: c.id, state: c.state })),
    violations: d.violations.map((v) => ({ rule: v.rule, start: v.start, end: v.end, text: v.text, suggestion: v.suggestion })),
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
