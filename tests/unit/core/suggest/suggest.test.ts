/**
 * suggest(): the cards an agent sees for realistic situations, in Dutch and in English.
 */
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../../src/core/suggest';
// The other helper's draft checker: cards must satisfy the checklist they claim to satisfy.
import { checkDraft } from '../../../../src/core/draft';
import type { Card, ChecklistId, DraftCheck, PhraseLang, SuggestInput } from '../../../../src/core/types';
import { analysis, FRIDAY_AFTERNOON, SATURDAY_MORNING, TUESDAY_AFTERNOON, TUESDAY_MORNING } from './fixtures';

const kinds = (cards: Card[]) => cards.map((c) => c.kind);
const find = (cards: Card[], kind: Card['kind'], part?: string) =>
  cards.find((c) => c.kind === kind && (!part || c.id.includes(`.${part}.`)));
const draftWith = (lang: PhraseLang, done: ChecklistId[]): DraftCheck => ({
  lang,
  checklist: (
    ['understanding', 'apology', 'solution', 'time_commitment', 'thanks', 'name', 'beyond', 'feedback'] as ChecklistId[]
  ).map((id) => ({
    id,
    state: done.includes(id) ? 'done' : 'missing',
  })),
  violations: [],
  ignored: [],
});

/** Words that should show up per language; the same scenario runs for both. */
const WORDS = {
  nl: {
    name: 'mevrouw De Vries',
    monday: 'maandag om 15.00 uur',
    today: 'vandaag om 16.00 uur',
    tomorrow: 'morgen om 15.00 uur',
    again: /opnieuw/,
    worry: /onzeker|zorg|bezighoudt/,
    disappointed: /teleurgesteld|tegenval/,
    order: 'uw bestelling 12345',
    invoice: 'factuur F-2026-118',
    month: /over een maand/,
    manager: /leidinggevende|handgeschreven/,
    gift: /attentie|persoonlijk/,
    complaintThanks: /klacht|laat weten/,
  },
  en: {
    name: 'Ms Smith',
    monday: 'on Monday at 3 pm',
    today: 'today at 4 pm',
    tomorrow: 'tomorrow at 3 pm',
    again: /again/,
    worry: /uncertain|concern|weighing/,
    disappointed: /disappointed|letdown/,
    order: 'your order 12345',
    invoice: 'invoice F-2026-118',
    month: /in a month/,
    manager: /manager|handwritten/,
    gift: /gift|personally/,
    complaintThanks: /complaint|letting us know/,
  },
} as const;

