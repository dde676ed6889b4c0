/**
 * Seed 002's confident-communication advice, customer expectations and needs and its summary; seed 003's
 * avoidable contacts (cause categories for the case log and dashboard); seed 000's learning organisation.
 */
import { z } from 'zod';
import { pointSchema } from './schema';

const points = z.array(pointSchema);

/** The nine strategies of "Zelfverzekerde communicatie met klanten" (002). */
export const confidenceAdvice = points.parse([
  {
    id: 'stand_your_ground',
    sources: ['002'],
    title: { nl: 'Je staat in je recht', en: 'You have a right to respect' },
    text: {
      nl: 'Je bent er om te helpen, en niemand mag je kleineren. Wees tegelijk niet overgevoelig: sommige klanten praten nu eenmaal gebiedend.',
      en: 'You are there to help, and nobody may belittle you. At the same time, don’t be oversensitive: some customers simply sound commanding.',
    },
  },
  {
    id: 'practise_fears',
    sources: ['002'],
    title: { nl: 'Oefen wat je spannend vindt', en: 'Practise what you fear' },
    text: {
      nl: 'Oefen lastige gesprekken voor de spiegel of in een rollenspel met collega’s tot het routine is.',
      en: 'Rehearse difficult conversations in front of a mirror or in role play with colleagues until they become routine.',
    },
  },
  {
    id: 'assertive_not_aggressive',
    sources: ['002'],
    title: { nl: 'Assertief, niet agressief', en: 'Assertive, not aggressive' },
    text: {
      nl: 'Wees zeker van je zaak en vriendelijk. Wie boosheid toont, krijgt een negatieve reactie terug.',
      en: 'Be sure of yourself and kind. Show anger and the customer will likely answer in kind.',
    },
  },
  {
    id: 'optimistic',
    sources: ['002'],
    title: { nl: 'Optimistisch en enthousiast', en: 'Optimistic and enthusiastic' },
    text: {
      nl: 'Hoe je je opstelt, bepaalt hoe men je behandelt. Blijf positief, ontspannen en gericht.',
      en: 'How you carry yourself teaches people how to treat you. Stay positive, relaxed and focused.',
    },
  },
  {
    id: 'voice_quality',
    sources: ['002'],
    title: { nl: 'Let op je stem', en: 'Mind your voice' },
    text: {
      nl: 'Zenuwen maken snel. Praat rustiger en laat pauzes tussen je zinnen; dan klink je zeker.',
      en: 'Nerves speed you up. Slow down and leave pauses between sentences; you will sound confident.',
    },
  },
  {
    id: 'no_overconfidence',
    sources: ['002'],
    title: { nl: 'Geen overmoed', en: 'No overconfidence' },
    text: {
      nl: 'Arrogantie is even schadelijk als onzekerheid. Zat je fout, bied dan vriendelijk excuses aan; had je gelijk, wrijf het er niet in.',
      en: 'Arrogance hurts as much as insecurity. If you were wrong, apologise graciously; if you were right, don’t rub it in.',
    },
  },
  {
    id: 'no_talking_over',
    sources: ['002'],
    title: { nl: 'Praat niet over de klant heen', en: "Don't talk over the customer" },
    text: {
      nl: 'Luister in plaats van door de klant heen te praten, en stuur het gesprek subtiel bij zonder onbeleefd te zijn.',
      en: 'Listen instead of talking over the customer, and steer the conversation subtly without being rude.',
    },
  },
  {
    id: 'interrupt_well',
    sources: ['002'],
    title: { nl: 'Onderbreek op de goede manier', en: 'Interrupt the right way' },
    text: {
      nl: 'Dwaalt de klant af, onderbreek dan vriendelijk; de naam van de klant noemen helpt daarbij.',
      en: "When the customer drifts off topic, interrupt kindly; using the customer's name helps.",
    },
  },
  {
    id: 'keep_control',
    sources: ['002'],
    title: { nl: 'Houd de regie', en: 'Stay in control' },
    text: {
      nl: 'Eerst luisteren en zeggen wat je kunt doen, dan vragen stellen, en tot slot samenvatten wat er gebeurt, wanneer en door wie.',
      en: 'First listen and say what you can do, then ask questions, and finally sum up what happens, when and by whom.',
    },
  },
]);

