/**
 * The phrase library: ready-to-insert lines per kind, emotion and language. Every line is written as a Dutch and
 * English pair with the same id apart from the language, so both libraries stay complete.
 *
 * Template grammar (see `templateProblems` in schema.ts and `renderCard` in suggest/):
 * - `{name}`, `{time}`, `{day}`, `{next_step}`, `{organisation}` are filled in;
 * - `[...]` is an optional group, dropped whole when a placeholder inside it has no value. `{name}` lives only in
 *   such groups, so a card reads well without a name: "Dat begrijp ik[, {name}]." → "Dat begrijp ik."
 * - English `{day}` carries its own preposition ("today", "tomorrow", "on Monday"), so cards write "{day} at {time}".
 */
import { z } from 'zod';
import { phraseCardSchema, type PhraseCardInput } from './schema';
import { informalNl } from './phrases-informal';

type Meta = Omit<PhraseCardInput, 'id' | 'kind' | 'lang' | 'text'>;

/** One line in both languages: ids `<kind>.<topic>.nl.<n>` and `<kind>.<topic>.en.<n>`. */
function pair(kind: PhraseCardInput['kind'], topic: string, n: number, meta: Meta, nl: string, en: string): PhraseCardInput[] {
  const nlId = `${kind}.${topic}.nl.${n}`;
  // The "je" line lives in phrases-informal.ts, under the same id.
  const informal = informalNl[nlId];
  return [
    { id: nlId, kind, lang: 'nl', text: nl, ...(informal !== undefined ? { informal } : {}), ...meta },
    { id: `${kind}.${topic}.en.${n}`, kind, lang: 'en', text: en, ...meta },
  ];
}

const COMPLAINT_EMOTIONS = ['anger', 'frustration', 'disappointment', 'worry', 'none'] as const;

const empathy = (emotion: (typeof COMPLAINT_EMOTIONS)[number], n: number, extra: Partial<Meta>, nl: string, en: string) =>
  pair(
    'empathy',
    emotion,
    n,
    { emotions: [emotion], satisfies: 'understanding', sources: ['000', '001', '003'], ...extra },
    nl,
    en,
  );
const apology = (emotion: (typeof COMPLAINT_EMOTIONS)[number], n: number, extra: Partial<Meta>, nl: string, en: string) =>
  pair('apology', emotion, n, { emotions: [emotion], satisfies: 'apology', sources: ['000', '001'], ...extra }, nl, en);

