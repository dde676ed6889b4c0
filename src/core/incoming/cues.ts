/**
 * Escalation cues: threat to leave, legal steps / ombudsman, going public, repeat contact, deadline.
 * One combined pattern per kind over all four languages (brand names and English loan words cross languages),
 * matched on folded text. Negated threats ("ik wil niet opzeggen", "I don't want to cancel") are dropped.
 */
import type { Cue, CueKind } from '../types';

const NUM = String.raw`(?:\d+|twee|drie|vier|vijf|zes|tien|meerdere|verschillende|two|three|four|five|six|ten|several|multiple|zwei|drei|deux|trois)`;
const ORD = String.raw`(?:tweede|derde|vierde|vijfde|zesde|zoveelste|\d+e|second|third|fourth|fifth|sixth|umpteenth|nth|\d+(?:st|nd|rd|th))`;
const DAY = String.raw`(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;

const SOURCES: Record<CueKind, string[]> = {
  churn: [
    String.raw`\b(?:opzeggen|opzegging|opzeg|zeg (?:\w+ ){0,3}op|ik stop ermee|stop (?:\w+ )?(?:mijn |het )?(?:abonnement|contract|lidmaatschap))\b`,
    String.raw`\b(?:overstappen|overstap|stap (?:\w+ ){0,3}over)(?: naar)?\b|\b(?:andere|een andere|nieuwe) (?:leverancier|aanbieder|provider|bank|winkel|webshop|partij|verzekeraar|energieleverancier|maatschappij)\b`,
    String.raw`\b(?:klant af|als klant kwijt|zijn mij kwijt|ben ik weg|ik ben weg|naar de concurrent|bij de concurrent|concurrent(?:ie)?|(?:nooit|niet) meer (?:\w+ )?(?:bij jullie|bestel\w*|koop|kopen|klant|zaken)|laatste keer (?:dat|bij))\b`,
    String.raw`\b(?:contract|abonnement|lidmaatschap) (?:\w+ )?(?:opzeggen|ontbinden|beeindigen|stopzetten)\b`,
    String.raw`\bcancel(?:l?ing)? (?:my |our |the )?(?:\w+ )?(?:subscription|account|contract|membership|plan|service)\b|\bclose my account\b`,
    String.raw`\b(?:switch|switching|move|moving|go|going) (?:over )?to (?:another|a different|a competitor|your competitor|\w+ instead)\b|\b(?:take|taking) my (?:business|custom|money) elsewhere\b`,
    String.raw`\b(?:another|a different|a new) (?:provider|supplier|company|bank|retailer|shop|store|insurer)\b|\b(?:lost a customer|lost me as a customer|never (?:order|buy|shop)\w* (?:from you |here )?again|won't be (?:ordering|buying|shopping|back)|i'm done with you|leave your company)\b`,
    String.raw`\b(?:resilier|resiliation|changer de fournisseur|la concurrence|kundigen|kundigung|anbieter wechseln|zur konkurrenz)\b`,
  ],
  legal: [
    String.raw`\b(?:advocaat|advocaten|jurist|juridische? (?:stappen|actie|weg|hulp|bijstand)|rechtszaak|rechter|rechtbank|geschillencommissie|ombudsman|ombudsdienst|kifid|consumentenbond|autoriteit consument (?:&|en) markt|rechtsbijstand\w*|aansprakelijk (?:stellen|gesteld)|ingebrekestelling|in gebreke|sommatie|aangifte)\b|\bde acm\b|\bacm\b`,
    String.raw`\b(?:lawyer|solicitor|attorney|legal (?:action|steps|advice|proceedings)|take (?:you|this|it) to court|court|sue|suing|lawsuit|small claims|ombudsman|trading standards|consumer (?:rights|protection)|ftc|regulator|chargeback|liable)\b`,
    String.raw`\b(?:avocat|action en justice|tribunal|mediateur|anwalt|rechtsanwalt|klage|gericht|verbraucherzentrale|schlichtungsstelle)\b`,
  ],
  public: [
    String.raw`\b(?:(?:een|mijn|negatieve|slechte|eerlijke|online|google|a|my|negative|bad|honest|online|1-star|one-star) reviews?|reviews? (?:schrijven|plaatsen|achterlaten|geven)|(?:write|leave|post|plaats|schrijf|zet) (?:\w+ ){0,2}reviews?)\b`,
    String.raw`\b(?:recensie|trustpilot|kiyoh|klantenvertellen|yelp|tripadvisor|feefo|social media|sociale media|twitter|facebook|instagram|tiktok|linkedin|reddit|youtube)\b|\b(?:op|on|to) x\b`,
    String.raw`\b(?:naar|bij|programma|tv-programma|mailen naar|tip|tippen) (?:radar|kassa|tros radar)\b|\b(?:radar|kassa) (?:van )?(?:avrotros|bnnvara|inschakelen|mailen|tippen)\b`,
    String.raw`\b(?:de krant|de pers|de media|journalist|openbaar maken|wereldkundig|iedereen (?:laten weten|waarschuwen)|anderen waarschuwen|the press|newspaper|journalist|go public|going public|tell everyone|warn (?:others|people|everyone)|watchdog)\b`,
  ],
  repeat: [
    String.raw`\bvoor de ${ORD} keer\b|\b(?:al|nu al|inmiddels) ${NUM} (?:keer|keren|maal)\b|\b(?:meerdere|verschillende|diverse) (?:keren|malen)\b`,
    // "Kunt u de factuur opnieuw sturen?" asks for a resend; it is not a repeat contact.
    String.raw`\b(?:opnieuw|nogmaals)\b(?! (?:\w+ )?(?:sturen|versturen|verzenden|toesturen|mailen|bevestigen|proberen))|\b(?:weer eens|wederom|alweer|steeds weer|keer op keer|hoe vaak (?:moet|nog))\b`,
    String.raw`\b(?:eerder|vorige week|vorige maand|vorige keer|gisteren) (?:ook )?(?:al )?(?:gemeld|gebeld|gemaild|aangegeven|contact|geklaagd|doorgegeven)\b|\b(?:heb|had) (?:\w+ ){0,3}al (?:eerder )?(?:gebeld|gemaild|gemeld|aangegeven|geklaagd|doorgegeven)\b`,
    String.raw`\b(?:for the|this is the|this is my) ${ORD} time\b|\b(?:again and again|over and over|once again|yet again|several times|multiple times|how many times|repeatedly|previously reported)\b`,
    String.raw`\b(?:already|previously) (?:\w+ )?(?:called|emailed|e-mailed|contacted|written|reported|explained|asked|complained|phoned)\b|\b(?:called|emailed|phoned|contacted you|written|complained) (?:\w+ )?(?:twice|${NUM} times)\b`,
    String.raw`\b(?:encore une fois|a nouveau|plusieurs fois|deja ${NUM} fois|schon wieder|erneut|mehrmals|schon ${NUM} mal)\b`,
  ],
  urgency: [
    String.raw`\b(?:vandaag nog|uiterlijk|zo snel mogelijk|zo spoedig mogelijk|z\.s\.m\.?|zsm|dringend|spoed|met spoed|spoedeisend|per direct|per omgaande|onmiddellijk|acuut|deadline|urgent)\b`,
    String.raw`\bbinnen ${NUM} (?:uur|dagen|werkdagen|weken)\b|\b(?:voor|vóór) (?:morgen|${DAY}|het weekend|eind van de (?:dag|week))\b|\bmorgen (?:al |nog )?nodig\b|\b(?:direct|meteen) (?:opgelost|actie|terugbellen|contact|geregeld)\b`,
    String.raw`\b(?:asap|a\.s\.a\.p|urgently|immediately|right away|straight away|as soon as possible|without delay|no later than|time-critical|emergency)\b`,
    String.raw`\b(?:by|before) (?:tomorrow|today|tonight|${DAY}|the weekend|end of (?:the )?(?:day|week))\b|\bwithin ${NUM} (?:hours|days|working days)\b|\b(?:need|needs|must|have to|has to) (?:\w+ ){0,3}(?:today|tonight|by tomorrow)\b`,
    // A condition with a day in it is a deadline: "als ik vandaag niets hoor…", "if nobody calls me back today…".
    String.raw`\b(?:als|tenzij|indien|if|unless)\b[^.!?\n]{0,60}?\b(?:vandaag|vanavond|morgen|today|tonight|tomorrow)\b`,
    String.raw`\b(?:au plus vite|immediatement|des que possible|d'ici demain|sofort|umgehend|so schnell wie moglich|bis morgen|eilig)\b`,
  ],
};

