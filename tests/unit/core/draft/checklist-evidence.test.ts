import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../../src/core/draft';
import type { ChecklistId } from '../../../../src/core/types';
import { stateOf } from './helpers';

// Each case: a line an agent might write, the item it ticks and the words shown as evidence.
const TICKS: Array<[string, ChecklistId, string]> = [
  ['Ik begrijp dat u hier boos over bent.', 'understanding', 'Ik begrijp dat'],
  ['Vervelend om te horen dat het weer mis is gegaan.', 'understanding', 'Vervelend om te horen'],
  ['Ik kan me goed voorstellen dat u het zat bent.', 'understanding', 'Ik kan me goed voorstellen'],
  ['That must be really frustrating.', 'understanding', 'That must be'],
  ['I can see why you are upset.', 'understanding', 'I can see why'],
  ['Een onaangename ervaring, dat begrijpen we.', 'understanding', 'Een onaangename ervaring'],
  ['We beseffen dat dit voor u veel gedoe was.', 'understanding', 'We beseffen dat'],
  ['This certainly sounds frustrating.', 'understanding', 'This certainly sounds frustrating'],
  ['Vous avez tout à fait raison.', 'understanding', 'Vous avez tout à fait raison'],
  ['Trotz der ärgerlichen Erfahrung danken wir Ihnen.', 'understanding', 'ärgerlichen Erfahrung'],
  // The negation belongs to the condition: the DM is still asked for.
  ["If that doesn't help please DM us your order number.", 'solution', 'please DM'],
  ['Balen dat je zo lang hebt moeten wachten.', 'understanding', 'Balen dat je'],
  ['Dit is natuurlijk niet leuk.', 'understanding', 'Dit is natuurlijk niet leuk'],
  ["I appreciate it's after 15:30 now.", 'understanding', "I appreciate it's"],
  ['I know this may not meet your needs.', 'understanding', 'I know this may'],
  ['Het spijt ons dat uw pakket te laat is.', 'apology', 'Het spijt ons'],
  ['Namens het hele team bied ik u onze excuses aan.', 'apology', 'excuses'],
  ['We apologise for the inconvenience.', 'apology', 'We apologise'],
  ['Ik zoek het voor u uit.', 'solution', 'Ik zoek'],
  ['Ik heb een nieuw exemplaar voor u klaargezet.', 'solution', 'Ik heb een nieuw exemplaar voor u klaargezet'],
  ["I've arranged a replacement.", 'solution', "I've arranged"],
  // A next step offered, or what the company has done in the case, in its everyday forms.
  ['Lukt het niet, dan helpen wij je graag telefonisch verder.', 'solution', 'helpen wij je graag telefonisch verder'],
  ['Zal ik u de link naar het formulier sturen?', 'solution', 'Zal ik u de link naar het formulier sturen'],
  ['De chauffeur is hierop aangesproken.', 'solution', 'is hierop aangesproken'],
  ['Daraufhin haben wir die Rechnung korrigiert.', 'solution', 'haben wir die Rechnung korrigiert'],
  ['Retrouvez-moi en message privé avec votre numéro client.', 'solution', 'Retrouvez-moi'],
  // A question for the one detail needed, a fix told verb first, what the customer can do instead.
  ['Wat voor melding krijg je?', 'solution', 'Wat voor melding krijg je'],
  ['What is your ticket number?', 'solution', 'What is your ticket number'],
  ['Wel kun je de bestelling annuleren en opnieuw plaatsen.', 'solution', 'Wel kun je de bestelling annuleren'],
  ['Das Problem wird mit der App Version 1.0.1 behoben sein.', 'solution', 'Version 1.0.1 behoben'],
  ['Il faut rappeler le 39 00 pour le signaler.', 'solution', 'Il faut rappeler'],
  ['Ik bel u morgen om 15.00 uur terug.', 'time_commitment', 'morgen'],
  ['U hoort binnen 2 werkdagen van ons.', 'time_commitment', 'binnen 2 werkdagen'],
  ['You will hear from me by Friday.', 'time_commitment', 'by Friday'],
  ['I will call you at 3 pm.', 'time_commitment', 'at 3 pm'],
  ['Refunds are processed in 5-7 days.', 'time_commitment', 'in 5-7 days'],
  ['The refund should take around 2 weeks.', 'time_commitment', 'take around 2 weeks'],
  ['Het duurt vijf tot tien werkdagen.', 'time_commitment', 'vijf tot tien werkdagen'],
  ['Sie sollten innerhalb von 24 h eine Antwort erhalten.', 'time_commitment', 'innerhalb von 24 h'],
  ['Bedankt dat u dit meldt.', 'thanks', 'Bedankt'],
  ['Thank you for your patience.', 'thanks', 'Thank you'],
  ['Onze teamleider belt u morgen persoonlijk.', 'beyond', 'Onze teamleider belt'],
  ['We sturen u een handgeschreven kaartje.', 'beyond', 'handgeschreven'],
  ["I've upgraded you to express shipping, free of charge.", 'beyond', 'upgraded you'],
  ['Wat kunnen wij volgens u beter doen?', 'feedback', 'Wat kunnen wij volgens u beter'],
  ['How could we improve this for you?', 'feedback', 'How could we improve'],
];

