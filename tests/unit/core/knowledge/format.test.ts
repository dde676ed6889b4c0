/**
 * Format test for the method knowledge (Dark Reader style): the data parses, ids are unique, both languages are
 * complete, templates use only known placeholders, and the method map covers every seed, rule and checklist item.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  avoidableContacts,
  channelTips,
  channelTipSchema,
  confidenceAdvice,
  customerExpectations,
  customerNeeds,
  customerTypes,
  customerTypeSchema,
  DOC_IDS,
  EMOTIONS,
  habits,
  habitSchema,
  learningPoints,
  listRefTargets,
  methodMap,
  methodRowSchema,
  PLACEHOLDERS,
  phraseCards,
  phraseCardSchema,
  pointSchema,
  refProblem,
  summaryPoints,
  templateProblems,
  triadSteps,
  triadStepSchema,
} from '../../../../src/core/knowledge';
// The other helper's rule and checklist files: method-map refs `dont:*` and `checklist:*` resolve against them.
import { dontRules } from '../../../../src/core/knowledge/dont-rules';
import { checklistItems } from '../../../../src/core/knowledge/checklist';

const dontIds = dontRules.map((r) => r.id as string);
const checklistIds = checklistItems.map((c) => c.id as string);
const targets = listRefTargets({ dont: dontIds, checklist: checklistIds });

const dupes = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('every data set re-parses with its schema', () => {
  const sets: Array<[string, z.ZodType, unknown[]]> = [
    ['triadSteps', triadStepSchema, triadSteps],
    ['habits', habitSchema, habits],
    ['customerTypes', customerTypeSchema, customerTypes],
    ['channelTips', channelTipSchema, channelTips],
    ['confidenceAdvice', pointSchema, confidenceAdvice],
    ['customerExpectations', pointSchema, customerExpectations],
    ['customerNeeds', pointSchema, customerNeeds],
    ['summaryPoints', pointSchema, summaryPoints],
    ['avoidableContacts', pointSchema, avoidableContacts],
    ['learningPoints', pointSchema, learningPoints],
    ['phraseCards', phraseCardSchema, phraseCards],
    ['methodMap', methodRowSchema, methodMap],
  ];
  it.each(sets)('%s parses and has unique ids', (_name, schema, rows) => {
    // The data is plain data: written out as JSON and read back through its schema it is the same,
    // key for key (no functions, RegExps, Dates or undefined-valued keys that JSON would lose).
    const parsed = z.array(schema).parse(JSON.parse(JSON.stringify(rows))) as Array<{ id: string }>;
    expect(parsed).toStrictEqual(rows);
    expect(dupes(parsed.map((r) => r.id))).toEqual([]);
  });

  it('phrase card ids are unique across the whole library', () => {
    expect(dupes(phraseCards.map((c) => c.id))).toEqual([]);
  });
});

describe('phrase cards', () => {
  it('every card has a sibling in the other language with the same kind, emotions, checklist item and fit', () => {
    const byId = new Map(phraseCards.map((c) => [c.id, c]));
    const missing: string[] = [];
    for (const card of phraseCards) {
      const other = card.lang === 'nl' ? 'en' : 'nl';
      const siblingId = card.id.replace(`.${card.lang}.`, `.${other}.`);
      const sib = byId.get(siblingId);
      if (!sib) {
        missing.push(siblingId);
        continue;
      }
      expect({
        kind: sib.kind,
        emotions: sib.emotions,
        satisfies: sib.satisfies,
        part: sib.part,
        types: sib.customerTypes,
      }).toEqual({
        kind: card.kind,
        emotions: card.emotions,
        satisfies: card.satisfies,
        part: card.part,
        types: card.customerTypes,
      });
    }
    expect(missing).toEqual([]);
  });

  it('uses only known placeholders, balanced optional groups, and {name} only inside an optional group', () => {
    const bad = phraseCards.flatMap((c) => templateProblems(c.text).map((p) => `${c.id}: ${p}`));
    expect(bad).toEqual([]);
    const used = new Set(phraseCards.flatMap((c) => [...c.text.matchAll(/\{([^}]*)\}/g)].map((m) => m[1])));
    for (const p of used) expect(PLACEHOLDERS).toContain(p);
  });

  it('rejects templates a team pack might get wrong', () => {
    expect(templateProblems('Hallo {naam}')).toContain('unknown placeholder {naam}');
    expect(templateProblems('Beste {name}, dank u.')).toContain('{name} outside an optional [...] group');
    expect(templateProblems('Dank u[, {name}.')).toContain('unbalanced [');
    expect(templateProblems('Dank u[ wel].')).toContain('optional group without placeholder');
    expect(templateProblems('Dank u wel[, {name}].')).toEqual([]);
  });

  it('has at least two empathy and two apology lines per emotion and language', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const emotion of EMOTIONS) {
        for (const kind of ['empathy', 'apology'] as const) {
          const n = phraseCards.filter((c) => c.lang === lang && c.kind === kind && c.emotions.includes(emotion)).length;
          expect(n, `${kind}/${emotion}/${lang}`).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });

  it('has solution skeletons for facts, summary, next step and a concrete time, plus thanks and feedback lines', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const part of ['facts', 'summary', 'next_step', 'time'] as const) {
        expect(
          phraseCards.some((c) => c.lang === lang && c.kind === 'solution' && c.part === part),
          `${part}/${lang}`,
        ).toBe(true);
      }
      const timeCards = phraseCards.filter((c) => c.lang === lang && c.part === 'time');
      for (const c of timeCards) expect(c.text).toMatch(/\{day\}.*\{time\}/);
      expect(phraseCards.filter((c) => c.lang === lang && c.kind === 'thanks').length).toBeGreaterThanOrEqual(2);
      expect(phraseCards.filter((c) => c.lang === lang && c.kind === 'feedback').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('rejects a card whose id does not match its kind or language', () => {
    const base = { kind: 'thanks', lang: 'nl', emotions: ['none'], satisfies: 'thanks', text: 'Dank u wel[, {name}].' };
    expect(phraseCardSchema.safeParse({ ...base, id: 'thanks.any.nl.1' }).success).toBe(true);
    expect(phraseCardSchema.safeParse({ ...base, id: 'thanks.any.en.1' }).success).toBe(false);
    expect(phraseCardSchema.safeParse({ ...base, id: 'apology.any.nl.1' }).success).toBe(false);
    expect(phraseCardSchema.safeParse({ ...base, id: 'solution.any.nl.1', kind: 'solution' }).success).toBe(false); // no part
  });
});

describe('customer types and channels', () => {
  it('each type lists gestures that exist, are beyond-expectation cards, and fit that type, in both languages', () => {
    const byId = new Map(phraseCards.map((c) => [c.id, c]));
    for (const type of customerTypes) {
      for (const g of type.gestures) {
        const card = byId.get(g);
        expect(card, g).toBeDefined();
        expect(card!.kind).toBe('beyond');
        expect(card!.customerTypes).toContain(type.id);
      }
      expect(new Set(type.gestures.map((g) => byId.get(g)!.lang))).toEqual(new Set(['nl', 'en']));
    }
  });
});

describe('method map', () => {
  it('every reference resolves', () => {
    const problems = methodMap.flatMap((row) =>
      row.encodedBy
        .map((ref) => refProblem(ref, targets))
        .filter(Boolean)
        .map((p) => `${row.id}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('catches a broken reference', () => {
    expect(refProblem('habit:does_not_exist', targets)).toMatch(/unknown habit/);
    expect(refProblem('dont:not_a_rule', targets)).toMatch(/unknown dont/);
    expect(refProblem('planned:dashboard', targets)).toMatch(/#<issue>/);
    expect(refProblem('checklist:name', targets)).toBeUndefined();
  });

  it('covers every seed document', () => {
    const docs = new Set(methodMap.map((r) => r.doc));
    for (const d of DOC_IDS) expect(docs.has(d), d).toBe(true);
  });

  it("names every don't rule and every checklist item at least once", () => {
    const refs = new Set(methodMap.flatMap((r) => r.encodedBy));
    expect(dontIds.filter((id) => !refs.has(`dont:${id}`))).toEqual([]);
    expect(checklistIds.filter((id) => !refs.has(`checklist:${id}`))).toEqual([]);
  });

  it('has one row per row of the seed 002 "what not to say" table', () => {
    const table = [
      'dont_know',
      'dont_care',
      'cant_be_bothered',
      'dislike_customer',
      'know_it_all',
      'dont_come_back',
      'i_am_right',
      'hurry_wait',
    ];
    for (const id of table) {
      expect(methodMap.filter((r) => r.doc === '002' && r.encodedBy.includes(`dont:${id}`)).length, id).toBeGreaterThanOrEqual(1);
    }
  });

  it('reaches every habit, customer type, channel, advice point, need, expectation, summary point and avoidable contact', () => {
    const refs = new Set(methodMap.flatMap((r) => r.encodedBy));
    const unreached = [
      ...habits.map((h) => `habit:${h.id}`),
      ...customerTypes.map((t) => `customerType:${t.id}`),
      ...channelTips.map((c) => `channel:${c.id}`),
      ...confidenceAdvice.map((a) => `advice:${a.id}`),
      ...customerNeeds.map((n) => `need:${n.id}`),
      ...customerExpectations.map((e) => `expectation:${e.id}`),
      ...summaryPoints.map((s) => `summary:${s.id}`),
      ...avoidableContacts.map((a) => `avoidable:${a.id}`),
      ...learningPoints.map((l) => `learning:${l.id}`),
      ...triadSteps.map((t) => `triad:${t.id}`),
    ].filter((ref) => !refs.has(ref));
    expect(unreached).toEqual([]);
  });

  it('keeps the later features visible as planned refs', () => {
    const planned = new Set(methodMap.flatMap((r) => r.encodedBy).filter((r) => r.startsWith('planned:')));
    for (const feature of ['follow-up letter', 'recall reminder', 'case log causes', 'dashboard']) {
      expect(
        [...planned].some((p) => p.includes(feature)),
        feature,
      ).toBe(true);
    }
  });
});
