import { describe, expect, it } from 'vitest';
import { analyzeIncoming } from '../../../../src/core/incoming/index';

const facts = (t: string) => analyzeIncoming(t).facts.map((f) => [f.kind, f.value, f.text]);
const cues = (t: string) => analyzeIncoming(t).cues.map((c) => [c.kind, c.text]);
const kinds = (t: string) => cues(t).map((c) => c[0]);

describe('facts for the summary', () => {
  it('normalises the common date shapes', () => {
    expect(facts('Besteld op 24-11-2026, geleverd 2026-11-30, retour 3 december 2026 en 5 jan.')).toEqual([
      ['date', '2026-11-24', '24-11-2026'],
      ['date', '2026-11-30', '2026-11-30'],
      ['date', '2026-12-03', '3 december 2026'],
      ['date', '--01-05', '5 jan.'],
    ]);
    expect(facts('It was promised for March 3rd, 2026.')).toEqual([['date', '2026-03-03', 'March 3rd, 2026']]);
  });

  it('reads times in 24-hour, Dutch "uur" and am/pm forms', () => {
    expect(facts('Bel me om 15.00 uur of anders om 9:30.').map((f) => f[1])).toEqual(['15:00', '09:30']);
    expect(facts('Call me at 3 pm or 11:15 am.').map((f) => f[1])).toEqual(['15:00', '11:15']);
  });

  it('normalises amounts to a currency code and two decimals', () => {
    expect(facts('Ik betaalde € 1.234,56 plus EUR 12 en 49,- euro.').map((f) => f[1])).toEqual([
      'EUR 1234.56',
      'EUR 12.00',
      'EUR 49.00',
    ]);
    expect(facts('I paid £5 and $10.50 and 20 dollars.').map((f) => f[1])).toEqual(['GBP 5.00', 'USD 10.50', 'USD 20.00']);
  });

  it('tells order, ticket, invoice and reference numbers apart', () => {
    expect(facts('Bestelling #A-1234, factuur 2026-0042, ticket #4821, klantnummer 5512340.').map((f) => [f[0], f[1]])).toEqual([
      ['order', '#A-1234'],
      ['invoice', '#2026-0042'],
      ['ticket', '#4821'],
      ['reference', '#5512340'],
    ]);
  });

  it('does not read a short number after "order" as an order number, nor an amount as a time', () => {
    expect(facts('My order was 3 days late.')).toEqual([]);
    expect(facts('Het kostte € 12.50 per maand.').map((f) => f[0])).toEqual(['amount']);
  });
});