export const phraseCards = z.array(phraseCardSchema).parse([
  // Empathy: the emotional half of the complaint first (000), in the "I" form (001), the feeling accepted as
  // normal (003). Stronger lines only at higher intensity, where a mild one would sound hollow.
  ...empathy(
    'anger',
    1,
    { intensity: [1, 2, 3] },
    'Ik begrijp heel goed dat u hier boos over bent[, {name}]. Zo had het niet mogen gaan.',
    "I completely understand why you're angry about this[, {name}]. It should not have gone this way.",
  ),
  ...empathy(
    'anger',
    2,
    { intensity: [2, 3] },
    'Ik kan me goed voorstellen dat u hier kwaad om bent[, {name}]; in uw plaats was ik dat ook geweest.',
    'I can well imagine how angry this has made you[, {name}]; in your place I would have been angry too.',
  ),
  ...empathy(
    'anger',
    3,
    { intensity: [3] },
    'Ik begrijp volkomen dat u hier woedend over bent[, {name}]. Ieder mens zou dat zijn, ik ook.',
    "I fully understand that you're furious about this[, {name}]. Anyone would be, me included.",
  ),
  ...empathy(
    'anger',
    4,
    { intensity: [2, 3], cues: ['repeat'] },
    'Ik hoor dat u zich niet serieus genomen voelt[, {name}]. Dat u hierover opnieuw moet klagen, zou iedereen boos maken.',
    "I understand that you feel you haven't been taken seriously[, {name}]. Having to complain about this again would make anyone angry.",
  ),
  ...empathy(
    'frustration',
    1,
    {},
    'Wat vervelend dat u hier zoveel moeite voor heeft moeten doen[, {name}]. Ik begrijp uw frustratie goed.',
    "How annoying that you've had to go to so much trouble over this[, {name}]. I understand your frustration.",
  ),
  ...empathy(
    'frustration',
    2,
    { cues: ['repeat'] },
    'Ik begrijp hoe frustrerend het is om steeds opnieuw te moeten uitleggen wat er aan de hand is[, {name}].',
    'I understand how frustrating it is to have to explain the problem again and again[, {name}].',
  ),
  ...empathy(
    'frustration',
    3,
    { intensity: [2, 3] },
    'Als ik het goed begrijp[, {name}], loopt u al een hele tijd tegen hetzelfde probleem aan. Dat zou iedereen frustreren.',
    "If I understand you correctly[, {name}], you've been running into the same problem for quite a while. That would frustrate anyone.",
  ),
  ...empathy(
    'disappointment',
    1,
    {},
    'Ik begrijp dat u teleurgesteld bent[, {name}]: u mocht terecht meer van ons verwachten.',
    "I understand you're disappointed[, {name}]: you had every reason to expect more from us.",
  ),
  ...empathy(
    'disappointment',
    2,
    {},
    'Dit is niet de ervaring die u bij ons hoort te hebben[, {name}], en ik snap goed dat het tegenvalt.',
    "This isn't the experience we want you to have with us[, {name}], and I can see why it's a letdown.",
  ),
  ...empathy(
    'disappointment',
    3,
    { intensity: [2, 3], cues: ['churn'] },
    'Als ik u goed begrijp[, {name}], valt het resultaat ver onder wat u had verwacht. Dat is een flinke tegenvaller, zeker na al die tijd bij ons.',
    'If I understand you correctly[, {name}], the result fell far short of what you expected. That is a real letdown, especially after all your time with us.',
  ),
  ...empathy(
    'worry',
    1,
    {},
    'Ik begrijp dat dit onzekerheid geeft[, {name}], en dat u snel wilt weten waar u aan toe bent.',
    "I understand this leaves you uncertain[, {name}], and that you'd like to know quickly where you stand.",
  ),
  ...empathy(
    'worry',
    2,
    { cues: ['urgency'] },
    'Uw zorgen zijn heel begrijpelijk[, {name}]. Ik zorg dat u zo snel mogelijk duidelijkheid krijgt.',
    "Your concern is completely understandable[, {name}]. I'll make sure you get clarity as soon as I can.",
  ),
  ...empathy(
    'worry',
    3,
    { intensity: [2, 3] },
    'Ik kan me voorstellen dat dit u bezighoudt[, {name}]; dat zou bij mij precies zo zijn.',
    'I can imagine that this is weighing on you[, {name}]; it would be exactly the same for me.',
  ),
  ...empathy(
    'none',
    1,
    {},
    'Ik begrijp dat u hier graag duidelijkheid over wilt[, {name}].',
    "I understand you'd like some clarity on this[, {name}].",
  ),
  ...empathy(
    'none',
    2,
    {},
    'Begrijpelijk dat u dit bij ons aankaart[, {name}]; ik kijk er graag samen met u naar.',
    "It's understandable that you raised this with us[, {name}]; I'm happy to look into it with you.",
  ),

  // Apology: on behalf of the organisation ("we", "namens ons bedrijf"), never blaming a colleague (001), no "but".
  ...apology(
    'anger',
    1,
    {},
    'Wij[ van {organisation}] bieden u onze oprechte excuses aan: dit had niet mogen gebeuren.',
    'On behalf of all of us[ at {organisation}], I sincerely apologise: this should never have happened.',
  ),
  ...apology(
    'anger',
    2,
    { intensity: [2, 3] },
    'Het spijt ons echt dat het zo ver is gekomen[, {name}]. Namens ons hele bedrijf bied ik u daarvoor excuses aan.',
    "We're truly sorry it has come to this[, {name}]. On behalf of the whole company, I apologise.",
  ),
  ...apology(
    'anger',
    3,
    { cues: ['repeat'] },
    'Excuses dat u ons hier opnieuw over moet aanspreken[, {name}]; dat had niet nodig mogen zijn.',
    "I'm sorry you've had to contact us about this again[, {name}]; that should not have been necessary.",
  ),
  ...apology(
    'frustration',
    1,
    {},
    'Het spijt ons dat u zoveel moeite heeft moeten doen[, {name}]. Dat hadden wij u moeten besparen.',
    "We're sorry you've had to go to so much trouble[, {name}]. We should have spared you that.",
  ),
  ...apology(
    'frustration',
    2,
    {},
    'Onze excuses voor al het gedoe dat dit u heeft bezorgd[, {name}].',
    'Our apologies for all the hassle this has caused you[, {name}].',
  ),
  ...apology(
    'frustration',
    3,
    { cues: ['repeat'] },
    'Sorry dat u zo lang op een echte oplossing heeft moeten wachten[, {name}]. Dat ligt bij ons, niet bij u.',
    "I'm sorry you've had to wait so long for a real solution[, {name}]. That is down to us, not you.",
  ),
  ...apology(
    'disappointment',
    1,
    {},
    'Het spijt ons dat we uw verwachtingen niet hebben waargemaakt[, {name}].',
    "We're sorry we didn't live up to your expectations[, {name}].",
  ),
  ...apology(
    'disappointment',
    2,
    {},
    'Namens ons bedrijf bied ik u mijn excuses aan[, {name}]: u had beter verdiend.',
    'On behalf of the company, I apologise[, {name}]: you deserved better.',
  ),
  ...apology(
    'disappointment',
    3,
    {},
    'Wij[ van {organisation}] vinden het echt jammer dat het zo is gelopen, en bieden u daarvoor onze excuses aan.',
    'We[ at {organisation}] truly regret how this turned out, and we apologise for it.',
  ),
  ...apology(
    'worry',
    1,
    {},
    'Het spijt ons dat u hierdoor in onzekerheid zit[, {name}].',
    "We're sorry this has left you feeling uncertain[, {name}].",
  ),
  ...apology(
    'worry',
    2,
    {},
    'Excuses dat we u niet eerder duidelijkheid hebben gegeven[, {name}]; dat hadden we wel moeten doen.',
    'Apologies for not giving you clarity sooner[, {name}]; we should have done.',
  ),
  ...apology(
    'worry',
    3,
    {},
    'Het spijt me dat dit u zorgen baart[, {name}]. Wij hadden u eerder moeten informeren.',
    "I'm sorry this has caused you worry[, {name}]. We should have kept you informed earlier.",
  ),
  ...apology(
    'none',
    1,
    {},
    'Het spijt ons dat het niet is gegaan zoals u mocht verwachten[, {name}].',
    "We're sorry this didn't go the way you could expect[, {name}].",
  ),
  ...apology(
    'none',
    2,
    {},
    'Wij[ van {organisation}] bieden u onze excuses aan voor deze vervelende ervaring.',
    'On behalf of everyone[ at {organisation}], we apologise for this unpleasant experience.',
  ),

  // Solving (000): facts, summary, next step, a concrete time; compensation when nothing else works (001).
  ...pair(
    'solution',
    'facts',
    1,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'solution', part: 'facts', situation: 'complaint', sources: ['000'] },
    'Ik zoek dit graag voor u uit; daarvoor heb ik eerst de feiten nodig: om welk order- of klantnummer gaat het, en wanneer merkte u het probleem voor het eerst?',
    "I'll sort this out for you; to do it properly I first need the facts: which order or customer number is it about, and when did you first notice the problem?",
  ),
  ...pair(
    'solution',
    'summary',
    1,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'solution', part: 'summary', sources: ['000', '002'] },
    'Ik zal het even kort samenvatten, zodat we zeker hetzelfde bedoelen: … Klopt dat zo?',
    "I'll sum up briefly, so we're sure we mean the same thing: … Is that right?",
  ),
  ...pair(
    'solution',
    'next_step',
    1,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'solution', part: 'next_step', sources: ['000', '004'] },
    'Dit is wat ik nu voor u doe: {next_step}. Bij elke stap laat ik u weten hoe het ervoor staat.',
    "Here's what happens next: {next_step}. I'll let you know how things stand at every step.",
  ),
  ...pair(
    'solution',
    'next_step',
    2,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'solution', part: 'next_step', sources: ['003', '002'] },
    'Wat ik in elk geval voor u kan doen, is dit: {next_step}.',
    'What I can certainly do for you is this: {next_step}.',
  ),
  ...pair(
    'solution',
    'time',
    1,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'time_commitment', part: 'time', sources: ['000'] },
    'Ik ga dit voor u na en bel u {day} om {time}. Komt dat tijdstip u gelegen?',
    "I'll look into this and phone you {day} at {time}. Would that time work for you?",
  ),
  ...pair(
    'solution',
    'time',
    2,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'time_commitment', part: 'time', sources: ['000', '004'] },
    'Uiterlijk {day} om {time} laat ik u weten hoe het ervoor staat, ook als ik dan nog niet alles weet.',
    "I'll let you know where things stand {day} at {time} at the latest, even if I don't have every answer by then.",
  ),
  ...pair(
    'solution',
    'compensation',
    1,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'solution', part: 'compensation', situation: 'complaint', sources: ['001'] },
    'Als we dit niet helemaal kunnen rechtzetten, zoek ik graag met u uit wat een passende tegemoetkoming zou zijn. Wat zou het voor u weer goedmaken?',
    "If we can't fully put this right, I'll gladly work out with you what would make up for it. What would feel fair to you?",
  ),

  // Beyond expectation (000 point 4, 004): a personal gesture, never a discount alone; keyed by customer type (002).
  ...pair(
    'beyond',
    'any',
    1,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'beyond', situation: 'complaint', sources: ['000'] },
    'Als alles is opgelost, bel ik u over een maand even op om te horen of alles nog naar wens is.',
    "Once everything is sorted, I'll call you in a month to check that all is still well.",
  ),
  ...pair(
    'beyond',
    'active_hater',
    1,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'beyond', customerTypes: ['active_hater'], sources: ['002', '000'] },
    'Zodra het hersteld is, bel ik u persoonlijk na om te horen of alles werkt zoals het hoort.',
    "As soon as it's fixed, I'll personally call you to check that everything works as it should.",
  ),
  ...pair(
    'beyond',
    'active_hater',
    2,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'beyond', customerTypes: ['active_hater'], sources: ['002'] },
    'Vanaf nu ben ik uw vaste aanspreekpunt: u kunt mij persoonlijk bellen en hoeft uw verhaal niet opnieuw te doen.',
    "From now on I'm your single point of contact: I'll personally follow up on this, so you won't have to tell your story again.",
  ),
  ...pair(
    'beyond',
    'extreme_critic',
    1,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'beyond', customerTypes: ['extreme_critic'], sources: ['002', '000'] },
    'Uw opmerking heb ik doorgegeven aan de collega’s die hierover gaan; ik neem persoonlijk contact met u op over wat we ermee doen.',
    "I've passed your remark on to the colleagues responsible, and I'll personally follow up with you on what we do with it.",
  ),
  ...pair(
    'beyond',
    'extreme_critic',
    2,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'beyond', customerTypes: ['extreme_critic'], sources: ['002', '004'] },
    'Ik geef uw melding extra aandacht en houd u bij elke stap op de hoogte, zodat u ziet dat we er echt werk van maken.',
    "I'll give your report extra attention and keep you posted at every step, so you can see we're really acting on it.",
  ),
  ...pair(
    'beyond',
    'loyal_irritated',
    1,
    {
      emotions: [...COMPLAINT_EMOTIONS],
      satisfies: 'beyond',
      customerTypes: ['loyal_irritated'],
      cues: ['churn'],
      sources: ['002', '000'],
    },
    'U bent al lang klant bij ons en dat waarderen we enorm. Daarom vraag ik mijn leidinggevende om u persoonlijk te bellen.',
    "You've been with us for a long time and we value that enormously, so my manager will call you personally.",
  ),
  ...pair(
    'beyond',
    'loyal_irritated',
    2,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'beyond', customerTypes: ['loyal_irritated'], sources: ['004'] },
    'Als het is opgelost, sturen we u als blijk van waardering een handgeschreven kaart en een kleine attentie.',
    "Once it's resolved, we'd like to send you a handwritten card and a small gift as a token of our appreciation.",
  ),
  ...pair(
    'beyond',
    'passionate',
    1,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'beyond', customerTypes: ['passionate'], sources: ['002', '004'] },
    'Fijn dat u ons dit zo eerlijk laat weten. Als dank sturen we u een kleine attentie met een persoonlijk kaartje.',
    "Thank you for being so open with us. As a thank-you, we're sending you a small gift with a personal note.",
  ),
  ...pair(
    'beyond',
    'passionate',
    2,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'beyond', customerTypes: ['passionate'], sources: ['002'] },
    'Uw reactie helpt ons echt verder. Graag bel ik u persoonlijk na om te horen wat we nog meer voor u kunnen doen.',
    "Your feedback really helps us. I'd like to personally call you to hear what else we can do for you.",
  ),

  // Thanks for the complaint (004); a plain thank-you for ordinary questions and compliments.
  ...pair(
    'thanks',
    'complaint',
    1,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'thanks', situation: 'complaint', sources: ['004'] },
    'Dank u wel dat u dit aan ons laat weten[, {name}]. Alleen zo kunnen we het rechtzetten en beter doen.',
    "Thank you for letting us know[, {name}]. It's the only way we can put this right and do better.",
  ),
  ...pair(
    'thanks',
    'complaint',
    2,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'thanks', situation: 'complaint', sources: ['004', '002'] },
    'Bedankt voor uw klacht[, {name}]: fijn dat u de moeite neemt om het ons te vertellen.',
    "Thank you for your complaint[, {name}]: I'm glad you took the trouble to tell us.",
  ),
  ...pair(
    'thanks',
    'question',
    1,
    { emotions: ['none'], satisfies: 'thanks', situation: 'question' },
    'Dank u wel voor uw bericht[, {name}].',
    'Thank you for your message[, {name}].',
  ),
  ...pair(
    'thanks',
    'question',
    2,
    { emotions: ['none'], satisfies: 'thanks', situation: 'question' },
    'Dank voor uw vraag[, {name}]; fijn dat u contact met ons opneemt.',
    "Thanks for your question[, {name}]; it's good to hear from you.",
  ),

  // Feedback (004; 002 summary point 9).
  ...pair(
    'feedback',
    'complaint',
    1,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'feedback', situation: 'complaint', sources: ['004', '002'] },
    'Mag ik u nog één ding vragen: wat kunnen wij volgens u beter doen? Uw antwoord helpt ons om dit voortaan te voorkomen.',
    'May I ask you one more thing: what could we have done better, in your view? Your answer helps us prevent this in future.',
  ),
  ...pair(
    'feedback',
    'complaint',
    2,
    { emotions: [...COMPLAINT_EMOTIONS], satisfies: 'feedback', situation: 'complaint', sources: ['004'] },
    'Heeft u tips hoe we dit voortaan beter kunnen aanpakken? Ik hoor ze graag.',
    "Do you have any tips on how we could handle this better next time? I'd love to hear them.",
  ),
  ...pair(
    'feedback',
    'question',
    1,
    { emotions: ['none'], satisfies: 'feedback', situation: 'question', sources: ['002'] },
    'Hoe kunnen we onze service nog beter maken? Laat het ons gerust weten.',
    'How could we serve you better? Do let us know.',
  ),
]);
