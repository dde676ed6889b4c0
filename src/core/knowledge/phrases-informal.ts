/**
 * The Dutch phrase library in "je": one line per Dutch card of phrases.ts, same id, same meaning, written the way a
 * webcare agent writes to a customer who writes "je" (or when the team always says "je"). Not a word-for-word swap
 * of u → je: the verb forms and the word order follow ("heeft u" → "heb je", "u bent" → "je bent").
 * Same template grammar as phrases.ts; the format test checks that every Dutch card has its line here.
 */
export const informalNl: Readonly<Record<string, string>> = {
  'empathy.anger.nl.1': 'Ik snap heel goed dat je hier boos over bent[, {name}]. Zo had het niet mogen gaan.',
  'empathy.anger.nl.2': 'Ik kan me goed voorstellen dat je hier kwaad om bent[, {name}]; in jouw plaats was ik dat ook geweest.',
  'empathy.anger.nl.3': 'Ik begrijp helemaal dat je hier woedend over bent[, {name}]. Iedereen zou dat zijn, ik ook.',
  'empathy.anger.nl.4':
    'Ik hoor dat je je niet serieus genomen voelt[, {name}]. Dat je hier opnieuw over moet klagen, zou iedereen boos maken.',
  'empathy.frustration.nl.1':
    'Wat vervelend dat je hier zoveel moeite voor hebt moeten doen[, {name}]. Ik snap je frustratie goed.',
  'empathy.frustration.nl.2':
    'Ik begrijp hoe frustrerend het is om steeds opnieuw te moeten uitleggen wat er aan de hand is[, {name}].',
  'empathy.frustration.nl.3':
    'Als ik het goed begrijp[, {name}], loop je al een hele tijd tegen hetzelfde probleem aan. Dat zou iedereen frustreren.',
  'empathy.disappointment.nl.1': 'Ik begrijp dat je teleurgesteld bent[, {name}]: je mocht terecht meer van ons verwachten.',
  'empathy.disappointment.nl.2':
    'Dit is niet de ervaring die je bij ons hoort te hebben[, {name}], en ik snap goed dat het tegenvalt.',
  'empathy.disappointment.nl.3':
    'Als ik je goed begrijp[, {name}], valt het resultaat ver onder wat je had verwacht. Dat is een flinke tegenvaller, zeker na al die tijd bij ons.',
  'empathy.worry.nl.1': 'Ik begrijp dat dit onzekerheid geeft[, {name}], en dat je snel wilt weten waar je aan toe bent.',
  'empathy.worry.nl.2': 'Je zorgen zijn heel begrijpelijk[, {name}]. Ik zorg dat je zo snel mogelijk duidelijkheid krijgt.',
  'empathy.worry.nl.3': 'Ik kan me voorstellen dat dit je bezighoudt[, {name}]; dat zou bij mij precies zo zijn.',
  'empathy.none.nl.1': 'Ik begrijp dat je hier graag duidelijkheid over wilt[, {name}].',
  'empathy.none.nl.2': 'Goed dat je dit bij ons aankaart[, {name}]; ik kijk er graag samen met je naar.',
  'apology.anger.nl.1': 'Wij[ van {organisation}] bieden je onze oprechte excuses aan: dit had niet mogen gebeuren.',
  'apology.anger.nl.2':
    'Het spijt ons echt dat het zo ver is gekomen[, {name}]. Namens ons hele bedrijf bied ik je daarvoor excuses aan.',
  'apology.anger.nl.3': 'Excuses dat je ons hier opnieuw over moet aanspreken[, {name}]; dat had niet nodig mogen zijn.',
  'apology.frustration.nl.1': 'Het spijt ons dat je zoveel moeite hebt moeten doen[, {name}]. Dat hadden we je moeten besparen.',
  'apology.frustration.nl.2': 'Onze excuses voor al het gedoe dat dit je heeft bezorgd[, {name}].',
  'apology.frustration.nl.3':
    'Sorry dat je zo lang op een echte oplossing hebt moeten wachten[, {name}]. Dat ligt bij ons, niet bij jou.',
  'apology.disappointment.nl.1': 'Het spijt ons dat we je verwachtingen niet hebben waargemaakt[, {name}].',
  'apology.disappointment.nl.2': 'Namens ons bedrijf bied ik je mijn excuses aan[, {name}]: je had beter verdiend.',
  'apology.disappointment.nl.3':
    'Wij[ van {organisation}] vinden het echt jammer dat het zo is gelopen, en bieden je daarvoor onze excuses aan.',
  'apology.worry.nl.1': 'Het spijt ons dat je hierdoor in onzekerheid zit[, {name}].',
  'apology.worry.nl.2': 'Excuses dat we je niet eerder duidelijkheid hebben gegeven[, {name}]; dat hadden we wel moeten doen.',
  'apology.worry.nl.3': 'Het spijt me dat dit je zorgen baart[, {name}]. We hadden je eerder moeten informeren.',
  'apology.none.nl.1': 'Het spijt ons dat het niet is gegaan zoals je mocht verwachten[, {name}].',
  'apology.none.nl.2': 'Wij[ van {organisation}] bieden je onze excuses aan voor deze vervelende ervaring.',
  'solution.facts.nl.1':
    'Ik zoek dit graag voor je uit; daarvoor heb ik eerst de feiten nodig: om welk order- of klantnummer gaat het, en wanneer merkte je het probleem voor het eerst?',
  'solution.summary.nl.1': 'Ik vat het even kort samen, zodat we zeker hetzelfde bedoelen: … Klopt dat zo?',
  'solution.next_step.nl.1': 'Dit is wat ik nu voor je doe: {next_step}. Bij elke stap laat ik je weten hoe het ervoor staat.',
  'solution.next_step.nl.2': 'Wat ik in elk geval voor je kan doen, is dit: {next_step}.',
  'solution.time.nl.1': 'Ik ga dit voor je na en bel je {day} om {time}. Komt dat tijdstip je uit?',
  'solution.time.nl.2': 'Uiterlijk {day} om {time} laat ik je weten hoe het ervoor staat, ook als ik dan nog niet alles weet.',
  'solution.compensation.nl.1':
    'Als we dit niet helemaal kunnen rechtzetten, zoek ik graag met je uit wat een passende tegemoetkoming zou zijn. Wat zou het voor jou weer goedmaken?',
  'beyond.any.nl.1': 'Als alles is opgelost, bel ik je over een maand even op om te horen of alles nog naar wens is.',
  'beyond.active_hater.nl.1': 'Zodra het hersteld is, bel ik je persoonlijk na om te horen of alles werkt zoals het hoort.',
  'beyond.active_hater.nl.2':
    'Vanaf nu ben ik je vaste aanspreekpunt: je kunt mij persoonlijk bellen en hoeft je verhaal niet opnieuw te doen.',
  'beyond.extreme_critic.nl.1':
    'Je opmerking heb ik doorgegeven aan de collega’s die hierover gaan; ik neem persoonlijk contact met je op over wat we ermee doen.',
  'beyond.extreme_critic.nl.2':
    'Ik geef je melding extra aandacht en houd je bij elke stap op de hoogte, zodat je ziet dat we er echt werk van maken.',
  'beyond.loyal_irritated.nl.1':
    'Je bent al lang klant bij ons en dat waarderen we enorm. Daarom vraag ik mijn leidinggevende om je persoonlijk te bellen.',
  'beyond.loyal_irritated.nl.2':
    'Als het is opgelost, sturen we je als blijk van waardering een handgeschreven kaart en een kleine attentie.',
  'beyond.passionate.nl.1':
    'Fijn dat je ons dit zo eerlijk laat weten. Als dank sturen we je een kleine attentie met een persoonlijk kaartje.',
  'beyond.passionate.nl.2':
    'Je reactie helpt ons echt verder. Graag bel ik je persoonlijk na om te horen wat we nog meer voor je kunnen doen.',
  'thanks.complaint.nl.1': 'Bedankt dat je dit aan ons laat weten[, {name}]. Alleen zo kunnen we het rechtzetten en beter doen.',
  'thanks.complaint.nl.2': 'Bedankt voor je klacht[, {name}]: fijn dat je de moeite neemt om het ons te vertellen.',
  'thanks.question.nl.1': 'Bedankt voor je bericht[, {name}].',
  'thanks.question.nl.2': 'Dank voor je vraag[, {name}]; fijn dat je contact met ons opneemt.',
  'feedback.complaint.nl.1':
    'Mag ik je nog één ding vragen: wat kunnen we volgens jou beter doen? Je antwoord helpt ons om dit voortaan te voorkomen.',
  'feedback.complaint.nl.2': 'Heb je tips hoe we dit voortaan beter kunnen aanpakken? Ik hoor ze graag.',
  'feedback.question.nl.1': 'Hoe kunnen we onze service nog beter maken? Laat het ons gerust weten.',
};
