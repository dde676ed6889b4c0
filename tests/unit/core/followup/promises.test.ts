import { describe, expect, it } from 'vitest';
import { findPromises } from '../../../../src/core/followup';
import { FRI_PM, MON_END_OF_MONTH, SAT_NOON, THU_NEW_YEARS_EVE, WED_EVENING, local } from './helpers';

type Row = [text: string, now: Date, due: string, precision: 'time' | 'day', kind: 'callback' | 'reply' | 'action'];

describe('findPromises — Dutch', () => {
  const rows: Row[] = [
    ['Ik bel u morgen om 15.00 uur terug.', FRI_PM, '2026-11-28 15:00', 'time', 'callback'],
    ['Ik bel u morgen om 15:00.', FRI_PM, '2026-11-28 15:00', 'time', 'callback'],
    // a weekday said on that same weekday means next week's
    ['U hoort uiterlijk vrijdag van mij.', FRI_PM, '2026-12-04 17:00', 'day', 'reply'],
    ['U hoort uiterlijk vrijdag van mij.', MON_END_OF_MONTH, '2026-12-04 17:00', 'day', 'reply'],
    ['Ik regel het voor het eind van de dag.', FRI_PM, '2026-11-27 17:00', 'day', 'action'],
    // after 17:00 "end of the day" still means today, until midnight
    ['Ik regel het voor het eind van de dag.', WED_EVENING, '2026-11-25 23:59', 'day', 'action'],
    // Friday afternoon + two working days skips the weekend
    ['Ik stuur u binnen twee werkdagen een nieuwe printer.', FRI_PM, '2026-12-01 17:00', 'day', 'action'],
    ['Ik stuur u binnen twee werkdagen een nieuwe printer.', SAT_NOON, '2026-12-01 17:00', 'day', 'action'],
    ['Het bedrag wordt binnen drie werkdagen teruggestort.', THU_NEW_YEARS_EVE, '2027-01-05 17:00', 'day', 'action'],
    ['Ik bel u vanmiddag.', MON_END_OF_MONTH, '2026-11-30 17:00', 'day', 'callback'],
    ['Ik kom volgende week dinsdag bij u terug.', FRI_PM, '2026-12-01 17:00', 'day', 'reply'],
    ['Ik kom volgende week dinsdag bij u terug.', MON_END_OF_MONTH, '2026-12-08 17:00', 'day', 'reply'],
    ['We leveren de onderdelen op 3 december.', FRI_PM, '2026-12-03 17:00', 'day', 'action'],
    // a date that has passed this year is next year's
    ['We leveren de onderdelen op 3 december.', THU_NEW_YEARS_EVE, '2027-12-03 17:00', 'day', 'action'],
    ['Ik bel u over een uur terug.', FRI_PM, '2026-11-27 16:30', 'time', 'callback'],
    // "drie uur" without am/pm is read as office hours: 15:00, today when still ahead
    ['Ik bel u om drie uur.', MON_END_OF_MONTH, '2026-11-30 15:00', 'time', 'callback'],
    ['Ik bel u tussen 14.00 en 15.00 uur.', MON_END_OF_MONTH, '2026-11-30 15:00', 'time', 'callback'],
    ['Ik bel u vanavond om 8 uur.', FRI_PM, '2026-11-27 20:00', 'time', 'callback'],
    ['Ik mail u over 2 dagen.', MON_END_OF_MONTH, '2026-12-02 17:00', 'day', 'reply'],
    ['Ik mail u de factuur op 3-12.', FRI_PM, '2026-12-03 17:00', 'day', 'reply'],
    ['terugbellen maandag om half vier', FRI_PM, '2026-11-30 15:30', 'time', 'callback'],
    ['terugbellen ma 10u', FRI_PM, '2026-11-30 10:00', 'time', 'callback'],
  ];
  it.each(rows)('%s (now %s)', (text, now, due, precision, kind) => {
    const found = findPromises(text, now, 'nl');
    expect(found).toHaveLength(1);
    expect(local(found[0]!.due)).toBe(due);
    expect(found[0]!.precision).toBe(precision);
    expect(found[0]!.kind).toBe(kind);
  });

  it('gives the span of the promise and of its time words', () => {
    const text = 'Dank voor uw geduld. Ik bel u morgen om 15.00 uur terug. Schikt dat tijdstip?';
    const [p] = findPromises(text, FRI_PM, 'nl');
    expect(p!.text).toBe('Ik bel u morgen om 15.00 uur terug.');
    expect(text.slice(p!.start, p!.end)).toBe(p!.text);
    expect(p!.when.text).toBe('morgen om 15.00 uur');
    expect(text.slice(p!.when.start, p!.when.end)).toBe(p!.when.text);
  });

  it('keeps "15.00 u." together and joins a day and a time a few words apart (seed 000)', () => {
    const [p, ...rest] = findPromises('Morgen bel ik u om 15.00 u. terug. Schikt dat tijdstip?', FRI_PM, 'nl');
    expect(rest).toHaveLength(0);
    expect(p!.text).toBe('Morgen bel ik u om 15.00 u. terug.');
    expect(local(p!.due)).toBe('2026-11-28 15:00');
  });

  it('splits two promises in one sentence, each with its own kind', () => {
    const found = findPromises('Ik stuur u morgen een nieuwe printer en bel u vrijdag om 10 uur.', FRI_PM, 'nl');
    expect(found.map((p) => [p.text, p.kind, local(p.due)])).toEqual([
      ['Ik stuur u morgen een nieuwe printer', 'action', '2026-11-28 17:00'],
      ['bel u vrijdag om 10 uur.', 'callback', '2026-12-04 10:00'],
    ]);
  });

  it.each([
    'Ik wil het uiterlijk vrijdag hebben.',
    'Ik verwacht binnen twee dagen een reactie.',
    'Kunt u mij morgen terugbellen?',
    'Ik heb u gisteren om 15.00 uur gebeld.',
    'Ik kan u morgen niet bellen.',
  ])('does not take "%s" as the agent\'s promise', (text) => {
    expect(findPromises(text, FRI_PM, 'nl')).toEqual([]);
  });

  it('leaves out a time that has already passed today', () => {
    expect(findPromises('Ik bel u vandaag om 9.00 uur.', FRI_PM, 'nl')).toEqual([]);
  });

  it("finds only the agent's promise when the draft repeats the customer's deadline", () => {
    const text = 'U schreef dat u het uiterlijk vrijdag wilt hebben. Ik bel u morgen om 10.00 uur.';
    const found = findPromises(text, FRI_PM, 'nl');
    expect(found.map((p) => p.text)).toEqual(['Ik bel u morgen om 10.00 uur.']);
  });

  it('counts an agreement without "ik" when the caller marks the note as agreed', () => {
    const text = 'Klant krijgt uiterlijk vrijdag een nieuwe printer.';
    expect(findPromises(text, FRI_PM, 'nl')).toEqual([]);
    const [p] = findPromises(text, FRI_PM, 'nl', { speaker: 'any' });
    expect(local(p!.due)).toBe('2026-12-04 17:00');
  });
});