/** "Wat een klant verwacht" (002): the four expectations. */
export const customerExpectations = points.parse([
  {
    id: 'initiative',
    sources: ['002'],
    title: { nl: 'Initiatief', en: 'Initiative' },
    text: {
      nl: 'Dat je vooruitdenkt en helpt voordat de klant erom vraagt.',
      en: 'That you think ahead and help before being asked.',
    },
  },
  {
    id: 'genuine_care',
    sources: ['002'],
    title: { nl: 'Oprechte zorg', en: 'Genuine care' },
    text: {
      nl: 'Dat je geeft om wat goed is voor de klant en de hulpvraag waardeert.',
      en: 'That you care what is good for them and value being asked for help.',
    },
  },
  {
    id: 'quick_and_right',
    sources: ['002'],
    title: { nl: 'Snel en juist', en: 'Quick and right' },
    text: {
      nl: 'Dat je snel en correct handelt, want hun tijd is kostbaar.',
      en: 'That you act quickly and correctly, because their time is precious.',
    },
  },
  {
    id: 'best_fit',
    sources: ['002'],
    title: { nl: 'De best passende oplossing', en: 'The best-fitting solution' },
    text: {
      nl: 'Dat je de oplossing biedt die het best bij hun situatie past.',
      en: 'That you offer the solution that best fits their situation.',
    },
  },
]);

/** What a customer needs, distilled from the expectations (002). */
export const customerNeeds = points.parse([
  {
    id: 'attention',
    sources: ['002'],
    title: { nl: 'Fijngevoeligheid en aandacht', en: 'Sensitivity and attention' },
    text: { nl: 'Gezien en gehoord worden.', en: 'Being seen and heard.' },
  },
  {
    id: 'reliability',
    sources: ['002'],
    title: { nl: 'Betrouwbaarheid', en: 'Reliability' },
    text: { nl: 'Afspraken die worden nagekomen.', en: 'Promises that are kept.' },
  },
  {
    id: 'accuracy_speed',
    sources: ['002'],
    title: { nl: 'Nauwkeurigheid en snelheid', en: 'Accuracy and speed' },
    text: { nl: 'Het in één keer goed en vlot geregeld krijgen.', en: 'Getting it sorted right and fast.' },
  },
  {
    id: 'empathy',
    sources: ['002'],
    title: { nl: 'Empathie en begrip', en: 'Empathy and understanding' },
    text: {
      nl: 'Merken dat iemand zich in hun situatie verplaatst.',
      en: 'Feeling that someone puts themselves in their shoes.',
    },
  },
]);