describe('checkDraft: checklist evidence', () => {
  it.each(TICKS)('%s → %s', (draft, id, evidence) => {
    const item = stateOf(checkDraft(draft), id);
    expect(item.state).toBe('done');
    expect(item.evidence?.text).toBe(evidence);
  });

  it('a discount alone is not a gesture beyond the fix', () => {
    expect(stateOf(checkDraft('U krijgt 10% korting op uw volgende bestelling.'), 'beyond').state).toBe('missing');
    expect(stateOf(checkDraft("Here's a 10% discount code."), 'beyond').state).toBe('missing');
  });

  it('thanks in the sign-off alone does not count, thanks in the body does', () => {
    expect(stateOf(checkDraft('Ik regel het vandaag.\n\nThanks,\nAnna'), 'thanks').state).toBe('missing');
    expect(stateOf(checkDraft('Thanks for your patience, I will sort it today.\n\nKind regards,\nAnna'), 'thanks').state).toBe(
      'done',
    );
  });

  it('a negated or quoted step does not count', () => {
    expect(stateOf(checkDraft('Ik begrijp niet waarom u boos bent.'), 'understanding').state).toBe('missing');
    expect(stateOf(checkDraft('U schreef: "geen excuses meer".'), 'apology').state).toBe('missing');
    expect(stateOf(checkDraft("We're not sorry."), 'apology').state).toBe('missing');
    expect(stateOf(checkDraft('Daar kunnen wij je helaas niet mee helpen.'), 'solution').state).toBe('missing');
    expect(stateOf(checkDraft('Helaas kun je de bestelling niet annuleren.'), 'solution').state).toBe('missing');
  });

  it('a regret is no understanding', () => {
    expect(stateOf(checkDraft('Jammer dat u zo een slechte ervaring hebt gehad.'), 'understanding').state).toBe('missing');
    expect(stateOf(checkDraft("We appreciate that you've disclosed it."), 'understanding').state).toBe('missing');
  });

  it('a vague intention is no next step', () => {
    for (const t of [
      "We'll improve, trust us.",
      'We will use your feedback to do better.',
      'Perhaps we will in the future.',
      'We gaan ons best doen.',
      'We nemen dit mee in de verdere ontwikkeling.',
    ])
      expect(stateOf(checkDraft(t), 'solution').state, t).toBe('missing');
    expect(stateOf(checkDraft("We'll take it up from there."), 'solution').state).toBe('done');
  });

  it('a day in a wish or in what happened last week is no time commitment', () => {
    expect(stateOf(checkDraft('Bij de servicebalie krijg je nieuwe. Eetsmakelijk vanavond!'), 'time_commitment').state).not.toBe(
      'done',
    );
    expect(stateOf(checkDraft('Afgelopen maandag meldde u zich bij de balie.'), 'time_commitment').state).not.toBe('done');
    expect(stateOf(checkDraft('Fijne avond, en ik bel u morgen terug.'), 'time_commitment').state).toBe('done');
  });

  it('an apology made for a colleague does not count as the apology of the organisation', () => {
    const result = checkDraft('Excuses namens mijn collega van de buitendienst.');
    expect(stateOf(result, 'apology').state).toBe('missing');
  });
});

describe('checkDraft: the customer addressed by name, name unknown', () => {
  const named: Array<[string, string]> = [
    ['Jason, bedankt voor de eerlijke review.', 'Jason'],
    ['@[HANDLE] Hannah, we are sorry to hear about this.', 'Hannah'],
    ['Dank je wel Ann-Sofie voor de sterren!', 'Ann-Sofie'],
    ['Beste @[HANDLE], dank voor het melden.', '@[HANDLE]'],
    ['Hallo Frau [NAAM], es tut uns leid.', '[NAAM]'],
  ];
  it.each(named)('%s → %s', (draft, name) => {
    const item = stateOf(checkDraft(draft), 'name');
    expect(item.state).toBe('done');
    expect(item.evidence?.text).toBe(name);
  });
  // A greeting followed by a lower-case word, a German noun or an opening adverb is no name.
  const unnamed = [
    'Hallo, es tut uns sehr leid.',
    'Hi, wir prüfen das.',
    '@[HANDLE] Danke! Liebe Grüße ^AN',
    'Helaas, dat kunnen we niet terugdraaien.',
    'Bedankt jullie voor de reactie.',
  ];
  it.each(unnamed)('%s → no name', (draft) => expect(stateOf(checkDraft(draft), 'name').state).not.toBe('done'));
});