describe('escalation cues', () => {
  it('drops negated threats but keeps conditional ones', () => {
    expect(cues('Ik wil mijn abonnement niet opzeggen.')).toEqual([]);
    expect(cues("I won't cancel my subscription.")).toEqual([]);
    expect(cues('Als het niet werkt, stap ik over naar een andere leverancier.').map((c) => c[0])).toContain('churn');
    expect(cues('Nooit meer bestel ik hier.').map((c) => c[0])).toEqual(['churn']);
  });

  it('does not take "aan de kassa" for the TV programme, but does take "naar Kassa"', () => {
    expect(cues('Ik stond 20 minuten aan de kassa.').map((c) => c[0])).not.toContain('public');
    expect(cues('Ik stap hiermee naar Kassa.').map((c) => c[0])).toContain('public');
  });

  it('does not take a resend request for a repeat contact', () => {
    expect(cues('Kunt u de factuur opnieuw sturen?')).toEqual([]);
    expect(cues('Ik moet dit nu opnieuw melden.').map((c) => c[0])).toEqual(['repeat']);
  });

  it('reads an earlier contact told without subject, and counted attempts, as a repeat contact', () => {
    expect(cues('Zelf gebeld voor een nieuwe afspraak, weer niemand gekomen.').map((c) => c[0])).toEqual(['repeat']);
    expect(cues('Ich habe mehr als 30 Mal bei der Hotline angerufen.').map((c) => c[0])).toContain('repeat');
    // The company calling is no repeat contact of the customer's.
    expect(cues('Onderweg werden we gebeld door de eigenaar.')).toEqual([]);
    // A multiplier is no count of contacts.
    expect(cues('Die doos is 3 keer zo groot als besteld, en de helpdesk weet van niets.')).toEqual([]);
  });

  it('reads warnings in the imperative and a removed app', () => {
    expect(cues('Hier niet bestellen!').map((c) => c[0])).toEqual(['public']);
    expect(cues('Waardeloze app, werkt nooit. Inmiddels verwijderd.').map((c) => c[0])).toEqual(['churn']);
    expect(cues("I think I'm finally ready to switch to another provider.").map((c) => c[0])).toContain('churn');
  });

  it('reads not coming back, going over to a rival and advice to other customers in all four languages', () => {
    for (const t of [
      'We gaan hier niet meer terug.',
      'Hier ga ik niet meer naar toe.',
      'I would never go back there.',
      'We are not going back.',
      'Wir kommen nicht wieder.',
      'Wir werden diesen Laden nicht mehr betreten.',
      'Nous ne reviendrons pas.',
      'Je suis parti chez Free.',
      'Ich bin zu Vodafone gewechselt.',
    ])
      expect(kinds(t), t).toEqual(['churn']);
    // Money that does not come back is no customer leaving.
    expect(kinds('Mijn geld komt niet meer terug.')).toEqual([]);
    for (const t of ['Doe nooit zaken met deze firma.', 'For new users, be careful.', 'Futurs clients, méfiez-vous !'])
      expect(kinds(t), t).toEqual(['public']);
  });

  it('reads the law in more of its forms, and "kündige … an" as announcing, not cancelling', () => {
    for (const t of [
      'Ich werde den Vorgang dem Versicherungsombudsmann melden.',
      'Ik laat de afschrijving via mijn bank storneren.',
      'Dan stap ik naar de vrederechter.',
      'Dat bedrag gaan we zeker claimen.',
    ])
      expect(kinds(t), t).toEqual(['legal']);
    expect(kinds('Außerdem kündige ich strafrechtliche Schritte an.')).toEqual(['legal']);
    expect(kinds('Ich kündige meinen Vertrag.')).toEqual(['churn']);
  });

  it('reads a threat too short for the fitted layer as a complaint', () => {
    for (const t of ['Never again.', 'Plus jamais ça.', 'Nie wieder.', 'Ich habe gekündigt.'])
      expect(analyzeIncoming(t).sentiment.label, t).toBe('negative');
    expect(analyzeIncoming('Plus jamais ça.').sentiment.score).toBeLessThan(0);
  });

  it('does not take a word of another language for a cue ("gericht aan mij" is no German court)', () => {
    expect(cues('Ik kreeg een brief, gericht aan mijn overleden vader, over de opzegtermijn van zijn abonnement.')).toEqual([]);
    expect(cues('Ich gehe vor Gericht, wenn das so weitergeht.').map((c) => c[0])).toEqual(['legal']);
  });

  it('highlights the exact words of each cue', () => {
    const text = 'Dit is voor de derde keer. Ik wil binnen 24 uur een reactie, anders ga ik naar de ombudsman.';
    expect(cues(text)).toEqual([
      ['repeat', 'voor de derde keer'],
      ['urgency', 'binnen 24 uur'],
      ['legal', 'ombudsman'],
    ]);
  });
});

