import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../../src/core/draft';
import type { DontRuleId } from '../../../../src/core/types';
import { rulesIn, stateOf } from './helpers';

// Each case: a realistic English reply (e-mail or chat) and exactly the rules it should trip.
const FLAGGED: Array<[DontRuleId, string, DontRuleId[]]> = [
  ['dont_know', "I don't know, sorry.", ['dont_know']],
  ['dont_know', 'Dunno when it will arrive.', ['dont_know']],
  ['dont_know', 'No idea, to be honest.', ['dont_know']],
  ['dont_know', 'idk, the system is down', ['dont_know']],
  ['dont_know', 'Not a clue, sorry.', ['dont_know']],
  ['dont_care', "Honestly, I don't care which courier you prefer.", ['dont_care']],
  ['dont_care', "That's not my problem.", ['dont_care']],
  ['dont_care', 'Tough luck.', ['dont_care']],
  ['cant_be_bothered', "I can't be bothered with this right now.", ['cant_be_bothered']],
  ['cant_be_bothered', 'Please stop bothering me.', ['cant_be_bothered']],
  ['cant_be_bothered', "I'm too busy to look at that.", ['cant_be_bothered']],
  ['dislike_customer', "We don't like your kind here.", ['dislike_customer']],
  ['dislike_customer', 'You people are never satisfied.', ['dislike_customer']],
  ['dislike_customer', "You're a difficult customer.", ['dislike_customer']],
  ['know_it_all', "You don't know what you're talking about.", ['know_it_all']],
  ['know_it_all', 'I know everything about this product.', ['know_it_all']],
  ['know_it_all', "You wouldn't understand the technical details.", ['know_it_all']],
  ['dont_come_back', "Don't come back if you're not happy.", ['dont_come_back']],
  ['dont_come_back', 'Feel free to take your business elsewhere.', ['dont_come_back']],
  ['dont_come_back', "You're not welcome here anymore.", ['dont_come_back']],
  ['i_am_right', "I'm right and you're wrong.", ['i_am_right', 'i_am_right']],
  ['i_am_right', 'You are mistaken, sir.', ['i_am_right']],
  ['i_am_right', "You've got it all wrong.", ['i_am_right']],
  ['hurry_wait', "Wait, I'm with another customer.", ['hurry_wait']],
  ['hurry_wait', 'Could you hurry up and send the photos?', ['hurry_wait']],
  ['hurry_wait', "You'll just have to wait.", ['hurry_wait']],
  ['question_justified', "Are you sure you didn't receive it?", ['question_justified']],
  ['question_justified', 'I doubt that the parcel was damaged in transit.', ['question_justified']],
  ['question_justified', 'Did you actually read the instructions?', ['question_justified']],
  ['excuse_explaining', 'This is because we are very busy at the moment.', ['excuse_explaining', 'excuse_explaining']],
  ['excuse_explaining', 'The delay was caused by a system error.', ['excuse_explaining']],
  ['arguing', "That's not true, you misunderstood our terms.", ['arguing', 'arguing']],
  ['arguing', 'As I already said, the warranty is one year.', ['arguing']],
  ['arguing', "Like I said, we can't refund it.", ['arguing']],
  ['blame_customer', 'You should have read the terms before ordering.', ['blame_customer']],
  ['blame_customer', "It's your own fault the account was locked.", ['blame_customer']],
  ['blame_customer', "If you had followed the instructions, this wouldn't have happened.", ['blame_customer']],
  ['blame_colleague', 'My colleague made a mistake with your order.', ['blame_colleague']],
  ['blame_colleague', "It was the warehouse's fault.", ['blame_colleague']],
  ['blame_colleague', "It's not my fault, another department handled it.", ['blame_colleague']],
  ['over_promise', 'I guarantee this will never happen again.', ['over_promise']],
  ['over_promise', 'It will be fixed within an hour.', ['over_promise']],
  ['over_promise', 'This will never happen again, I promise.', ['over_promise']],
  ['pass_on', "That's not my department.", ['pass_on']],
  ['pass_on', "You'll have to call the manufacturer about that.", ['pass_on']],
  ['pass_on', 'Please contact the billing department.', ['pass_on']],
  ['discount_only', "Sorry about that. We'd like to offer you a 10% discount on your next order.", ['discount_only']],
  ['discount_only', "Apologies for the trouble; here's a voucher for £15.", ['discount_only']],
  ['discount_only', "Sorry! I've added a $10 credit to your account.", ['discount_only']],
  ['sorry_but', "Sorry, but that's our policy.", ['sorry_but']],
  ['sorry_but', "I'm sorry, but you should have contacted us earlier.", ['sorry_but', 'blame_customer']],
  ['sorry_but', 'We apologise for the inconvenience, however it was caused by the courier.', ['sorry_but', 'excuse_explaining']],
];

