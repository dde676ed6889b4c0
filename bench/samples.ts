/** The customer messages the model benchmarks score, in Node and in Chromium alike. */
export const CHAT = 'Mijn pakket is nog steeds niet geleverd, dit is echt belachelijk!';

const EMAIL_PARAS = [
  'Beste klantenservice,',
  'Voor de derde keer neem ik contact met jullie op over bestelling 12345678. Ik heb op 3 november betaald en het pakket is nog steeds niet geleverd.',
  'Niemand neemt de telefoon op en op mijn e-mails krijg ik geen antwoord. Ik ben hier echt ontzettend boos over!',
  'Als het niet uiterlijk vrijdag geleverd is, zeg ik mijn abonnement op en zet ik een review online.',
  'I have also written to you in English last week, because nobody answered. This is unacceptable service.',
];

/** A complaint e-mail of exactly `size` characters. */
export function emailOf(size: number): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += EMAIL_PARAS[i % EMAIL_PARAS.length] + '\n\n';
  return out.slice(0, size);
}

/**
 * The `n`-th of a series of different complaint e-mails of `size` characters: the paragraphs start
 * at another one each time, with an order number. Next to each other they differ as two customers'
 * messages do, not by one character (which the panel rightly takes for typing and debounces).
 */
export function distinctEmailOf(size: number, n: number): string {
  let out = `Bestelnummer ${100000 + n}.\n\n`;
  for (let i = n; out.length < size; i++) out += EMAIL_PARAS[i % EMAIL_PARAS.length] + '\n\n';
  return out.slice(0, size);
}

/** A reply as mail clients send it: `own` text, a signature, then `quotedSize` characters of quoted history. */
export function withQuotedHistory(own: string, quotedSize: number): string {
  const quoted = emailOf(quotedSize)
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
  return `${own}\n\nMet vriendelijke groet,\nAn Peeters\n\nOp ma 3 nov. 2025 om 10:12 schreef Klantenservice <help@example.com>:\n${quoted}`;
}
