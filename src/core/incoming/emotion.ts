/**
 * The customer's dominant emotion: anger, frustration (it happens again), disappointment (expected better) or
 * worry (afraid of what comes next). Own word lists in nl/en with a light fr/de set, on folded text.
 */
import type { Emotion, Span } from '../types';
import type { LexLang } from './lexicon';
import type { SentimentDetail } from './sentiment';

type Felt = Exclude<Emotion, 'none'>;
interface Rule {
  re: RegExp;
  weight: number;
}

const r = (src: string, weight: number): Rule => ({ re: new RegExp(src, 'g'), weight });
const NUM = String.raw`(?:\d+|twee|drie|vier|vijf|tien|two|three|four|five|ten|several|meerdere)`;

const RULES: Record<LexLang, Record<Felt, Rule[]>> = {
  nl: {
    anger: [
      r(String.raw`\b(?:boos|woedend|woest|kwaad|razend|ziedend|pisnijdig|witheet|des duivels|laaiend)\b`, 3),
      r(
        String.raw`\b(?:schandalig|schande|belachelijk|bespottelijk|onacceptabel|onaanvaardbaar|waardeloos|bagger|klote|kut|kanker|tering|godverdomme|verdomme|oplichters?|oplichting|zooitje|prutsers|idioten|incompetent|onbeschoft|brutaal)\b`,
        2,
      ),
      r(String.raw`\b(?:ik pik het niet|dit pik ik niet|dit kan echt niet|dit slaat nergens op|genoeg is genoeg)\b`, 2.5),
    ],
    frustration: [
      r(
        String.raw`\b(?:alweer|weer eens|wederom|telkens|steeds weer|keer op keer|nog steeds|nog altijd|hoe vaak nog|hoe vaak moet)\b`,
        1.5,
      ),
      r(String.raw`\bvoor de (?:tweede|derde|vierde|vijfde|zoveelste|\d+e) keer\b|\b(?:al|nu al) ${NUM} keer\b`, 2),
      r(
        String.raw`\b(?:gefrustreerd|frustrerend|frustratie|ben het zat|spuugzat|kotsbeu|het beu|ben er klaar mee|zat van|geen zin meer|hoe moeilijk kan het zijn|van het kastje naar de muur|irritant|ergerlijk|ergernis|geergerd)\b`,
        2.5,
      ),
      r(String.raw`\bweer (?:niet|geen|kapot|stuk|mis|fout|te laat)\b`, 1.5),
    ],
    disappointment: [
      r(
        String.raw`\b(?:teleurgesteld|teleurstellend|teleurstelling|had (?:\w+ )?(?:meer|beter|anders) verwacht|niet wat ik (?:had )?verwacht(?:te)?|balen|baal|zonde|spijtig|jammer)\b`,
        2.5,
      ),
      r(String.raw`\b(?:helaas|tegenvallen|valt tegen|viel tegen|tegengevallen|had gehoopt)\b`, 1),
    ],
    worry: [
      r(
        String.raw`\b(?:ongerust|ongerustheid|bang|angstig|nerveus|paniek|in paniek|onzeker|ik maak me (?:\w+ )?zorgen|maak me (?:\w+ )?zorgen|zorgen over|bezorgd over|ben (?:\w+ )?bezorgd|wat als|wat gebeurt er als|spannend|slapeloze)\b`,
        2.5,
      ),
      r(String.raw`\b(?:hopelijk|ik hoop (?:echt )?(?:dat|niet))\b`, 0.6),
    ],
  },
  en: {
    anger: [
      r(String.raw`\b(?:angry|furious|livid|outraged|fuming|enraged|mad as hell|seething|pissed off|pissed)\b`, 3),
      r(
        String.raw`\b(?:ridiculous|disgrace|disgraceful|unacceptable|outrageous|appalling|disgusting|pathetic|useless|scam|scammers|crooks|rubbish|joke|shambles|incompetent|idiots|bullshit|shit|crap|fuck\w*|damn)\b`,
        2,
      ),
      r(String.raw`\b(?:this is not on|enough is enough|i will not accept|how dare you)\b`, 2.5),
    ],
    frustration: [
      r(
        String.raw`\b(?:still (?:not|no|nothing|haven't|hasn't|waiting|broken|missing)|once again|yet again|keep having to|keeps happening|over and over|every single time|every time|how many times)\b`,
        1.5,
      ),
      r(String.raw`\b(?:again|still)\b`, 0.8),
      r(
        String.raw`\b(?:for|this is) (?:the|my) (?:second|third|fourth|fifth|umpteenth|nth|\d+(?:st|nd|rd|th)) time\b|\b${NUM} times\b`,
        2,
      ),
      r(
        String.raw`\b(?:frustrated|frustrating|frustration|fed up|sick and tired|tired of|had enough|annoyed|annoying|exasperated|runaround|pillar to post)\b`,
        2.5,
      ),
    ],
    disappointment: [
      r(
        String.raw`\b(?:disappointed|disappointing|disappointment|let down|letdown|expected (?:\w+ )?(?:better|more)|not what i expected|gutted|underwhelmed|a shame|a pity|such a shame|shame)\b`,
        2.5,
      ),
      r(String.raw`\b(?:sadly|unfortunately|had hoped)\b`, 1),
    ],
    worry: [
      r(
        String.raw`\b(?:worried|worrying|anxious|anxiety|concerned|concern|scared|afraid|nervous|panic|panicking|uneasy|fear|what if|what happens if|stressed|stressful|sleepless)\b`,
        2.5,
      ),
      r(String.raw`\b(?:hopefully|i hope (?:that|it|this|you|not))\b`, 0.6),
    ],
  },
  fr: {
    anger: [r(String.raw`\b(?:furieux|furieuse|en colere|scandaleux|inadmissible|inacceptable|honteux|honte|nul)\b`, 2.5)],
    frustration: [
      r(String.raw`\b(?:encore une fois|toujours pas|encore|a nouveau|de nouveau|marre|agace|frustre|frustrant)\b`, 1.5),
    ],
    disappointment: [r(String.raw`\b(?:decu|decue|decevant|deception|dommage)\b`, 2.5)],
    worry: [r(String.raw`\b(?:inquiet|inquiete|inquietude|peur|angoisse|soucieux)\b`, 2.5)],
  },
  de: {
    anger: [r(String.raw`\b(?:wutend|sauer|emport|unverschamt|frechheit|skandal|skandalos|inakzeptabel|lacherlich)\b`, 2.5)],
    frustration: [r(String.raw`\b(?:schon wieder|immer noch|wieder|erneut|genervt|frustriert|frustrierend|reicht mir)\b`, 1.5)],
    disappointment: [r(String.raw`\b(?:enttauscht|enttauschend|enttauschung|schade)\b`, 2.5)],
    worry: [r(String.raw`\b(?:besorgt|sorgen|angst|beunruhigt|nervos)\b`, 2.5)],
  },
};

