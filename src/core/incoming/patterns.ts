/**
 * Phrase tables for the sentiment of service mail (own wording, folded text: lower case, no accents).
 * Real complaints are mostly calm: "nog steeds niet geleverd", "nobody answers". A word lexicon scores those
 * as neutral, so problem statements, broken expectations and waiting are matched here as negative evidence.
 * All patterns are plain alternations with bounded gaps, so matching stays linear.
 */
import type { LexLang } from './lexicon';

export interface PhraseRule {
  re: RegExp;
  weight: number;
}

const NUM_NL = String.raw`(?:\d+|een paar|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|veertien|meerdere|verschillende|enkele|diverse|talloze|ontelbare|zoveel)`;
const NUM_EN = String.raw`(?:\d+|a few|two|three|four|five|six|seven|eight|nine|ten|twelve|several|multiple|many|countless|numerous)`;
const NUM_FR = String.raw`(?:\d+|deux|trois|quatre|cinq|six|dix|plusieurs)`;
const NUM_DE = String.raw`(?:\d+|zwei|drei|vier|funf|sechs|zehn|mehrere|mehrmals)`;

function rules(list: Array<[string, number]>): PhraseRule[] {
  return list.map(([src, weight]) => ({ re: new RegExp(src, 'g'), weight }));
}

