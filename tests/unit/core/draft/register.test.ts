import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../../src/core/draft';

const reg = (draft: string, ctx: Parameters<typeof checkDraft>[1] = {}) =>
  checkDraft(draft, { lang: 'nl', ...ctx }).violations.filter((v) => v.rule.startsWith('register_'));

describe('checkDraft: register', () => {
  it('flags "u" and "je" for the same customer in one reply, at the minority form, with a one-click swap', () => {
    const v = reg(
      'Beste meneer Janssen, het spijt ons dat uw pakket niet is aangekomen. Kun je ons je ordernummer sturen? Dan zoek ik het voor u uit.',
    );
    expect(v.map((x) => [x.rule, x.text, x.suggestion])).toEqual([
      ['register_mix', 'Kun je', 'Kunt u'],
      ['register_mix', 'je', 'Kies één aanspreekvorm en houd die de hele reply vast.'],
    ]);
  });

  it('keeps the team’s register when it mixes: the other form is the one flagged', () => {
    const v = reg('Hoi Sanne, heb je het pakket al? Anders stuur ik u een nieuw.', { register: 'informal' });
    expect(v.map((x) => [x.text, x.suggestion])).toEqual([['u', 'Kies één aanspreekvorm en houd die de hele reply vast.']]);
    const w = reg('Hoi Sanne, heeft u het pakket al? Anders stuur ik je morgen een nieuw.', { register: 'informal' });
    expect(w.map((x) => [x.text, x.suggestion])).toEqual([['heeft u', 'heb je']]);
  });

  it('flags a reply wholly in the other register than the team’s, once, at its first address', () => {
    const v = reg('Hoi Sanne, heb je het pakket al ontvangen? Laat je het me weten?', { register: 'formal' });
    expect(v.map((x) => [x.rule, x.text, x.suggestion])).toEqual([['register_team', 'heb je', 'heeft u']]);
    expect(reg('Beste meneer Janssen, heeft u het pakket al ontvangen?', { register: 'formal' })).toEqual([]);
    expect(reg('Beste meneer Janssen, heeft u het pakket al ontvangen?')).toEqual([]);
  });

  it('does not read quoted customer words, the signature, or an hour as the agent’s address', () => {
    expect(reg('Beste meneer Janssen, u schreef: "kun je even kijken?" Dat doe ik graag; ik bel u om 15.00 u. terug.')).toEqual(
      [],
    );
    expect(reg('Beste meneer Janssen, ik bel u morgen terug.\n\nMet vriendelijke groet,\nJe collega Anna')).toEqual([]);
  });

  it('sees the mix in French and German replies too', () => {
    expect(
      checkDraft('Bonjour Madame, nous sommes désolés pour votre commande. Tu peux nous envoyer le numéro ?').violations.map(
        (v) => v.rule,
      ),
    ).toContain('register_mix');
    expect(
      checkDraft(
        'Guten Tag Frau Müller, es tut uns leid, dass Ihre Bestellung fehlt. Kannst du uns die Nummer schicken?',
      ).violations.map((v) => v.rule),
    ).toContain('register_mix');
    expect(
      checkDraft('Guten Tag Frau Müller, es tut uns leid. Sie bekommen morgen Ihre Bestellung.').violations.map((v) => v.rule),
    ).not.toContain('register_mix');
  });
});