const CLEAN: Array<[string, string]> = [
  ['not knowing paired with finding out', "I don't know yet, but I'll find out for you right away."],
  ['empathy: had no idea', 'I had no idea this had happened to you.'],
  ['not knowing whether', "I don't know if you saw our email yesterday."],
  ['negated: not that I do not care', "It's not that I don't care; I want to get this right."],
  ['thanks for kind words', 'Thank you for your kind words!'],
  ['negated: not saying you are wrong', "I'm not saying you're wrong; let me check the invoice."],
  ['agreeing', "You're right, and I'm sorry."],
  ['"right here" is not "I am right"', "I'm right here if you need anything."],
  ['asking permission to wait', 'Would you mind waiting two minutes?'],
  ['wait not as an order', "We'll wait for your reply before we ship."],
  ['explanation next to an apology', "We're sorry for the delay; it was caused by a system error."],
  ['arguing words while agreeing', "You're right, that's not correct on the invoice."],
  ['should have received (our failure)', 'You should have received a confirmation email by now.'],
  ['not your fault', "It's not your fault at all."],
  ['negated: I do not think you are wrong', "I don't think you're wrong about the charge."],
  ['no promise made', "I can't promise it will never happen again, but I'll keep a close eye on it."],
  [
    'discount plus a personal gesture',
    'Sorry about that. Besides a 10% discount, our store manager will call you personally tomorrow.',
  ],
  [
    'apology followed by a solution after "but"',
    "I'm sorry your parcel is late, but I've booked a courier for tomorrow morning.",
  ],
  ['curly-quoted forbidden phrase', 'Your message says the agent told you ‘I don’t care’. I would like to apologise for that.'],
  ['"sorry, but" as a softener for a question', 'Sorry, but could you send me a photo?'],
  ['"but" followed by good news', "I'm sorry about the delay, but that's now been fixed."],
  ['should have = will have', 'You should have your refund by Friday.'],
  ["empathy: shouldn't have had to", "You shouldn't have had to wait this long."],
];

describe("checkDraft: English don'ts", () => {
  it.each(FLAGGED)('%s: %s', (_rule, draft, expected) => {
    expect(rulesIn(draft)).toEqual(expected);
  });

  it('catches every rule in at least two English phrasings', () => {
    const perRule = new Map<DontRuleId, number>();
    for (const [rule] of FLAGGED) perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
    expect(perRule.size).toBe(17);
    for (const count of perRule.values()) expect(count).toBeGreaterThanOrEqual(2);
  });

  it('does not flag a forbidden phrase the reply only quotes', () => {
    // The reply may still read as defensive as a whole (no apology, no next step); the quote itself is not said.
    const draft = 'You wrote that our driver said "don\'t come back". That is not how we talk to customers.';
    const quoted = { start: draft.indexOf('"'), end: draft.lastIndexOf('"') + 1 };
    const violations = checkDraft(draft).violations;
    expect(violations.filter((v) => v.start < quoted.end && quoted.start < v.end)).toEqual([]);
    expect(violations.map((v) => v.rule)).not.toContain('dont_come_back');
  });

  it.each(CLEAN)('does not flag %s', (_why, draft) => {
    expect(checkDraft(draft).violations.map((v) => `${v.rule}: ${v.text}`)).toEqual([]);
  });

  it('gives the reason and better phrasing in English for an English draft', () => {
    const [v] = checkDraft("Hi Tom,\n\nThat's not my problem.").violations;
    expect(v?.text).toBe('not my problem');
    expect(v?.reason).toMatch(/unimportant/);
    expect(v?.suggestion).toMatch(/How can I help/);
  });

  it('tolerates shouting and contractions without apostrophes', () => {
    expect(rulesIn('I DONT KNOW.')).toEqual(['dont_know']);
    expect(rulesIn('YOU ARE WRONG!')).toEqual(['i_am_right']);
  });
});

