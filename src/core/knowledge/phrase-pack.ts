/**
 * Team phrase packs: a team's own lines and extra "what not to say" rules, shared as one JSON
 * file (or pushed by IT through managed storage). Versioned, validated whole: a pack with one
 * bad field is refused with that field named, never half installed.
 *
 * Namespacing keeps packs from overwriting each other or the built-in library: in pack `acme`
 * a card id is `<kind>.acme_<topic>.<lang>.<n>` (the phrase-card id grammar, topic prefixed) and
 * a rule id is `acme.<name>`.
 *
 * Rule patterns are written in the pack notation of ./pattern-notation.ts (the safe subset of the
 * built-in rules' notation: words, a space = any whitespace, `{w}` = one word, `{*}` = the rest of
 * a word, groups, alternatives, `?`, bounded repeats, `{S}`/`{E}` = sentence start/end, `(?!…)`).
 * They are parsed and compiled by Triade, never run as raw regular expressions: a pack is data
 * from outside and the draft check runs on every keystroke. See docs/phrase-packs.md.
 */
import { z } from 'zod';
import { checkPackPattern, NOTATION_LIMITS } from './pattern-notation';
import { PHRASE_LANGS, phraseCardSchema, type PhraseCard } from './schema';

export const PACK_FORMAT = 'triade-phrase-pack';
export const PACK_VERSION = 1;

/** Limits: generous for a team, small enough that a pack cannot slow the panel down. */
export const PACK_LIMITS = { cards: 500, rules: 100, patternsPerRule: 40, patternLength: 300, text: 600 } as const;

const packIdSchema = z
  .string({ error: 'expected text' })
  .regex(/^[a-z][a-z0-9]{1,23}$/, { error: 'expected 2–24 lower-case letters or digits, starting with a letter (e.g. "acme")' });

