/**
 * Forms real text takes that hand-written examples miss: phones and word processors put ’ where the
 * patterns say ' (the engine must read both the same, spans still pointing into the original), and
 * warnings whose negation is the point ("would not recommend").
 */
import { describe, expect, it } from 'vitest';
import { analyzeIncoming, checkDraft } from '../../../src/core';
import { fold } from '../../../src/core/text';

const curl = (s: string) => s.replace(/'/g, '’');

describe('typographic apostrophes', () => {
  it('fold keeps the length and maps ’ ‘ ʼ to a plain apostrophe', () => {
    const text = 'J’ai ‘vraiment’ appelé, donʼt';
    expect(fold(text)).toHaveLength(text.length);
    expect(fold(text)).toBe("j'ai 'vraiment' appele, don't");
  });

  const incoming = [
    ["I won't be ordering from you again, this was the last straw.", 'churn'],
    ["J'ai appelé trois fois et personne ne répond.", 'repeat'],
    ["I've already called twice about this and nobody calls back.", 'repeat'],
  ] as const;
  for (const [text, kind] of incoming) {
    it(`reads the ${kind} cue in "${curl(text)}" as in the straight form`, () => {
      const straight = analyzeIncoming(text).cues.map((c) => c.kind);
      expect(straight).toContain(kind);
      const curly = analyzeIncoming(curl(text));
      expect(curly.cues.map((c) => c.kind)).toEqual(straight);
      for (const c of curly.cues) expect(curl(text).slice(c.start, c.end)).toBe(c.text);
    });
  }

  const drafts = [
    "I'm sorry, but you should have read the terms before ordering.",
    "Je suis désolé, mais c'est votre faute si le colis n'est pas arrivé.",
  ];
  for (const text of drafts) {
    it(`flags "${curl(text)}" as it flags the straight form`, () => {
      const straight = checkDraft(text).violations.map((v) => v.rule);
      expect(straight.length).toBeGreaterThan(0);
      const curly = checkDraft(curl(text));
      expect(curly.violations.map((v) => v.rule)).toEqual(straight);
      for (const v of curly.violations) expect(curl(text).slice(v.start, v.end).length).toBe(v.end - v.start);
    });
  }
});

describe('warnings whose negation is the warning', () => {
  // The negation filter is for denials ("ik wil niet opzeggen"); in these the negator is the threat itself.
  const warnings = [
    'I would not recommend this company to anyone.',
    'Advies: begin er niet aan.',
    'Koop geen camper bij dit bedrijf.',
    'Ik kan deze winkel echt niet aanbevelen.',
  ];
  for (const text of warnings) {
    it(`"${text}" is a public cue`, () => expect(analyzeIncoming(text).cues.map((c) => c.kind)).toContain('public'));
  }
  const denials = [
    'Ik wil mijn abonnement niet opzeggen, ik wil een oplossing.',
    "I don't want to cancel my subscription, just fix it.",
  ];
  for (const text of denials) {
    it(`"${text}" carries no churn cue`, () => expect(analyzeIncoming(text).cues.map((c) => c.kind)).not.toContain('churn'));
  }
});

const kinds = (t: string) => analyzeIncoming(t).cues.map((c) => c.kind);

describe('contacting again, counted', () => {
  const repeats = [
    'Pas bij de 3e keer via de telefoon kreeg ik iemand te spreken.',
    'Zahlreiche Telefonate später ist immer noch nichts passiert.',
    "We've raised over 20 requests since we moved in.",
  ];
  for (const text of repeats) it(`"${text}" is a repeat contact`, () => expect(kinds(text)).toContain('repeat'));
  // Something happening again is not a contact: a repeat cue needs a word of contacting near it.
  for (const text of ['Het pakket is alweer te laat.', 'The app crashed three times today.'])
    it(`"${text}" is no repeat contact`, () => expect(kinds(text)).not.toContain('repeat'));
});

describe('leaving, said as no longer using the company', () => {
  const leaving = [
    'Wij gebruiken jullie app niet meer.',
    'Sinds de storing rijd ik niet meer met de trein.',
    "We don't shop with them anymore.",
    'Ich bestelle dort nicht mehr.',
    "Je n'achète plus rien chez vous.",
    'Ik heb mijn spaargeld overgezet naar een andere bank.',
    'Je vais aller voir ailleurs.',
    'Nooit meer deze touroperator.',
    'Koud eten, lange wachttijd. Bestel daar nooit meer!',
  ];
  for (const text of leaving) it(`"${text}" is a churn cue`, () => expect(kinds(text)).toContain('churn'));
  for (const text of ['Ik kan niet meer inloggen in de app.', 'Mijn rekening werkt niet meer.', 'Dit mag nooit meer gebeuren.'])
    it(`"${text}" carries no churn cue`, () => expect(kinds(text)).not.toContain('churn'));
});