describe('findPromises — English', () => {
  const rows: Row[] = [
    ["I'll call you back tomorrow at 3 pm.", FRI_PM, '2026-11-28 15:00', 'time', 'callback'],
    ["You'll hear from me by Friday.", FRI_PM, '2026-12-04 17:00', 'day', 'reply'],
    ["You'll hear from me by Friday.", MON_END_OF_MONTH, '2026-12-04 17:00', 'day', 'reply'],
    ['We will send the replacement within 2 business days.', FRI_PM, '2026-12-01 17:00', 'day', 'action'],
    ['We will send the replacement within two business days.', SAT_NOON, '2026-12-01 17:00', 'day', 'action'],
    ["I'll get back to you by end of day.", FRI_PM, '2026-11-27 17:00', 'day', 'reply'],
    ["I'll get back to you by end of day.", WED_EVENING, '2026-11-25 23:59', 'day', 'reply'],
    ['We will deliver the parts on 3 December.', FRI_PM, '2026-12-03 17:00', 'day', 'action'],
    ['We will deliver the parts on 3 December.', THU_NEW_YEARS_EVE, '2027-12-03 17:00', 'day', 'action'],
    // "next Tuesday" is the first Tuesday after today
    ["I'll call you next Tuesday.", FRI_PM, '2026-12-01 17:00', 'day', 'callback'],
    ["I'll call you next Tuesday.", MON_END_OF_MONTH, '2026-12-01 17:00', 'day', 'callback'],
    ["I'll call you on Tuesday next week.", MON_END_OF_MONTH, '2026-12-08 17:00', 'day', 'callback'],
    ["I'll call you in an hour.", FRI_PM, '2026-11-27 16:30', 'time', 'callback'],
    ["I'll call you at 3.", MON_END_OF_MONTH, '2026-11-30 15:00', 'time', 'callback'],
    ['I will email you within 48 hours.', FRI_PM, '2026-11-29 15:30', 'time', 'reply'],
    ['Your refund will be processed within three working days.', THU_NEW_YEARS_EVE, '2027-01-05 17:00', 'day', 'action'],
    ["I'll call you this afternoon.", MON_END_OF_MONTH, '2026-11-30 17:00', 'day', 'callback'],
    ["I'll ring you tomorrow morning at 9.", FRI_PM, '2026-11-28 09:00', 'time', 'callback'],
    ["I'll call you tonight at 8.", FRI_PM, '2026-11-27 20:00', 'time', 'callback'],
    ["I'll call you on December 3rd at 10:30 am.", FRI_PM, '2026-12-03 10:30', 'time', 'callback'],
    ["I'll update you within the hour.", FRI_PM, '2026-11-27 16:30', 'time', 'reply'],
    ['call back Mon 3pm', FRI_PM, '2026-11-30 15:00', 'time', 'callback'],
  ];
  it.each(rows)('%s (now %s)', (text, now, due, precision, kind) => {
    const found = findPromises(text, now, 'en');
    expect(found).toHaveLength(1);
    expect(local(found[0]!.due)).toBe(due);
    expect(found[0]!.precision).toBe(precision);
    expect(found[0]!.kind).toBe(kind);
  });

  it('gives the span of the promise and of its time words', () => {
    const text = 'Thanks for bearing with us. I will look into it and call you back in two hours.';
    const found = findPromises(text, FRI_PM, 'en');
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe('I will look into it and call you back in two hours.');
    expect(found[0]!.when.text).toBe('in two hours');
    expect(text.slice(found[0]!.when.start, found[0]!.when.end)).toBe('in two hours');
    expect(local(found[0]!.due)).toBe('2026-11-27 17:30');
  });

  it.each([
    'I need it by Friday.',
    'I expect a reply within 2 days.',
    'I want you to call me back tomorrow.',
    'Can you call me tomorrow?',
    'I called you yesterday at 3 pm.',
    "We won't be able to ship it by Friday.",
  ])('does not take "%s" as the agent\'s promise', (text) => {
    expect(findPromises(text, FRI_PM, 'en')).toEqual([]);
  });

  it('leaves out a time that has already passed today', () => {
    expect(findPromises("I'll call you today at 9 am.", FRI_PM, 'en')).toEqual([]);
  });

  it('reads both languages when no language is given', () => {
    const found = findPromises('Ik bel u morgen om 10.00 uur.\nI will email you the invoice on Monday.', FRI_PM);
    expect(found.map((p) => local(p.due))).toEqual(['2026-11-28 10:00', '2026-11-30 17:00']);
  });
});
