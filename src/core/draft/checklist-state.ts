/**
 * Checklist states: done (with the words that did it), missing, or not needed here (with why).
 */
import type { ChecklistId, ChecklistItem, IncomingAnalysis, Reason } from '../types';
import type { Range } from '../text';
import { CHECKLIST_IDS } from '../knowledge/checklist';
import { compiledChecklist } from './compiled';
import { liveHits, sentenceEnd, sentenceStart, type ScanInput } from './matches';
import { findName, findVocative, nameParts } from './name';

const WHY = {
  noName: { nl: 'De naam van de klant is niet bekend.', en: "The customer's name is not known." },
  positiveApology: {
    nl: 'Het bericht van de klant is positief: excuses zijn niet nodig.',
    en: "The customer's message is positive: no apology is needed.",
  },
  questionApology: {
    nl: 'Een gewone vraag zonder klacht: excuses zijn niet nodig.',
    en: 'A plain question without a complaint: no apology is needed.',
  },
  positiveBeyond: {
    nl: 'Het bericht van de klant is positief: een extra gebaar is niet nodig.',
    en: "The customer's message is positive: no extra gesture is needed.",
  },
  questionBeyond: {
    nl: 'Een gewone vraag zonder klacht: een extra gebaar is niet nodig.',
    en: 'A plain question without a complaint: no extra gesture is needed.',
  },
  positiveTime: {
    nl: 'Het bericht van de klant is positief: er valt niets op te lossen, dus geen tijdstip nodig.',
    en: "The customer's message is positive: nothing to solve, so no time is needed.",
  },
  noComplaint: {
    nl: 'Geen klacht: naar verbeterpunten vragen is hier niet nodig.',
    en: 'Not a complaint: asking what to improve is not needed here.',
  },
} satisfies Record<string, Reason>;

/** What kind of message the draft answers; without an analysis, assume a complaint. */
export function incomingKind(incoming: IncomingAnalysis | undefined): 'complaint' | 'positive' | 'question' {
  if (!incoming) return 'complaint';
  if (incoming.sentiment.label === 'positive') return 'positive';
  const calm = incoming.sentiment.label === 'neutral' && incoming.cues.length === 0 && incoming.emotion === 'none';
  return calm ? 'question' : 'complaint';
}

function notNeeded(id: ChecklistId, kind: ReturnType<typeof incomingKind>, hasName: boolean): Reason | undefined {
  switch (id) {
    case 'name':
      return hasName ? undefined : WHY.noName;
    case 'apology':
      return kind === 'positive' ? WHY.positiveApology : kind === 'question' ? WHY.questionApology : undefined;
    case 'beyond':
      return kind === 'positive' ? WHY.positiveBeyond : kind === 'question' ? WHY.questionBeyond : undefined;
    case 'time_commitment':
      return kind === 'positive' ? WHY.positiveTime : undefined;
    case 'feedback':
      return kind === 'complaint' ? undefined : WHY.noComplaint;
    default:
      return undefined;
  }
}

