import { describe, expect, it } from 'vitest';
import { phraseCards } from '../../../../src/core/knowledge/phrases';
import { dontRules, REPLY_CHANNELS, betterFor } from '../../../../src/core/knowledge/dont-rules';
import { checkDraft } from '../../../../src/core/draft';
import { renderCard, suggest } from '../../../../src/core/suggest';
import { writeFollowUpLetter } from '../../../../src/core/followup/letter';
import { analyzeIncoming } from '../../../../src/core/incoming';
import type { Register } from '../../../../src/core/types';
import { productOwnTexts } from '../../../../src/core/own-texts';

const REGISTERS: Register[] = ['formal', 'informal'];
// Every rule, the register and the fitted tone reading (which learns these texts as good replies: scripts/train-tone.ts).
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
          next_step:
            card.lang === 'nl' ? (informal ? 'ik zoek je bestelling op' : 'ik zoek uw bestelling op') : "I'll look up your order",
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
    expect(writeFollowUpLetter({ lang: 'nl', customerName: 'Peter Janssen', complaint: 'x', actions: [] }).split('\n')[0]).toBe(
      'Beste Peter Janssen,',
    );
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
        for (const register of REGISTERS)
          expect(betterFor(rule, lang, 'email', register), `${rule.id}/${lang}/${register}`).not.toMatch(WAIT);
      }
    }
  });

  it('checkDraft picks the suggestion by channel and register', () => {
    const email = checkDraft('Ik weet het niet.', { lang: 'nl', replyChannel: 'email' }).violations.find(
      (v) => v.rule === 'dont_know',
    )!;
    expect(email.suggestion).toMatch(/morgen om 12\.00 uur/);
    const phone = checkDraft('Ik weet het niet.', { lang: 'nl', replyChannel: 'phone' }).violations.find(
      (v) => v.rule === 'dont_know',
    )!;
    expect(phone.suggestion).toMatch(/minuutje wachten/);
    const je = checkDraft('Hoi Sanne, ik weet het niet. Kun je morgen bellen?', {
      lang: 'nl',
      replyChannel: 'chat',
    }).violations.find((v) => v.rule === 'dont_know')!;
    expect(je.suggestion).toMatch(/\bje\b/);
    expect(je.suggestion).not.toMatch(/\bu\b/);
  });
});

describe('French and German cards and letter (issue 12, part 5)', () => {
  const EN = phraseCards.filter((c) => c.lang === 'en');
  const frenchDe = (lang: 'fr' | 'de', register: Register) =>
    suggest({
      incoming: undefined,
      lang,
      register,
      customerName: lang === 'fr' ? 'Madame Dubois' : 'Frau Weber',
      now: new Date(2026, 10, 24, 14),
    });

  it('every card has its French and German line in both forms, and renders without a flag or a register mix', async () => {
    const { foreignLines } = await import('../../../../src/core/knowledge/phrases-fr-de');
    const keys = EN.map((c) => c.id.replace('.en.', '.'));
    expect(Object.keys(foreignLines).sort()).toEqual([...keys].sort());
    const problems: string[] = [];
    for (const key of keys) {
      const l = foreignLines[key]!;
      for (const [lang, forms] of [
        ['fr', l.fr],
        ['de', l.de],
      ] as const) {
        for (const [form, template] of Object.entries(forms)) {
          const register: Register = form === 'tu' || form === 'du' ? 'informal' : 'formal';
          const name = register === 'informal' ? 'Léa' : lang === 'fr' ? 'Madame Dubois' : 'Frau Weber';
          const step =
            lang === 'fr'
              ? register === 'informal'
                ? 'je vérifie ta commande'
                : 'je vérifie votre commande'
              : register === 'informal'
                ? 'Ich prüfe deine Bestellung'
                : 'Ich prüfe Ihre Bestellung';
          const text = renderCard(template, {
            name,
            organisation: 'Acme',
            day: lang === 'fr' ? 'demain' : 'morgen',
            time: lang === 'fr' ? '15 h' : '15 Uhr',
            next_step: step,
          });
          expect(text).not.toMatch(/[{}[\]]/);
          const check = checkDraft(text, { lang: 'en', register });
          const scan = checkDraft(text, { lang: 'en' });
          const found = [...check.violations, ...scan.violations].map((v) => `${v.rule}: "${v.text}"`);
          if (found.length) problems.push(`${key} ${lang}/${form}: ${text}\n    ${found.join('\n    ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('a French and a German reply built from the cards ticks understanding, apology, solution, time and thanks, with no flag', () => {
    for (const lang of ['fr', 'de'] as const) {
      for (const register of REGISTERS) {
        const cards = frenchDe(lang, register);
        expect(new Set(cards.map((c) => c.lang))).toEqual(new Set([lang]));
        expect(cards.every((c) => c.register === register)).toBe(true);
        const reply = cards.map((c) => c.text).join('\n\n');
        const check = checkDraft(reply, { lang: 'en', register });
        const done = check.checklist.filter((i) => i.state === 'done').map((i) => i.id);
        for (const id of ['understanding', 'apology', 'solution', 'time_commitment', 'thanks'] as const)
          expect(done, `${lang}/${register}: ${id}`).toContain(id);
        expect(
          check.violations.map((v) => `${v.rule}: ${v.text}`),
          `${lang}/${register}`,
        ).toEqual([]);
        if (register === 'formal') expect(reply).toContain(lang === 'fr' ? 'Madame Dubois' : 'Frau Weber');
      }
    }
  });

  it('the follow-up letter in French and German, in both forms', () => {
    for (const lang of ['fr', 'de'] as const) {
      for (const register of REGISTERS) {
        const letter = writeFollowUpLetter({
          lang,
          register,
          customerName: register === 'informal' ? 'Léa Martin' : lang === 'fr' ? 'Madame Dubois' : 'Frau Weber',
          complaint: lang === 'fr' ? 'L’imprimante est arrivée endommagée' : 'Der Drucker kam beschädigt an',
          actions: [lang === 'fr' ? 'Une nouvelle imprimante envoyée' : 'Einen neuen Drucker verschickt'],
          gesture: [
            lang === 'fr'
              ? 'une carte écrite à la main et un bouquet de fleurs'
              : 'eine handgeschriebene Karte und einen Blumenstrauß',
          ],
        });
        const first = letter.split('\n')[0];
        if (register === 'informal') expect(first).toBe(lang === 'fr' ? 'Bonjour Léa,' : 'Hallo Léa,');
        else expect(first).toBe(lang === 'fr' ? 'Bonjour Madame Dubois,' : 'Sehr geehrte Frau Weber,');
        expect(flags(letter, 'en', register), `${lang}/${register}`).toEqual([]);
      }
    }
  });
});

describe('the product’s own texts, for the tone trainer', () => {
  it('lists every card in every language and register, every better phrasing and every letter, none flagged by a rule or the register', () => {
    const own = productOwnTexts();
    expect(own.filter((o) => o.source.startsWith('card:')).length).toBe(
      phraseCards.length + phraseCards.filter((c) => c.informal).length + 4 * phraseCards.filter((c) => c.lang === 'en').length,
    );
    expect(own.filter((o) => o.source.startsWith('letter:')).length).toBe(8);
    const problems = own.flatMap((o) => flags(o.text, o.lang === 'nl' ? 'nl' : 'en', o.register).map((f) => `${o.source}: ${f}`));
    expect(problems).toEqual([]);
  });
});
