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
