/**
 * Which of seed 002's four customer types the message most looks like, with the signals that point there.
 * A guess for the agent to override: each reason carries the words that triggered it.
 */
import type { Cue, CustomerTypeGuess, CustomerTypeId, Emotion, Fact, Reason, Span } from '../types';
import type { SentimentDetail } from './sentiment';

interface Signal {
  type: CustomerTypeId;
  weight: number;
  re: RegExp;
  nl: string;
  en: string;
}

const sig = (type: CustomerTypeId, weight: number, src: string, nl: string, en: string): Signal => ({
  type,
  weight,
  re: new RegExp(src, 'g'),
  nl,
  en,
});
const YEARS = String.raw`(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|vele|jaren|two|three|four|five|six|seven|eight|nine|ten|twenty|many)`;

const SIGNALS: Signal[] = [
  sig(
    'loyal_irritated',
    3,
    String.raw`\b(?:al|sinds|ruim|meer dan) ${YEARS} jaar (?:\w+ )?(?:klant|lid|abonnee|trouw|bij jullie)\b|\bklant (?:sinds|vanaf) (?:\d{4}|${YEARS} jaar)\b|\b(?:trouwe|vaste|jarenlange) klant\b|\bjarenlang (?:klant|tevreden|trouw)\b`,
    'Noemt een lange klantrelatie',
    'Mentions a long customer relationship',
  ),
  sig(
    'loyal_irritated',
    3,
    String.raw`\b(?:a |an )?(?:loyal|long-standing|longstanding|long-time|longtime|regular) customer\b|\b(?:customer|member|client) (?:for|since) (?:over |more than )?(?:\d{4}|${YEARS} years)\b|\b(?:been (?:with|banking with|a customer of) you for) (?:\w+ )?(?:years|\d+)\b|\bfor ${YEARS} years\b`,
    'Noemt een lange klantrelatie',
    'Mentions a long customer relationship',
  ),
  sig(
    'loyal_irritated',
    2,
    String.raw`\b(?:altijd|steeds|jarenlang|tot nu toe|tot nu) (?:\w+ )?(?:tevreden|blij|goed geholpen) (?:geweest|gewest)\b|\b(?:nooit|nog nooit) (?:eerder )?(?:problemen|een probleem|klachten|iets te klagen) (?:gehad|gehad met jullie)\b|\b(?:always|had always) been (?:\w+ )?(?:happy|satisfied|pleased)\b|\bnever had (?:a |any )?(?:problem|issue|complaint)s?\b|\buntil now\b`,
    'Was eerder tevreden',
    'Was satisfied before',
  ),
  sig(
    'passionate',
    3,
    String.raw`\b(?:ik ben (?:\w+ )?fan|grote fan|dol op|ik hou van (?:jullie|dit)|ik houd van (?:jullie|dit)|favoriete (?:winkel|merk|webshop)|love (?:your|you|this|the)|big fan|huge fan|my favou?rite|i adore)\b`,
    'Is enthousiast over het merk',
    'Is enthusiastic about the brand',
  ),
  sig(
    'passionate',
    1.5,
    String.raw`\b(?:kleine? (?:opmerking|puntje|dingetje|tip|suggestie)|klein (?:puntje|dingetje)|een kleinigheid|(?:just )?a (?:small|minor|tiny) (?:thing|point|remark|suggestion|issue)|one small thing|small suggestion|minor (?:issue|point|remark))\b`,
    'Brengt een kleine opmerking, geen klacht',
    'Raises a small remark, not a complaint',
  ),
  sig(
    'extreme_critic',
    0.7,
    String.raw`\b(?:bovendien|daarnaast|ten eerste|ten tweede|ten derde|tevens|en dan ook nog|furthermore|additionally|moreover|firstly|secondly|thirdly|in addition|on top of that|not to mention)\b`,
    'Somt meerdere punten op',
    'Lists several points',
  ),
  sig(
    'active_hater',
    3,
    String.raw`\b(?:prutsers|oplichters|boeven|criminelen|idioten|clowns|amateurs|stelletje \w+|incompetente? \w*|waardeloze? (?:bedrijf|club|tent|service|klantenservice)|rotbedrijf|zooitje|oplichting|scammers|crooks|idiots|morons|clowns|incompetent \w+|useless (?:company|lot|bunch|people)|bunch of \w+|you people|kut\w*|klote\w*|tering\w*|kanker\w*|fuck\w*|shit\w*)\b`,
    'Scheldt of beledigt',
    'Insults or swears',
  ),
  sig(
    'active_hater',
    2.5,
    String.raw`\bjullie (?:zijn|doen|kunnen) (?:ook )?(?:altijd|echt|gewoon|allemaal|nooit|nooit iets) (?:\w+ )?(?:waardeloos|niks|niets|slecht|fout|goed)\b|\baltijd (?:hetzelfde|hetzelfde liedje|waardeloos|prut)\b|\bnooit meer\b|\bnever again\b|\byou (?:always|never|guys always|guys never|people always|people never)\b|\bevery single time\b|\bzoals altijd\b|\bas always\b|\b(?:typisch|typical) (?:\w+ )?(?:jullie|you)\b`,
    'Generaliseert vijandig over het bedrijf',
    'Makes hostile generalisations about the company',
  ),
];

