/**
 * A small labelled set written for these tests: calm, factual complaints (the kind a word lexicon calls neutral),
 * plain questions and genuine thank-you messages, in Dutch and English. Names, numbers and shops are made up.
 */
import type { SentimentLabel } from '../../../../src/core/types';

export interface Labelled {
  text: string;
  label: SentimentLabel;
  lang: 'nl' | 'en';
}

const complaintsNl = [
  'Goedemiddag,\n\nIk heb op 12 november een wasmachine besteld (ordernummer 88213340). Volgens de track & trace zou hij vorige week dinsdag geleverd worden, maar er is nog niets gekomen.\n\nMet vriendelijke groet,\nPetra Jansen',
  'Hallo, mijn internet valt sinds maandag elke avond rond 20:00 uit. Ik heb de modem al twee keer opnieuw opgestart. Kunnen jullie kijken wat er aan de hand is?',
  'Beste,\n\nOp mijn rekening is het bedrag van € 34,99 twee keer afgeschreven. Ik heb maar één bestelling geplaatst. Graag het dubbele bedrag terugstorten.\n\nGroet,\nMark',
  'Ik heb een stofzuiger ontvangen maar de slang zat er niet bij. In de doos zaten alleen de stofzuiger en de oplader.',
  'Mijn bankpas is geblokkeerd nadat ik hem één dag gebruikt had. Ik kan nu nergens betalen.',
  'Geachte heer/mevrouw,\n\nIk heb mijn abonnement per 1 oktober opgezegd, maar in november is er toch weer €19,95 geïncasseerd. Ik verzoek u dit bedrag terug te betalen.\n\nHoogachtend,\nW. de Groot',
  'Ik wacht nu al drie weken op mijn terugbetaling van de geretourneerde schoenen. Retour is op 3 november door jullie ontvangen.',
  'De monteur zou vanochtend tussen 8 en 12 langskomen. Het is nu half twee en er is niemand geweest, ook geen bericht.',
  'Ik heb de verkeerde maat ontvangen: besteld in maat 38, geleverd in maat 42.',
  'Sinds de update van gisteren start de app niet meer op mijn telefoon. Hij sluit direct af na het openen.',
  'Ik heb vorige week gebeld over mijn factuur en er zou iemand terugbellen. Dat is niet gebeurd.',
  'Het pakket is volgens jullie bezorgd, maar ik heb niets ontvangen. Ik was de hele dag thuis.',
  'De koelkast die ik twee weken geleden kreeg maakt een hard zoemend geluid en koelt niet goed meer.',
  'Op mijn factuur staan twee maanden abonnementskosten, terwijl ik pas sinds deze maand klant ben.',
  'Ik krijg bij het inloggen steeds de melding dat mijn wachtwoord onjuist is, ook na het resetten.',
  'Mijn retourzending van 5 oktober staat nog steeds op "in behandeling". Ik heb nog geen geld teruggekregen.',
  'De stoel is geleverd zonder schroeven, dus ik kan hem niet in elkaar zetten.',
  'Ik heb drie mails gestuurd over mijn schadeclaim en op geen enkele een reactie gekregen.',
  'Mijn bestelling is gisteren bezorgd, maar de helft van de borden is gebroken aangekomen.',
  'Volgens de website zou de levertijd 2 werkdagen zijn. Ik heb op 1 november besteld en het is nu 15 november.',
];

const complaintsEn = [
  'Hello,\n\nI ordered a desk lamp on 3 March (order no. 4471-229) and it still has not arrived. The tracking page has said "in transit" for eight days.\n\nKind regards,\nEmma Clarke',
  'My account was blocked after one day and I have no idea why. I need access to my invoices.',
  'I was charged twice for the same order. Both payments of £24.99 show on my statement.',
  'The headphones I received only play sound on the left side.',
  'I called three times last week and each time I was told someone would get back to me. Nobody has.',
  'I returned the jacket on 2 October and I still have not received my refund.',
  'The engineer was booked for Tuesday morning but never turned up.',
  'I received the wrong item: I ordered a blue kettle and got a black toaster.',
  'Since the last update the app crashes every time I open the payments screen.',
  'Your website says the parcel was delivered, but there was nothing at my door and the neighbours have not seen it.',
  'My monthly bill went from £30 to £45 without any notice or explanation.',
  'I cancelled my gym membership in August but you have taken the fee again in September and October.',
  'The sofa arrived with a large scratch on the left armrest.',
  'I have been trying to reset my password for two days but the reset email never comes.',
  "My order was supposed to arrive before Friday for my daughter's birthday. It is now Monday.",
  'The replacement charger you sent does not fit my laptop model.',
  'I was promised a call back within 24 hours. That was five days ago.',
  'The invoice lists three licences but we only ever had two users.',
  'I have emailed support four times about this and only received automated replies.',
  'Half of the items in my grocery delivery were missing and I was still charged for them.',
];

const neutralNl = [
  'Wat zijn jullie openingstijden op zaterdag?',
  'Hallo, kan ik mijn bestelling ook ophalen in de winkel in Utrecht?',
  'Beste klantenservice,\n\nIk wil graag mijn adres wijzigen naar Dorpsstraat 12, 3512 AB Utrecht. Kunnen jullie dat aanpassen?\n\nMet vriendelijke groet,\nKarin',
  'Verkopen jullie ook cadeaubonnen?',
  'Is het mogelijk om in termijnen te betalen?',
];

const neutralEn = [
  'Hi, do you ship to Ireland?',
  'What are your opening hours on bank holidays?',
  'Could you tell me whether this jacket is available in size M?',
  'Hello,\n\nI would like to change the email address on my account. How do I do that?\n\nThanks,\nTom',
  'Is there a student discount on the annual plan?',
];

const positiveNl = [
  'Ik wil jullie even bedanken voor de snelle hulp gisteren. Alles werkt weer prima!',
  'Wat een fijne service! Binnen een dag geleverd en netjes verpakt.',
  'Complimenten voor jullie medewerker Sanne, ze heeft me super goed geholpen.',
  'Bedankt voor het meedenken, ik ben erg tevreden met de oplossing.',
  'Top, het pakket is vandaag aangekomen. Heel blij mee!',
];

const positiveEn = [
  'Just wanted to say thank you for sorting this out so quickly. Really appreciate it!',
  'Great service, the parcel arrived a day early and everything was perfect.',
  'Thanks so much to Dave on the phone today, he was incredibly helpful.',
  'The replacement arrived this morning and works perfectly. Very happy with how this was handled.',
  'I love the new app update, it is so much easier to use. Well done!',
];

export const LABELLED: Labelled[] = [
  ...complaintsNl.map((text) => ({ text, label: 'negative' as const, lang: 'nl' as const })),
  ...complaintsEn.map((text) => ({ text, label: 'negative' as const, lang: 'en' as const })),
  ...neutralNl.map((text) => ({ text, label: 'neutral' as const, lang: 'nl' as const })),
  ...neutralEn.map((text) => ({ text, label: 'neutral' as const, lang: 'en' as const })),
  ...positiveNl.map((text) => ({ text, label: 'positive' as const, lang: 'nl' as const })),
  ...positiveEn.map((text) => ({ text, label: 'positive' as const, lang: 'en' as const })),
];
