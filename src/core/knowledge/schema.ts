/**
 * Zod schemas for the method knowledge. Every data file parses its own rows through these at module load,
 * so a typo in the data fails the first import (and the format test) instead of reaching the side panel.
 * Team phrase packs are parsed with the same `phraseCardSchema`.
 */
import { z } from 'zod';
import type { CardKind, ChannelId, PhraseLang } from '../types';
import { CHECKLIST_IDS, CUE_KINDS, CUSTOMER_TYPE_IDS, EMOTIONS } from '../ids';

export { CUE_KINDS, CUSTOMER_TYPE_IDS, EMOTIONS };

// Runtime lists of the remaining id unions in types.ts (the shared ones live in ../ids.ts). `satisfies` plus the
// `Exhaustive` checks below make tsc fail when types.ts gains an id that is missing here.
export const CARD_KINDS = [
  'empathy',
  'apology',
  'solution',
  'beyond',
  'thanks',
  'feedback',
] as const satisfies readonly CardKind[];
export const PHRASE_LANGS = ['nl', 'en'] as const satisfies readonly PhraseLang[];
export const CHANNEL_IDS = ['letter', 'spoken', 'remote'] as const satisfies readonly ChannelId[];

type Exhaustive<Union, List extends readonly unknown[]> = [Union] extends [List[number]] ? true : never;
const exhaustive: [Exhaustive<CardKind, typeof CARD_KINDS>, Exhaustive<ChannelId, typeof CHANNEL_IDS>] = [true, true];
void exhaustive;

/** The five seed documents, by their number. */
export const DOC_IDS = ['000', '001', '002', '003', '004'] as const;
export type DocId = (typeof DOC_IDS)[number];

/** Placeholders a phrase card may use. `{name}` may only appear inside an optional `[...]` group. */
export const PLACEHOLDERS = ['name', 'time', 'day', 'next_step', 'organisation'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const id = z.string().regex(/^[a-z0-9_.]+$/, 'lower-case id: a-z, 0-9, _ and .');
/** A text in both library languages. */
export const bilingualSchema = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });
export type Bilingual = z.infer<typeof bilingualSchema>;
const docs = z.array(z.enum(DOC_IDS)).min(1);

export const solvePartSchema = z.object({
  id: z.enum(['facts', 'summary', 'next_steps', 'time']),
  title: bilingualSchema,
  meaning: bilingualSchema,
  example: bilingualSchema,
});
export type SolvePart = z.infer<typeof solvePartSchema>;

export const triadStepSchema = z.object({
  id: z.enum(['understanding', 'sorry', 'solve']),
  order: z.number().int().min(1).max(3),
  title: bilingualSchema,
  meaning: bilingualSchema,
  example: bilingualSchema,
  /** The checklist item a draft ticks when it covers this step. */
  checklist: z.enum(CHECKLIST_IDS),
  sources: docs,
  parts: z.array(solvePartSchema).optional(),
});
export type TriadStep = z.infer<typeof triadStepSchema>;

export const habitSchema = z.object({
  id,
  title: bilingualSchema,
  meaning: bilingualSchema,
  example: bilingualSchema,
  sources: docs,
  checklist: z.enum(CHECKLIST_IDS).optional(),
});
export type Habit = z.infer<typeof habitSchema>;

export const customerTypeSchema = z.object({
  id: z.enum(CUSTOMER_TYPE_IDS),
  title: bilingualSchema,
  description: bilingualSchema,
  approach: bilingualSchema,
  /** Ids of the phrase cards (kind `beyond`) that fit this type. */
  gestures: z.array(id).min(1),
});
export type CustomerType = z.infer<typeof customerTypeSchema>;

export const channelTipSchema = z.object({
  id: z.enum(CHANNEL_IDS),
  title: bilingualSchema,
  /** Which contacts fall under this channel family. */
  covers: bilingualSchema,
  advice: bilingualSchema,
});
export type ChannelTip = z.infer<typeof channelTipSchema>;

/** A numbered or listed point of a seed: advice, need, expectation, summary point, avoidable contact, learning. */
export const pointSchema = z.object({
  id,
  title: bilingualSchema,
  text: bilingualSchema,
  sources: docs,
});
export type Point = z.infer<typeof pointSchema>;

const PLACEHOLDER_RE = /\{([^{}]*)\}/g;

/**
 * Checks the template grammar: known placeholders, balanced optional groups, `{name}` only inside a group.
 * @example templateProblems('Beste {name},') // ['{name} outside an optional [...] group']
 * @example templateProblems('Dank u[, {name}].') // []
 */
