/**
 * What the knowledge says, as an agent would notice it: the triad in order, every habit and list of the seeds
 * present, Dutch lines in the formal "u", apologies that speak for the organisation, and no library line that the
 * draft checker would flag as "what not to say".
 */
import { describe, expect, it } from 'vitest';
import {
  avoidableContacts,
  channelTips,
  confidenceAdvice,
  customerExpectations,
  customerNeeds,
  customerTypes,
  habits,
  learningPoints,
  phraseCards,
  summaryPoints,
  triadSteps,
} from '../../../../src/core/knowledge';
// The draft checker is another helper's module: this is the contract between the library and the checklist.
import { checkDraft } from '../../../../src/core/draft';
import { renderCard } from '../../../../src/core/suggest';

const sample = {
  nl: {
    name: 'mevrouw Jansen',
    day: 'morgen',
    time: '15.00 uur',
    next_step: 'ik zoek uit wat er is gebeurd',
    organisation: 'Fietsplaza',
  },
  en: { name: 'Ms Jansen', day: 'tomorrow', time: '3 pm', next_step: "I'll find out what happened", organisation: 'Bikeplaza' },
};

describe('the triad', () => {
  it('runs understanding → sorry → solve, each with a checklist item and text in both languages', () => {
    expect(triadSteps.map((s) => s.id)).toEqual(['understanding', 'sorry', 'solve']);
    expect(triadSteps.map((s) => s.order)).toEqual([1, 2, 3]);
    expect(triadSteps.map((s) => s.checklist)).toEqual(['understanding', 'apology', 'solution']);
    expect(triadSteps[0]!.title.nl).toBe('Begrip tonen');
    expect(triadSteps[1]!.meaning.nl).toMatch(/namens de organisatie/);
  });

  it('splits solving into facts, summary, next steps and time', () => {
    expect(triadSteps[2]!.parts!.map((p) => p.id)).toEqual(['facts', 'summary', 'next_steps', 'time']);
  });
});

describe('the habits and lists of the seeds', () => {
  it('has every good habit the seeds name', () => {
    const ids = habits.map((h) => h.id);
    for (const id of [
      'thank_for_complaint',
      'use_name',
      'beyond_expectation',
      'ask_improvement',
      'keep_informed',
      'show_what_you_give',
      'recall_after_month',
      'reformulate_i',
      'ask_compensation',
      'focus_can_do',
      'accept_perception',
      'always_offer_solution',
    ])
      expect(ids).toContain(id);
  });

  it('says a discount alone is not enough when going beyond expectations', () => {
    const beyond = habits.find((h) => h.id === 'beyond_expectation')!;
    expect(beyond.meaning.nl).toMatch(/korting/);
    expect(beyond.meaning.en).toMatch(/discount/);
  });

  it('has the four customer types, three channels, nine advice points, four needs and expectations, nine summary points', () => {
    expect(customerTypes.map((t) => t.id)).toEqual(['active_hater', 'extreme_critic', 'loyal_irritated', 'passionate']);
    expect(channelTips.map((c) => c.id)).toEqual(['letter', 'spoken', 'remote']);
    expect(confidenceAdvice).toHaveLength(9);
    expect(customerNeeds).toHaveLength(4);
    expect(customerExpectations).toHaveLength(4);
    expect(summaryPoints).toHaveLength(9);
    expect(learningPoints.map((l) => l.id)).toContain('learning_organisation');
  });

  it('counts the three kinds of avoidable contact of seed 003, invoices among the unclear communication', () => {
    expect(avoidableContacts.map((a) => a.id)).toEqual(['other_channel', 'unclear_communication', 'repeat_question']);
    expect(avoidableContacts[1]!.text.nl).toMatch(/factuur/);
    expect(avoidableContacts[1]!.text.en).toMatch(/invoice/);
  });

  it('advises a meeting in person for a formal letter', () => {
    const letter = channelTips.find((c) => c.id === 'letter')!;
    expect(letter.advice.nl).toMatch(/persoonlijk gesprek/);
    expect(letter.advice.en).toMatch(/in person/);
  });

  it('writes English that is not a copy of the Dutch', () => {
    const texts = [...habits, ...customerTypes].flatMap((x) => ('meaning' in x ? [x.meaning] : [x.approach]));
    for (const t of texts) expect(t.en).not.toBe(t.nl);
  });
});

describe('phrase library wording', () => {
  const nl = phraseCards.filter((c) => c.lang === 'nl');
  const en = phraseCards.filter((c) => c.lang === 'en');

  it('addresses the Dutch customer with the formal "u", never "je" or "jij"', () => {
    const informal = nl.filter((c) => /\b(?:je|jij|jou|jouw|jullie)\b/i.test(c.text)).map((c) => c.id);
    expect(informal).toEqual([]);
  });

  it('apologises without "but" and never for a named colleague', () => {
    const apologies = phraseCards.filter((c) => c.kind === 'apology');
    expect(apologies.filter((c) => /\b(?:maar|but|however|echter)\b/i.test(c.text)).map((c) => c.id)).toEqual([]);
    expect(apologies.filter((c) => /\b(?:collega|colleague)\b/i.test(c.text)).map((c) => c.id)).toEqual([]);
    // Organisation voice: we / us / on behalf of, in every apology line.
    const orgVoice = { nl: /\b(?:wij|we|ons|namens)\b|excuses/i, en: /\b(?:we|we're|our|us|on behalf)\b|apolog/i };
    for (const c of apologies) expect(c.text, c.id).toMatch(orgVoice[c.lang]);
  });

  it('offers beyond-expectation gestures that are never just a discount', () => {
    const gestures = phraseCards.filter((c) => c.kind === 'beyond');
    expect(gestures.filter((c) => /korting|discount|voucher|tegoedbon/i.test(c.text)).map((c) => c.id)).toEqual([]);
  });

  it('names no time of day other than through {day} and {time}, so the slot is always the computed one', () => {
    expect(phraseCards.filter((c) => /\d{1,2}[.:]\d{2}|\b\d{1,2} ?(?:am|pm)\b/i.test(c.text)).map((c) => c.id)).toEqual([]);
  });

  it.each([
    ['nl', nl],
    ['en', en],
  ] as const)('%s: an inserted card ticks its own checklist item and raises no "what not to say" flag', (lang, cards) => {
    const problems: string[] = [];
    for (const card of cards) {
      const text = renderCard(card.text, sample[lang]);
      const check = checkDraft(text, { lang, customerName: sample[lang].name });
      const item = check.checklist.find((i) => i.id === card.satisfies);
      if (item?.state !== 'done') problems.push(`${card.id}: ${card.satisfies} is ${item?.state}`);
      for (const v of check.violations) problems.push(`${card.id}: flagged ${v.rule} on "${v.text}"`);
    }
    expect(problems).toEqual([]);
  });

  it.each([
    ['nl', nl],
    ['en', en],
  ] as const)('%s: every card reads cleanly with and without a name', (lang, cards) => {
    for (const card of cards) {
      const withName = renderCard(card.text, sample[lang]);
      const { name: _drop, ...rest } = sample[lang];
      const without = renderCard(card.text, rest);
      for (const text of [withName, without]) {
        expect(text, card.id).not.toMatch(/[{}[\]]/);
        expect(text, card.id).not.toMatch(/ [,.;:!?]|,[.;:!?]|^[,;]|,\s*$|\s{2}/);
        expect(text.charAt(0), card.id).toBe(text.charAt(0).toUpperCase());
      }
      if (card.text.includes('{name}')) {
        expect(withName).toContain(sample[lang].name);
        expect(without).not.toContain(sample[lang].name);
      }
    }
  });
});