describe.each(['nl', 'en'] as const)('suggest in %s', (lang) => {
  const w = WORDS[lang];
  const base = (extra: Partial<SuggestInput> = {}, shape: Parameters<typeof analysis>[0] = {}): Card[] =>
    suggest({ incoming: analysis({ lang, ...shape }), now: TUESDAY_AFTERNOON, ...extra });

  it('angry customer with a name: first card is empathy for anger, with the name, in the customer language', () => {
    const cards = base({}, { emotion: 'anger', intensity: 3, name: w.name });
    expect(cards[0]!.kind).toBe('empathy');
    expect(cards[0]!.id).toMatch(new RegExp(`^empathy\\.anger\\.${lang}\\.`));
    expect(cards[0]!.lang).toBe(lang);
    expect(cards[0]!.text).toContain(w.name);
  });

  it('follows the triad for a complaint: understanding, sorry, solve, then beyond, thanks and feedback', () => {
    const cards = base({}, { emotion: 'frustration' });
    expect(kinds(cards)).toEqual(['empathy', 'apology', 'solution', 'solution', 'solution', 'beyond', 'thanks', 'feedback']);
    expect(cards.map((c) => c.satisfies)).toEqual([
      'understanding',
      'apology',
      'solution',
      'solution',
      'time_commitment',
      'beyond',
      'thanks',
      'feedback',
    ]);
  });

  it('gives every card in the language of the customer and no card twice', () => {
    const cards = base({}, { emotion: 'disappointment' });
    expect(new Set(cards.map((c) => c.lang))).toEqual(new Set([lang]));
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  });

  it('on a Friday afternoon promises Monday at 15:00, not the weekend', () => {
    const time = find(base({ now: FRIDAY_AFTERNOON }), 'solution', 'time')!;
    expect(time.text).toContain(w.monday);
    expect(time.satisfies).toBe('time_commitment');
  });

  it('on a Saturday morning also promises Monday', () => {
    expect(find(base({ now: SATURDAY_MORNING }), 'solution', 'time')!.text).toContain(w.monday);
  });

  it('before noon on a working day promises today at 16:00', () => {
    const time = find(base({ now: TUESDAY_MORNING }), 'solution', 'time')!;
    expect(time.text).toContain(w.today);
    expect(time.reason).toContain(w.today);
  });

  it('in the afternoon promises tomorrow at 15:00', () => {
    expect(find(base(), 'solution', 'time')!.text).toContain(w.tomorrow);
  });

  it('without a name leaves no placeholder, bracket or dangling comma', () => {
    for (const c of base({}, { emotion: 'anger' })) {
      expect(c.text).not.toMatch(/[{}[\]]|undefined/);
      expect(c.text).not.toMatch(/ ,|,\.|, *$/);
    }
  });

  it("uses the name from the message signature, and the agent's name field over it", () => {
    const fromMessage = base({}, { name: w.name });
    expect(fromMessage[0]!.text).toContain(w.name);
    const overridden = base({ customerName: 'Kim' }, { name: w.name });
    expect(overridden[0]!.text).toContain('Kim');
    expect(overridden.some((c) => c.text.includes(w.name))).toBe(false);
  });

  it('moves the apology down once the draft already apologises', () => {
    const before = base({}, { emotion: 'anger' });
    const after = base({ draft: draftWith(lang, ['apology']) }, { emotion: 'anger' });
    expect(before[1]!.kind).toBe('apology');
    expect(after[after.length - 1]!.kind).toBe('apology');
    expect(after.filter((c) => c.kind !== 'apology').map((c) => c.id)).toEqual(
      before.filter((c) => c.kind !== 'apology').map((c) => c.id),
    );
    expect(after[after.length - 1]!.reason).toMatch(lang === 'nl' ? /concept/ : /draft/);
  });

  it('when understanding and apology are done, the next open step (the solution) comes first', () => {
    const cards = base({ draft: draftWith(lang, ['understanding', 'apology']) }, { emotion: 'anger' });
    expect(cards[0]!.satisfies).toBe('solution');
    expect(kinds(cards).slice(-2).sort()).toEqual(['apology', 'empathy']);
  });

  it('a repeat contact gets an apology for having to come back', () => {
    const apology = find(base({}, { emotion: 'anger', cues: ['repeat'] }), 'apology')!;
    expect(apology.text).toMatch(w.again);
  });

  it('a worried customer gets empathy for worry', () => {
    const cards = base({}, { emotion: 'worry', label: 'negative', intensity: 1 });
    expect(cards[0]!.id).toMatch(/^empathy\.worry\./);
    expect(cards[0]!.text).toMatch(w.worry);
  });

  it('a disappointed customer gets empathy for disappointment', () => {
    expect(base({}, { emotion: 'disappointment' })[0]!.text).toMatch(w.disappointed);
  });

  it('fits the empathy line to the intensity', () => {
    const mild = base({}, { emotion: 'anger', intensity: 1 })[0]!;
    const strong = base({}, { emotion: 'anger', intensity: 3 })[0]!;
    expect(mild.id).not.toBe(strong.id);
  });

  it('asks for the facts when the customer gave no order number, and skips that when they did', () => {
    const without = base({}, { emotion: 'frustration' });
    expect(find(without, 'solution', 'facts')).toBeDefined();
    const withOrder = base({}, { emotion: 'frustration', facts: [['order', '#12345']] });
    expect(find(withOrder, 'solution', 'facts')).toBeUndefined();
    expect(find(withOrder, 'solution', 'next_step')!.text).toContain(w.order);
  });

  it('names the invoice in the next step for an invoice question', () => {
    expect(
      find(base({}, { emotion: 'frustration', facts: [['invoice', 'F-2026-118']] }), 'solution', 'next_step')!.text,
    ).toContain(w.invoice);
  });

  it('offers the gesture of the agent-chosen customer type over the guessed one', () => {
    const guessed = find(base({}, { type: 'active_hater' }), 'beyond')!;
    const chosen = find(base({ customerType: 'passionate' }, { type: 'active_hater' }), 'beyond')!;
    expect(guessed.id).toMatch(/^beyond\.active_hater\./);
    expect(chosen.id).toMatch(/^beyond\.passionate\./);
    expect(chosen.text).toMatch(w.gift);
  });

  it('offers a once-loyal customer who threatens to leave a personal gesture from the manager or a card', () => {
    const beyond = find(base({}, { type: 'loyal_irritated', cues: ['churn'] }), 'beyond')!;
    expect(beyond.text).toMatch(w.manager);
  });

  it('without a customer type offers the recall after a month', () => {
    const cards = suggest({ lang, now: TUESDAY_AFTERNOON });
    expect(find(cards, 'beyond')!.text).toMatch(w.month);
  });

  it('thanks the customer for the complaint', () => {
    expect(find(base({}, { emotion: 'anger' }), 'thanks')!.text).toMatch(w.complaintThanks);
  });

  it('a compliment does not open with an apology; the apology goes last', () => {
    const cards = base({}, { label: 'positive', emotion: 'none', cues: [] });
    expect(cards[0]!.kind).toBe('thanks');
    expect(cards[cards.length - 1]!.kind).toBe('apology');
    expect(find(cards, 'solution', 'facts')).toBeUndefined();
  });

  it('a calm question is not treated as a complaint', () => {
    const cards = base({}, { label: 'neutral', emotion: 'none' });
    expect(kinds(cards).indexOf('apology')).toBe(cards.length - 1);
    expect(find(cards, 'thanks')!.text).not.toMatch(w.complaintThanks);
  });

  it('a calm message with a threat to leave is a complaint after all', () => {
    const cards = base({}, { label: 'neutral', emotion: 'none', cues: ['churn'] });
    expect(kinds(cards).slice(0, 2)).toEqual(['empathy', 'apology']);
  });

  it('a calmly written frustrated message is still a complaint', () => {
    expect(kinds(base({}, { label: 'neutral', emotion: 'frustration' })).slice(0, 2)).toEqual(['empathy', 'apology']);
  });

  it('prefers a valid team card for the same slot and ignores invalid or other-language ones', () => {
    const team = {
      id: `empathy.anger.${lang}.9`,
      kind: 'empathy',
      lang,
      emotions: ['anger'],
      satisfies: 'understanding',
      text: lang === 'nl' ? 'Wat een gedoe[, {name}], dat snap ik.' : 'What a hassle[, {name}], I get it.',
    };
    const other = { ...team, id: `empathy.anger.${lang === 'nl' ? 'en' : 'nl'}.9`, lang: lang === 'nl' ? 'en' : 'nl' };
    const broken = { ...team, id: 'not an id' };
    const cards = base({ extraCards: [broken, other, team, 42, null] }, { emotion: 'anger' });
    expect(cards[0]!.id).toBe(team.id);
    expect(cards[0]!.text).not.toContain('{');
  });

  it('a reply built from all the cards covers the whole checklist without a single "what not to say" flag', () => {
    const cards = base({}, { emotion: 'anger', intensity: 3, name: w.name, type: 'loyal_irritated', cues: ['churn'] });
    const reply = cards.map((c) => c.text).join('\n\n');
    const check = checkDraft(reply, { lang, customerName: w.name });
    expect(check.checklist.filter((i) => i.state !== 'done').map((i) => i.id)).toEqual([]);
    expect(check.violations.map((v) => `${v.rule}: ${v.text}`)).toEqual([]);
  });

  it('is deterministic', () => {
    const input: SuggestInput = { incoming: analysis({ lang, emotion: 'worry', name: w.name }), now: FRIDAY_AFTERNOON };
    expect(suggest(input)).toEqual(suggest(structuredClone(input)));
  });

  it('gives each card a reason in the card language', () => {
    for (const c of base({}, { emotion: 'anger' })) {
      expect(c.reason.length).toBeGreaterThan(10);
      if (lang === 'nl') expect(c.reason).not.toMatch(/\b(?:the|customer|with)\b/);
      else expect(c.reason).not.toMatch(/\b(?:de|klant|met)\b/);
    }
  });
});

describe('language choice', () => {
  it("the agent's language overrides the message language", () => {
    const cards = suggest({ incoming: analysis({ lang: 'nl' }), lang: 'en', now: TUESDAY_AFTERNOON });
    expect(new Set(cards.map((c) => c.lang))).toEqual(new Set(['en']));
  });

  it.each(['fr', 'de', 'other'] as const)('a %s message without a chosen language gets English cards', (l) => {
    const cards = suggest({ incoming: analysis({ lang: l }), now: TUESDAY_AFTERNOON });
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards.map((c) => c.lang))).toEqual(new Set(['en']));
  });

  it('with nothing to go on, gives the full triad in English', () => {
    const cards = suggest({ now: TUESDAY_AFTERNOON });
    expect(kinds(cards).slice(0, 2)).toEqual(['empathy', 'apology']);
    expect(cards[0]!.lang).toBe('en');
  });
});