const KINDS = Object.keys(SOURCES) as CueKind[];
const PATTERNS: Record<CueKind, RegExp> = Object.fromEntries(
  KINDS.map((k) => [k, new RegExp(SOURCES[k].join('|'), 'g')]),
) as Record<CueKind, RegExp>;

// Threats only count when meant: a negator just before ("niet", "don't want to") takes the cue away.
const NEGATABLE: ReadonlySet<CueKind> = new Set(['churn', 'legal', 'public']);
const NEGATION_BEFORE = /\b(?:niet|geen|nooit|not|no|never|don't|do not|won't|will not|wouldn't|no intention|geen plannen|ne|pas|nicht|kein|keine)\b(?:\s+\S+){0,3}\s*$/;
const INNER_NEGATION = /\b(?:niet|geen|not|never|nooit)\b|n't\b/;
const CONDITIONAL = /\b(?:als|indien|wanneer|tenzij|zolang|if|unless|until|si|wenn|falls)\b/;
const MAX_PER_KIND = 20;

/**
 * Find escalation cues in the body, in text order.
 * @example findCues(t, fold(t), { start: 0, end: t.length }) // t = 'Ik ga naar de Geschillencommissie' → [{ kind: 'legal', text: 'Geschillencommissie', … }]
 */
export function findCues(text: string, folded: string, body: { start: number; end: number }): Cue[] {
  const bodyFolded = folded.slice(body.start, body.end);
  const out: Cue[] = [];
  for (const kind of KINDS) {
    const re = PATTERNS[kind];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(bodyFolded)) !== null && n < MAX_PER_KIND) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (NEGATABLE.has(kind) && isNegated(bodyFolded, m.index, m[0])) continue;
      n++;
      const start = body.start + m.index;
      const end = start + m[0].length;
      out.push({ kind, start, end, text: text.slice(start, end) });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function isNegated(folded: string, at: number, match: string): boolean {
  // A cue that carries its own "nooit meer"/"never again" is a threat, not a denial.
  if (/^(?:nooit|niet|never|won't)\b/.test(match)) return false;
  // "abonnement niet opzeggen": the negator can sit inside the matched words too.
  if (INNER_NEGATION.test(match)) return true;
  const window = folded.slice(Math.max(0, at - 40), at);
  const cut = Math.max(window.lastIndexOf('.'), window.lastIndexOf('!'), window.lastIndexOf('?'), window.lastIndexOf('\n'), window.lastIndexOf(','));
  let clause = window.slice(cut + 1);
  // A coordinating conjunction starts a new clause: in "niet geleverd en ik zeg op" the "niet" is about the delivery.
  // (Not Dutch "want": it collides with English "want" in "I don't want to cancel".)
  const conj = /\b(?:en|maar|dus|and|but|so)\b(?![\s\S]*\b(?:en|maar|dus|and|but|so)\b)/.exec(clause);
  if (conj) clause = clause.slice(conj.index + conj[0].length);
  // "als het niet werkt, stap ik over" / "if this isn't fixed I'll sue": the negation belongs to the condition.
  if (CONDITIONAL.test(clause)) return false;
  return NEGATION_BEFORE.test(clause);
}
