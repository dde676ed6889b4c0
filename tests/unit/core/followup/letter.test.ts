import { describe, expect, it } from 'vitest';
import { notesToLetterInput, writeFollowUpLetter, type LetterInput, type TaggedNote } from '../../../../src/core/followup';

const full = (lang: 'nl' | 'en'): LetterInput => ({
  lang,
  customerName: lang === 'nl' ? 'mevrouw Jansen' : 'Ms Jansen',
  agentName: 'Sanne de Vries',
  organisation: 'Printwinkel',
  complaint: lang === 'nl' ? 'de printer kwam beschadigd aan' : 'the printer arrived damaged',
  actions:
    lang === 'nl'
      ? ['Een nieuwe printer verstuurd', 'De oude printer laten ophalen']
      : ['Sent a new printer', 'Had the old one collected'],
  customerContribution: lang === 'nl' ? ['uw geduld', "de foto's die u stuurde"] : ['your patience', 'the photos you sent'],
  gesture: lang === 'nl' ? ['een tegoedbon van 25 euro'] : ['a voucher worth 25 euros'],
  nextStep:
    lang === 'nl' ? 'Ik bel u volgende week om te horen of alles werkt' : 'I will call you next week to check everything works',
});

describe('writeFollowUpLetter', () => {
  it.each(['nl', 'en'] as const)('%s: shows every part that was given', (lang) => {
    const input = full(lang);
    const letter = writeFollowUpLetter(input);
    for (const part of [
      input.customerName!,
      input.agentName!,
      input.organisation!,
      ...input.actions,
      ...input.customerContribution!,
      ...input.gesture!,
      input.nextStep!,
    ]) {
      expect(letter).toContain(part);
    }
    // the complaint is shown as a sentence of its own
    expect(letter).toContain(lang === 'nl' ? 'De printer kwam beschadigd aan.' : 'The printer arrived damaged.');
    // two actions are a list, one line each
    expect(letter).toContain(`- ${input.actions[0]}\n- ${input.actions[1]}`);
  });

  it('nl: thanks for raising it, names the gesture as goodwill and looks forward', () => {
    const letter = writeFollowUpLetter(full('nl'));
    expect(letter.startsWith('Beste mevrouw Jansen,')).toBe(true);
    expect(letter).toMatch(/Dank u wel/);
    expect(letter).toMatch(/coulance/);
    expect(letter).toMatch(/plezierige samenwerking/);
    expect(letter.trimEnd().endsWith('Sanne de Vries\nPrintwinkel')).toBe(true);
  });

  it('en: thanks for raising it, names the gesture as goodwill and looks forward', () => {
    const letter = writeFollowUpLetter(full('en'));
    expect(letter.startsWith('Dear Ms Jansen,')).toBe(true);
    expect(letter).toMatch(/Thank you/);
    expect(letter).toMatch(/goodwill/);
    expect(letter).toMatch(/pleasant working relationship/);
  });

  it.each(['nl', 'en'] as const)('%s: leaves out missing parts without gaps or "undefined"', (lang) => {
    const letter = writeFollowUpLetter({ lang, complaint: '', actions: [] });
    expect(letter).not.toMatch(/undefined|null|^- /m);
    expect(letter).not.toMatch(/\n{3,}/);
    const headings =
      lang === 'nl'
        ? ['klacht in het kort', 'inmiddels gedaan', 'bijgedragen', 'coulance', 'Wat er nog volgt']
        : ['complaint, in short', 'done since', 'helped', 'goodwill', 'What happens next'];
    for (const h of headings) expect(letter).not.toContain(h);
    expect(letter.startsWith(lang === 'nl' ? 'Geachte heer, mevrouw,' : 'Dear customer,')).toBe(true);
    expect(letter).toMatch(lang === 'nl' ? /plezierige samenwerking/ : /pleasant working relationship/);
  });

  it.each(['nl', 'en'] as const)('%s: drops blank items and shows a single action inline', (lang) => {
    const letter = writeFollowUpLetter({
      lang,
      complaint: '  ',
      actions: ['  ', 'Nieuwe printer verstuurd'],
      gesture: ['', '   '],
      customerName: ' ',
    });
    expect(letter).toContain('Nieuwe printer verstuurd.');
    expect(letter).not.toMatch(/^- /m);
    expect(letter).not.toMatch(lang === 'nl' ? /coulance|Beste\s*,/ : /goodwill|Dear\s*,/);
  });
});

describe('notesToLetterInput', () => {
  const nlNotes: TaggedNote[] = [
    { text: 'Printer kwam kapot aan', tag: 'customer_says' },
    { text: 'Ordernummer 123456', tag: 'fact' },
    { text: "Klant stuurde foto's van de schade", tag: 'none' },
    { text: 'Nieuwe printer verstuurd', tag: 'action' },
    { text: 'Bloemetje met handgeschreven kaartje', tag: 'agreed' },
    { text: 'Ik bel vrijdag om 10 uur of alles werkt', tag: 'agreed' },
    { text: 'klant was eerst erg boos', tag: 'none' },
  ];

  it('nl: maps each tag to its part of the letter', () => {
    const input = notesToLetterInput(nlNotes, { lang: 'nl', customerName: 'meneer Evers' });
    expect(input.complaint).toBe('Printer kwam kapot aan. Ordernummer 123456.');
    expect(input.actions).toEqual(['Nieuwe printer verstuurd']);
    expect(input.gesture).toEqual(['Bloemetje met handgeschreven kaartje']);
    expect(input.nextStep).toBe('Ik bel vrijdag om 10 uur of alles werkt.');
    expect(input.customerContribution).toEqual(["de foto's die u stuurde"]);
    const letter = writeFollowUpLetter(input);
    expect(letter).toContain('Beste meneer Evers,');
    expect(letter).not.toContain('erg boos'); // untagged notes stay out of the letter
  });

  it("en: recognises gestures and the customer's own help", () => {
    const input = notesToLetterInput(
      [
        { text: 'Invoice charged twice', tag: 'customer_says' },
        { text: 'Refunded the double charge', tag: 'action' },
        { text: 'Sent a voucher for the next order', tag: 'action' },
        { text: 'Thanked her for her patience', tag: 'none' },
      ],
      { lang: 'en' },
    );
    expect(input.actions).toEqual(['Refunded the double charge']);
    expect(input.gesture).toEqual(['Sent a voucher for the next order']);
    expect(input.customerContribution).toEqual(['your patience']);
    expect(input.nextStep).toBeUndefined();
  });

  it('gives a letter without empty parts for notes with nothing to say', () => {
    const input = notesToLetterInput([{ text: '   ', tag: 'action' }], { lang: 'nl' });
    expect(input.actions).toEqual([]);
    expect(writeFollowUpLetter(input)).not.toMatch(/inmiddels gedaan|undefined/);
  });
});