export interface ChecklistInput extends ScanInput {
  draft: string;
  customerName: string | undefined;
  incoming: IncomingAnalysis | undefined;
  /** Ranges that must not count as evidence for an item (e.g. an apology taken back by "maar"). */
  voided: Partial<Record<ChecklistId, readonly Range[]>>;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

function evidenceFor(id: ChecklistId, input: ChecklistInput): Range | undefined {
  if (id === 'name') {
    // The known name first; else a greeting or vocative that plainly addresses someone by name.
    const known = input.customerName ? findName(input.body, input.customerName) : undefined;
    return known ?? findVocative(input.draft, input.body.length);
  }
  const finder = compiledChecklist.get(id)?.[input.scan];
  if (!finder) return undefined;
  const voided = input.voided[id] ?? [];
  // Hits and voided ranges both come in text order: walk them together (linear, not hits x voided).
  let v = 0;
  const accept = (hit: Range) => {
    while (v < voided.length && voided[v]!.end <= hit.start) v++;
    return !(v < voided.length && overlaps(voided[v]!, hit));
  };
  // A link that only points to more information ("Learn more here: …") is reading matter, not a next step.
  const acceptHit =
    id === 'solution'
      ? (hit: Range) => accept(hit) && !isInfoLink(input.body, hit)
      : id === 'time_commitment'
        ? (hit: Range) => accept(hit) && !isNoPromise(input.body, hit)
        : voided.length > 0
          ? accept
          : undefined;
  return liveHits(finder, input, 1, acceptHit)[0];
}

/**
 * Every checklist item in the order of types.ts, with its state for this draft.
 * @example checkItems(input).map((item) => item.state)
 */
export function checkItems(input: ChecklistInput): ChecklistItem[] {
  const kind = incomingKind(input.incoming);
  const hasName = nameParts(input.customerName).length > 0;
  return CHECKLIST_IDS.map((id): ChecklistItem => {
    const found = evidenceFor(id, input);
    if (found) return { id, state: 'done', evidence: { ...found, text: input.draft.slice(found.start, found.end) } };
    const why = notNeeded(id, kind, hasName);
    return why ? { id, state: 'not_needed', why } : { id, state: 'missing' };
  });
}

const INFO_LEAD =
  /(?:learn more|more info(?:rmation)?|find out more|read more|see more|details (?:can be found|are)|guidelines|policy|meer info(?:rmatie)?|lees meer|meer weten|plus d'info(?:rmations?)?|en savoir plus|mehr (?:info(?:rmationen)?|erfahren)|weitere informationen)[^.!?\n]{0,40}$/;

function isInfoLink(body: string, hit: Range): boolean {
  if (!/^(?:https?:\/\/|www\.)/.test(body.slice(hit.start, hit.start + 8))) return false;
  return INFO_LEAD.test(body.slice(Math.max(0, hit.start - 80), hit.start));
}

// A day in a sentence about what happened ("wat de chauffeur maandag deed", "heeft u vandaag een e-mail gestuurd")
// is no promise, nor are opening hours: a time commits only in a sentence that looks ahead, or that does not tell
// of the past at all.
const AHEAD =
  /(?:^|[^a-z])(?:zal|zullen|zult|gaan|ga|gaat|wordt|worden|krijgt|krijg|ontvangt|ontvang|komt|komen|kom|bel|bellen|belt|stuur|sturen|stuurt|hoort|hoor|laat|laten|kunt|kan|gepland|verwacht|voorzien|will|'ll|shall|going to|expect|expected|scheduled|planned|can|should|wird|werden|wirst|erhalten|bekommen|melden|kommt|va|vais|allons|vont|sera|seront|recevrez|recevra|pourrez|prevu|prevue)(?![a-z])/;
const PAST =
  /(?:^|[^a-z])(?:deed|deden|was|waren|had|hadden|gebeurde|gebeurd|werd|kwam|kreeg|kregen|reed|reden|ging|zag|zei|did|was|were|had|happened|came|went|wurde|wurden|war|waren|hatte|hatten|passierte|etait|avait|a ete|ont ete|s'est)(?![a-z])|(?:^|[^a-z])(?:heeft|hebben|heb|hebt|hat|haben|habe)(?: [^\s]+){0,6} ge[a-z]+[dt](?![a-z])|(?:^|[^a-z])(?:has|have) (?:[^\s]+ ){0,3}[a-z]+ed(?![a-z])|(?:^|[^a-z])(?:meldde|meldden|werkte|werkten|stuurde|stuurden|belde|belden|zat|zaten|stond|stonden|vertrok|vertrokken|bleek|leek|moest|moesten|kon|konden|wilde|wilden|liep|gebeurden|afgelopen|vorige|jongstleden|last|letzte[nmrs]?|vergangene[nmrs]?|dernier|derniere)(?![a-z])/;
// Opening hours name days without promising anything: "du lundi au samedi", "van maandag tot vrijdag".
const OPENING_HOURS =
  /(?:du|van|from|von|de) (?:lundi|mardi|maandag|dinsdag|monday|mon|montag)\w* (?:au|tot|t\/m|to|through|till|until|bis|a) (?:\w+)/;

// A wish names a time without promising anything: "eetsmakelijk vanavond", "have a great day today", "schönen Abend".
const WISH =
  /(?:^|[^a-z])(?:eetsmakelijk|smakelijk|fijne|prettige|geniet|enjoy|have a (?:nice|great|good|lovely)|schonen|schones|viel spass|bon appetit|bonne (?:soiree|journee|fin))(?![a-z])/;

// Clauses of one sentence can differ: "Wir haben heute … geschickt, und ich rufe Sie morgen an" promises in its second.
const CLAUSE_BREAK = /[,;:]|\s(?:en|und|and|et|maar|but|aber|mais|dan|then|dann|puis)\s/g;

function isNoPromise(body: string, hit: Range): boolean {
  const from = sentenceStart(body, hit.start);
  const sentence = body.slice(from, sentenceEnd(body, hit.end));
  if (OPENING_HOURS.test(sentence)) return true;
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= hit.start - from) start = m.index + m[0].length;
    else if (m.index >= hit.end - from) {
      end = m.index;
      break;
    }
  }
  const clause = sentence.slice(start, end);
  return WISH.test(clause) || (!AHEAD.test(clause) && PAST.test(clause));
}
