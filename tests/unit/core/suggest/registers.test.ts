import { describe, expect, it } from 'vitest';
import { phraseCards } from '../../../../src/core/knowledge/phrases';
import { dontRules, REPLY_CHANNELS, betterFor } from '../../../../src/core/knowledge/dont-rules';
import { checkDraft } from '../../../../src/core/draft';
import { renderCard, suggest } from '../../../../src/core/suggest';
import { writeFollowUpLetter } from '../../../../src/core/followup/letter';
import { analyzeIncoming } from '../../../../src/core/incoming';
import type { Register } from '../../../../src/core/types';

const REGISTERS: Register[] = ['formal', 'informal'];
const flags = (text: string, lang: 'nl' | 'en', register: Register) =>
  checkDraft(text, { lang, register }).violations.map((v) => `${v.rule}: "${v.text}" → ${v.suggestion}`);

describe('every card in every register and language', () => {
  it('every Dutch card has its "je" line, and only Dutch cards have one', () => {
    for (const c of phraseCards) {
      if (c.lang === 'nl') expect(c.informal, c.id).toBeTruthy();
      else expect(c.informal, c.id).toBeUndefined();
    }
  });

  it('renders with a name, an organisation, a time and a next step, and checkDraft finds no flag and no register mix', () => {
    const problems: string[] = [];
    for (const card of phraseCards) {
      for (const register of REGISTERS) {
        const template = register === 'informal' && card.informal ? card.informal : card.text;
        const informal = register === 'informal' && card.lang === 'nl';
        const vars = {
          name: card.lang === 'nl' ? (informal ? 'Sanne' : 'mevrouw De Vries') : informal ? 'Sanne' : 'Ms Smith',
          organisation: 'Acme',
          day: card.lang === 'nl' ? 'morgen' : 'tomorrow',
          time: card.lang === 'nl' ? '15.00 uur' : '3 pm',
          next_step: card.lang === 'nl' ? (informal ? 'ik zoek je bestelling op' : 'ik zoek uw bestelling op') : "I'll look up your order",
        };
        const text = renderCard(template, vars);
        expect(text, card.id).not.toMatch(/[{}[\]]/);
        const found = flags(text, card.lang, card.lang === 'nl' ? register : 'formal');
        if (found.length) problems.push(`${card.id} (${register}): ${text}\n    ${found.join('\n    ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a Dutch reply built from all the cards of a situation stays in one register', () => {
    for (const register of REGISTERS) {
      const incoming = analyzeIncoming(
        register === 'informal'
          ? 'Hoi! Al drie keer gebeld en mijn pakket is er nog steeds niet. Ik ben het echt zat. Kun je even kijken? Groetjes, Sanne'
          : 'Geachte heer, mevrouw,\n\nAl drie keer gebeld en mijn pakket is er nog steeds niet. Kunt u dit nagaan?\n\nMet vriendelijke groet,\nDhr. P. Janssen',
      );
      expect(incoming.register?.register).toBe(register);
      const cards = suggest({ incoming, now: new Date(2026, 10, 24, 14) });
      const reply = cards.map((c) => c.text).join('\n\n');
      expect(cards.every((c) => c.register === register)).toBe(true);
      expect(flags(reply, 'nl', register)).toEqual([]);
      expect(reply).toContain(register === 'informal' ? 'Sanne' : 'meneer Janssen');
    }
  });

  it('the follow-up letter reads in one register with the right name form', () => {
    for (const register of REGISTERS) {
      const letter = writeFollowUpLetter({
        lang: 'nl',
        register,
        customerName: register === 'informal' ? 'Sanne de Wit' : 'Dhr. P. Janssen',
        complaint: 'De printer kwam beschadigd aan',
        actions: ['Een nieuwe printer verstuurd'],
        customerContribution: register === 'informal' ? ['je geduld'] : ['uw geduld'],
        gesture: ['een handgeschreven kaart en een bos bloemen'],
        nextStep: 'De koerier haalt de oude printer morgen op',
      });
      expect(letter.split('\n')[0]).toBe(register === 'informal' ? 'Hoi Sanne,' : 'Beste meneer Janssen,');
      expect(flags(letter, 'nl', register)).toEqual([]);
    }
    // Formal without a title: the full name only in the salutation.
    expect(writeFollowUpLetter({ lang: 'nl', customerName: 'Peter Janssen', complaint: 'x', actions: [] }).split('\n')[0]).toBe('Beste Peter Janssen,');
  });
});

describe('better phrasing per channel and register', () => {
  it('every rule, channel and register gives a better phrasing that checkDraft does not flag', () => {
    const problems: string[] = [];
    for (const rule of dontRules) {
      for (const channel of [undefined, ...REPLY_CHANNELS]) {
        for (const lang of ['nl', 'en'] as const) {
          for (const register of REGISTERS) {
            const text = betterFor(rule, lang, channel, register);
            const found = flags(text, lang, lang === 'nl' && rule.better.je ? register : 'formal');
            if (found.length) problems.push(`${rule.id}/${channel}/${lang}/${register}: ${text}\n    ${found.join('\n    ')}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('an e-mail draft is never asked to keep the customer waiting on the line', () => {
    const WAIT = /\b(?:wacht\w*|minuut\w*|minuutje|momentje|aan de lijn|in de wacht|wait\w*|minutes?|hold|on the line)\b/i;
    for (const rule of dontRules) {
      for (const lang of ['nl', 'en'] as const) {
        for (const register of REGISTERS) expect(betterFor(rule, lang, 'email', register), `${rule.id}/${lang}/${register}`).not.toMatch(WAIT);
      }
    }
  });

  it('checkDraft picks the suggestion by channel and register', () => {
    const email = checkDraft('Ik weet het niet.', { lang: 'nl', replyChannel: 'email' }).violations.find((v) => v.rule === 'dont_know')!;
    expect(email.suggestion).toMatch(/morgen om 12\.00 uur/);
    const phone = checkDraft('Ik weet het niet.', { lang: 'nl', replyChannel: 'phone' }).violations.find((v) => v.rule === 'dont_know')!;
    expect(phone.suggestion).toMatch(/minuutje wachten/);
    const je = checkDraft('Hoi Sanne, ik weet het niet. Kun je morgen bellen?', { lang: 'nl', replyChannel: 'chat' }).violations.find((v) => v.rule === 'dont_know')!;
    expect(je.suggestion).toMatch(/\bje\b/);
    expect(je.suggestion).not.toMatch(/\bu\b/);
  });
});