const text = (max: number) =>
  z
    .string({ error: 'expected text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `longer than ${max} characters` });

/** Why a pack pattern is refused, or undefined when it is usable and safe (see ./pattern-notation.ts). */
export function packPatternProblem(source: string): string | undefined {
  if (source.length > PACK_LIMITS.patternLength) return `longer than ${PACK_LIMITS.patternLength} characters`;
  const r = checkPackPattern(source);
  return r.ok ? undefined : r.problem;
}

const patternSchema = z.string({ error: 'expected a pattern (text)' }).superRefine((p, ctx) => {
  const problem = packPatternProblem(p);
  if (problem) ctx.addIssue({ code: 'custom', message: `pattern refused: ${problem}` });
});

export const packDontRuleSchema = z.object({
  /** `<packId>.<name>`, checked against the pack id below. */
  id: z
    .string({ error: 'expected text' })
    .regex(/^[a-z][a-z0-9]{1,23}\.[a-z0-9_]{1,40}$/, { error: 'expected "<pack id>.<name>", e.g. "acme.no_policy"' })
    // Typed as the core's PackRuleId shape, so pack rules fit a Violation's `rule` once checkDraft takes them.
    .transform((s) => s as `${string}.${string}`),
  lang: z.enum(PHRASE_LANGS, { error: 'expected "nl" or "en"' }),
  /** The phrase to avoid, as agents would recognise it. */
  phrase: text(200),
  patterns: z
    .array(patternSchema, { error: 'expected a list of patterns' })
    .min(1, { error: 'needs at least one pattern' })
    .max(PACK_LIMITS.patternsPerRule),
  /** Why it hurts. */
  reason: text(PACK_LIMITS.text),
  /** What to say instead. */
  suggestion: text(PACK_LIMITS.text),
});
export type PackDontRule = z.output<typeof packDontRuleSchema>;

export const phrasePackSchema = z
  .object({
    format: z.literal(PACK_FORMAT, { error: `expected "${PACK_FORMAT}"` }),
    version: z.literal(PACK_VERSION, { error: `expected ${PACK_VERSION}` }),
    id: packIdSchema,
    name: text(80),
    team: text(80).optional(),
    cards: z.array(phraseCardSchema, { error: 'expected a list of phrase cards' }).max(PACK_LIMITS.cards),
    dontRules: z.array(packDontRuleSchema, { error: 'expected a list of rules' }).max(PACK_LIMITS.rules).optional(),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.cards.forEach((card, i) => {
      const topic = card.id.split('.')[1] ?? '';
      if (!topic.startsWith(`${pack.id}_`))
        ctx.addIssue({
          code: 'custom',
          path: ['cards', i, 'id'],
          message: `expected the pack's namespace: ${card.kind}.${pack.id}_<topic>.${card.lang}.<n>`,
        });
      else if (seen.has(card.id))
        ctx.addIssue({ code: 'custom', path: ['cards', i, 'id'], message: 'same id as an earlier card' });
      seen.add(card.id);
    });
    pack.dontRules?.forEach((rule, i) => {
      if (!rule.id.startsWith(`${pack.id}.`))
        ctx.addIssue({
          code: 'custom',
          path: ['dontRules', i, 'id'],
          message: `expected the pack's namespace: ${pack.id}.<name>`,
        });
      else if (seen.has(rule.id))
        ctx.addIssue({ code: 'custom', path: ['dontRules', i, 'id'], message: 'same id as an earlier rule' });
      seen.add(rule.id);
    });
    // Each pattern is bounded on its own; together they must still fit one keystroke.
    let cost = 0;
    pack.dontRules?.forEach((rule, i) =>
      rule.patterns.forEach((pattern, j) => {
        const r = checkPackPattern(pattern);
        const before = cost;
        cost += r.ok ? r.cost : 0;
        if (before <= NOTATION_LIMITS.packCost && cost > NOTATION_LIMITS.packCost)
          ctx.addIssue({
            code: 'custom',
            path: ['dontRules', i, 'patterns', j],
            message: `pattern refused: the pack's patterns together are too costly to check on every keystroke (this one brings them to ${cost}; at most ${NOTATION_LIMITS.packCost}): use fewer or simpler patterns, or split the pack`,
          });
      }),
    );
    if (pack.cards.length === 0 && !pack.dontRules?.length)
      ctx.addIssue({ code: 'custom', path: ['cards'], message: 'the pack has no cards and no rules' });
  });
export type PhrasePack = z.output<typeof phrasePackSchema>;
export type PhrasePackInput = z.input<typeof phrasePackSchema>;

export type ParsePackResult = { ok: true; pack: PhrasePack } | { ok: false; error: string; field: string };

/** `cards[2].text` from a zod path. */
function fieldOf(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((s, key) => (typeof key === 'number' ? `${s}[${key}]` : s ? `${s}.${String(key)}` : String(key)), '') ||
    '(pack)'
  );
}

/**
 * Validates a phrase pack (parsed JSON, or the file's text) and names the first bad field.
 * @example parsePack({ format: 'triade-phrase-pack', version: 1, id: 'acme', name: 'Acme', cards: [] })
 * // { ok: false, field: 'cards', error: 'cards: the pack has no cards and no rules' }
 */
export function parsePack(json: unknown): ParsePackResult {
  let raw = json;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch (e) {
      return { ok: false, field: '(file)', error: `(file): not a JSON file (${(e as Error).message})` };
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, field: '(file)', error: '(file): not a Triade phrase pack' };
  const head = raw as { format?: unknown; version?: unknown };
  if (head.format !== PACK_FORMAT)
    return { ok: false, field: 'format', error: `format: expected "${PACK_FORMAT}": this is not a Triade phrase pack` };
  if (typeof head.version === 'number' && head.version > PACK_VERSION)
    return {
      ok: false,
      field: 'version',
      error: `version: made for a newer Triade (pack version ${head.version}); update Triade first`,
    };
  const r = phrasePackSchema.safeParse(raw);
  if (r.success) return { ok: true, pack: r.data };
  const issue = r.error.issues[0]!;
  const field = fieldOf(issue.path);
  // Card messages from the shared schema already start with the card id: keep them, they help.
  return { ok: false, field, error: `${field}: ${issue.message}` };
}

export interface MergedKnowledge {
  /** Built-in cards followed by every pack's cards (first id wins). */
  cards: PhraseCard[];
  /** Only the packs' cards: what the side panel passes to `suggest({ extraCards })`. */
  teamCards: PhraseCard[];
  /** Every pack's extra "what not to say" rules, for `checkDraft`. */
  extraRules: PackDontRule[];
  /** Which pack each team card and rule came from. */
  origin: Map<string, string>;
}

/**
 * Puts installed packs beside the built-in library. Packs are namespaced, so they cannot replace a
 * built-in card; should two entries still share an id, the first one (built-in, then pack order) is kept.
 * @example const { teamCards } = mergePacks(phraseCards, packs); suggest({ incoming, extraCards: teamCards });
 */
export function mergePacks(builtIn: readonly PhraseCard[], packs: readonly PhrasePack[]): MergedKnowledge {
  const ids = new Set(builtIn.map((c) => c.id));
  const cards = [...builtIn];
  const teamCards: PhraseCard[] = [];
  const extraRules: PackDontRule[] = [];
  const origin = new Map<string, string>();
  for (const pack of packs) {
    for (const card of pack.cards) {
      if (ids.has(card.id)) continue;
      ids.add(card.id);
      cards.push(card);
      teamCards.push(card);
      origin.set(card.id, pack.id);
    }
    for (const rule of pack.dontRules ?? []) {
      if (ids.has(rule.id)) continue;
      ids.add(rule.id);
      extraRules.push(rule);
      origin.set(rule.id, pack.id);
    }
  }
  return { cards, teamCards, extraRules, origin };
}
