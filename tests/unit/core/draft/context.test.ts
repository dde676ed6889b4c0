import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../../src/core/draft';
import { incoming, rulesIn, stateOf } from './helpers';

describe('checkDraft: the customer name', () => {
  it('finds the name regardless of accents, either way round', () => {
    expect(
      stateOf(checkDraft('Beste mevrouw Sanchez, dank voor uw bericht.', { customerName: 'María Sánchez' }), 'name').evidence
        ?.text,
    ).toBe('Sanchez');
    expect(
      stateOf(checkDraft('Beste mevrouw Sánchez, dank voor uw bericht.', { customerName: 'Maria Sanchez' }), 'name').evidence
        ?.text,
    ).toBe('Sánchez');
  });

  it('counts the surname alone and ignores particles and titles', () => {
    const result = checkDraft('Beste meneer Van den Berg, dank voor uw bericht.', { customerName: 'dhr. J. van den Berg' });
    expect(stateOf(result, 'name').evidence?.text).toBe('Berg');
    // "van" alone is not the customer's name
    expect(stateOf(checkDraft('Dank van ons allemaal.', { customerName: 'J. van den Berg' }), 'name').state).toBe('missing');
  });

  it('does not count the name inside another word', () => {
    expect(stateOf(checkDraft('Dank voor uw bericht, Jan.', { customerName: 'Jan' }), 'name').state).toBe('done');
    expect(stateOf(checkDraft('Wat een janboel, excuses.', { customerName: 'Jan' }), 'name').state).toBe('missing');
    expect(stateOf(checkDraft('Dank voor uw januari-factuur.', { customerName: 'Jan' }), 'name').state).toBe('missing');
  });

  it('takes the name from the incoming analysis when the context has none', () => {
    const result = checkDraft('Hi Olga, thanks for your message.', { incoming: incoming({ customerName: 'Olga Petrova' }) });
    expect(stateOf(result, 'name').state).toBe('done');
  });

  it('marks the name not needed, with a reason, when no name is known', () => {
    const item = stateOf(checkDraft('Dank voor uw bericht.'), 'name');
    expect(item.state).toBe('not_needed');
    expect(item.why?.nl).toMatch(/naam/);
    expect(item.why?.en).toMatch(/name/);
  });

  it('does not count the name when it only appears in the quoted mail', () => {
    const draft = 'Dank voor uw bericht.\n\nOp ma 24 nov. schreef Piet Bakker:\n> Groet, Piet Bakker';
    expect(stateOf(checkDraft(draft, { customerName: 'Piet Bakker' }), 'name').state).toBe('missing');
  });
});

describe('checkDraft: what is needed depends on the incoming message', () => {
  const thankYouReply = 'Hartelijk dank voor uw compliment, Anna! Ik geef het door aan het team.';

  it('after a positive message, apology, beyond, time and feedback are not needed', () => {
    const result = checkDraft(thankYouReply, { incoming: incoming({ label: 'positive', customerName: 'Anna' }) });
    expect(result.checklist.map((i) => [i.id, i.state])).toEqual([
      ['understanding', 'missing'],
      ['apology', 'not_needed'],
      ['solution', 'done'],
      ['time_commitment', 'not_needed'],
      ['thanks', 'done'],
      ['name', 'done'],
      ['beyond', 'not_needed'],
      ['feedback', 'not_needed'],
    ]);
    expect(stateOf(result, 'apology').why?.en).toMatch(/positive/);
  });

  it('after a plain question, apology, beyond and feedback are not needed but a time still is', () => {
    const result = checkDraft('U kunt uw bestelling volgen via de link in de bevestiging.', {
      incoming: incoming({ label: 'neutral' }),
    });
    expect(stateOf(result, 'apology').state).toBe('not_needed');
    expect(stateOf(result, 'beyond').state).toBe('not_needed');
    expect(stateOf(result, 'feedback').state).toBe('not_needed');
    expect(stateOf(result, 'time_commitment').state).toBe('missing');
  });

  it('a neutral message with an escalation cue is still a complaint', () => {
    const result = checkDraft('U kunt uw bestelling volgen.', {
      incoming: incoming({ label: 'neutral', cues: [{ kind: 'repeat', start: 0, end: 5, text: 'weer' }] }),
    });
    expect(stateOf(result, 'apology').state).toBe('missing');
    expect(stateOf(result, 'feedback').state).toBe('missing');
  });

  it('without an incoming analysis every item is expected (a complaint is assumed)', () => {
    const result = checkDraft('Ok.', { customerName: 'Anna' });
    expect(result.checklist.every((i) => i.state === 'missing')).toBe(true);
  });

  it('an explanation after a plain question is not an excuse', () => {
    expect(
      rulesIn('Dat komt doordat de fabrikant het model heeft vervangen.', { incoming: incoming({ label: 'neutral' }) }),
    ).toEqual([]);
    expect(rulesIn('Dat komt doordat de fabrikant het model heeft vervangen.')).toEqual(['excuse_explaining']);
  });

  it('a discount after praise is not "discount only"', () => {
    const draft = 'Dank voor uw mooie review! U krijgt 10% korting op uw volgende bestelling.';
    expect(rulesIn(draft, { incoming: incoming({ label: 'positive' }) })).toEqual([]);
    expect(rulesIn(draft)).toEqual(['discount_only']);
  });

  it('a done item stays done even where it is not needed', () => {
    const result = checkDraft('Sorry voor de late reactie!', { incoming: incoming({ label: 'positive' }) });
    expect(stateOf(result, 'apology').state).toBe('done');
  });
});

describe('checkDraft: language', () => {
  it('detects Dutch and English drafts', () => {
    expect(checkDraft('Dank u wel voor uw geduld, ik zoek het uit.').lang).toBe('nl');
    expect(checkDraft("Thank you for your patience, I'll look into it.").lang).toBe('en');
  });

  it('follows context.lang over detection', () => {
    const result = checkDraft('Geen idee.', { lang: 'en' });
    expect(result.lang).toBe('en');
  });

  it('falls back to the incoming language, then Dutch, when the draft gives no clue', () => {
    expect(checkDraft('OK!', { incoming: incoming({ lang: 'en' }) }).lang).toBe('en');
    expect(checkDraft('OK!').lang).toBe('nl');
  });

  it('writes reason and suggestion in the draft language', () => {
    const nl = checkDraft('Jammer dan.').violations[0]!;
    const en = checkDraft('Tough luck, mate.').violations[0]!;
    expect(nl.suggestion).toMatch(/Waarmee kan ik u helpen/);
    expect(en.suggestion).toMatch(/How can I help you/);
  });
});

describe('checkDraft: output shape', () => {
  it('lists the checklist in the order of types.ts', () => {
    expect(checkDraft('Hallo').checklist.map((i) => i.id)).toEqual([
      'understanding',
      'apology',
      'solution',
      'time_commitment',
      'thanks',
      'name',
      'beyond',
      'feedback',
    ]);
  });

  it('gives the same result for the same input (no state leaks between calls)', () => {
    const draft = 'Geen idee. U had moeten bellen. Sorry, maar zo is het.';
    const first = checkDraft(draft);
    checkDraft('Something else entirely, you are wrong.');
    expect(checkDraft(draft)).toEqual(first);
  });

  it('handles the empty draft', () => {
    const result = checkDraft('');
    expect(result.violations).toEqual([]);
    expect(result.ignored).toEqual([]);
    expect(result.checklist).toHaveLength(8);
  });
});
