import { describe, expect, it } from 'vitest';
import { analyzeIncoming } from '../../../../src/core/incoming/index';

describe('language of the incoming message', () => {
  it.each([
    ['nl', 'Waar blijft mijn pakket?!'],
    ['nl', 'Mijn factuur klopt niet.'],
    ['nl', 'Hoi, is mijn bestelling al verzonden? Groetjes'],
    ['en', 'Where is my parcel?'],
    ['en', "It still doesn't work."],
    ['fr', "Bonjour, je n'ai toujours pas reçu ma commande. Pouvez-vous vérifier ?"],
    ['fr', 'Le produit est arrivé cassé, je suis très déçue.'],
    ['de', 'Guten Tag, meine Bestellung ist immer noch nicht angekommen.'],
    ['de', 'Ich habe zweimal bezahlt und warte seit einer Woche auf eine Antwort.'],
    ['other', 'Hola, mi pedido no ha llegado todavía. ¿Dónde está?'],
    ['other', 'Buongiorno, il mio ordine non è ancora arrivato, grazie.'],
    ['other', 'Olá, o meu pedido ainda não chegou. Obrigado.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(analyzeIncoming(text).lang).toBe(lang);
  });

  it('is more confident on a full e-mail than on three words', () => {
    const short = analyzeIncoming('Pakket nog niet');
    const long = analyzeIncoming(
      'Beste klantenservice, ik heb vorige week een nieuwe telefoon besteld maar hij is nog steeds niet bij mij bezorgd. Kunnen jullie nagaan waar het pakket is? Met vriendelijke groet, Jan',
    );
    expect(long.lang).toBe('nl');
    expect(long.langConfidence).toBeGreaterThan(short.langConfidence);
    expect(long.langConfidence).toBeGreaterThanOrEqual(0.8);
  });

  it('says other with low confidence for text without words', () => {
    const a = analyzeIncoming('12345 !!! 😡😡');
    expect(a.lang).toBe('other');
    expect(a.langConfidence).toBeLessThan(0.5);
  });

  it('French and German complaints still come out negative', () => {
    expect(analyzeIncoming("Je n'ai toujours pas reçu mon remboursement.").sentiment.label).toBe('negative');
    expect(analyzeIncoming('Das Gerät funktioniert immer noch nicht.').sentiment.label).toBe('negative');
  });
});
