/**
 * The four customer types of seed 002's "effective response" table, with our own wording of the recommended
 * approach and the beyond-expectation gestures (phrase card ids, see phrases.ts) that suit each type.
 */
import { z } from 'zod';
import { customerTypeSchema } from './schema';

export const customerTypes = z.array(customerTypeSchema).parse([
  {
    id: 'active_hater',
    title: { nl: 'Actieve hater', en: 'Active hater' },
    description: {
      nl: 'Vindt alles wat je doet slecht, wat je ook probeert.',
      en: 'Dislikes whatever you do, no matter what you try.',
    },
    approach: {
      nl: 'Laat de steken onder water langs je heen gaan en neem ze niet persoonlijk. Blijf beleefd, los het feitelijke probleem zo goed mogelijk op en ga niet in discussie.',
      en: "Let the jabs pass and don't take them personally. Stay polite, fix the factual problem as well as you can, and don't get drawn into an argument.",
    },
    gestures: ['beyond.active_hater.nl.1', 'beyond.active_hater.en.1', 'beyond.active_hater.nl.2', 'beyond.active_hater.en.2'],
  },
  {
    id: 'extreme_critic',
    title: { nl: 'Extreme criticus', en: 'Extreme critic' },
    description: {
      nl: 'Haat je niet, maar ziet elke fout die je maakt.',
      en: "Doesn't hate you, but spots every mistake you make.",
    },
    approach: {
      nl: 'Luister met een open oor en toets of de kritiek klopt. Klopt ze, pak het dan zichtbaar aan; klopt ze niet, leg het vriendelijk naast je neer.',
      en: "Listen with an open ear and check whether the criticism holds. If it does, act on it visibly; if it doesn't, set it aside kindly.",
    },
    gestures: [
      'beyond.extreme_critic.nl.1',
      'beyond.extreme_critic.en.1',
      'beyond.extreme_critic.nl.2',
      'beyond.extreme_critic.en.2',
    ],
  },
  {
    id: 'loyal_irritated',
    title: { nl: 'Eerst tevreden, nu geïrriteerd', en: 'Once loyal, now irritated' },
    description: {
      nl: 'Was lang een trouwe klant, twijfelt nu of je het nog waard bent en dreigt over te stappen.',
      en: 'A long-time loyal customer who now doubts you are worth it and threatens to switch.',
    },
    approach: {
      nl: 'Neem de klacht serieus en zet alles in om de klant terug te winnen: luister, herstel de service en laat met een persoonlijk gebaar merken dat de relatie je iets waard is.',
      en: 'Take the complaint seriously and do what it takes to win the customer back: listen, restore the service and show with a personal gesture that the relationship matters to you.',
    },
    gestures: [
      'beyond.loyal_irritated.nl.1',
      'beyond.loyal_irritated.en.1',
      'beyond.loyal_irritated.nl.2',
      'beyond.loyal_irritated.en.2',
    ],
  },
  {
    id: 'passionate',
    title: { nl: 'Nog steeds enthousiast', en: 'Still passionate' },
    description: {
      nl: 'Uw beste klanten: nog tevreden en betrokken. Een klacht van hen is een opening voor de concurrent.',
      en: 'Your best customers: still happy and engaged. A complaint from them is an opening for competitors.',
    },
    approach: {
      nl: 'Let extra goed op en laat concreet merken dat hun opmerking gewaardeerd wordt: doe iets dat hen echt plezier doet.',
      en: 'Pay extra attention and show concretely that their remark is valued: do something that genuinely pleases them.',
    },
    gestures: ['beyond.passionate.nl.1', 'beyond.passionate.en.1', 'beyond.passionate.nl.2', 'beyond.passionate.en.2'],
  },
]);