/** The nine summary points of 002. */
export const summaryPoints = points.parse([
  {
    id: 's1_everyone_gets_complaints',
    sources: ['002'],
    title: { nl: 'Iedereen krijgt klachten', en: 'Everyone gets complaints' },
    text: { nl: 'Ook de best geleide bedrijven.', en: 'Even the best-run companies.' },
  },
  {
    id: 's2_complaints_show_flaws',
    sources: ['002'],
    title: { nl: 'Klachten tonen gebreken', en: 'Complaints reveal flaws' },
    text: { nl: 'Ze laten zien wat je kunt verbeteren.', en: 'They show what you can fix.' },
  },
  {
    id: 's3_recovered_more_loyal',
    sources: ['002', '000'],
    title: { nl: 'Goed opgelost = trouwer', en: 'Well resolved = more loyal' },
    text: {
      nl: 'Klanten van wie het probleem goed werd opgelost, zijn vaak trouwer dan klanten die nooit een probleem hadden.',
      en: 'Customers whose problem was resolved well are often more loyal than those who never had one.',
    },
  },
  {
    id: 's4_complainers_stay',
    sources: ['002'],
    title: { nl: 'Klagers blijven', en: 'Complainers stay' },
    text: {
      nl: 'Wie klaagt, blijft veel vaker klant dan wie zwijgt.',
      en: 'Those who complain stay far more often than those who keep quiet.',
    },
  },
  {
    id: 's5_keeping_is_cheaper',
    sources: ['002'],
    title: { nl: 'Behouden is goedkoper', en: 'Keeping is cheaper' },
    text: {
      nl: 'Een nieuwe klant winnen kost veel meer dan een bestaande houden.',
      en: 'Winning a new customer costs far more than keeping one.',
    },
  },
  {
    id: 's6_weak_spots',
    sources: ['002'],
    title: { nl: 'Zwakke plekken', en: 'Weak spots' },
    text: {
      nl: 'Klachten wijzen op zwakke plekken in mensen of systemen.',
      en: 'Complaints point at weak spots in staff or systems.',
    },
  },
  {
    id: 's7_always_a_solution',
    sources: ['002'],
    title: { nl: 'Altijd een oplossing', en: 'Always a solution' },
    text: {
      nl: 'Luister beleefd en bied altijd iets aan, ook als het niet precies is wat werd gevraagd.',
      en: 'Listen politely and always offer something, even if it is not exactly what was asked.',
    },
  },
  {
    id: 's8_beware_insult',
    sources: ['002'],
    title: { nl: 'Pas op voor beledigen of dreigen', en: 'Beware of insult or threat' },
    text: {
      nl: 'Hoe slecht de klant ook behandeld is: beledig of bedreig niet, en laat je ook niet meeslepen.',
      en: 'However badly the customer was treated: never insult or threaten, and don’t get carried away.',
    },
  },
  {
    id: 's9_ask_feedback',
    sources: ['002'],
    title: { nl: 'Vraag om feedback', en: 'Ask for feedback' },
    text: { nl: 'Moedig klanten aan om te zeggen hoe je het doet.', en: 'Encourage customers to tell you how you are doing.' },
  },
]);

/** Seed 003's "worthless" contacts: cause categories the case log and the dashboard count. */
export const avoidableContacts = points.parse([
  {
    id: 'other_channel',
    sources: ['003'],
    title: { nl: 'Kon via een ander kanaal', en: 'Another channel could answer' },
    text: {
      nl: 'Vragen die de website of een ander, goedkoper kanaal had kunnen beantwoorden.',
      en: 'Questions the website or another, cheaper channel could have answered.',
    },
  },
  {
    id: 'unclear_communication',
    sources: ['003'],
    title: { nl: 'Onduidelijke communicatie', en: 'Unclear communication' },
    text: {
      nl: 'Vragen die ontstaan doordat een factuur, brief of mail onvolledig of onbegrijpelijk was.',
      en: 'Questions caused by an incomplete or confusing invoice, letter or e-mail.',
    },
  },
  {
    id: 'repeat_question',
    sources: ['003'],
    title: { nl: 'Herhaalvraag', en: 'Repeat question' },
    text: {
      nl: 'Dezelfde klant met hetzelfde probleem, opnieuw: het was de eerste keer niet opgelost.',
      en: 'The same customer with the same problem again: it was not solved the first time.',
    },
  },
]);

/** Seed 000 point 5 and seed 003: every reaction teaches the organisation something. */
export const learningPoints = points.parse([
  {
    id: 'learning_organisation',
    sources: ['000', '003'],
    title: { nl: 'Lerende organisatie', en: 'Learning organisation' },
    text: {
      nl: 'Zoek uit wat de ontevredenheid veroorzaakte, los de oorzaak op en deel klachten in de hele organisatie.',
      en: 'Find out what caused the dissatisfaction, fix the cause and share complaints across the whole organisation.',
    },
  },
]);
