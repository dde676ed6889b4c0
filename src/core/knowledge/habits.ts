/**
 * The good habits the seeds add around the triad. `checklist` names the draft checklist item that shows the habit
 * in a reply; habits without one are coached elsewhere (follow-up letter, reminders).
 */
import { z } from 'zod';
import { habitSchema } from './schema';

export const habits = z.array(habitSchema).parse([
  {
    id: 'thank_for_complaint',
    sources: ['004', '000'],
    checklist: 'thanks',
    title: { nl: 'Bedank voor de klacht', en: 'Thank them for the complaint' },
    meaning: {
      nl: 'Een klacht is een kans om het goed te maken. Bedank de klant dat hij de moeite nam om het te melden.',
      en: 'A complaint is a chance to make things right. Thank the customer for taking the trouble to tell you.',
    },
    example: { nl: 'Fijn dat u het ons meldt.', en: "I'm glad you told us." },
  },
  {
    id: 'use_name',
    sources: ['002', '001'],
    checklist: 'name',
    title: { nl: 'Gebruik de naam van de klant', en: "Use the customer's name" },
    meaning: {
      nl: 'De naam maakt het gesprek persoonlijk en helpt om een klant die afdwaalt vriendelijk terug te leiden.',
      en: 'The name makes the contact personal and helps steer a customer who wanders off back, politely.',
    },
    example: { nl: 'Mevrouw Smit, laten we eerst…', en: "Ms Smith, let's first…" },
  },
  {
    id: 'beyond_expectation',
    sources: ['000', '004', '001'],
    checklist: 'beyond',
    title: { nl: 'Overtref de verwachting', en: 'Go beyond expectations' },
    meaning: {
      nl: 'Doe na het oplossen iets extra’s dat laat zien dat je moeite doet: een persoonlijk gebaar, een telefoontje van een leidinggevende, een handgeschreven kaart. Alleen korting is niet genoeg.',
      en: 'After solving, do something extra that shows effort: a personal gesture, a call from a manager, a handwritten card. A discount alone is not enough.',
    },
    example: {
      nl: 'We sturen u een bos bloemen met een kaartje van het team.',
      en: "We're sending you some flowers with a card from the team.",
    },
  },
  {
    id: 'ask_improvement',
    sources: ['004', '002', '000'],
    checklist: 'feedback',
    title: { nl: 'Vraag wat beter kan', en: 'Ask what to improve' },
    meaning: {
      nl: 'Vraag de klant, als het probleem is opgelost, wat je organisatie volgens hem beter kan doen.',
      en: 'Once the problem is solved, ask the customer what your organisation could do better.',
    },
    example: { nl: 'Wat had u graag anders gezien?', en: 'What would you have liked to see done differently?' },
  },
  {
    id: 'keep_informed',
    sources: ['004', '003'],
    checklist: 'time_commitment',
    title: { nl: 'Houd de klant per fase op de hoogte', en: 'Keep the customer informed at every stage' },
    meaning: {
      nl: 'Vertel wat er gaat gebeuren en laat bij elke stap iets horen; te veel communiceren kan hier bijna niet. Beter nog: bel zelf voordat de klant jou belt.',
      en: 'Say what will happen and report at every step; here you can hardly over-communicate. Better still: call before the customer calls you.',
    },
    example: {
      nl: 'De monteur is besteld; ik laat u weten zodra de datum vastligt.',
      en: "The engineer is booked; I'll tell you as soon as the date is fixed.",
    },
  },
  {
    id: 'show_what_you_give',
    sources: ['000'],
    title: { nl: 'Maak zichtbaar wat je weggeeft', en: 'Make visible what you give away' },
    meaning: {
      nl: 'Geef je iets uit coulance, schrijf dan op wat de klacht was, wat je deed, wat de klant bijdroeg en dat je uitkijkt naar verdere samenwerking.',
      en: 'When you give something as goodwill, write down what the complaint was, what you did, what the customer contributed and that you look forward to working together.',
    },
    example: {
      nl: 'Hoewel de schade buiten de garantie valt, hebben we de reparatie voor onze rekening genomen.',
      en: "Although the damage falls outside the warranty, we've covered the repair.",
    },
  },
  {
    id: 'recall_after_month',
    sources: ['000'],
    title: { nl: 'Bel na een maand terug', en: 'Call back after a month' },
    meaning: {
      nl: 'Een maand na de oplossing even bellen of alles nog goed gaat, is een eenvoudige manier om de verwachting te overtreffen.',
      en: 'Calling a month after the fix to check that all is still well is a simple way to exceed expectations.',
    },
    example: {
      nl: 'Ik zet een herinnering om u over vier weken te bellen.',
      en: "I'm setting a reminder to call you in four weeks.",
    },
  },
  {
    id: 'reformulate_i',
    sources: ['001'],
    checklist: 'understanding',
    title: { nl: 'Herformuleer met "ik"', en: 'Reformulate with "I"' },
    meaning: {
      nl: 'Zeg terug wat je van het probleem begreep, in de ik-vorm. Zo neem je zelf de verantwoordelijkheid en erken je het standpunt van de klant; dat neemt spanning weg.',
      en: 'Say back what you understood of the problem, starting with "I". You take responsibility for the words and acknowledge the customer’s view, which eases the tension.',
    },
    example: { nl: 'Ik hoor dat de levering al twee keer is uitgesteld.', en: 'I hear the delivery has been postponed twice.' },
  },
  {
    id: 'ask_compensation',
    sources: ['001'],
    checklist: 'solution',
    title: { nl: 'Vraag wat de klant als vergoeding wil', en: 'Ask what the customer would like as compensation' },
    meaning: {
      nl: 'Is er geen oplossing te bedenken, vraag de klant dan zelf wat hij als tegemoetkoming redelijk vindt. Dat herstelt vertrouwen.',
      en: 'When no solution can be found, ask the customer what they would consider fair compensation. It restores trust.',
    },
    example: { nl: 'Wat zou het voor u weer goedmaken?', en: 'What would make this right for you?' },
  },
  {
    id: 'focus_can_do',
    sources: ['003', '002'],
    checklist: 'solution',
    title: { nl: 'Richt je op wat je wél kunt doen', en: 'Focus on what you CAN do' },
    meaning: {
      nl: 'Begin bij wat binnen je mogelijkheden ligt, niet bij wat de klant eist of wat niet kan.',
      en: 'Start from what is within your power, not from what the customer demands or what is impossible.',
    },
    example: {
      nl: 'Terugbetalen kan ik niet, wel kan ik vandaag een nieuw exemplaar versturen.',
      en: "I can't refund it, but I can send a replacement today.",
    },
  },
  {
    id: 'accept_perception',
    sources: ['003'],
    checklist: 'understanding',
    title: { nl: 'Neem de beleving van de klant als werkelijkheid', en: "Accept the customer's perception as reality" },
    meaning: {
      nl: 'Laat de klant in zijn waarde, hoe onredelijk je de reactie ook vindt. Bevestig dat ieder normaal mens zich zo zou voelen, zonder collega’s of de organisatie af te vallen.',
      en: 'Leave the customer their dignity, however unreasonable the reaction seems. Confirm that any normal person would feel the same, without running down colleagues or the organisation.',
    },
    example: { nl: 'Iedereen zou hiervan balen, ik ook.', en: 'Anyone would be fed up with this, me included.' },
  },
  {
    id: 'always_offer_solution',
    sources: ['002'],
    checklist: 'solution',
    title: { nl: 'Bied altijd een oplossing', en: 'Always offer a solution' },
    meaning: {
      nl: 'Luister beleefd en bied altijd een vorm van oplossing, ook als het niet precies is wat de klant vroeg.',
      en: 'Listen politely and always offer some form of solution, even if it is not exactly what the customer asked for.',
    },
    example: {
      nl: 'Die kleur is uitverkocht; ik kan u wel de blauwe met voorrang sturen.',
      en: 'That colour is sold out; I can send you the blue one with priority instead.',
    },
  },
]);
