import { describe, expect, it } from 'vitest';
import { analyzeIncoming } from '../../../../src/core/incoming';
import { addressForms, nameParts } from '../../../../src/core/suggest/address';

const reg = (t: string) => analyzeIncoming(t).register!;

describe('analyzeIncoming: register', () => {
  it('reads an informal Dutch message from its salutation, pronouns and sign-off, and the name from a one-line sign-off', () => {
    const a = analyzeIncoming('Hoi! Mijn pakket is nog steeds niet binnen. Kun je even kijken? Groetjes, Sanne');
    expect(a.register!.register).toBe('informal');
    expect(a.register!.evidence.map((e) => e.kind)).toEqual(['salutation', 'pronoun', 'signoff']);
    for (const e of a.register!.evidence)
      expect(e.text).toBe(
        'Hoi! Mijn pakket is nog steeds niet binnen. Kun je even kijken? Groetjes, Sanne'.slice(e.start, e.end),
      );
    expect(a.customerName).toBe('Sanne');
  });

  it('reads a formal Dutch message, and the title of the sign-off', () => {
    const a = analyzeIncoming(
      'Geachte heer, mevrouw,\n\nIk wacht al weken op mijn terugbetaling. Kunt u dit nagaan?\n\nMet vriendelijke groet,\nDhr. P. Janssen',
    );
    expect(a.register!.register).toBe('formal');
    expect(a.register!.evidence.map((e) => e.kind)).toEqual(['salutation', 'pronoun', 'signoff']);
    expect(a.customerTitle).toBe('mr');
  });

  it('is formal without evidence, and an hour is not the pronoun "u"', () => {
    expect(reg('Mijn pakket is niet geleverd. Ordernummer 12345678.')).toEqual({ register: 'formal', evidence: [] });
    expect(reg('Jullie zouden om 15.00 u. bellen.').evidence).toEqual([]);
  });

  it('counts pronouns over the salutation: "Hoi, kunt u …" is formal, "Beste, kun je …" informal', () => {
    expect(reg('Hoi, kunt u mij laten weten waar uw bezorger blijft? Uw site zegt niets.').register).toBe('formal');
    expect(reg('Beste,\n\nKun je me laten weten waar je bezorger blijft? Je site zegt niets.').register).toBe('informal');
  });

  it('reads tu/vous and du/Sie', () => {
    expect(reg('Bonjour, je suis très déçue. Pouvez-vous me rembourser ? Cordialement, Marie Dubois').register).toBe('formal');
    expect(reg('Salut, tu peux regarder ma commande ? Merci, Léa').register).toBe('informal');
    expect(
      reg('Guten Tag, ich warte seit Wochen. Können Sie mir bitte helfen? Mit freundlichen Grüßen, Jonas Weber').register,
    ).toBe('formal');
    expect(reg('Hi, kannst du mal nach meiner Bestellung schauen? Dein Support antwortet nicht. LG Jonas').register).toBe(
      'informal',
    );
  });
});

describe('name forms', () => {
  it('splits title, first name and surname', () => {
    expect(nameParts('Dhr. P. Janssen')).toEqual({ full: 'P. Janssen', surname: 'Janssen', title: 'mr' });
    expect(nameParts('Anna de Vries')).toEqual({ full: 'Anna de Vries', first: 'Anna', surname: 'de Vries' });
    expect(nameParts('mevrouw De Vries')).toEqual({ full: 'De Vries', surname: 'De Vries', title: 'ms' });
  });

  it('formal: title and surname when known, else the full name only in the salutation; informal: the first name', () => {
    expect(addressForms('Peter Janssen', 'formal', 'nl')).toEqual({ salutation: 'Beste Peter Janssen,' });
    expect(addressForms('Peter Janssen', 'formal', 'nl', 'mr')).toEqual({
      vocative: 'meneer Janssen',
      salutation: 'Beste meneer Janssen,',
    });
    expect(addressForms('Mevr. A. de Vries', 'formal', 'nl')).toEqual({
      vocative: 'mevrouw De Vries',
      salutation: 'Beste mevrouw De Vries,',
    });
    expect(addressForms('Sanne de Wit', 'informal', 'nl')).toEqual({ vocative: 'Sanne', salutation: 'Hoi Sanne,' });
    expect(addressForms('Frau Müller', 'formal', 'de')).toEqual({
      vocative: 'Frau Müller',
      salutation: 'Sehr geehrte Frau Müller,',
    });
    expect(addressForms('Madame Dubois', 'formal', 'fr').vocative).toBe('Madame Dubois');
    expect(addressForms('Kim', 'formal', 'nl').vocative).toBe('Kim');
  });
});