/**
 * Guess the customer type.
 * @example guessCustomerType(t, fold(t), body, sentiment, 'anger', cues, facts).type // 'active_hater' for "Stelletje prutsers, NOOIT MEER!"
 */
export function guessCustomerType(
  text: string,
  folded: string,
  body: { start: number; end: number },
  sentiment: SentimentDetail,
  emotion: Emotion,
  cues: readonly Cue[],
  facts: readonly Fact[],
): CustomerTypeGuess {
  const src = folded.slice(body.start, body.end);
  const score: Record<CustomerTypeId, number> = { active_hater: 0, extreme_critic: 0, loyal_irritated: 0, passionate: 0 };
  const reasons: Record<CustomerTypeId, Reason[]> = { active_hater: [], extreme_critic: [], loyal_irritated: [], passionate: [] };
  const at = (s: number, e: number): Span => ({ start: s, end: e, text: text.slice(s, e) });
  const add = (type: CustomerTypeId, w: number, nl: string, en: string, span?: Span) => {
    score[type] += w;
    if (reasons[type].length < 4 && !reasons[type].some((r) => r.en === en))
      reasons[type].push(span ? { nl, en, span } : { nl, en });
  };

  for (const s of SIGNALS) {
    s.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = s.re.exec(src)) !== null && n < 6) {
      n++;
      add(s.type, s.weight, s.nl, s.en, at(body.start + m.index, body.start + m.index + m[0].length));
    }
  }
  const negative = sentiment.label === 'negative';
  // Praise or a small remark is a passionate customer only while the message is not a complaint.
  if (negative) score.passionate *= 0.3;
  if (sentiment.label === 'positive') {
    const top = sentiment.evidence.find((h) => h.weight > 0);
    add('passionate', 2.5, 'Schrijft positief', 'Writes positively', top ? at(top.start, top.end) : undefined);
  }
  // A once-loyal customer who now threatens to leave.
  const churn = cues.find((c) => c.kind === 'churn');
  if (churn && score.loyal_irritated > 0)
    add('loyal_irritated', 2, 'Dreigt over te stappen', 'Threatens to leave', at(churn.start, churn.end));
  else if (churn) add('loyal_irritated', 1, 'Dreigt over te stappen', 'Threatens to leave', at(churn.start, churn.end));
  // Hostility: shouting and anger.
  const shouts = sentiment.shouting.filter((h) => h.weight < 0);
  if (shouts.length >= 2)
    add('active_hater', 1.5, 'Schrijft in hoofdletters', 'Writes in capitals', at(shouts[0]!.start, shouts[0]!.end));
  if (emotion === 'anger') add('active_hater', 1.5, 'Is boos', 'Is angry');
  // The critic: many facts, listed points, several problems, and a measured tone.
  if (facts.length >= 3) {
    add(
      'extreme_critic',
      facts.length >= 6 ? 2 : 1,
      'Geeft veel feiten en details',
      'Gives many facts and details',
      at(facts[0]!.start, facts[0]!.end),
    );
  }
  const listItems = src.match(/^[^\S\n]*(?:[-*•]|\d{1,2}[.)])[^\S\n]+\S/gm)?.length ?? 0;
  if (listItems >= 2) add('extreme_critic', 2, 'Somt fouten op in een lijst', 'Lists faults point by point');
  if (sentiment.complaintCount >= 3) add('extreme_critic', 1, 'Beschrijft meerdere problemen', 'Describes several problems');
  if (negative && emotion !== 'anger' && shouts.length === 0 && score.active_hater === 0) {
    add('extreme_critic', 1, 'Klaagt zakelijk en beheerst', 'Complains in a measured, factual tone');
  }

  let best: CustomerTypeId = 'extreme_critic';
  let total = 0;
  for (const t of Object.keys(score) as CustomerTypeId[]) {
    total += score[t];
    if (score[t] > score[best]) best = t;
  }
  if (score[best] < 1) {
    // Nothing points anywhere: a message without complaint signs comes from a still-satisfied customer; a plain
    // complaint is best met with seed 002's critic approach (listen, check whether it is true, act on it).
    const type: CustomerTypeId = negative ? 'extreme_critic' : 'passionate';
    const reason: Reason = negative
      ? {
          nl: 'Geen duidelijke signalen: behandel als kritische klant (luister, check, los op)',
          en: 'No clear signals: treat as a critic (listen, check, fix)',
        }
      : {
          nl: 'Geen klachtsignalen: waarschijnlijk een tevreden klant',
          en: 'No complaint signs: most likely a satisfied customer',
        };
    return { type, confidence: 0.25, reasons: [reason] };
  }
  const confidence = Math.round(Math.min(0.95, Math.max(0.3, score[best] / (total + 2) + 0.2)) * 100) / 100;
  return { type: best, confidence, reasons: reasons[best] };
}