export function templateProblems(text: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(m[1]!)) problems.push(`unknown placeholder {${m[1]}}`);
  }
  let depth = 0;
  let outside = '';
  let group = '';
  for (const ch of text) {
    if (ch === '[') {
      if (depth > 0) problems.push('nested optional group');
      depth++;
      group = '';
    } else if (ch === ']') {
      if (depth === 0) problems.push('unbalanced ]');
      else if (!PLACEHOLDER_RE.test(group)) problems.push('optional group without placeholder');
      PLACEHOLDER_RE.lastIndex = 0;
      depth = Math.max(0, depth - 1);
    } else if (depth > 0) group += ch;
    else outside += ch;
  }
  if (depth !== 0) problems.push('unbalanced [');
  if (outside.includes('{name}')) problems.push('{name} outside an optional [...] group');
  const stray = outside.replace(PLACEHOLDER_RE, '');
  if (/[{}]/.test(stray)) problems.push('stray brace');
  return problems;
}

export const phraseCardSchema = z
  .object({
    /** `<kind>.<topic>.<lang>.<n>`, e.g. `empathy.anger.nl.1`. */
    id: z.string().regex(/^[a-z]+\.[a-z_]+\.(?:nl|en)\.\d+$/, 'id like empathy.anger.nl.1'),
    kind: z.enum(CARD_KINDS),
    lang: z.enum(PHRASE_LANGS),
    /** Emotions the card fits. */
    emotions: z.array(z.enum(EMOTIONS)).min(1),
    /** The template: `{placeholder}`s, and `[...]` groups dropped whole when a placeholder in them is empty. */
    text: z.string().trim().min(1).max(600),
    /** Dutch only: the same line in "je" (`text` is in "u"). A Dutch card without it is offered as it is to everyone. */
    informal: z.string().trim().min(1).max(600).optional(),
    satisfies: z.enum(CHECKLIST_IDS),
    /** Intensities the card fits best; absent = any. */
    intensity: z
      .array(z.union([z.literal(1), z.literal(2), z.literal(3)]))
      .min(1)
      .optional(),
    /** Customer types the card fits best (gestures); absent = any. */
    customerTypes: z.array(z.enum(CUSTOMER_TYPE_IDS)).min(1).optional(),
    /** Escalation cues that make this card the better pick. */
    cues: z.array(z.enum(CUE_KINDS)).min(1).optional(),
    /** For solution cards: which part of solving the card is. */
    part: z.enum(['facts', 'summary', 'next_step', 'time', 'compensation']).optional(),
    /** A complaint reply, an ordinary question/compliment, or either. */
    situation: z.enum(['complaint', 'question', 'any']).default('any'),
    sources: docs.optional(),
  })
  .superRefine((card, ctx) => {
    for (const p of templateProblems(card.text)) ctx.addIssue({ code: 'custom', message: `${card.id}: ${p}` });
    for (const p of card.informal === undefined ? [] : templateProblems(card.informal))
      ctx.addIssue({ code: 'custom', message: `${card.id} (informal): ${p}` });
    if (card.informal !== undefined && card.lang !== 'nl')
      ctx.addIssue({ code: 'custom', message: `${card.id}: only Dutch cards have an informal line` });
    const [kind, , lang] = card.id.split('.');
    if (kind !== card.kind) ctx.addIssue({ code: 'custom', message: `${card.id}: id kind differs from kind ${card.kind}` });
    if (lang !== card.lang) ctx.addIssue({ code: 'custom', message: `${card.id}: id language differs from lang ${card.lang}` });
    if (card.kind === 'solution' && !card.part)
      ctx.addIssue({ code: 'custom', message: `${card.id}: solution card needs a part` });
  });
export type PhraseCard = z.output<typeof phraseCardSchema>;
export type PhraseCardInput = z.input<typeof phraseCardSchema>;

/** Reference kinds a method-map row may point at. */
export const REF_KINDS = [
  'triad',
  'habit',
  'customerType',
  'channel',
  'phrase',
  'dont',
  'checklist',
  'advice',
  'need',
  'expectation',
  'summary',
  'avoidable',
  'learning',
  'planned',
] as const;
export type RefKind = (typeof REF_KINDS)[number];

export const methodRowSchema = z.object({
  id,
  doc: z.enum(DOC_IDS),
  rule: bilingualSchema,
  encodedBy: z.array(z.string().regex(new RegExp(`^(?:${REF_KINDS.join('|')}):\\S.*$`), 'ref like habit:use_name')).min(1),
});
export type MethodRow = z.infer<typeof methodRowSchema>;
