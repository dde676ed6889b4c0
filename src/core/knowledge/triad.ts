/**
 * The triad of seed 000 (show understanding → say sorry → solve), with seed 001's refinements:
 * the apology speaks for the organisation, and reformulating with "I" is part of understanding.
 */
import { z } from 'zod';
import { triadStepSchema } from './schema';

export const triadSteps = z.array(triadStepSchema).parse([
  {
    id: 'understanding',
    order: 1,
    checklist: 'understanding',
    sources: ['000', '001', '003'],
    title: { nl: 'Begrip tonen', en: 'Show understanding' },
    meaning: {
      nl: 'Een klacht heeft een feitelijke kant en een gevoelskant. Hier gaat het om de gevoelskant: laat merken dat u de klacht wilt ontvangen, luister, herhaal in eigen woorden wat u hoorde ("ik begrijp dat…") en erken dat het gevoel terecht is.',
      en: 'A complaint has a factual side and an emotional side. This step is about the emotional side: show you are willing to receive the complaint, listen, say back in your own words what you heard ("I understand that…") and accept the feeling as valid.',
    },
    example: {
      nl: 'Dat is echt vervelend voor u, meneer Bakker. Als mij dit was overkomen, was ik ook boos geweest.',
      en: "That's really annoying for you, Mr Baker. If this had happened to me, I'd have been angry too.",
    },
  },
  {
    id: 'sorry',
    order: 2,
    checklist: 'apology',
    sources: ['000', '001'],
    title: { nl: 'Sorry zeggen', en: 'Say sorry' },
    meaning: {
      nl: 'Bied excuses aan namens de organisatie, niet namens een collega. Door u kwetsbaar op te stellen haalt u de angel uit de klacht; zonder excuses blijft het gif druppen. Geen "sorry, maar…".',
      en: 'Apologise on behalf of the organisation, not on behalf of a colleague. Being vulnerable pulls the sting out of the complaint; without an apology the poison keeps dripping. No "sorry, but…".',
    },
    example: {
      nl: 'Onze excuses: dit had u niet mogen overkomen.',
      en: "We're sorry: this should not have happened to you.",
    },
  },
  {
    id: 'solve',
    order: 3,
    checklist: 'solution',
    sources: ['000', '002', '004'],
    title: { nl: 'Oplossen', en: 'Solve' },
    meaning: {
      nl: 'Verzamel de feiten, vat samen, leg uit welke stappen er komen en zeg hoe lang het duurt en wanneer de klant weer van u hoort. Bied altijd een oplossing, ook als die niet precies is wat er gevraagd werd.',
      en: 'Gather the facts, summarise, explain the next steps and say how long it will take and when the customer will hear from you. Always offer some solution, even if it is not exactly what was asked.',
    },
    example: {
      nl: 'Ik ga na waar uw pakket is en bel u morgen om 11.00 uur. Past dat?',
      en: "I'll trace your parcel and call you tomorrow at 11 am. Does that work?",
    },
    parts: [
      {
        id: 'facts',
        title: { nl: 'Feiten verzamelen', en: 'Gather the facts' },
        meaning: {
          nl: 'Vraag door tot u weet wat er is gebeurd, wanneer, en om welke bestelling, factuur of melding het gaat.',
          en: 'Ask until you know what happened, when, and which order, invoice or ticket it concerns.',
        },
        example: { nl: 'Op welke datum kwam de bestelling binnen?', en: 'On what date did the order arrive?' },
      },
      {
        id: 'summary',
        title: { nl: 'Samenvatten', en: 'Summarise' },
        meaning: {
          nl: 'Zeg in een paar zinnen wat u heeft begrepen, zodat de klant kan verbeteren wat niet klopt.',
          en: 'Say in a few sentences what you understood, so the customer can correct anything that is off.',
        },
        example: {
          nl: 'Dus de wasmachine lekt sinds de installatie van dinsdag, klopt dat?',
          en: 'So the washing machine has leaked since Tuesday’s installation, is that right?',
        },
      },
      {
        id: 'next_steps',
        title: { nl: 'Volgende stappen uitleggen', en: 'Explain the next steps' },
        meaning: {
          nl: 'Vertel wat u gaat doen, wie wat doet en wat de klant kan verwachten.',
          en: 'Tell what you will do, who does what, and what the customer can expect.',
        },
        example: {
          nl: 'Ik vraag een monteur aan; die belt u om een afspraak te plannen.',
          en: "I'm booking an engineer; they'll call you to arrange a visit.",
        },
      },
      {
        id: 'time',
        title: { nl: 'Tijd en terugkoppeling', en: 'Time and callback' },
        meaning: {
          nl: 'Noem een concreet moment waarop de klant van u hoort, en vraag of dat schikt.',
          en: 'Name a concrete moment when the customer will hear from you, and ask whether it suits them.',
        },
        example: {
          nl: 'U hoort donderdag vóór 12.00 uur van mij. Is dat goed?',
          en: "You'll hear from me on Thursday before noon. Is that all right?",
        },
      },
    ],
  },
]);
