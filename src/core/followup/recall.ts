/**
 * "Recall na een maand" (seed 000, comment point 4: exceed expectations after the problem is
 * solved): a month after a complaint is closed, call a previously loyal or still passionate
 * customer back to hear whether everything is still fine. For the other customer types a
 * courtesy call a month later is not the recommended approach, so no reminder is suggested.
 */

import type { CustomerTypeId, PhraseLang } from '../types';
import { addMonths, nextWorkingDay } from '../calendar';

export interface RecallInput {
  customerType?: CustomerTypeId;
  /** When the complaint was closed. */
  closedAt: Date;
  lang: PhraseLang;
  customerName?: string;
}

export interface RecallSuggestion {
  /** One month after closing, 10:00 local time, moved to Monday when it falls in a weekend. */
  due: Date;
  text: string;
}

/** Hour of the day the recall reminder is set for: mid-morning, when people pick up. */
export const RECALL_HOUR = 10;

const TEXT: Record<PhraseLang, Partial<Record<CustomerTypeId, (who: string) => string>>> = {
  nl: {
    loyal_irritated: (who) =>
      `Bel ${who} even na: het is een maand geleden dat de klacht is opgelost. Vraag of alles nog naar wens is en laat merken dat u de jarenlange relatie waardeert.`,
    passionate: (who) =>
      `Bel ${who} even na: het is een maand geleden dat de klacht is opgelost. Vraag of alles nog naar wens is en wat wij volgens hem of haar nog beter kunnen doen.`,
  },
  en: {
    loyal_irritated: (who) =>
      `Give ${who} a call: the complaint was resolved a month ago. Ask whether everything is still as it should be and show that you value the long relationship.`,
    passionate: (who) =>
      `Give ${who} a call: the complaint was resolved a month ago. Ask whether everything is still as it should be and what, in their view, we could do better.`,
  },
};

/**
 * Suggest a courtesy call one month after closing, for previously loyal or passionate customers.
 * @example
 * suggestRecall({ customerType: 'loyal_irritated', closedAt: new Date(2026, 0, 31, 16), lang: 'nl' })
 * // → { due: Mon 2 Mar 2026 10:00 (28 Feb is a Saturday), text: 'Bel de klant even na: …' }
 * suggestRecall({ customerType: 'active_hater', closedAt: new Date(), lang: 'nl' }) // null
 */
export function suggestRecall(input: RecallInput): RecallSuggestion | null {
  const { customerType, closedAt } = input;
  if (!customerType || !(closedAt instanceof Date) || Number.isNaN(closedAt.getTime())) return null;
  const lang: PhraseLang = input.lang === 'en' ? 'en' : 'nl';
  const write = TEXT[lang][customerType];
  if (!write) return null;
  const due = nextWorkingDay(
    addMonths(new Date(closedAt.getFullYear(), closedAt.getMonth(), closedAt.getDate(), RECALL_HOUR), 1),
  );
  const name = typeof input.customerName === 'string' ? input.customerName.trim() : '';
  return { due, text: write(name || (lang === 'nl' ? 'de klant' : 'the customer')) };
}