describe('checkDraft: full English replies', () => {
  it('a full good e-mail ticks every item and flags nothing', () => {
    const email = [
      'Dear Mr O’Brien,',
      '',
      'Thank you for letting us know, and I understand how frustrating it is to wait three weeks for a sofa that still has not arrived.',
      'We sincerely apologise for this.',
      "I've arranged a new delivery slot and our driver will bring it on Friday between 9:00 and 12:00.",
      "I'll call you tomorrow at 3 pm to confirm. Does that suit you?",
      'As a small token of our apology, our store manager will personally call you next week to check everything is in order.',
      'We would love to hear what we could do better next time.',
      '',
      'Kind regards,',
      'Emma Lewis',
      'Customer Care',
    ].join('\n');
    const result = checkDraft(email, { customerName: "Sean O'Brien" });
    expect(result.lang).toBe('en');
    expect(result.violations).toEqual([]);
    expect(result.checklist.filter((i) => i.state !== 'done').map((i) => i.id)).toEqual([]);
    expect(stateOf(result, 'name').evidence?.text).toBe('O’Brien');
    expect(result.ignored.map((r) => r.kind)).toEqual(['signature']);
  });

  it('a full good chat reply ticks every item', () => {
    const chat =
      "Hi Priya! Thanks so much for your patience. That must be really annoying, and I'm sorry our app logged you out again. " +
      "I've reset your session and you'll get a new login link within 10 minutes. I've also added a free month of Premium to your account. " +
      'Let me know how we could make the app better for you!';
    const result = checkDraft(chat, { customerName: 'Priya Patel' });
    expect(result.violations).toEqual([]);
    expect(result.checklist.filter((i) => i.state !== 'done').map((i) => i.id)).toEqual([]);
  });

  it('ignores a forbidden phrase in the quoted earlier mail', () => {
    const draft = [
      'Hello Anna,',
      '',
      "We're sorry for the trouble. I'll look into it today.",
      '',
      'On Tue, 24 Nov 2026 at 10:12, Anna Smith <anna@example.com> wrote:',
      "> Your colleague told me: you're wrong and don't come back.",
    ].join('\n');
    const result = checkDraft(draft);
    expect(result.violations).toEqual([]);
    expect(result.ignored.map((r) => r.kind)).toEqual(['quote']);
  });

  it('ignores ">" quoted lines below the reply', () => {
    const draft = "Sorry for the wait, I'll check it today.\n> I don't care what you say.\n> Hurry up!";
    expect(checkDraft(draft).violations).toEqual([]);
  });

  it('points spans at the right words, several per draft', () => {
    const draft = 'Hi Sam,\nAs I said before, you should have read the manual.\nI dunno.';
    const result = checkDraft(draft);
    expect(result.violations.map((v) => [v.rule, v.text])).toEqual([
      ['arguing', 'As I said'],
      ['blame_customer', 'you should have read'],
      ['dont_know', 'I dunno'],
    ]);
    for (const v of result.violations) expect(draft.slice(v.start, v.end)).toBe(v.text);
  });
});

describe('checkDraft: English typos and chat shorthand', () => {
  it('recognises a misspelt apology and still flags "sorry but" in chat shorthand', () => {
    expect(stateOf(checkDraft('We appologize for the delay.'), 'apology').state).toBe('done');
    expect(rulesIn('sory but thats our policy')).toEqual(['sorry_but']);
    expect(rulesIn('im too busy for this')).toEqual(['cant_be_bothered']);
  });
});