/** Problem statements, broken expectations and waiting (negative, AFINN scale). */
export const COMPLAINT: Record<LexLang, PhraseRule[]> = {
  nl: rules([
    [String.raw`\bnog (?:steeds|altijd) (?:niet|geen|niks|niets|niemand)\b(?: \w+)?`, -3],
    [String.raw`\bnog (?:steeds|altijd) (?:kapot|stuk|defect|in behandeling|aan het wachten|te wachten)\b`, -3],
    // Money still leaving after a cancellation or refund promise: "er wordt nog steeds elke maand geld afgeschreven".
    [
      String.raw`\bnog (?:steeds|altijd) (?:\w+ ){0,4}(?:afgeschreven|geincasseerd|gefactureerd|in rekening gebracht|aangerekend)\b`,
      -2.5,
    ],
    [
      String.raw`\bnog (?:niet|geen|niks|niets) (?:\w+ ){0,2}(?:ontvangen|geleverd|bezorgd|binnen|gehad|teruggestort|terugbetaald|gereageerd|antwoord|reactie|bericht|opgelost|teruggebeld|gecrediteerd|aangekomen|gekomen|gebeurd|gehoord|gezien|teruggekregen)\b`,
      -3,
    ],
    [
      String.raw`\b(?:niet|niets|niks) (?:\w+ )?(?:gebeurd|gekomen|gelukt|geweest|verschenen|teruggekomen|teruggekregen|gehoord|gedaan)\b`,
      -2.5,
    ],
    [String.raw`\b(?:al )?eerder (?:\w+ )?(?:gebeld|gemaild|gemeld|aangegeven|geklaagd|doorgegeven|gereclameerd)\b`, -2],
    [String.raw`\bhad (?:\w+ ){0,3}(?:meer|beter|anders) verwacht\b|\bniet wat ik (?:had )?verwacht(?:te)?\b`, -2.5],
    [
      String.raw`\b(?:niet|niets|niks) (?:\w+ )?(?:ontvangen|geleverd|bezorgd|aangekomen|binnengekomen|teruggebeld|gereageerd|nagekomen|opgelost|verwerkt|teruggestort|terugbetaald|gecrediteerd|bereikbaar|te bereiken|doorgekomen|geactiveerd|aangesloten|hersteld|geretourneerd)\b`,
      -3,
    ],
    [
      String.raw`\bgeen (?:\w+ ){0,3}(?:antwoord|reactie|bericht|terugkoppeling|levering|bevestiging|track ?(?:en|&|and) ?trace|oplossing|verbinding|internet|bereik|stroom|warm water|geld|terugbetaling|idee waar|gehoor|contact)\b`,
      -2.5,
    ],
    [String.raw`\b(?:werkt|werken|functioneert|functioneren|doet het|doen het)(?: \w+){0,2} niet\b`, -3],
    [String.raw`\b(?:kapot|defect|beschadigd|gebroken|gescheurd|gebarsten|lek|onbruikbaar)\b`, -2.5],
    [String.raw`\b(?:is|zijn|was|waren|ging|gingen|raakte) (?:\w+ )?stuk\b`, -2.5],
    [
      String.raw`\b(?:verkeerde?|foute|onjuiste?) (?:\w+ )?(?:artikel|product|maat|kleur|bestelling|pakket|adres|bedrag|levering|factuur|rekening|item|model|tarief|informatie)\b`,
      -2.5,
    ],
    [String.raw`\b(?:veel )?te (?:laat|weinig ontvangen|veel (?:betaald|afgeschreven|berekend|gefactureerd))\b`, -2.5],
    [
      String.raw`\b(?:dubbel|twee ?keer|2 ?keer|2x|twee maal|nogmaals) (?:\w+ )?(?:afgeschreven|betaald|gefactureerd|berekend|geincasseerd|in rekening gebracht)\b`,
      -3,
    ],
    [
      String.raw`\b(?:al|inmiddels|nu al|ruim|meer dan|alweer|sinds) ${NUM_NL} (?:dagen|weken|maanden|keer|keren|uur|mails|e-mails|berichten|telefoontjes)\b`,
      -2.5,
    ],
    [
      String.raw`\b${NUM_NL} (?:keer|maal) (?:\w+ )?(?:gebeld|gemaild|contact|geprobeerd|gevraagd|teruggebeld|aangegeven|doorverbonden|gereclameerd|geklaagd)\b`,
      -2.5,
    ],
    [String.raw`\bniemand (?:neemt|nam|reageert|reageerde|belt|helpt|hielp|weet|kan|heeft|die)\b(?: \w+)?`, -3],
    [String.raw`\b(?:wordt|werd) (?:er )?(?:niet|nooit) (?:op(?:genomen)?|teruggebeld|gereageerd|nagekomen)\b`, -3],
    [String.raw`\b(?:geblokkeerd|afgesloten|opgeschort|afgewezen|geweigerd|kwijtgeraakt|zoekgeraakt|vermist|kwijt)\b`, -2],
    [
      String.raw`\b(?:onterecht|ten onrechte|zomaar|zonder (?:reden|overleg|bericht|toestemming)) (?:\w+ ){0,2}(?:afgeschreven|geblokkeerd|in rekening|gefactureerd|afgesloten|berekend|opgezegd|verwijderd)\b`,
      -3,
    ],
    [String.raw`\b(?:ik|we|wij) (?:wacht|wachten|zit|zitten) (?:nu )?(?:nog steeds|nog altijd|al|nog|inmiddels)\b`, -2.5],
    [String.raw`\bwaar blijf(?:t|en)\b`, -2.5],
    [String.raw`\b(?:nergens|niet|slecht) (?:te )?bereik(?:baar|en)\b|\bonbereikbaar\b`, -2.5],
    [
      String.raw`(?<!geen )(?<!geen enkel )\b(?:storing|storingen|foutmelding|probleem|problemen|fout|fouten|gebrek|gebreken|mankement|klachten)\b(?!\s+(?:is |zijn |werd |snel |netjes )?(?:opgelost|verholpen))`,
      -1.5,
    ],
    [String.raw`\b(?:helaas|jammer genoeg|tot mijn spijt|tot mijn verbazing)\b`, -1.5],
    [String.raw`\bklopt (?:\w+ )?(?:niet|niets|niks|helemaal niet)\b|\b(?:niet correct|onjuist|incorrect)\b`, -2.5],
    [String.raw`\b(?:mijn|ons|het) geld (?:terug|kwijt)\b`, -2.5],
    [String.raw`\b(?:was|werd|is) (?:mij |ons )?(?:beloofd|toegezegd|gezegd|verzekerd)\b`, -1.5],
    [
      String.raw`\b(?:zou|zouden) (?:\w+ ){0,3}(?:worden|komen|bellen|terugbellen|terugkomen|geleverd|gestort|opgelost)\b(?:[^.!?\n]{0,40}\b(?:maar|niet|nooit|geen)\b)`,
      -2,
    ],
    [String.raw`\bzonder (?:resultaat|reactie|antwoord|succes|oplossing)\b`, -2.5],
    [
      String.raw`\bnooit (?:meer )?(?:iets )?(?:ontvangen|geleverd|aangekomen|gereageerd|teruggebeld|opgelost|gehoord|bezorgd|antwoord)\b`,
      -3,
    ],
    [String.raw`\b(?:alweer|weer eens|telkens|steeds weer|keer op keer)\b`, -1.5],
    // "opnieuw"/"nogmaals" also ask for a resend: weak.
    [String.raw`\b(?:wederom|opnieuw|nogmaals)\b`, -0.8],
    // Broken expectations: "volgens de website … maar", "zou … komen, maar", "opgezegd, maar toch weer".
    [String.raw`\b(?:volgens|zou|zouden|had moeten|hadden moeten)\b[^.!?\n]{0,80}?\b(?:maar|echter)\b`, -2],
    [
      String.raw`\btoch (?:weer |nog |opnieuw )?(?:\S+ ){0,3}(?:afgeschreven|geincasseerd|gefactureerd|in rekening|berekend|verstuurd|gekomen|verlengd)\b`,
      -2.5,
    ],
    [String.raw`\b(?:terwijl|hoewel|ondanks)\b`, -1.5],
    [
      String.raw`\b(?:geleverd|bezorgd|aangekomen|ontvangen|gekomen|verstuurd) zonder\b|\bzonder (?:reden|overleg|bericht|toestemming|uitleg|aankondiging|waarschuwing)\b`,
      -2.5,
    ],
    [String.raw`\b(?:ik|we|wij) (?:kan|kunnen|kon|konden) (?:\w+ ){0,4}(?:niet|nergens|niets|geen)\b`, -2],
    [String.raw`\b(?:het is nu|inmiddels is het|we zijn nu)\b`, -1.5],
    [String.raw`\b(?:kras|krassen|deuk|deuken|barst|barsten|scheur|scheuren|vlek|vlekken|schade|lekkage|roest)\b`, -2.5],
    [String.raw`\bniet (?:goed |meer |goed meer |langer )?meer\b|\bniet (?:goed|correct|volledig|compleet)\b`, -2],
    [
      String.raw`\b(?:maar|terwijl) (?:ik|we|wij) (?:\w+ )?(?:maar|pas|alleen|nooit|niet|geen)\b|\b(?:slechts|maar de helft|de helft van|alleen maar)\b`,
      -2,
    ],
    [
      String.raw`\b(?:wachttijd|in de wacht|aan het lijntje|van het kastje naar de muur|afgescheept|genegeerd|aan mijn lot overgelaten)\b`,
      -2.5,
    ],
    [String.raw`\b(?:ontbreekt|ontbreken|ontbrak|mist|missen|ontbrekende?)\b`, -2],
    [String.raw`\b(?:vertraagd|vertraging|uitgesteld|achterstand)\b`, -2],
    // Generic shapes: a negated past participle ("niet doorgevoerd", "nooit verschenen"), things that switch off or
    // drop out by themselves, waiting that took too long, and mismatches ("drie keer zo hoog", "kleiner dan").
    [
      String.raw`\b(?:niet|nooit|nog niet) (?:\w+ ){0,3}(?:\w{0,24}ge\w{2,24}[dt]|ver\w{2,24}[dt]|be\w{2,24}[dt]|her\w{2,24}[dt]|ont\w{2,24}[dt]|verschenen|gekomen)\b`,
      -2.5,
    ],
    [
      String.raw`\b(?:vanzelf|zomaar|steeds|telkens|elke keer) (?:\w+ )?(?:uit|weg|af|vast)\b|\bvalt (?:\w+ ){0,2}(?:uit|weg)\b|\b(?:doorweekt|kletsnat|verregend|beschimmeld)\b`,
      -2.5,
    ],
    [
      String.raw`\bduurde (?:\w+ )?(?:${NUM_NL}|ruim|bijna|meer dan) (?:dagen|weken|maanden|uur)\b|\b(?:blijf|blijft|blijven) (?:\w+ ){0,2}(?:krijgen|ontvangen|haperen|hangen|vastlopen|crashen)\b`,
      -2.5,
    ],
    [
      String.raw`\b(?:(?:veel|te|zo|keer zo) (?:hoog|duur|klein|groot|laag)|hoger dan|lager dan|kleiner dan|groter dan|duurder dan|anders dan)\b`,
      -1.5,
    ],
    [String.raw`\bmaar\b[^.!?\n]{0,40}\b(?:stond|stonden|zei|zeiden|beloofd|beloofden|toegezegd|vermeld)\b`, -2],
    [
      String.raw`\bzonder dat (?:ik|wij|we|mij|ons)\b|\b(?:iemand anders|een andere klant)\b|\b(?:aanmaning|aanmaningen|incasso|incassobureau|deurwaarder|boete|herinneringsbrief)\b|\b(?:lekt|lekken|lekte)\b`,
      -2,
    ],
    [
      String.raw`\b(?:slechts|maar|pas) (?:twee|drie|vier|vijf|zes|\d+) (?:van de|van|stuks|artikelen|dozen|geleverd|ontvangen)\b`,
      -2,
    ],
    [
      String.raw`\b(?:kwam|kwamen|reed|reden|ging|gingen|lukt|lukte|komt|kwam|verscheen|werkte|reageerde|belde) (?:\w+ )?(?:gewoon |helemaal |ook |echt )?niet(?=\s*(?:[.,;!\n]|$|en |maar |meer|op\b|opdagen))`,
      -2.5,
    ],
    // Symptoms of a faulty product.
    [
      String.raw`\b(?:flikkert|flikkeren|hapert|haperen|kraakt|piept|rammelt|trilt|oververhit|gloeiend heet|brandlucht|stinkt|schimmel|bladdert|laat los|liet los|viel uit elkaar|valt uit elkaar|loopt vast|liep vast|vastgelopen|crasht|gecrasht|gat in|gaten in)\b`,
      -2.5,
    ],
    [
      String.raw`\b(?:ik|we|wij) (?:heb|hebben|had|hadden) [^.!?\n]{0,60}?(?:gevraagd|aangevraagd|besteld|betaald|afgesproken|gekozen|geboekt)\b[^.!?\n]{0,20}?\bmaar\b`,
      -2,
    ],
    [String.raw`\bik (?:wil|eis) (?:mijn geld|een terugbetaling|compensatie|een vergoeding|een verklaring)\b`, -2],
    // Threats to leave, sue or go public are negative whatever the tone.
    [
      String.raw`\b(?:opzeggen|opzegging|overstappen|overstap|andere (?:leverancier|aanbieder|provider|bank|winkel)|concurrent|geschillencommissie|ombudsman|advocaat|juridische stappen|rechtszaak|consumentenbond|slechte review|negatieve review|trustpilot|radar|kassa)\b`,
      -2,
    ],
  ]),
  en: rules([
    [
      String.raw`\bstill (?:not|no|nothing|haven't|hasn't|hasn't been|have not|has not|waiting|broken|missing|doesn't|isn't|don't|can't|cannot|unresolved|no sign)\b(?: \w+)?`,
      -3,
    ],
    [
      String.raw`\b(?:not|never|hasn't|haven't|wasn't|didn't|has not|have not|was not|did not)(?: yet)?(?: been)? (?:arrived|received|delivered|refunded|answered|returned|fixed|resolved|processed|credited|shipped|dispatched|come|turned up|showed up|heard back|called back|replied|responded|contacted|reimbursed)\b`,
      -3,
    ],
    [
      String.raw`\bnever (?:arrived|came|showed up|turned up|received|got|heard back|responded|replied|called back|delivered)\b`,
      -3,
    ],
    [
      String.raw`\bno (?:reply|response|answer|refund|update|updates|tracking|confirmation|one (?:answers|responds|picks up|called back|calls back|gets back|has|is|seems)|way to|sign of|internet|connection|signal|power|service)\b`,
      -2.5,
    ],
    [
      String.raw`\b(?:nobody|no-one|noone) (?:answers|answered|responds|responded|picks up|picked up|called|calls|gets back|got back|helps|helped|replies|replied|seems|cares|knows)\b`,
      -3,
    ],
    [
      String.raw`\b(?:doesn't|does not|don't|do not|won't|will not|isn't|is not|stopped|not|never|barely|hardly) (?:\w+ )?work(?:s|ing|ed)?\b`,
      -3,
    ],
    [
      String.raw`\b(?:broken|faulty|defective|damaged|cracked|smashed|torn|leaking|dead on arrival|unusable|malfunctioning)\b`,
      -2.5,
    ],
    [
      String.raw`\b(?:wrong|incorrect|missing) (?:\w+ )?(?:item|items|size|colou?r|product|order|address|amount|parcel|package|invoice|charge|bill|model|part|parts|information|price)\b`,
      -2.5,
    ],
    [
      String.raw`\b(?:charged|billed|debited|paid|taken) (?:me |us )?(?:twice|double|two times|three times|again|too much|extra)\b|\bdouble (?:charged|billed|payment|charge)\b`,
      -3,
    ],
    [String.raw`\b(?:too late|late again|overdue|delayed|delay|delays|behind schedule)\b`, -2],
    [
      String.raw`\b(?:for|over|more than|already|almost|nearly|now|waited) ${NUM_EN} (?:days|weeks|months|hours|times|calls|emails|e-mails|messages)\b`,
      -2.5,
    ],
    [
      String.raw`\b(?:called|phoned|emailed|e-mailed|rang|contacted (?:you|them|support)|chased|tried|asked|written|wrote|complained) (?:\w+ )?(?:${NUM_EN} times|twice|again and again|repeatedly)\b`,
      -2.5,
    ],
    [String.raw`\b(?:for the|this is the) (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time\b`, -2.5],
    [
      String.raw`\b(?:blocked|suspended|locked|frozen|closed|cut off|disconnected|cancelled|canceled|terminated) (?:after|without|for no)\b|\b(?:account|card|card has been|service) (?:is |was |has been |got )?(?:blocked|suspended|locked|frozen|closed|cut off|disconnected)\b`,
      -2.5,
    ],
    [
      String.raw`\b(?:can't|cannot|can not|unable to|couldn't|could not) (?:\w+ )?(?:log ?in|access|reach|get through|use|contact|find|connect|pay|open|download|track)\b`,
      -2.5,
    ],
    [String.raw`\b(?:i'm|i am|we're|we are|i've been|we've been|still) waiting\b|\bwhere(?: is|'s) my\b`, -2.5],
    [String.raw`\b(?:i|we) (?:was|were) (?:promised|told|assured|supposed to)\b|\bsupposed to (?:arrive|be|have)\b`, -2],
    [
      String.raw`(?<!no )(?<!not a )\b(?:problem|problems|issue|issues|error|errors|fault|faults|outage|glitch|bug)\b(?!\s+(?:is |was |got |has been )?(?:now )?(?:solved|fixed|resolved|sorted))`,
      -1.5,
    ],
    [String.raw`\b(?:unfortunately|sadly|to my surprise)\b`, -1.5],
    [
      String.raw`\b(?:want|need|demand|expect|would like) (?:a |my |our )?(?:full )?(?:refund|money back|compensation|explanation)\b`,
      -2,
    ],
    [
      String.raw`\b(?:nothing|no one|nobody) (?:has|have) (?:happened|been done|contacted|called|replied|changed)\b|\bnothing (?:has )?happened\b`,
      -3,
    ],
    [String.raw`\b(?:lost|missing|disappeared|went missing|never showed)\b`, -2],
    [
      String.raw`\b(?:on hold for|kept on hold|passed from pillar to post|ignored|fobbed off|runaround|run around|left hanging)\b`,
      -2.5,
    ],
    [String.raw`\b(?:once again|yet again|keep having to|keeps happening|every time|over and over)\b`, -1.5],
    // Bare "again" also asks for a resend ("send it again"): weak.
    [String.raw`(?<!working |works |work |fine |back )\bagain\b`, -0.8],
    [String.raw`\bnot (?:\w+ )?(?:correct|right|what i ordered|as described|acceptable|good enough)\b`, -2.5],
    [
      String.raw`\b(?:says|said|shows|showed|showing|according to|claims|claimed|supposed to|meant to|due to|booked for|scheduled for)\b[^.!?\n]{0,80}?\bbut\b`,
      -2,
    ],
    [
      String.raw`\b(?:(?:has|have|had|was|were|is|are) (?:not|never)|hasn't|haven't|hadn't|wasn't|weren't|isn't|aren't)(?: yet| been| even)? \w+ed\b|\bnever (?:\w+ ){0,2}\w+ed\b`,
      -2.5,
    ],
    [
      String.raw`\b(?:dropped out|drops out|drop out|cuts out|cut out|keeps? (?:dropping|crashing|freezing|cutting|failing|logging)|keep (?:getting|having|being|receiving)|by itself|on its own|soaked|drenched|mouldy|moldy)\b`,
      -2.5,
    ],
    [String.raw`\btook (?:\w+ )?(?:${NUM_EN}|over|more than|almost|nearly) (?:days|weeks|months|hours)\b`, -2.5],
    [
      String.raw`\b(?:(?:much |too |so |a size |two sizes )?(?:higher|smaller|bigger|larger|shorter|longer|more expensive|different) than|too (?:high|small|big|large|short|long|expensive|slow))\b`,
      -1.5,
    ],
    [
      String.raw`\bwithout (?:me |us |my |our )?(?:asking|agreeing|knowing|consent|permission|approval)\b|\b(?:someone else|somebody else|another customer)\b|\b(?:reminder letters?|debt collect\w*|late fee|penalty fee|final notice)\b`,
      -2,
    ],
    [
      String.raw`\bonly (?:${NUM_EN}|one|half|part) (?:of (?:them|the \w+) )?(?:were|was|arrived|came|delivered|work|worked)\b|\b(?:declined|rejected|refused|denied)\b|\bkeep (?:saying|telling|asking|sending)\b`,
      -2,
    ],
    [
      String.raw`\b(?:didn't|did not|doesn't|does not|wasn't|isn't|won't|never) (?:\w+ )?(?:come|show|turn up|arrive|run|go|happen|exist|help|get through)\b`,
      -2.5,
    ],
    [
      String.raw`\b(?:flicker\w*|peeling|peeled|dies|died|overheat\w*|rattl\w+|squeak\w*|stinks|smells of|fell apart|falls apart|came off|fell off|came apart|froze|freezes|crashes|crashed|hole in|holes in|in circles|round in circles|stopped (?:\w+ing)|keeps? \w+ing)\b`,
      -2,
    ],
    [String.raw`\b(?:i|we) (?:asked|requested|ordered|paid|booked|chose|selected) (?:for )?[^.!?\n]{0,60}?\bbut\b`, -2],
    [String.raw`\b(?:even though|although|whereas|despite)\b`, -1.5],
    [
      String.raw`\bwithout (?:any |prior |a )?(?:notice|warning|explanation|reason|permission|consent|my consent|asking)\b|\b(?:arrived|delivered|came|sent) without\b`,
      -2.5,
    ],
    [
      String.raw`\b(?:doesn't|does not|don't|do not|didn't|did not|won't|will not) (?:\w+ )?(?:fit|match|charge|connect|turn on|switch on|start|open|load|close|play|print|sync)\b`,
      -2.5,
    ],
    [String.raw`\b(?:it is now|it's now|that was|now it is)\b`, -1.5],
    [
      String.raw`\b(?:scratch|scratches|scratched|dent|dented|dents|crack|stain|stained|stains|tear|hole|leak|leaks|rust)\b`,
      -2.5,
    ],
    [
      String.raw`\b(?:only (?:plays?|works?|shows?|charges?|lasts?|received|got|had|half)|half of|but (?:we|i) (?:only|never|didn't|did not|haven't|have not))\b`,
      -2,
    ],
    [String.raw`\b(?:went|gone|increased|raised) (?:up )?from\b`, -1.5],
    [
      String.raw`\bexpected (?:\w+ ){0,3}(?:better|more)\b|\bnot what i (?:had )?expected\b|\bconsider(?:ing)? (?:leaving|switching|cancel\w*|moving)\b`,
      -2.5,
    ],
    [
      String.raw`\b(?:cancel (?:my|the|our) (?:subscription|contract|account|membership)|switch(?:ing)? to (?:another|a different|a competitor)|(?:take|taking) my business elsewhere|another (?:provider|supplier|company|bank)|lawyer|legal action|small claims|ombudsman|trading standards|bad review|negative review|one-star review|1-star review|trustpilot)\b`,
      -2,
    ],
  ]),
  fr: rules([
    [String.raw`\btoujours (?:pas|rien|aucun|aucune|en attente|pas recu)\b`, -3],
    [String.raw`\b(?:pas|jamais) (?:encore )?(?:recu|livre|livree|rembourse|remboursee|repondu|arrive|arrivee|resolu)\b`, -3],
    [String.raw`\b(?:ne|n') ?(?:fonctionne|marche) (?:pas|plus)\b|\ben panne\b`, -3],
    [String.raw`\bpersonne ne (?:repond|rappelle|decroche)\b|\baucune (?:reponse|nouvelle|solution)\b`, -3],
    [String.raw`\b(?:deja|depuis|plus de) ${NUM_FR} (?:fois|jours|semaines|mois)\b`, -2.5],
    [
      String.raw`\b(?:mauvais|mauvaise|erreur de) (?:article|produit|colis|taille|couleur|commande|adresse)\b|\b(?:casse|cassee|defectueux|defectueuse|abime|abimee|endommage)\b`,
      -2.5,
    ],
    [String.raw`\b(?:debite|facture|preleve)e?s? (?:deux fois|en double)\b|\ben retard\b|\bbloque\b`, -2.5],
    [String.raw`\b(?:probleme|erreur|panne)s?\b`, -1.5],
  ]),
  de: rules([
    [String.raw`\bimmer noch (?:nicht|kein|keine|keinen|nichts|kaputt|defekt)\b`, -3],
    [
      String.raw`\b(?:noch )?(?:nicht|nie) (?:\w+ )?(?:erhalten|geliefert|angekommen|zuruckgezahlt|erstattet|beantwortet|gelost|bearbeitet)\b`,
      -3,
    ],
    [String.raw`\bfunktioniert (?:\w+ )?(?:nicht|nie)\b|\b(?:kaputt|defekt|beschadigt|gebrochen)\b`, -3],
    [String.raw`\bniemand (?:antwortet|meldet sich|ruft zuruck|hilft)\b|\bkeine (?:antwort|reaktion|ruckmeldung|losung)\b`, -3],
    [String.raw`\b(?:schon|bereits|seit) ${NUM_DE} (?:mal|tagen|wochen|monaten|tage|wochen)\b`, -2.5],
    [
      String.raw`\b(?:falsche[nrs]?) (?:artikel|ware|grosse|farbe|lieferung|rechnung|adresse)\b|\bdoppelt (?:abgebucht|berechnet|bezahlt)\b`,
      -2.5,
    ],
    [String.raw`\b(?:ich )?warte (?:seit|noch|immer noch)\b|\bgesperrt\b|\bverspatet\b`, -2.5],
    [String.raw`\b(?:problem|probleme|fehler|storung)\b`, -1.5],
  ]),
};

