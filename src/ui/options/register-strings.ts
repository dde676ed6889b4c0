/** Strings of the options page's register section (nl first, en complete). Kept apart from strings.ts. */
import type { RegisterSetting } from '../../core/types';
import type { UiLang } from '../i18n/ui-lang';

export interface RegisterStrings {
  heading: string;
  lead: string;
  choices: Record<RegisterSetting, { label: string; hint: string }>;
}

const nl: RegisterStrings = {
  heading: 'Aanspreekvorm: je of u',
  lead: 'Hoe de kaarten, de betere formuleringen en de opvolgbrief de klant aanspreken, en welke vorm de controle van je antwoord verwacht. Een antwoord dat u en je door elkaar gebruikt, wordt altijd gemeld.',
  choices: {
    follow: {
      label: 'De klant volgen (standaard)',
      hint: 'Schrijft de klant "je" of "Hoi", dan antwoordt Triade met je; anders met u.',
    },
    informal: { label: 'Altijd je', hint: 'Het team zegt je tegen iedere klant, ook tegen wie u schrijft.' },
    formal: { label: 'Altijd u', hint: 'Het team zegt u tegen iedere klant, ook tegen wie je schrijft.' },
  },
};

const en: RegisterStrings = {
  heading: 'Form of address: je or u',
  lead: 'How the cards, the better phrasing and the follow-up letter address the customer in Dutch (and tu/vous, du/Sie), and which form the check on your reply expects. A reply that mixes both forms is always flagged.',
  choices: {
    follow: {
      label: 'Follow the customer (default)',
      hint: 'When the customer writes "je" or "Hoi", Triade answers with je; otherwise with u.',
    },
    informal: { label: 'Always je', hint: 'The team says je to every customer, also to those who write u.' },
    formal: { label: 'Always u', hint: 'The team says u to every customer, also to those who write je.' },
  },
};

export const registerStrings = (lang: UiLang): RegisterStrings => (lang === 'en' ? en : nl);
