/**
 * The live checklist on the agent's draft: the three triad steps of seed 000 (show understanding,
 * say sorry, solve) and the good habits the other seeds add (a concrete time, thanks, the
 * customer's name, a gesture beyond the fix, inviting feedback).
 *
 * Patterns use the notation of ./dont-rules.ts (folded text; a space = any whitespace run;
 * `{w}` = one word; `{S}`/`{E}` = sentence start/end). `name` has no patterns: the checker
 * looks for the customer's own name.
 */
import { z } from 'zod';
import type { ChecklistId } from '../types';
import { isUsablePattern } from './dont-rules';
import { CHECKLIST_IDS } from '../ids';

export { CHECKLIST_IDS };



const textPair = z.object({ nl: z.string().min(1), en: z.string().min(1) });
const patternList = z.array(z.string().min(1).refine(isUsablePattern, { message: 'pattern does not compile, matches the empty string or misuses a space' }));

export const checklistDefSchema = z
  .object({
    id: z.enum(CHECKLIST_IDS),
    source: z.enum(['000', '001', '002', '003', '004']),
    title: textPair,
    /** One line: what to add to the draft. */
    hint: textPair,
    patterns: z.object({ nl: patternList, en: patternList }),
  })
  .refine((def) => def.id === 'name' || (def.patterns.nl.length > 0 && def.patterns.en.length > 0), {
    message: 'every item except name needs patterns in both languages',
  });

export type ChecklistDef = z.infer<typeof checklistDefSchema>;

const r = String.raw;