/** Genuine praise and "it is solved" statements (positive). */
export const PRAISE: Record<LexLang, PhraseRule[]> = {
  nl: rules([
    [
      String.raw`\b(?:snel|goed|prima|super|top|geweldig|fantastisch|vriendelijk|keurig|fijn|netjes|uitstekend) (?:en \w+ )?geholpen\b`,
      3,
    ],
    [
      String.raw`\b(?:snelle|vlotte|goede|fijne|prima|uitstekende|geweldige|top|vriendelijke|heldere|duidelijke) (?:service|levering|reactie|hulp|afhandeling|oplossing|uitleg|medewerker|medewerkster|klantenservice)\b`,
      3,
    ],
    [String.raw`\bwerkt (?:weer|perfect|prima|goed|uitstekend|als een zonnetje|naar behoren)\b`, 2.5],
    [
      String.raw`\b(?:is|zijn|werd) (?:eindelijk |netjes |keurig |snel |vandaag |inmiddels )?(?:opgelost|geleverd|aangekomen|ontvangen|terugbetaald|teruggestort|bezorgd|gerepareerd|hersteld)\b`,
      1.5,
    ],
    [
      String.raw`\b(?:complimenten?|een aanrader|aanrader|petje af|chapeau|hulde|heel erg bedankt|ontzettend bedankt|super bedankt|hartelijk dank voor)\b`,
      3,
    ],
    [String.raw`\b(?:probleem|problemen|storing) (?:is |zijn |werd |snel |netjes )?(?:opgelost|verholpen)\b`, 2.5],
    [String.raw`\b(?:meer dan tevreden|dik tevreden|zeer tevreden|erg tevreden|heel tevreden|blij mee)\b`, 2],
  ]),
  en: rules([
    [
      String.raw`\b(?:quick|quickly|fast|great|brilliant|excellent|amazing|fantastic|friendly|helpful|prompt|superb|outstanding|wonderful) (?:\w+ )?(?:help|service|response|reply|delivery|support|resolution|answer|explanation)\b`,
      3,
    ],
    [String.raw`\bworks (?:again|perfectly|great|fine|like a charm)\b|\bworking (?:again|perfectly|fine)\b`, 2.5],
    [
      String.raw`\b(?:is|was|has been|have been|got) (?:now |finally |already |quickly )?(?:sorted|resolved|fixed|delivered|refunded|repaired)\b`,
      1.5,
    ],
    [
      String.raw`\b(?:well done|keep up the good work|above and beyond|highly recommend|made my day|thank you so much|thanks so much|many thanks for|thanks a lot for|really appreciate)\b`,
      3,
    ],
    [String.raw`\b(?:very|really|so) (?:happy|pleased|satisfied) with\b`, 2],
    [String.raw`\b(?:problem|issue|fault) (?:is |was |got |has been )?(?:now )?(?:solved|fixed|resolved|sorted)\b`, 2.5],
  ]),
  fr: rules([[String.raw`\b(?:merci beaucoup|tres satisfait|tres satisfaite|service impeccable|bravo)\b`, 3]]),
  de: rules([[String.raw`\b(?:vielen dank fur|sehr zufrieden|toller service|super service|hervorragender service)\b`, 3]]),
};