const EMOJI_FEEL: Record<string, Felt> = {
  '😡': 'anger',
  '🤬': 'anger',
  '😠': 'anger',
  '👿': 'anger',
  '💢': 'anger',
  '😤': 'frustration',
  '🙄': 'frustration',
  '😩': 'frustration',
  '😫': 'frustration',
  '🤦': 'frustration',
  '😒': 'frustration',
  '😞': 'disappointment',
  '😢': 'disappointment',
  '😔': 'disappointment',
  '☹': 'disappointment',
  '🙁': 'disappointment',
  '😭': 'disappointment',
  '😟': 'worry',
  '😰': 'worry',
  '😨': 'worry',
  '😥': 'worry',
  '😱': 'worry',
};

const MAX_EVIDENCE = 12;

export interface EmotionResult {
  emotion: Emotion;
  evidence: Span[];
  scores: Record<Felt, number>;
}

/**
 * Pick the strongest emotion with the words that show it; 'none' when no emotion is shown.
 * @example detectEmotion('Ik ben echt teleurgesteld.', fold(…), body, 'nl', sentiment).emotion // 'disappointment'
 */
export function detectEmotion(
  text: string,
  folded: string,
  body: { start: number; end: number },
  lang: LexLang,
  sentiment: SentimentDetail,
): EmotionResult {
  const bodyFolded = folded.slice(body.start, body.end);
  const scores: Record<Felt, number> = { anger: 0, frustration: 0, disappointment: 0, worry: 0 };
  const spans: Record<Felt, Span[]> = { anger: [], frustration: [], disappointment: [], worry: [] };
  const add = (felt: Felt, start: number, end: number, weight: number) => {
    scores[felt] += weight;
    if (spans[felt].some((x) => x.start < end && start < x.end)) return; // one span per place
    if (spans[felt].length < MAX_EVIDENCE) spans[felt].push({ start, end, text: text.slice(start, end) });
  };
  const table = RULES[lang];
  for (const felt of Object.keys(table) as Felt[]) {
    for (const rule of table[felt]) {
      rule.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      let n = 0;
      while ((m = rule.re.exec(bodyFolded)) !== null && n < 50) {
        n++;
        add(felt, body.start + m.index, body.start + m.index + m[0].length, rule.weight);
      }
    }
  }
  // Shouting and exasperated punctuation lean towards anger / frustration.
  let shoutScore = 0;
  for (const h of sentiment.shouting) {
    if (h.weight >= 0 || shoutScore >= 3) continue;
    const w = Math.min(2, -h.weight);
    shoutScore += w;
    add('anger', h.start, h.end, w);
  }
  for (const h of sentiment.evidence) {
    if (h.source === 'emoji') {
      const felt = EMOJI_FEEL[h.text];
      if (felt) add(felt, h.start, h.end, 2.5);
    } else if (h.source === 'punctuation' && h.weight < 0) add(h.text.length >= 3 ? 'anger' : 'frustration', h.start, h.end, 0.7);
  }
  // Disappointment needs a negative message: "jammer dat jullie stoppen" in praise is still regret, but "geen zorgen" is not worry.
  if (sentiment.label === 'positive') {
    scores.worry *= 0.5;
    scores.frustration *= 0.5;
  }
  let best: Felt | null = null;
  for (const felt of ['anger', 'frustration', 'disappointment', 'worry'] as Felt[]) {
    if (scores[felt] >= 1.5 && (best === null || scores[felt] > scores[best])) best = felt;
  }
  if (best === null) return { emotion: 'none', evidence: [], scores };
  return { emotion: best, evidence: spans[best].sort((a, b) => a.start - b.start), scores };
}