const rawItems: unknown[] = [
  {
    id: 'understanding',
    source: '000',
    title: { nl: 'Begrip tonen', en: 'Show understanding' },
    hint: {
      nl: 'Erken het gevoel of herformuleer het probleem: "Ik begrijp dat dit vervelend voor u is."',
      en: 'Acknowledge the feeling or restate the problem: "I understand how frustrating this is."',
    },
    patterns: {
      nl: [
        r`(?:ik|wij|we) (?:begrijp|begrijpen|snap|snappen) (?:heel |het heel |echt |goed |volkomen |helemaal )*(?:dat|goed|het|hoe|waarom|uw|je|jouw|wat|dit)(?! niet)`,
        r`(?:ik|wij|we) (?:kan|kunnen) (?:me|mij|ons) (?:heel |goed |echt |best |levendig )*voorstellen`,
        r`(?:heel |zeer |goed )?begrijpelijk`,
        r`wat (?:ontzettend |enorm |echt |ook |heel )?(?:vervelend|naar|rot|lastig|frustrerend|balen|jammer|een gedoe|ergerlijk|onprettig|vervelend voor u)`,
        r`(?:dat|dit|het) is (?:inderdaad |echt |heel |erg |ook |ontzettend |enorm |natuurlijk )*(?:vervelend|frustrerend|balen|niet fijn|naar|ergerlijk|onprettig|teleurstellend|een teleurstelling)`,
        r`(?:ik|wij) zou(?:den)? (?:zelf |er |me |mij )*(?:ook )?(?:boos|kwaad|gefrustreerd|teleurgesteld|geirriteerd|geergerd|van balen)`,
        r`(?:vervelend|naar|rot|vreselijk|balen|frustrerend) om te (?:horen|lezen)`,
        r`terecht dat (?:u|je|jij)`,
        r`als ik (?:het|u|je) goed begrijp`,
        r`(?:ik|wij) (?:hoor|horen|lees|lezen) (?:dat|in uw|hoe|hoeveel)`,
        r`uw (?:frustratie|teleurstelling|ergernis|boosheid|zorg|zorgen|irritatie) (?:is|zijn|begrijp ik)`,
      ],
      en: [
        r`(?:i|we) (?:completely |totally |fully |really |do )?(?:understand|get)(?! (?:nothing|none))(?=\s+(?:how|why|that|what|your|this|the|you)|\s*[.!,])`,
        r`(?:i|we) can (?:only |well |easily |certainly )?(?:imagine|see|understand) (?:how|why|that|what)`,
        r`(?:that|this|it) must (?:be|have been|feel)`,
        r`how (?:very |really |so )?(?:frustrating|annoying|disappointing|upsetting|inconvenient|stressful|awful)`,
        r`(?:that's|that is|this is|it's|it is|thats|its) (?:really |so |very |truly |understandably |completely |definitely )*(?:frustrating|annoying|disappointing|upsetting|inconvenient|not what you expected|not acceptable|unacceptable)`,
        r`(?:i'd|i would|anyone would|we'd) (?:be|feel) (?:just as |equally |very )?(?:frustrated|upset|annoyed|angry|disappointed)`,
        r`understandabl[ey]`,
        r`i hear you`,
        r`(?:that|this|it) sounds (?:really |very |so |incredibly )?(?:frustrating|annoying|disappointing|upsetting|stressful|awful|terrible|like a (?:hassle|nightmare))`,
        r`if i understand (?:you )?correctly`,
        r`you(?:'re| are) (?:absolutely |quite |completely )?right to`,
      ],
    },
  },
  {
    id: 'apology',
    source: '001',
    title: { nl: 'Sorry zeggen', en: 'Say sorry' },
    hint: {
      nl: 'Bied excuses aan namens de organisatie: "Het spijt ons dat dit is misgegaan."',
      en: 'Apologise on behalf of the organisation: "We\'re sorry this went wrong."',
    },
    patterns: {
      nl: [
        r`excuses|excuus|exuses|excusses|exkuses|excusen|excuzes`,
        r`het spijt (?:me|mij|ons)`,
        r`(?:wij|we|ik) (?:verontschuldig|verontschuldigen)\w*`,
        r`sorry|sory`,
      ],
      en: [
        r`sorry|sory`,
        r`(?:i|we) (?:sincerely |truly |really |do )?app?ologi[sz]e`,
        r`(?:my|our|sincere|sincerest) app?ologies`,
        r`app?ologies`,
        r`(?:i|we) (?:deeply |sincerely )?regret`,
      ],
    },
  },
  {
    id: 'solution',
    source: '000',
    title: { nl: 'Oplossen', en: 'Solve' },
    hint: {
      nl: 'Zeg wat u gaat doen, de volgende stap: "Ik zoek het uit en stuur u …"',
      en: 'Say what you will do next: "I will look into it and send you …"',
    },
    patterns: {
      nl: [
        r`(?:ik|wij|we) (?:ga|gaan|zal|zullen|zorg|zorgen|regel|regelen|stuur|sturen|zoek|zoeken|bel|bellen|boek|boeken|vervang|vervangen|herstel|herstellen|verstuur|versturen|crediteer|crediteren|stort|storten|plan|plannen|neem|nemen|los|lossen|pas|passen|controleer|controleren|maak|maken)(?! niet)`,
        r`(?:ik|wij|we) (?:heb|hebben) (?:{w} ){0,5}?(?:geregeld|aangepast|gestuurd|verstuurd|teruggestort|gecrediteerd|doorgezet|ingepland|aangevraagd|opgelost|vervangen|hersteld|geboekt|verwerkt|doorgestuurd|gecorrigeerd|klaargezet|terugbetaald)`,
        r`(?:ik|wij|we) (?:geef|geven|zet|zetten|stuur|sturen) (?:{w} ){0,4}?door`,
        r`(?:ik|wij|we) (?:laat|laten) (?:{w} ){0,5}?(?:versturen|weten|ophalen|vervangen|repareren|terugstorten|nakijken|langskomen|bezorgen)`,
        r`(?:u|je) (?:ontvangt|krijgt)(?! geen)`,
        r`(?:wordt|worden|is|zijn) (?:{w} ){0,3}?(?:verstuurd|teruggestort|opgehaald|vervangen|gerepareerd|hersteld|gecrediteerd|aangepast|geregeld|ingepland|terugbetaald|gecorrigeerd)`,
        r`(?:de )?volgende stap`,
        r`(?:zoek|zoeken) (?:{w} ){0,4}uit`,
      ],
      en: [
        r`(?:i|we)(?:'ll| will| shall)(?! (?:not|never))`,
        r`(?:i|we)(?:'m| am|'re| are) going to`,
        r`(?:i|we)(?:'ve| have) (?:just |already |now )?(?:arranged|sent|issued|refunded|booked|scheduled|escalated|processed|replaced|updated|forwarded|reset|fixed|corrected|credited|reordered|re-sent|resent|cancelled|canceled|asked|requested|raised|logged)`,
        r`let me (?:check|look|find|sort|fix|arrange|get|see)`,
        r`you(?:'ll| will) (?:receive|get|have)`,
        r`(?:has|have) (?:now |just |already )?been (?:sent|refunded|replaced|rebooked|scheduled|credited|corrected|fixed|dispatched|processed|reset)`,
        r`(?:the )?next step`,
      ],
    },
  },
  {
    id: 'time_commitment',
    source: '000',
    title: { nl: 'Concreet tijdstip', en: 'Concrete time' },
    hint: {
      nl: 'Noem wanneer de klant iets hoort: "Ik bel u morgen om 15.00 uur terug, schikt dat?"',
      en: 'Say when they will hear back: "I\'ll call you back tomorrow at 3 pm, does that suit you?"',
    },
    patterns: {
      nl: [
        r`(?:morgen|overmorgen|vanmiddag|vanavond|vanochtend|vandaag nog|vandaag|straks|binnenkort op)`,
        r`(?:voor|uiterlijk|op|voor of op|aanstaande|komende|volgende) (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|week|werkdag)`,
        r`(?:voor|uiterlijk|op) \d{1,2} (?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\w*`,
        r`binnen (?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|tien|24|48) (?:uur|werkdagen|werkdag|dagen|dag|minuten|weken|week)`,
        r`om \d{1,2}(?:[.:]\d{2})?(?:\s?uur|\s?u)?`,
        r`\d{1,2}[.:]\d{2}\s?(?:uur|u)`,
        r`(?:deze|volgende|komende) week`,
        r`(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|middag|avond)?`,
        r`(?:voor|aan) het (?:einde|eind) van (?:de|deze) (?:dag|week|middag)`,
      ],
      en: [
        r`(?:today|tomorrow|tonight|this (?:afternoon|evening|morning|week))`,
        r`(?:by|before|on|next|this coming) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the end of (?:the )?(?:day|week)|end of (?:the )?(?:day|week)|eod|noon)`,
        r`(?:within|in) (?:\d+|one|two|three|four|five|24|48|an|a) (?:hours?|business days?|working days?|days?|minutes?|weeks?)`,
        r`at \d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m|p\.m|o'clock)?`,
        r`\d{1,2}:\d{2}`,
        r`\d{1,2}\s?(?:am|pm)`,
        r`next week`,
        r`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening))?`,
      ],
    },
  },
  {
    id: 'thanks',
    source: '004',
    title: { nl: 'Bedanken', en: 'Say thanks' },
    hint: {
      nl: 'Bedank de klant voor de melding of het geduld: "Dank u wel dat u dit laat weten."',
      en: 'Thank the customer for raising it or for their patience: "Thank you for letting us know."',
    },
    patterns: {
      nl: [
        r`bedankt|bedank(?:en)?`,
        r`dank (?:u|je|jullie)(?: wel)?`,
        r`dankuwel|dankjewel|dankjwel`,
        r`(?:hartelijk|veel|heel veel|vriendelijk) dank`,
        r`dank voor`,
        r`fijn dat (?:u|je) (?:dit|het|ons) (?:{w} ){0,3}?(?:meldt|laat weten|aangeeft|vertelt|meldde|liet weten)`,
        r`(?:ik|wij|we) (?:waardeer|waarderen) (?:het|uw)`,
      ],
      en: [
        r`thank(?:s| you| u)`,
        r`(?:i|we) (?:really |truly |do )?appreciate`,
        r`(?:i'm|i am|we're|we are) (?:very |really )?grateful`,
        r`many thanks`,
      ],
    },
  },
  {
    id: 'name',
    source: '002',
    title: { nl: 'Naam van de klant', en: "Customer's name" },
    hint: {
      nl: 'Spreek de klant aan met zijn naam: "Beste mevrouw Jansen, …"',
      en: 'Address the customer by name: "Dear Ms Jansen, …"',
    },
    patterns: { nl: [], en: [] },
  },
  {
    id: 'beyond',
    source: '004',
    title: { nl: 'Boven verwachting', en: 'Beyond expectations' },
    hint: {
      nl: 'Doe iets extra’s en persoonlijks, niet alleen korting: een telefoontje van de manager, een handgeschreven kaartje.',
      en: 'Do something extra and personal, not only a discount: a call from the manager, a handwritten card.',
    },
    patterns: {
      nl: [
        r`persoonlijk (?:{w} ){0,3}?(?:bellen|bel|langs|langskomen|brengen|bezorgen|contact|afleveren|na)`,
        r`(?:mijn|onze|de|een) (?:{w} )?(?:manager|leidinggevende|teamleider|teamleidster|directeur|bedrijfsleider|filiaalmanager|chef) (?:belt|zal|gaat|neemt|komt|wil)`,
        r`handgeschreven|handgeschreven kaart\w*`,
        r`(?:een )?(?:bloemetje|bos bloemen|bloemen|attentie|attentietje|aardigheidje|presentje|cadeautje|kaartje)`,
        r`gratis (?:upgrade|extra|onderhoud|installatie|bezorging|thuisbezorging|verzending|service|controle|beurt|maand|abonnement)`,
        r`upgrade`,
        r`(?:goedmaker|goedmakertje|verrassing|verrassinkje)`,
        r`extra (?:service|ondersteuning|controle|aandacht|nazorg)`,
        r`(?:met )?voorrang`,
        r`(?:bel|bellen) (?:ik |wij |we )?(?:u |je )?(?:over|na) (?:een|twee|drie|\d+) (?:maand|maanden|weken|week) (?:{w} )?(?:na|terug|op)`,
      ],
      en: [
        r`personally (?:call|phone|visit|deliver|check|follow up|bring|drop)`,
        r`(?:my|our|the|a) (?:{w} )?(?:manager|team lead|team leader|supervisor|director|store manager|head of) (?:will|would like to|is going to|wants to) (?:personally )?(?:call|phone|contact|reach out|visit|write)`,
        r`handwritten`,
        r`(?:flowers|bouquet|small gift|little gift|a gift|a small token|token of|little surprise|small surprise)`,
        r`(?:free|complimentary) (?:upgrade|service|installation|delivery|shipping|month|check|maintenance|extra)`,
        r`upgrade(?:d)? (?:you|your)`,
        r`extra (?:service|support|care|check|attention)`,
        r`priority (?:service|support|handling|delivery)`,
        r`(?:follow up|check in|call you) (?:with you )?(?:in|after) (?:a|one|two|\d+) (?:month|months|weeks)`,
      ],
    },
  },
  {
    id: 'feedback',
    source: '002',
    title: { nl: 'Om feedback vragen', en: 'Invite feedback' },
    hint: {
      nl: 'Vraag wat beter kan: "Wat kunnen wij volgens u verbeteren?"',
      en: 'Ask what could be better: "What could we improve, in your view?"',
    },
    patterns: {
      nl: [
        r`wat (?:kunnen|kan|zouden|moeten) (?:wij|we|ik) (?:{w} ){0,3}?(?:beter|verbeteren|anders)`,
        r`hoe (?:kunnen|kan|zouden) (?:wij|we|ik) (?:{w} ){0,3}?(?:beter|verbeteren)`,
        r`wat (?:wij|we|ik) (?:{w} ){0,3}?(?:beter|anders) (?:kunnen|kan|zouden|moeten)`,
        r`(?:hoor|horen|ontvang|ontvangen) (?:ik |wij |we )?(?:graag|het graag|heel graag) (?:{w} ){0,4}?(?:feedback|mening|suggesties|tips|ideeen|wat|hoe)`,
        r`(?:uw|je|jouw) (?:feedback|mening|suggesties|tips|ideeen) (?:{w} ){0,3}?(?:horen|hoor|ontvangen|welkom|stellen|waarderen)`,
        r`(?:heeft|hebt) (?:u|je) (?:nog )?(?:tips|suggesties|ideeen|verbeterpunten)`,
        r`(?:wat vond|hoe vond|hoe heeft) (?:u|je) (?:{w} ){0,4}?(?:ervaren|van onze|van ons|van de)`,
        r`laat (?:het )?(?:ons|me|mij) (?:gerust |vooral |graag )?weten (?:wat|hoe|of) (?:{w} ){0,5}?(?:beter|verbeteren)`,
      ],
      en: [
        r`what (?:could|can|should) (?:we|i) (?:{w} ){0,3}?(?:better|improve|differently)`,
        r`how (?:could|can) (?:we|i) (?:{w} ){0,3}?(?:better|improve)`,
        r`(?:love|like|glad|happy|keen) to hear (?:your|any|how|what)`,
        r`(?:we|i) (?:welcome|value) (?:your |any )?(?:feedback|suggestions|thoughts|ideas)`,
        r`(?:any|your) (?:suggestions|ideas|tips) (?:on|for|about) (?:how|what)`,
        r`(?:share|send us|tell us) (?:your |any )?(?:feedback|suggestions|thoughts|ideas)`,
        r`how did we do`,
        r`(?:would|'d) (?:really )?(?:appreciate|value|welcome) (?:your|any) (?:feedback|thoughts|suggestions|ideas)`,
        r`let (?:us|me) know (?:how|what|if) (?:{w} ){0,5}?(?:better|improve)`,
      ],
    },
  },
];

/**
 * The checklist items, validated at module load (a bad entry throws on import).
 * @example checklistItems.map((item) => item.id)[0] === 'understanding'
 */
export const checklistItems: ChecklistDef[] = z.array(checklistDefSchema).parse(rawItems);
