import { analyzeIncoming, checkDraft } from '../src/core';
import { warmEngine } from '../src/ui/analysis/run-analysis';
import { fmtMs, summarize, timeSync } from './stats';

const DRAFT_PARAS = [
  'Beste mevrouw Jansen,\n\nDank u wel dat u de moeite neemt om ons te laten weten wat er misging met uw bestelling.',
  'Ik begrijp heel goed dat u boos bent: u heeft drie weken gewacht en niemand liet iets van zich horen. Dat is vervelend, en ik zou zelf ook kwaad zijn geworden.',
  'Namens ons bedrijf bied ik u mijn excuses aan voor het ongemak.',
  'Ik heb uw bestelling 12345678 nagekeken: het pakket staat nog in ons magazijn. Ik laat het vandaag met voorrang versturen en bel u morgen om 15.00 uur om te laten weten wanneer het bezorgd wordt. Schikt dat tijdstip?',
  'Als kleine goedmaker sturen we er een handgeschreven kaartje en een verrassing bij.',
  'Wilt u mij laten weten wat wij volgens u beter kunnen doen? Daar leren we van.',
];

const INCOMING = `Beste klantenservice,

Voor de derde keer neem ik contact met jullie op over bestelling 12345678. Ik heb op 3 november betaald (€ 89,95) en het pakket is nog steeds niet geleverd. Niemand neemt de telefoon op en op mijn e-mails krijg ik geen antwoord. Ik ben hier echt ontzettend boos over!!! Als het niet uiterlijk vrijdag geleverd is, zeg ik mijn abonnement op en zet ik een review op Trustpilot.

Met vriendelijke groet,
Anja de Vries
`;

function repeatTo(text: string, size: number) {
  let out = '';
  while (out.length < size) out += text + '\n';
  return out.slice(0, size);
}

export function benchCore() {
  // A fresh process compiles the engine's patterns on its first texts; the analysis worker does that (warmEngine)
  // before it says it is ready. Both figures apart; the rows below are the steady state, each after the same
  // warm-up runs as checkDraft (3 for 1 MB).
  const warmUp = timeSync(warmEngine, 1, 0)[0]!;
  const first = timeSync(() => analyzeIncoming(repeatTo(INCOMING, 1_000)), 1, 0)[0]!;
  const draft = repeatTo(DRAFT_PARAS.join('\n\n'), 2000);
  const rows: Array<[string, ReturnType<typeof summarize>, string]> = [];
  const cd = summarize(timeSync(() => checkDraft(draft, { customerName: 'Jansen' }), 500));
  rows.push(['checkDraft, 2,000-char draft', cd, 'target p95 < 2 ms']);
  for (const [label, size, runs, warmup] of [
    ['1 KB', 1_000, 500, 20],
    ['10 KB', 10_000, 200, 20],
    ['1 MB', 1_000_000, 15, 3],
  ] as const) {
    const text = repeatTo(INCOMING, size);
    const s = summarize(timeSync(() => analyzeIncoming(text), runs, warmup));
    rows.push([`analyzeIncoming, ${label}`, s, `target p95 < ${size / 1000} ms (${fmtMs(s.p95 / (size / 1000))} per KB)`]);
  }
  console.log('\n## Method engine (Node, lexicon)');
  console.log(
    `engine warm-up in a fresh process (the worker, before 'ready'): ${fmtMs(warmUp)}; first 1 KB message after it: ${fmtMs(first)}`,
  );
  for (const [name, s, target] of rows) {
    console.log(`${name.padEnd(32)} p50 ${fmtMs(s.p50).padStart(10)}   p95 ${fmtMs(s.p95).padStart(10)}   n=${s.n}   ${target}`);
  }
  return Object.fromEntries(rows.map(([n, s]) => [n, s]));
}
