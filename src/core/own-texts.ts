/**
 * Every text the product itself offers an agent: each phrase card in every language and register, each better
 * phrasing in every channel and register, and the follow-up letter in every language and register. The fitted tone
 * layer (draft/tone.ts, trained by scripts/train-tone.ts) should learn these as good replies, so it never flags the
 * product's own words; the registers test runs them all through checkDraft.
 * @example productOwnTexts().length > 400
 */
import { phraseCards } from './knowledge/phrases';
import { foreignLines } from './knowledge/phrases-fr-de';
import { dontRules, REPLY_CHANNELS, betterFor } from './knowledge/dont-rules';
import { renderCard } from './suggest/render-card';
import { writeFollowUpLetter } from './followup/letter';
import type { CardLang, Register } from './types';

const FILL: Record<CardLang, { informal: Record<string, string>; formal: Record<string, string> }> = {
  nl: {
    formal: {
      name: 'mevrouw De Vries',
      organisation: 'Acme',
      day: 'morgen',
      time: '15.00 uur',
      next_step: 'ik zoek uit wat er met uw bestelling is gebeurd',
    },
    informal: {
      name: 'Sanne',
      organisation: 'Acme',
      day: 'morgen',
      time: '15.00 uur',
      next_step: 'ik zoek uit wat er met je bestelling is gebeurd',
    },
  },
  en: {
    formal: {
      name: 'Ms Smith',
      organisation: 'Acme',
      day: 'tomorrow',
      time: '3 pm',
      next_step: "I'll find out what happened to your order",
    },
    informal: {
      name: 'Sam',
      organisation: 'Acme',
      day: 'tomorrow',
      time: '3 pm',
      next_step: "I'll find out what happened to your order",
    },
  },
  fr: {
    formal: {
      name: 'Madame Dubois',
      organisation: 'Acme',
      day: 'demain',
      time: '15 h',
      next_step: 'je vérifie ce qu’il est advenu de votre commande',
    },
    informal: {
      name: 'Léa',
      organisation: 'Acme',
      day: 'demain',
      time: '15 h',
      next_step: 'je vérifie ce qu’il est advenu de ta commande',
    },
  },
  de: {
    formal: {
      name: 'Frau Weber',
      organisation: 'Acme',
      day: 'morgen',
      time: '15 Uhr',
      next_step: 'Ich kläre, was mit Ihrer Bestellung passiert ist',
    },
    informal: {
      name: 'Lena',
      organisation: 'Acme',
      day: 'morgen',
      time: '15 Uhr',
      next_step: 'Ich kläre, was mit deiner Bestellung passiert ist',
    },
  },
};

const LETTER: Record<CardLang, { complaint: string; action: string; gesture: string; contribution: Record<Register, string> }> = {
  nl: {
    complaint: 'De printer kwam beschadigd aan',
    action: 'Een nieuwe printer verstuurd',
    gesture: 'een handgeschreven kaart',
    contribution: { formal: 'uw geduld', informal: 'je geduld' },
  },
  en: {
    complaint: 'The printer arrived damaged',
    action: 'Sent a new printer',
    gesture: 'a handwritten card',
    contribution: { formal: 'your patience', informal: 'your patience' },
  },
  fr: {
    complaint: 'L’imprimante est arrivée endommagée',
    action: 'Une nouvelle imprimante envoyée',
    gesture: 'une carte écrite à la main',
    contribution: { formal: 'votre patience', informal: 'ta patience' },
  },
  de: {
    complaint: 'Der Drucker kam beschädigt an',
    action: 'Einen neuen Drucker verschickt',
    gesture: 'eine handgeschriebene Karte',
    contribution: { formal: 'Ihre Geduld', informal: 'deine Geduld' },
  },
};

export interface OwnText {
  /** Where the text comes from: `card:<id>:<register>`, `better:<rule>:<channel>:<lang>:<register>`, `letter:<lang>:<register>`. */
  source: string;
  lang: CardLang;
  register: Register;
  text: string;
}

/** The product's own texts, rendered with sample values (see the file comment). */
export function productOwnTexts(): OwnText[] {
  const out: OwnText[] = [];
  for (const card of phraseCards) {
    out.push({
      source: `card:${card.id}:formal`,
      lang: card.lang,
      register: 'formal',
      text: renderCard(card.text, FILL[card.lang].formal),
    });
    if (card.informal)
      out.push({
        source: `card:${card.id}:informal`,
        lang: card.lang,
        register: 'informal',
        text: renderCard(card.informal, FILL[card.lang].informal),
      });
  }
  for (const [key, l] of Object.entries(foreignLines)) {
    out.push({ source: `card:${key}.fr:formal`, lang: 'fr', register: 'formal', text: renderCard(l.fr.vous, FILL.fr.formal) });
    out.push({
      source: `card:${key}.fr:informal`,
      lang: 'fr',
      register: 'informal',
      text: renderCard(l.fr.tu, FILL.fr.informal),
    });
    out.push({ source: `card:${key}.de:formal`, lang: 'de', register: 'formal', text: renderCard(l.de.Sie, FILL.de.formal) });
    out.push({
      source: `card:${key}.de:informal`,
      lang: 'de',
      register: 'informal',
      text: renderCard(l.de.du, FILL.de.informal),
    });
  }
  const seen = new Set<string>();
  for (const rule of dontRules) {
    for (const channel of [undefined, ...REPLY_CHANNELS]) {
      for (const lang of ['nl', 'en'] as const) {
        for (const register of ['formal', 'informal'] as const) {
          const text = betterFor(rule, lang, channel, register);
          if (seen.has(text)) continue;
          seen.add(text);
          out.push({ source: `better:${rule.id}:${channel ?? 'default'}:${lang}:${register}`, lang, register, text });
        }
      }
    }
  }
  for (const lang of ['nl', 'en', 'fr', 'de'] as const) {
    for (const register of ['formal', 'informal'] as const) {
      const l = LETTER[lang];
      const text = writeFollowUpLetter({
        lang,
        register,
        customerName: FILL[lang][register].name,
        complaint: l.complaint,
        actions: [l.action],
        customerContribution: [l.contribution[register]],
        gesture: [l.gesture],
      });
      out.push({ source: `letter:${lang}:${register}`, lang, register, text });
    }
  }
  return out;
}