describe('sentiment details', () => {
  it('turns a praised word negative under negation and keeps the words as evidence', () => {
    const a = analyzeIncoming('Ik ben helemaal niet tevreden.');
    expect(a.sentiment.label).toBe('negative');
    expect(a.sentiment.evidence[0]).toMatchObject({ text: 'tevreden', source: 'lexicon' });
    expect(a.sentiment.evidence[0]!.weight).toBeLessThan(0);
  });

  it('marks a calm complaint with complaint evidence, strongest first', () => {
    const a = analyzeIncoming('Mijn pakket is nog steeds niet geleverd en er is niemand bereikbaar. Helaas.');
    expect(a.sentiment.label).toBe('negative');
    expect(a.sentiment.evidence[0]!.source).toBe('complaint');
    expect(a.sentiment.evidence.map((h) => h.text)).toContain('nog steeds niet geleverd');
  });

  it('scores shouting and repeated marks higher than the same calm words', () => {
    const calm = analyzeIncoming('Dit is onacceptabel.');
    const loud = analyzeIncoming('Dit is ONACCEPTABEL!!!');
    expect(loud.sentiment.score).toBeLessThan(calm.sentiment.score);
    expect(loud.sentiment.evidence.map((h) => h.source)).toEqual(expect.arrayContaining(['capitals', 'punctuation']));
  });

  it('does not take acronyms for shouting', () => {
    const a = analyzeIncoming('Ik heb mijn IBAN en BTW nummer doorgegeven aan ING.');
    expect(a.sentiment.evidence.filter((h) => h.source === 'capitals')).toEqual([]);
  });

  it('reads emoji: 👍 positive, 😡 negative', () => {
    expect(analyzeIncoming('Pakket ontvangen 👍').sentiment.label).toBe('positive');
    expect(analyzeIncoming('Pakket ontvangen 😡').sentiment.label).toBe('negative');
  });

  it('ignores a signature full of positive words', () => {
    const a = analyzeIncoming('Wanneer gaan jullie weer open?\n\nMet vriendelijke groet,\nBlij de Groot\nSuper Service BV');
    expect(a.sentiment.label).toBe('neutral');
    expect(a.body.end).toBe('Wanneer gaan jullie weer open?'.length);
  });
});

describe('courtesy, capitals and customer type defaults', () => {
  it('a closing "thanks" under a request is courtesy, not praise', () => {
    expect(analyzeIncoming("I'd like to know if you have this in stock, thanks!").sentiment.label).toBe('neutral');
    expect(analyzeIncoming('Kunnen jullie de factuur opnieuw sturen? Bedankt!').sentiment.label).toBe('neutral');
    expect(analyzeIncoming('Bedankt voor alles!').sentiment.label).toBe('positive');
  });

  it('reads a message written entirely in capitals as loud and angry', () => {
    const a = analyzeIncoming(
      'MY ORDER HAS NOT ARRIVED AND I WANT A REFUND NOW. THIS IS THE SECOND TIME THIS HAPPENS WITH YOUR COMPANY',
    );
    expect(a.sentiment.label).toBe('negative');
    expect(a.sentiment.evidence.some((h) => h.source === 'capitals')).toBe(true);
    expect(a.emotion).toBe('anger');
  });

  it('explains its default: a plain question is a satisfied customer, a bare complaint a critic', () => {
    const q = analyzeIncoming('Wat zijn jullie openingstijden?');
    expect(q.customerType.type).toBe('passionate');
    expect(q.customerType.confidence).toBeLessThan(0.4);
    expect(q.customerType.reasons[0]!.nl).toMatch(/tevreden/);
    const c = analyzeIncoming('Mijn pakket is niet bezorgd.');
    expect(c.customerType.type).toBe('extreme_critic');
    expect(c.customerType.reasons[0]!.en).toMatch(/measured|critic/);
  });

  it('gives each customer-type reason in Dutch and English with the words that triggered it', () => {
    const a = analyzeIncoming('Ik ben al 15 jaar klant, maar als dit niet wordt opgelost stap ik over naar de concurrent.');
    expect(a.customerType.type).toBe('loyal_irritated');
    for (const r of a.customerType.reasons) {
      expect(r.nl.length).toBeGreaterThan(0);
      expect(r.en.length).toBeGreaterThan(0);
    }
    expect(a.customerType.reasons.map((r) => r.span?.text)).toEqual(expect.arrayContaining(['al 15 jaar klant']));
  });
});
