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
import { isUsablePattern } from './rule-notation';
import { CHECKLIST_IDS } from '../ids';

export { CHECKLIST_IDS };

const textPair = z.object({ nl: z.string().min(1), en: z.string().min(1) });
const patternList = z.array(
  z.string().min(1).refine(isUsablePattern, { message: 'pattern does not compile, matches the empty string or misuses a space' }),
);

export const checklistDefSchema = z
  .object({
    id: z.enum(CHECKLIST_IDS),
    source: z.enum(['000', '001', '002', '003', '004']),
    title: textPair,
    /** One line: what to add to the draft. */
    hint: textPair,
    /** fr/de are optional: an item without them is never ticked in a French or German draft. */
    patterns: z.object({ nl: patternList, en: patternList, fr: patternList.optional(), de: patternList.optional() }),
  })
  .refine((def) => def.id === 'name' || (def.patterns.nl.length > 0 && def.patterns.en.length > 0), {
    message: 'every item except name needs patterns in both languages',
  });

export type ChecklistDef = z.infer<typeof checklistDefSchema>;

const r = String.raw;

// A concrete channel is a next step in any language: a link, an address to write to, a number to call, a DM.
const CHANNELS = [
  r`https?://[^\s]+`,
  r`www\.[^\s]+\.[a-z]{2,}`,
  r`\[email\]|[a-z0-9._-]+@[a-z0-9-]+\.[a-z]{2,}`,
  r`(?:\+|00)\d{2}[\d ()-]{7,16}\d|0\d{2,3}[ -]?\d{3}[ -]?\d{2,4}|0800[ -]?\d{4}`,
  r`dm|dms|pm|pb|(?:direct|private|prive) (?:message|bericht)|privebericht|inbox`,
];

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
        r`(?:vindt|vinden|vind) het (?:{w} )?(?:erg |heel |ontzettend |extreem |echt |enorm )?(?:vervelend|naar|rot) dat`,
        r`(?:mag|kan) (?:het )?(?:echt )?niet (?:zo )?zijn dat`,
        r`(?:begrijpelijk|heel begrijpelijk|logisch) dat (?:u|je)`,
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
        r`(?:daar|hier) (?:heb|hebben) (?:ik|wij|we) (?:natuurlijk |alle |volledig |veel )*begrip voor`,
        r`(?:alle |veel |volledig )?begrip voor (?:uw|je|jouw|de|deze|die)`,
        r`(?:we|wij|ik) (?:nemen|neem) (?:dit|uw klacht|het|je klacht|uw melding) (?:{w} )?(?:heel |zeer |erg )?serieus`,
        r`(?:dat|dit|het) (?:is|klinkt) (?:echt |wel |heel |erg )?(?:supervervelend|erg laat|niet oke|niet ok|niet de bedoeling|niet hoe het hoort|niet zoals het hoort)`,
        r`(?:kan|kun) (?:ik|wij|we) (?:me|ons) (?:goed |heel goed )?(?:indenken|inbeelden)`,
        r`uw (?:frustratie|teleurstelling|ergernis|boosheid|zorg|zorgen|irritatie) (?:is|zijn|begrijp ik)`,
        // The customer's situation named for what it was to them: "vervelend voor u", "een onaangename ervaring", "we
        // beseffen dat", "dat mag eigenlijk niet gebeuren", "dit gaat inderdaad niet goed", "u heeft gelijk".
        r`(?:vervelend|vervelende|onaangenaam|onaangename|frustrerend|frustrerende|pittig|pittige|nare|lastig|lastige|teleurstellend) (?:{w} ){0,3}voor (?:u|jou|je|onze (?:klanten|reizigers|passagiers|gasten|klant|reiziger))`,
        r`(?:een|de|deze|die|zo'n) (?:{w} )?(?:vervelende|onaangename|nare|frustrerende|pittige|teleurstellende) (?:ervaring|situatie|tijd|weken|dagen|periode|reis)`,
        r`(?:we|wij|ik) (?:beseffen|besef|realiseren|realiseer) (?:ons |me |mij )?(?:{w} ){0,2}?(?:dat|hoe|dit)`,
        r`(?:mag|hoort) (?:natuurlijk |uiteraard |eigenlijk |echt |ook )*niet (?:te )?(?:gebeuren|zo te gaan)`,
        r`(?:het|dit|dat) (?:gaat|ging|is) (?:inderdaad |echt |helemaal |natuurlijk )*niet (?:goed )?(?:gegaan|goed)`,
        r`(?:u|je|jij) (?:heeft|hebt|had) (?:{w} )?gelijk`,
        // More of the everyday forms (not "jammer dat u …", a regret like "sorry to hear"): "Balen dat je zo lang moest wachten", "Vervelend dat de app …", "Wat ontzettend zuur",
        // "Dit is natuurlijk niet leuk", "Sterkte met …", "zou niet het geval moeten zijn".
        r`(?:balen|zuur|rot|vervelend|sneu|frustrerend) (?:dat|van) (?:je|u|jij|jullie|het|de|uw|jouw)(?![a-z])`,
        r`wat (?:ontzettend |enorm |echt |ook |heel |super )?(?:zuur|sneu|pech|zonde)(?![a-z])`,
        r`(?:dit|dat|het) is (?:natuurlijk |echt |ook |inderdaad |wel )?(?:niet leuk|geen pretje|zuur|jammer|zonde|sneu)(?![a-z])`,
        r`(?:veel )?sterkte (?:met|gewenst|toegewenst|voor)(?![a-z])`,
        r`zou (?:natuurlijk |eigenlijk |ook )?niet (?:het geval )?moeten (?:zijn|gebeuren|gaan)(?![a-z])`,
      ],
      en: [
        r`(?:we|i) understand where you(?:'re| are) coming from`,
        r`(?:such|so|a) (?:frustrating|disappointing|upsetting|stressful) (?:experience|situation|time)`,
        r`(?:i|we) (?:completely |totally |fully |really |do )?(?:understand|get)(?! (?:nothing|none))(?=\s+(?:how|why|that|what|your|this|the|you)|\s*[.!,])`,
        // "I can see that" reports a record ("I can see that the line is working"); seeing how or why is empathy.
        r`(?:i|we) can (?:only |well |easily |certainly )?(?:imagine|understand) (?:how|why|that|what)`,
        r`(?:i|we) can (?:only |well |easily |certainly )?see (?:how|why)`,
        r`(?:that|this|it) must (?:be|have been|feel)`,
        r`how (?:very |really |so )?(?:frustrating|annoying|disappointing|upsetting|inconvenient|stressful|awful)`,
        r`(?:that's|that is|this is|it's|it is|thats|its) (?:really |so |very |truly |understandably |completely |definitely )*(?:frustrating|annoying|disappointing|upsetting|inconvenient|not what you expected|not acceptable|unacceptable)`,
        r`(?:i'd|i would|anyone would|we'd) (?:be|feel) (?:just as |equally |very )?(?:frustrated|upset|annoyed|angry|disappointed)`,
        r`understandabl[ey]`,
        r`i hear you`,
        r`(?:that|this|it) (?:{w} )?sounds (?:really |very |so |incredibly )?(?:frustrating|annoying|disappointing|upsetting|stressful|awful|terrible|like a (?:hassle|nightmare))`,
        r`if i understand (?:you )?correctly`,
        r`you(?:'re| are) (?:absolutely |quite |completely )?right to`,
        r`(?:i|we) understand (?:{w} ){0,3}(?:could|can|must|would) be`,
        r`(?:i|we) (?:can )?(?:totally |completely |fully )?(?:see|get|understand) (?:why|how|your (?:frustration|concern|point))`,
        r`(?:i|we) (?:can )?(?:connect|relate) to`,
        r`you seem (?:upset|frustrated|annoyed|disappointed)`,
        r`(?:a|an|the|this|that|your) (?:{w} )?(?:frustrating|stressful|upsetting|disappointing|unpleasant|inconvenient|difficult|awful|terrible) (?:experience|situation|time|wait|journey|delay)`,
        r`you(?:'re| are) (?:absolutely |quite |completely |totally )?right(?! to)`,
        r`(?:is|are) (?:so |really |very )?important(?: to you)?,? and (?:we're|we are)`,
        r`(?:that|this) (?:is|'s|isn't|is not) (?:not )?(?:the experience|what) (?:we|you) (?:aim|want|expect|strive|deserve)`,
        // "I appreciate it's after 15:30 now", "We recognise this should have been resolved sooner", "I know this may not meet
        // your needs", "this shouldn't have happened".
        r`(?:i|we) (?:do |fully |truly |really )?(?:appreciate (?:that (?:this|it|the|waiting)|it'?s|how|this (?:is|has|was|must|may|should)|the (?:frustration|inconvenience|impact|disruption))|(?:realise|realize|recognise|recognize) (?:that|it'?s|how|this (?:is|has|was|must|may|should)|what|the (?:frustration|inconvenience|impact|disruption)))`,
        r`(?:i|we) know (?:that )?(?:this|that|it|how|the|waiting|you)(?: {w}){0,6}? (?:may|might|can|could|must|is|isn't|has been|was|have been|are)(?![a-z])`,
        r`should(?:n't| not) have (?:happened|been the case|taken (?:so|this) long)`,
      ],
      fr: [
        r`(?:tres |particulierement )?sensibles? (?:a|au|aux) (?:votre|ce|cette|vos)`,
        r`(?:une )?(?:situation|experience) (?:{w} )?(?:frustrante|desagreable|penible|decevante)`,
        r`(?:je|nous) (?:comprends|comprenons) (?:{w} ){0,3}?(?:votre|vos|que|bien|parfaitement|tout a fait|la|ce)`,
        r`(?:je|nous) (?:peux|pouvons|peut) (?:bien |tout a fait |aisement )?(?:imaginer|comprendre)`,
        r`(?:c'est|cela est|ce n'est) (?:vraiment |tres |bien )?(?:frustrant|agacant|desagreable|penible|decevant|pas acceptable|inacceptable)`,
        r`(?:votre|ta) (?:frustration|deception|mecontentement|colere|inquietude)`,
        r`nous (?:prenons|prenons tres) (?:{w} ){0,2}au serieux`,
        r`(?:vous avez|tu as) (?:tout a fait |bien |entierement |parfaitement )?raison`,
        r`(?:experience|situation|attente|attentes) (?:{w} )?(?:desagreable|penible|frustrante|decevante|longue)`,
        r`n'aurai(?:t|ent) (?:jamais |pas )du (?:se produire|arriver|avoir lieu|etre le cas)`,
      ],
      de: [
        r`(?:ist|sind|war) (?:{w} )?(?:absolut |vollig |vollkommen |total |sehr |durchaus |selbstverstandlich |naturlich |gut )*(?:nachvollziehbar|verstandlich)`,
        r`(?:das|es) (?:ist|war) (?:selbstverstandlich |wirklich |sehr |naturlich |absolut |total )+(?:argerlich|frustrierend|enttauschend|unangenehm)`,
        r`(?:ihr|ihre|ihren|dein|deine|deinen) (?:arger|frust|frustration|enttauschung|unmut)`,
        r`(?:ich|wir) (?:verstehe|verstehen),? (?:{w} ){0,2}?(?:wie|warum|dass)`,
        r`dass (?:sie|du) (?:sich|dich) (?:{w} ){0,4}?(?:enttauscht|im stich gelassen|missverstanden|unsicher|allein gelassen|verargert|geargert) (?:fuhlen|fuhlst|gefuhlt)`,
        r`(?:eine )?(?:so )?(?:enttauschende|frustrierende|argerliche|unangenehme) erfahrung`,
        r`(?:ich|wir) (?:kann|konnen) (?:{w} ){0,3}?(?:verstehen|nachvollziehen|vorstellen)`,
        r`(?:ich|wir) (?:verstehe|verstehen) (?:{w} ){0,2}?(?:ihren|ihre|deinen|deine|dass|den|das|gut|vollkommen|vollig)`,
        r`(?:das|es) (?:ist|war) (?:wirklich |sehr |naturlich |absolut )*(?:argerlich|frustrierend|enttauschend|unangenehm|nicht in ordnung|nicht schon)`,
        r`(?:ihren|ihre|deinen|deine) (?:frust|frustration|arger|enttauschung|unmut|sorge|sorgen)`,
        r`(?:argerlich|argerlichen|argerliche|unangenehmen|schlechten|schlechte|negative|negativen|enttauschenden|frustrierenden) (?:erfahrung|situation|erlebnis|erlebnisse)`,
        r`(?:sie|du) (?:haben|hast) (?:vollkommen |vollig |absolut |naturlich |ganz )?recht`,
        r`(?:erwarten|durfen|konnen) (?:sie|du) (?:{w} )?zu recht|aus ihrer sicht|allein gelassen`,
        r`darf (?:und muss )?(?:so )?nicht sein|hatte (?:so )?nicht passieren (?:durfen|sollen)`,
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
        r`verontschuldigen`,
        r`sorry|sory`,
        r`(?:wij|we|ik) (?:betreuren|betreur) (?:het|dat|wat|dit|uw|je|de|ten zeerste|zeer)`,
        r`(?:dat|dit|het) (?:valt|is) (?:ten zeerste |zeer |erg )?te betreuren`,
        r`(?:vinden|vind) (?:wij|we|ik) (?:het )?(?:heel |erg |echt |ontzettend |uiteraard |natuurlijk )*(?:jammer|niet fijn|vervelend)`,
        r`(?:heel |erg |echt )?jammer (?:om te (?:horen|lezen)|te (?:horen|lezen)|dat (?:u|je|jij|dit|het))`,
        r`{S}(?:dat|het) spijt (?:ons|me|mij)`,
      ],
      en: [
        r`sorry|sory`,
        r`(?:i|we) (?:sincerely |truly |really |do )?app?ologi[sz]e`,
        r`(?:my|our|sincere|sincerest) app?ologies`,
        r`app?ologies`,
        r`(?:i|we) (?:deeply |sincerely )?regret`,
      ],
      fr: [
        r`(?:nous sommes |je suis )?(?:vraiment |sincerement |tres )?desole(?:e|s|es)?`,
        r`(?:nous nous |je m')excus(?:ons|e)|(?:toutes )?(?:nos|mes) (?:sinceres )?excuses|veuillez nous excuser|pardon`,
        r`(?:nous|je) (?:regrettons|regrette)`,
      ],
      de: [
        r`(?:es )?tut (?:uns|mir) (?:{w} ){0,2}?leid`,
        r`entschuldig\w*`,
        r`(?:wir|ich) (?:bedauern|bedauere)|bedauerlicherweise|mit bedauern`,
        r`sorry|verzeihung`,
      ],
    },
  },
  {
    id: 'solution',
    source: '000',
    title: { nl: 'Oplossen', en: 'Solve' },
    hint: {
      nl: 'Zeg wat je gaat doen, de volgende stap: "Ik zoek het uit en stuur u …"',
      en: 'Say what you will do next: "I will look into it and send you …"',
    },
    patterns: {
      nl: [
        r`(?:is|wordt|zal|zijn|worden) (?!(?:{w} ){0,4}?(?:niet|geen|nog steeds|nooit)(?![a-z]))(?:{w} ){0,4}?(?:opgelost|verholpen|gefixt)(?![a-z?])`,
        r`gaat (?:{w} ){0,3}?mee (?:in|met) (?:de|onze|het) (?:{w} )?(?:update|release|livegang|versie)`,
        r`(?:versie|release|update) \d[\d.]* (?:{w} ){0,2}?(?:live gezet|uitgebracht|beschikbaar|gereleased)`,
        r`(?:kan|kun|kunt|zou|wil|wilt) (?:je|u|jij) (?:{w} ){0,4}?(?:laten zien|controleren|proberen|instellen|nakijken|installeren|updaten|bijwerken)`,
        r`(?:compenseren|vergoeden|betalen|crediteren|storten|sturen|boeken|regelen|vervangen|herstellen) (?:we|wij|ik) (?:{w} ){0,5}?(?:met|terug|bij|door|alsnog|een|de|het|u|je|jullie|alle)`,
        r`er (?:is|zijn|wordt|worden) (?:{w} ){0,4}?(?:gestuurd|geregeld|geboekt|ingepland|besteld|verstuurd|vrijgemaakt|ingezet)`,
        r`(?:ik|wij|we) (?:heb|hebben) (?:{w} ){0,4}?(?:verholpen|gerepareerd|opgelost)`,
        r`(?:gaan|zullen|zal|ga) (?:we|wij|ik) (?:{w} ){0,4}?(?:bezoeken|contacteren|bellen|mailen|vervangen|herstellen|repareren|vergoeden|compenseren|terugbetalen|langs)`,
        // Not a promise when a negation follows within a few words: "wij zullen uw melding niet verder in behandeling nemen".
        r`(?:ik|wij|we) (?:ga|gaan|zal|zullen|zorg|zorgen|regel|regelen|stuur|sturen|zoek|zoeken|bel|bellen|boek|boeken|vervang|vervangen|herstel|herstellen|verstuur|versturen|crediteer|crediteren|stort|storten|plan|plannen|neem|nemen|los|lossen|pas|passen|controleer|controleren|maak|maken)(?! niet| (?:{w} ){0,3}?(?:niet|geen|nooit)(?![a-z])| (?:uw|je|jouw|de|die|deze) (?:feedback|opmerking|opmerkingen|reactie|review|suggestie)\w*| (?:{w} ){0,4}?(?:proberen|ons best|mijn best|goed maken|verbeteren|meenemen|mee in|mee bij|evalueren|er alles aan doen|ervoor zorgen dat (?:dit|dat|het|zoiets))(?![a-z])| gebruik van)`,
        r`(?:ik|wij|we) (?:heb|hebben) (?:{w} ){0,5}?(?:geregeld|aangepast|gestuurd|verstuurd|teruggestort|gecrediteerd|doorgezet|ingepland|aangevraagd|opgelost|vervangen|hersteld|geboekt|verwerkt|doorgestuurd|gecorrigeerd|klaargezet|terugbetaald)`,
        r`(?:ik|wij|we) (?:geef|geven|zet|zetten|stuur|sturen) (?:{w} ){0,4}?door`,
        r`(?:ik|wij|we) (?:laat|laten) (?:{w} ){0,5}?(?:versturen|weten|ophalen|vervangen|repareren|terugstorten|nakijken|langskomen|bezorgen)`,
        r`(?:u|je) (?:ontvangt|krijgt)(?! geen)`,
        r`(?:wordt|worden|is|zijn) (?:{w} ){0,3}?(?:verstuurd|teruggestort|opgehaald|vervangen|gerepareerd|hersteld|gecrediteerd|aangepast|geregeld|ingepland|terugbetaald|gecorrigeerd)`,
        r`(?:de )?volgende stap`,
        r`(?:zoek|zoeken) (?:{w} ){0,4}uit`,
        ...CHANNELS,
        r`wat (?:ik|wij|we) (?:wel|nog) (?:voor (?:u|je|jou) )?(?:kan|kunnen) doen`,
        r`(?:stuur|mail|bel|app) (?:ons|me|mij) (?:gerust |even |een |je |uw |jouw )`,
        r`(?:neem|neemt) (?:u |je )?(?:gerust |even |dan |vooral )*contact (?:met (?:ons|mij|me)|op)`,
        r`(?:kunt|kan|kun) (?:u|je) (?:ons |mij |me )?(?:gerust |altijd |ook |daarvoor |hiervoor )*(?:bellen|mailen|contacteren|een (?:e-?mail|bericht|dm|pb) sturen|terecht (?:op|bij|via))`,
        r`(?:een|onze) (?:collega|medewerker|monteur|adviseur|specialist)(?: {w}){0,4} (?:neemt|belt|contacteert|heeft|komt|stuurt|mailt|zal|gaat)`,
        r`(?:heeft|heb|hebben) (?:u|je|jou) (?:{w} ){0,3}?(?:gemaild|gebeld|gecontacteerd|een (?:e-?mail|bericht|mail) gestuurd)`,
        r`(?:is|zijn|werd|wordt) (?:nu |inmiddels |intussen |ondertussen |vandaag |volledig |alsnog |weer |opnieuw )*(?:opgelost|geopend|geactiveerd|gedeblokkeerd|gedeactiveerd|teruggestort|verwerkt|behandeld|afgesloten|in orde|hersteld|verholpen|aangepast|doorgestuurd|doorgegeven)`,
        r`(?:probeer|probeert|controleer|check) (?:u |je )?(?:het |eens |even |dan |gerust |ook )*`,
        r`(?:via|op) (?:de |onze |deze |het )?(?:app|website|site|link|chat|klantenservice|mijn [a-z]+)`,
        r`(?:we|wij|ik) (?:heb|hebben) (?:{w} ){0,3}?(?:contact (?:op)?genomen|een procesmanager|gezet|gevraagd|doorgegeven|ingediend|gemeld)`,
        r`(?:we|wij) (?:blijven|werken) (?:{w} ){0,4}?(?:aan|eraan) (?:{w} )?(?:werken|een oplossing|te verbeteren)`,
        // The case itself named between verb and participle: "is uw aanvraag volledig behandeld", "heeft een medewerker u gecontacteerd".
        r`(?:is|zijn|werd|wordt) (?:uw|je|jouw|de) (?:{w} ){1,3}?(?:opgelost|geopend|geactiveerd|gedeblokkeerd|teruggestort|verwerkt|behandeld|afgesloten|hersteld|verholpen|aangepast|gereinigd|vervangen|terugbetaald)`,
        r`(?:heeft|hebben) (?:{w} ){1,3}?(?:u|je|jou) (?:{w} ){0,2}?(?:gecontacteerd|gebeld|gemaild|teruggebeld)`,
        r`(?:collega|medewerker|afdeling|team) (?:is|zijn) (?:{w} ){0,3}?aan het [a-z]+en`,
        r`(?:we|wij|ik) (?:heb|hebben) (?:{w} ){0,4}?(?:gereinigd|opgeruimd|gerepareerd|teruggestort|gecompenseerd|vergoed|uitgezocht|nagekeken|gecontroleerd)`,
        // A question that asks the customer for what is needed to go on: "kun je ons je ordernummer sturen?".
        r`(?:kun|kunt|kan|wil|wilt) (?:je|u|jij) (?:ons |me |mij )?(?:{w} ){0,3}?(?:doorgeven|sturen|doorsturen|laten weten|vertellen|delen|mailen|aangeven)`,
        // What the customer must or can do next, in their words: "u moet 1200 bellen", "drukt u nogmaals op OK",
        // "je kunt het beste omreizen via Eindhoven".
        r`(?:u moet|je moet|moet u|moet je|u dient|dient u) (?:{w} ){0,4}?(?:bellen|mailen|contact opnemen|langsgaan|langs|aanvragen|invullen|indienen|downloaden|installeren|updaten|inloggen|terecht)`,
        r`(?:drukt|klikt|kiest|selecteert|tikt|typt|vult) (?:u|je) (?:{w} )?(?:op|in|de|het|een|uw|je|nogmaals|dan)`,
        r`het beste (?:{w} ){0,2}?(?:omreizen|bellen|mailen|contact|via|naar|even)`,
        // Offering help or the next contact, and what the company has done in the case: "helpen wij je graag telefonisch
        // verder", "Zal ik u de link sturen?", "Mail me gerust!", "we zijn met de filiaalhouder in gesprek", "de bezorger is
        // aangesproken", "hebben we het bedrag terug betaald", "je kunt het bij een ander laten bezorgen".
        r`(?:helpen|help) (?:we|wij|ik) (?:je|u|jou) (?:{w} ){0,3}?verder|(?:we|wij|ik) (?:helpen|help) (?:je|u|jou) (?:{w} ){0,3}?verder`,
        r`(?:zal|zullen|kan|kunnen|mag|mogen) (?:ik|we|wij) (?:je|u|jou) (?!(?:{w} ){0,5}?(?:niet|geen)(?![a-z]))(?:{w} ){0,5}?(?:sturen|toesturen|opsturen|bellen|terugbellen|mailen|helpen|doorverbinden)(?![a-z])`,
        r`(?:stuur|mail|bel|app) (?:ons|me|mij) (?:gerust|even|maar)(?![a-z])`,
        r`(?:zijn|is) (?:{w} ){0,3}?(?:met (?:{w} ){1,3}?in gesprek|in gesprek met)`,
        r`(?:is|zijn|werd|werden) (?:{w} ){0,3}?(?:aangesproken|op de hoogte gebracht|geinformeerd|ingelicht)(?![a-z])`,
        r`(?:ik|wij|we) (?:heb|hebben) (?:{w} ){0,6}?(?:terugbetaald|terug betaald|teruggestort|terug gestort|teruggestuurd|terug gestuurd)`,
        r`(?:kan|kun|kunt) (?:je|u) (?:{w} ){0,4}?laten (?:bezorgen|ophalen|leveren|sturen|komen|nakijken|vervangen)`,
        // More of the ordinary forms (read off tune's misses, kept when they did not flag replies without a next step): a
        // question for the detail needed ("Wat voor melding krijg je?", "zou ik je klacht mogen weten? Dan kan ik dit melden"),
        // a fix told with the verb first ("hebben we het bedrag terug betaald", "en hebben de storing verholpen"), what the
        // customer can do instead ("Wel kun je de bestelling annuleren", "je kunt de kaarten inleveren bij de kassa").
        r`(?:wat voor|welke) (?:{w} )?(?:melding|foutmelding|fout|foutcode|error|ordernummer|bestelnummer|versie|toestel|browser|telefoon) (?:krijg|krijgt|zie|ziet|heb|hebt|gebruik|gebruikt) (?:je|u)`,
        r`(?:dan|zodat) (?:kan|kunnen) (?:ik|we|wij) (?:{w} ){0,4}?(?:melden|doorgeven|uitzoeken|nakijken|regelen|oplossen|aanpassen|bekijken|controleren|navragen)(?![a-z])`,
        r`(?:mag ik|zou ik) (?:{w} ){0,4}?(?:mogen )?(?:weten|ontvangen|hebben|vragen)(?![a-z])(?=[^.!?\n]{0,40}\?)`,
        r`(?:heb|hebben) (?:ik |wij |we )?(?:{w} ){0,6}?(?:terugbetaald|terug betaald|teruggestort|terug gestort|verholpen|gerepareerd|gecorrigeerd|gecrediteerd|vergoed|rechtgezet)(?![a-z])`,
        r`(?:je|u) (?:kunt|kan) (?!(?:{w} ){0,5}?(?:niet|geen|nooit)(?![a-z]))(?:{w} ){0,6}?(?:inleveren|annuleren|aanpassen|wijzigen|downloaden|instellen|aanvragen|terugsturen|retourneren|ophalen|afhalen|omruilen|ruilen|uitschakelen|inschakelen|verzetten|activeren|resetten|opnieuw plaatsen)(?![a-z])`,
        r`(?:wel|ook|daarnaast|eventueel) (?:kun|kunt|kan) (?:je|u) (?!(?:{w} ){0,5}?(?:niet|geen|nooit)(?![a-z]))(?:{w} ){0,6}?(?:annuleren|aanpassen|wijzigen|aanvragen|terugsturen|retourneren|ophalen|afhalen|omruilen|ruilen|opnieuw|bestellen|plaatsen|kiezen|bellen|mailen)(?![a-z])`,
        r`(?:kun|kunt|kan) (?:je|u) (?:{w} ){0,3}?(?:kijken|checken|testen|posten|uploaden|toevoegen|opsturen) (?:of|wat|welke|hoe|waar|een|de|het|je|uw|nog)`,
      ],
      en: [
        r`(?:is|are|has been|have been) (?:now )?(?:fixed|resolved|restored|back up|working again)`,
        r`(?:engineer|technician|driver|courier|replacement) is (?:now )?on (?:the|its|his|her) way`,
        r`(?:write|reply|talk|speak) to us (?:at|on|via|through|here)`,
        r`(?:please |simply |just )?(?:turn|switch|unplug|reboot|power) (?:your|the) (?:{w} )?(?:router|modem|hub|box|device|phone) (?:off|on|back)`,
        // Not a vague intention ("we'll improve", "I will try", "we will use your feedback", "perhaps we will in the future").
        r`(?:i|we)(?:'ll| will| shall)(?! (?:not|never|try|improve|do (?:our|my) best|keep|continue|carry on|use (?:your|this|the|these)|take (?:this|it|your|these) (?:{w} ){0,2}?(?:into account|on board|as feedback|seriously|to heart)|learn|strive|be (?:happy|glad)|pass (?:on|along|this|your)|let (?:{w} ){1,2}?know (?:your|about your)|in the future)(?![a-z]))(?<!(?:perhaps|maybe|hopefully) (?:i|we)(?:'ll| will| shall))`,
        r`(?:i|we)(?:'m| am|'re| are) going to`,
        r`(?:i|we)(?:'ve| have) (?:just |already |now )?(?:arranged|sent|issued|refunded|booked|scheduled|escalated|processed|replaced|updated|forwarded|reset|fixed|corrected|credited|reordered|re-sent|resent|cancelled|canceled|asked|requested|raised|logged)`,
        r`let me (?:check|look|find|sort|fix|arrange|get|see)`,
        r`you(?:'ll| will) (?:receive|get|have)`,
        r`(?:has|have) (?:now |just |already )?been (?:sent|refunded|replaced|rebooked|scheduled|credited|corrected|fixed|dispatched|processed|reset)`,
        r`(?:the )?next step`,
        ...CHANNELS,
        r`what (?:i|we) (?:can|could) do (?:for you )?(?:is|instead)`,
        r`(?:please|kindly|can you|could you|would you|will you)(?: please| kindly)? (?:dm|send|contact|reach|call|email|e-mail|try|check|reply|respond|fill|provide|share|follow|tell|confirm|let us know|describe|elaborate|clear|delete|restart|update|reinstall|visit|refer|request|click|use|message|pop|drop|give)`,
        r`(?:have|did) you (?:already )?tried`,
        r`(?:try|trying) (?:logging|restarting|clearing|deleting|reinstalling|updating|using|resetting|turning|signing|removing|switching|reaching|contacting)`,
        r`(?:does|did|do) (?:this|that|logging|restarting|clearing|deleting|reinstalling) (?:{w} ){0,6}?(?:help|make a difference|work|fix)`,
        r`you can (?:also |always |now |still )?(?:request|claim|find|check|reach|contact|call|visit|manage|see|cancel|change|update|track|get|return|email|chat|book|use|apply|submit|view|learn)`,
        r`(?:reach|contact|message|call|email) (?:out to )?us (?:at|on|via|through|here|by)`,
        r`(?:contact|reach|email|call|message) (?:our|the) (?:{w} )?(?:support|customer service|care|help|social media|billing|technical)(?: team| desk| department)? (?:at|on|via|here)`,
        r`(?:i've|i have|we've|we have) (?:just |now |already )?(?:passed|forwarded|shared|flagged|reported|sent|raised|escalated|added|looped)`,
        r`(?:has|have|had) (?:now |just |already )?been (?:escalated|passed|forwarded|unblocked|opened|closed|resolved|rectified|activated|refunded|cancelled|canceled|updated|approved)`,
        r`(?:the )?updated (?:departure|arrival|delivery) (?:time|date)`,
        // Asking the customer for what is needed to go on, or recommending one action: "can you advise how much…", "I'd recommend contacting…".
        r`(?:can|could|would) you (?:please )?(?:advise|let me know|let us know|tell me|tell us|send us|confirm|share|provide|clarify)`,
        r`(?:do|please do) (?:share|send|provide|reach out|get in touch)`,
        r`(?:i|we)(?:'d| would)? (?:recommend|suggest|advise) (?:{w} ){0,2}?(?:contacting|trying|checking|reaching|calling|using|visiting|placing|sending|returning|updating|restarting|clearing|filling)`,
        r`(?:please|kindly) (?:ensure|make sure|get in touch|reach out|follow|go to|head to|log in|sign in)`,
        r`(?:make sure|be sure) (?:to|you) (?:{w} )?(?:set|check|update|select|use|choose|enter|add|log|sign|turn|restart|clear|contact)`,
        r`(?:have|did) you (?:already )?(?:checked|looked|tried|received|contacted)`,
        r`(?:our|the) (?:{w} )?(?:team|colleagues|specialists|agents|support) (?:will|would|'ll|can|are going to) (?:{w} ){0,2}?(?:reach out|contact|call|email|get back|look into|review|check|investigate|help)`,
        // Asking for the one detail needed, or a fix already found: "What is your ticket number?", "Do you have any information
        // that could help me find the ticket", "I just emailed with their NOC and it appears to be resolved".
        r`what(?:'s| is| was) (?:your|the) (?:{w} )?(?:ticket|order|case|account|reference|booking|tracking|confirmation|claim) (?:number|id|reference|no)`,
        r`(?:do|does) (?:you|he|she) (?:still )?have (?:any |the |a |your )?(?:information|details|screenshot|screenshots|order number|ticket number|reference|confirmation|receipt)`,
        r`(?:appears|seems) to (?:be|have been) (?:resolved|fixed|working|back)`,
        r`(?:i|we)(?:'ve| have)? (?:just |now |already )?(?:emailed|e-mailed|called|contacted|spoken to|spoke to|checked with|reached out to) (?:with )?(?:their|the|our|your)`,
        r`(?:does|did|do) (?:this|that|logging|restarting|clearing|deleting|reinstalling) (?:{w} ){7,10}?(?:help|make a difference|work|fix)`,
      ],
      fr: [
        r`(?:il|elle|on|nous) (?:va|vont|allons) (?:la |le |les |vous )?(?:recontacter|rappeler|contacter|rembourser)`,
        r`(?:on|nous) (?:peut|pouvons|peux) (?:{w} ){0,3}?(?:rembourser|proposer|envoyer|remplacer|offrir)`,
        ...CHANNELS,
        r`(?:vous pouvez|vous pourrez|pouvez-vous|pourriez-vous|n'hesitez pas a) (?:{w} ){0,3}?(?:contacter|ecrire|appeler|envoyer|consulter|utiliser|telecharger|verifier|mettre|activer|passer|joindre|faire|essayer|transmettre|recontacter)`,
        r`contactez(?:-nous)?|ecrivez-nous|appelez(?:-nous)?`,
        r`(?:je|nous) (?:vous )?(?:envoie|envoyons|rembourse|remboursons|rappelle|rappelons|renvoie|renvoyons|echange|echangeons|corrige|corrigeons|debloque|debloquons|contacte|contactons|verifie|verifions|transmets|transmettons|propose|proposons|remplace|remplacons)`,
        r`(?:nous|je) (?:allons|vais|avons|ai) (?:{w} ){0,3}?(?:rembours|envoy|contact|rappel|transm|corrig|debloqu|trait|verifi|analys|repondu|explique|ouvert|cloture|resolu|regle|annul|modifi|credit)[a-z]*`,
        r`(?:est|sont|a ete|ont ete) (?:{w} )?(?:a present |maintenant |desormais |bien )?(?:ouvert|ouverts|debloque|debloques|resolu|resolue|cloture|rembourse|regle|traite|traitee|active|activee|corrige)`,
        r`(?:un|une|notre) (?:conseiller|conseillere|collegue|technicien|equipe) (?:{w} ){0,3}?(?:va|vous|prendra|reviendra|contactera|rappellera)`,
        // Asking for what is needed to go on: "pourriez-vous me communiquer…", "merci de nous transmettre…", "veuillez remplir…".
        r`(?:pouvez-vous|pourriez-vous|peux-tu|pourrais-tu) (?:{w} ){0,2}?(?:communiquer|indiquer|transmettre|envoyer|preciser|confirmer|donner|dire)`,
        r`(?:pouvez-vous|pourriez-vous) m'(?:indiquer|envoyer|ecrire|dire|communiquer|transmettre|confirmer)`,
        r`(?:pouvez-vous|pourriez-vous) (?:nous |me )?(?:communiqu|indiqu|transmet|envoy|precis|confirm)[a-z]*`,
        r`(?:merci de|veuillez|je vous invite a|nous vous invitons a|je vous conseille de|nous vous conseillons de) (?:{w} ){0,2}?(?:transmettre|communiquer|envoyer|remplir|contacter|indiquer|faire|mettre|utiliser|consulter|verifier|preciser|nous|me|le|la)`,
        r`vient d'etre (?:{w} )?(?:cloture|ouvert|debloque|rembourse|traite|active|corrige|envoye|expedie)e?s?`,
        r`(?:nous|je) (?:avons|ai) (?:{w} ){0,2}?(?:remplace|repare|nettoye|retabli|expedie|envoye|adresse|le plaisir de vous adresser)`,
        // A private channel offered: "retrouvez-moi en message privé", "je suis disponible en dm", "pouvons-nous échanger".
        r`(?:retrouvez|rejoignez|ecrivez)-(?:moi|nous)|(?:en|par) (?:message prive|messagerie privee|mp|dm)(?![a-z])|disponible (?:en|par) (?:dm|mp|message prive)`,
        r`pouvons[- ]nous (?:{w} ){0,3}?(?:echanger|verifier|regarder|voir|faire le point)`,
        // What the customer must do, said as a rule: "il faut rappeler le 39 00", "il suffit de vous connecter".
        r`il (?:faut|suffit|suffira) (?:{w} ){0,3}?(?:rappel|appel|contact|renvoy|envoy|rempl|connect|telecharg|reinstall|redemarr|mettre a jour)[a-z]*`,
      ],
      de: [
        r`(?:wir|ich) (?:werden|werde) (?:{w} ){0,4}?(?:prufen|erstatten|senden|schicken|beheben|korrigieren|kummern|klaren|anpassen|weiterleiten|entschadigen|zurucksenden)`,
        r`(?:ist|wurde|sind|wurden) (?:{w} )?(?:bereits |schon )?(?:angemahnt|beauftragt|veranlasst|informiert|verstandigt)`,
        r`(?:dann )?lassen wir (?:{w} ){0,2}?(?:wegfallen|streichen|prufen|andern|reparieren|austauschen)`,
        r`(?:erstatten|bestatigen|schicken|senden|buchen|uberweisen|schreiben) wir (?:ihnen|dir|euch)`,
        r`(?:sie sollten|du solltest) (?:sich |dich )?(?:jetzt |nun |inzwischen )?wieder`,
        r`(?:probieren|versuchen) sie es (?:{w} )?(?:noch einmal|nochmal|erneut)`,
        ...CHANNELS,
        r`(?:bitte )?(?:schreib|schreibt|schreiben sie|sende|sendet|senden sie|schick|schickt|schicken sie|kontaktiere|kontaktiert|kontaktieren sie|ruf|ruft|rufen sie) (?:uns|mir|mich)`,
        r`(?:melde|meldet|melden sie) (?:dich|euch|sich) (?:gern |gerne |bitte )?(?:bei uns|per|unter|uber)`,
        r`per (?:dm|pn|e-?mail|mail|telefon|chat)`,
        r`(?:ich|wir) (?:schicke|schicken|sende|senden|erstatte|erstatten|rufe|rufen|prufe|prufen|kummere|kummern|klare|klaren|tausche|tauschen|ersetze|ersetzen|biete|bieten) (?:ihnen |dir |euch )?`,
        r`(?:wir|ich) (?:werden|haben|habe|werde) (?:{w} ){0,5}?(?:erstattet|gesendet|geschickt|weitergeleitet|gepruft|behoben|korrigiert|gutgeschrieben|storniert|zuruckgerufen|kontaktiert|angepasst|melden)`,
        r`(?:wird|werden) sich (?:{w} ){0,6}?(?:melden|kummern)`,
        // Having it checked or passing it on for the customer: "ich lasse das gerne prufen", "gebe das als Feedback weiter".
        r`(?:ich|wir) (?:lasse|lassen) (?:{w} ){0,4}?(?:prufen|checken|nachsehen|klaren|anschauen|reparieren)`,
        r`(?:ich|wir) (?:gebe|geben|leite|leiten) (?:{w} ){0,4}?weiter`,
        r`(?:melde|meldet|melden sie) (?:dich|euch|sich) (?:gern |gerne |bitte )?bei (?:meinen|unseren|den|dem|der) (?:{w} )?(?:kollegen|kolleginnen|service|kundenservice|team)`,
        r`(?:wir|ich) (?:haben|habe) (?:{w} ){0,3}?(?:konsequenzen gezogen|veranlasst|eingeleitet|beauftragt)`,
        r`(?:konnen sie|kannst du|konnt ihr|konnten sie) (?:{w} ){0,3}?(?:versuchen|prufen|schauen|nutzen|nachsehen|mitteilen|schreiben|senden|schicken|sagen|nennen|angeben)`,
        r`(?:bei|in|an) welche[mnrs]? (?:{w} )?(?:video|film|bestellung|sendung|artikel|gerat|app|zug|verbindung|filiale)`,
        // What the customer can or must do next: "das Ticket können Sie in der Buchungsrückschau stornieren", "da müssen Sie
        // bei XY anrufen", "einfach nochmal neu auswählen", "haben Sie schon das letzte Update geladen?".
        r`(?:konnen|mussen|sollten|durfen) sie (?:{w} ){0,5}?(?:stornieren|anrufen|buchen|auswahlen|wahlen|beantragen|herunterladen|installieren|aktualisieren|einloggen|andern|zurucksenden|abholen|ausfullen|nutzen|verwenden|offnen|einreichen|aktivieren|erreichen|kontaktieren|loschen|neu starten|einstellen|hochladen)`,
        r`sie (?:konnen|mussen|sollten) (?:{w} ){0,5}?(?:stornieren|anrufen|buchen|auswahlen|beantragen|herunterladen|installieren|aktualisieren|einloggen|zurucksenden|abholen|ausfullen|nutzen|verwenden|einreichen|aktivieren|kontaktieren|loschen|einstellen|hochladen)`,
        r`einfach (?:{w} ){0,4}?(?:neu|nochmal|noch einmal|erneut) (?:{w} ){0,3}?(?:auswahlen|starten|laden|installieren|einloggen|anmelden|versuchen|probieren)`,
        r`(?:haben|hast) (?:sie|du) (?:sich |dir )?(?:schon|bereits) (?:{w} ){0,4}?(?:geladen|installiert|probiert|versucht|aktualisiert|gepruft|neu gestartet|heruntergeladen)`,
        r`was (?:steht|zeigt|sagt) (?:denn |dir |ihnen )?(?:in der|die) (?:sendungsverfolgung|app|bestellubersicht|fehlermeldung)`,
        r`(?:ist|sind|wurde|wurden) (?:{w} )?(?:inzwischen |mittlerweile |jetzt |nun |bereits )?(?:behoben|erledigt|erstattet|gutgeschrieben|freigeschaltet|storniert|geandert|korrigiert)`,
        // Done for the customer, or what to do next: "haben wir die App verbessert", "wird Ihrer Kreditkarte gutgeschrieben",
        // "Gebe ich direkt als Feedback weiter", "Wir lassen das gerne mal von den Technikern prüfen", "Busse sind auf dem Weg",
        // "Gehen Sie dann auf …", "sagen Sie uns bitte Bescheid".
        r`(?:wird|werden|wurde|wurden) (?:{w} ){0,5}?(?:gutgeschrieben|erstattet|durchgefuhrt|zugeschickt|zugesandt|ausgetauscht|repariert|bearbeitet|geliefert|nachgeliefert|zuruckuberwiesen)(?![a-z])`,
        r`(?:haben|habe) (?:wir|ich) (?:{w} ){0,5}?(?:verbessert|behoben|erstattet|gutgeschrieben|geandert|angepasst|korrigiert|weitergeleitet|storniert|veranlasst|aktualisiert|ausgetauscht|repariert)(?![a-z])`,
        r`(?:gebe|geben|leite|leiten) (?:ich|wir) (?:{w} ){0,5}?weiter|(?:ich|wir) (?:lasse|lassen) (?:{w} ){5,6}?(?:prufen|checken|nachsehen|klaren|anschauen|reparieren)`,
        r`(?:ist|sind) (?:{w} ){0,3}?auf dem weg(?![a-z])`,
        r`(?:gehen|klicken|tippen|wahlen|probieren|versuchen|sagen|schauen|starten) sie (?:{w} ){0,3}?(?:auf|unter|es|uns|noch|bitte|dann|einmal|mal|bescheid)(?![a-z])`,
        // A fix sent, made or on its way, and a contact asked for: "Ich habe die Nachricht erneut … verschickt", "wird mit der
        // App Version 1.0.1 behoben", "Wir implementieren daher …", "bitten wir, unseren Kundenservice zu kontaktieren".
        r`(?:wir|ich) (?:haben|habe) (?:{w} ){0,8}?(?:verschickt|versendet|zugeschickt|entsperrt|freigeschaltet|eingerichtet|umgebucht|neu angelegt)(?![a-z])`,
        r`(?:version|update|release) \d[\d.]* (?:{w} ){0,3}?(?:behoben|beheben|gelost|verfugbar|freigegeben|korrigiert)`,
        r`(?:wird|werden) (?:{w} ){0,6}?(?:behoben|gelost|korrigiert|umgesetzt)(?![a-z])`,
        r`(?:wir|ich) (?:implementieren|implementiere|beheben|behebe|korrigieren|korrigiere)(?![a-z])`,
        r`bitten (?:wir|ich),? (?:sie,? |dich,? |euch,? )?(?:{w} ){0,4}?(?:zu kontaktieren|anzurufen|zu melden|zu wenden|zu schreiben|zu senden)`,
        r`(?:wenden|melden) sie sich (?:{w} ){0,3}?(?:an|bei) (?:unseren|unser|den|die|das)`,
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
        // A count, not "enkele" or "een paar": a vague stretch of time is no commitment.
        r`(?:nog )?(?:twee|drie|\d+) (?:weken|dagen|werkdagen|uur) (?:in beslag|duren|nodig)`,
        // A span, an approximate duration or a dated change: "vijf tot tien werkdagen", "ongeveer anderhalf uur",
        // "per 31 maart", "vanaf 22 januari" (a bare date is as often what happened: only with a word that looks ahead).
        r`(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|tien)\s?(?:-|tot)\s?(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|tien|twaalf|veertien) (?:uur|werkdagen|dagen|weken|minuten)`,
        r`(?:ongeveer|zo'n|circa|rond|rondom) (?:anderhalf|een half|een|\d+|twee|drie) (?:uur|dag|dagen|werkdagen|week|weken|minuten)`,
        r`(?:per|vanaf|met ingang van|tot en met|t/m) \d{1,2} (?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\w*`,
        r`(?:uiterlijk|voor) \d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?`,
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
        r`(?:take|takes|within|up to) (?:up to )?\d+ (?:hrs|hours|days|business days|working days|weeks)`,
        // A span or an approximate duration, a time of day with a dot, a month and day: "in 5-7 days", "in the next 2-3 days",
        // "take around 2 weeks", "takes about a week", "by 11.50", "the 1st week in August".
        r`(?:in|within|takes?|about|around|approximately|roughly|the next|next|up to) (?:about |around |approximately )?\d+\s?(?:-|to)\s?\d+ (?:hours?|hrs|business days?|working days?|days?|weeks?|minutes?)`,
        r`(?:takes?|take|taking|about|around|approximately|roughly) (?:about |around |approximately )?(?:a|one|\d+|two|three|four) (?:hours?|days?|weeks?|business days?|working days?)`,
        r`(?:by|at|before|around) \d{1,2}[.:]\d{2}`,
        r`(?:1st|first|2nd|second|3rd|third|4th|fourth|last) week (?:in|of) (?:january|february|march|april|may|june|july|august|september|october|november|december)`,
        r`(?:by|before|until) (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}(?:st|nd|rd|th)?|(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december))`,
      ],
      fr: [
        r`demain|aujourd'hui|ce soir|cet apres-midi|cette semaine|la semaine prochaine`,
        // Not "quelques jours": a vague stretch of time is no commitment.
        r`(?:dans|sous|d'ici|en) (?:les )?(?:\d+|un|une|deux|trois) (?:heures?|jours?|jours ouvrables|jours ouvres|semaines?|minutes?)`,
        r`(?:avant|d'ici|jusqu'a) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|la fin (?:de la|du) (?:journee|semaine|mois))`,
        r`(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: (?:matin|apres-midi|soir))?`,
        r`(?:a|vers) \d{1,2}h(?:\d{2})?|(?:a|vers) \d{1,2} h(?:\d{2})?`,
        r`(?:sous|dans|d'ici|en) \d+\s?(?:-|a)\s?\d+ (?:jours|heures|semaines|jours ouvres|jours ouvrables)`,
        r`(?:jusqu'au|avant le|d'ici le) \d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)`,
      ],
      de: [
        r`morgen|ubermorgen|heute(?: noch| nachmittag| abend)?|diese woche|nachste woche`,
        r`innerhalb (?:von )?(?:\d+|eines|einer|zwei|drei) (?:stunden|stunde|tagen|tages|werktagen|werktages|geschaftstagen|geschaftstages|wochen|woche)`,
        r`(?:bis|vor) (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|ende (?:der|des) (?:woche|monats|tages))`,
        r`(?:am )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)`,
        r`um \d{1,2}(?:[.:]\d{2})?(?: uhr|uhr)`,
        // "in 2-3 Tagen", "innerhalb von 24 h", "im Laufe des Tages", "zum 07.11.".
        r`in \d+(?:\s?(?:-|bis)\s?\d+)? (?:tagen|stunden|wochen|werktagen|minuten)`,
        r`innerhalb (?:von )?\d+\s?(?:h|std)(?![a-z])`,
        r`im laufe (?:des|der) (?:tages|vormittags|nachmittags|abends|woche)`,
        r`(?:zum|ab|bis zum|per|am|bis) \d{1,2}\.\d{1,2}\.(?:\d{2,4})?`,
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
        r`(?:ik|wij|we) (?:waardeer|waarderen) (?:het|uw|je|jouw)`,
        r`(?:uw|je|jouw) (?:feedback|reactie|geduld|review|begrip) (?:wordt|is) (?:{w} ){0,3}?(?:gewaardeerd|welkom)`,
        r`goed dat (?:u|je|jij) (?:dit|het) (?:{w} ){0,2}?(?:meldt|kenbaar maakt|laat weten|aangeeft)`,
      ],
      en: [
        r`thank(?:s| you| u)`,
        r`(?:i|we) (?:really |truly |do )?appreciate`,
        r`(?:i'm|i am|we're|we are) (?:very |really )?grateful`,
        r`many thanks`,
      ],
      fr: [
        r`merci`,
        r`(?:nous vous|je vous) remerci[a-z]*|remerciements`,
        r`(?:nous apprecions|j'apprecie) (?:{w} ){0,2}?(?:votre|la|ta)`,
      ],
      de: [
        r`danke|dankeschon|vielen dank|herzlichen dank|besten dank|(?:wir|ich) (?:bedanken|bedanke)`,
        r`dank fur`,
        r`(?:wir|ich) (?:schatzen|freuen uns uber) (?:ihr|ihre|dein|deine|euer|eure)`,
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