/**
 * Greetings, politeness formulas and past satisfaction: their words are not scored ("Met vriendelijke groet" is not
 * praise, and "altijd tevreden geweest" tells loyalty, not how the customer feels now).
 */
export const POLITE: Record<LexLang, RegExp> = {
  nl: /\b(?:met )?(?:vriendelijke|hartelijke|beste|lieve) groet(?:en)?\b|\balvast (?:hartelijk |heel erg |erg |vriendelijk )?(?:bedankt|dank)(?: voor (?:de|uw|je|jullie) (?:moeite|hulp|reactie|medewerking))?\b|\bbij voorbaat (?:hartelijk |vriendelijk )?dank\b|\bdank (?:u|je) (?:wel )?(?:alvast|bij voorbaat|voor (?:de|uw|je) (?:moeite|medewerking))\b|^[^\S\n]*(?:beste|geachte|lieve|hallo|hoi)\b|\btrouwe klant\b|\b(?:ik )?(?:hoor|hoop) (?:graag|snel)(?: iets)?(?: van (?:u|jullie|je))?\b|\bfijne (?:dag|avond|middag|weekend)\b|\bgroetjes\b|\bmet vriendelijke\b|\b(?:altijd|steeds|jarenlang|tot nu toe|tot nu) (?:\w+ )?(?:heel |erg |zeer )?(?:tevreden|blij) (?:geweest|over jullie|met jullie)\b|\bnog nooit (?:\w+ )?(?:problemen|klachten)\b/gm,
  en: /\b(?:thanks|thank you|many thanks) in advance\b|\b(?:kind|best|warm|warmest) (?:regards|wishes)\b|^[^\S\n]*(?:dear|hello|hi|hey|good (?:morning|afternoon|evening))\b|\blooking forward to (?:your reply|your response|hearing from you)\b|\b(?:a |an )?(?:loyal|long-standing|longstanding|regular) customer\b|\bhave a (?:nice|good|great|lovely) (?:day|weekend|evening)\b|\bhope to hear\b|\bthanks for (?:your|the) (?:help|time|reply|response|patience)(?=[^.!?\n]{0,40}\b(?:but|however)\b)|\bi (?:would|'d) (?:like|love) to\b|\bplease\b|\b(?:always|had always) been (?:\w+ )?(?:happy|satisfied|pleased)\b|\bnever had (?:a |any )?(?:problem|issue|complaint)s?\b/gm,
  fr: /\b(?:cordialement|bien a vous|bonjour|madame|monsieur|merci d'avance|merci par avance)\b/gm,
  de: /\b(?:mit freundlichen grussen|sehr geehrte[rs]?|vielen dank im voraus|danke im voraus|liebe grusse)\b/gm,
};

/** Thank-you words: positive in a thank-you message, mere courtesy in a complaint. */
export const COURTESY: Record<LexLang, Set<string>> = {
  nl: new Set(['bedankt', 'dank', 'dankjewel', 'dankuwel', 'dankjulliewel', 'bedankje']),
  en: new Set(['thanks', 'thank', 'thankyou', 'appreciate', 'appreciated', 'cheers']),
  fr: new Set(['merci']),
  de: new Set(['danke', 'dank']),
};

export const NEGATORS: Record<LexLang, Set<string>> = {
  nl: new Set(['niet', 'geen', 'nooit', 'niemand', 'niets', 'niks', 'nergens', 'zonder', 'allerminst']),
  en: new Set(['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'cannot', 'hardly', 'barely']),
  fr: new Set(['pas', 'jamais', 'aucun', 'aucune', 'personne', 'rien', 'sans']),
  de: new Set(['nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'niemals', 'ohne', 'nichts', 'niemand']),
};

export const INTENSIFIERS: Record<LexLang, Map<string, number>> = {
  nl: new Map([
    ['heel', 1.5],
    ['erg', 1.5],
    ['zeer', 1.6],
    ['ontzettend', 1.8],
    ['echt', 1.4],
    ['enorm', 1.7],
    ['super', 1.5],
    ['vreselijk', 1.8],
    ['verschrikkelijk', 1.8],
    ['bijzonder', 1.4],
    ['uiterst', 1.7],
    ['totaal', 1.6],
    ['compleet', 1.6],
    ['volledig', 1.5],
    ['hartstikke', 1.6],
    ['mega', 1.6],
    ['extreem', 1.8],
    ['werkelijk', 1.4],
    ['absoluut', 1.6],
    ['zo', 1.3],
    ['ongelooflijk', 1.8],
    ['knap', 1.2],
    ['behoorlijk', 1.3],
    ['diep', 1.5],
  ]),
  en: new Map([
    ['very', 1.5],
    ['extremely', 1.8],
    ['totally', 1.6],
    ['really', 1.4],
    ['so', 1.3],
    ['incredibly', 1.8],
    ['absolutely', 1.6],
    ['completely', 1.6],
    ['utterly', 1.8],
    ['truly', 1.4],
    ['highly', 1.4],
    ['deeply', 1.6],
    ['super', 1.5],
    ['terribly', 1.7],
    ['awfully', 1.6],
    ['seriously', 1.5],
    ['too', 1.3],
    ['most', 1.3],
    ['beyond', 1.4],
  ]),
  fr: new Map([
    ['tres', 1.5],
    ['vraiment', 1.4],
    ['extremement', 1.8],
    ['totalement', 1.6],
    ['completement', 1.6],
    ['trop', 1.3],
  ]),
  de: new Map([
    ['sehr', 1.5],
    ['wirklich', 1.4],
    ['extrem', 1.8],
    ['total', 1.6],
    ['vollig', 1.6],
    ['absolut', 1.6],
    ['echt', 1.4],
    ['ganz', 1.3],
  ]),
};

/** All-capital words that are names, not shouting. */
export const ACRONYMS = new Set(
  `ing kpn abn amro btw iban bic eur usd gbp pdf dhl ups tnt dpd gls ns kvk acm asap ok nl be uk usa eu faq ceo sms app
  wifi tv id pin url html api gb mb kb tb cc bcc re fw fwd cet cest gmt am pm nb ps vat bv nv ltd inc sepa ikea hema
  bol ov vvd ceo cv ict it hr rtl nos sbs ah ns bmw vw gps usb hdmi led lcd dvd cd ssd hd iphone ipad mvg mfg pc
  nb lg hp ibm sim esim 4g 5g dsl adsl glasvezel ziggo vodafone odido`
    .split(/\s+/)
    .filter(Boolean),
);
