import { describe, expect, it } from 'vitest';
import { createIncomingCache, NO_TEAM, runAnalysis } from '../../../../src/ui/analysis/run-analysis';
import type { AnalyzeRequest } from '../../../../src/ui/analysis/protocol';

const SANNE = 'Hoi! Mijn pakket is nog steeds niet binnen. Kun je even kijken? Groetjes, Sanne';
const req = (over: Partial<AnalyzeRequest>): AnalyzeRequest => ({
  type: 'analyze',
  id: 1,
  incoming: SANNE,
  draft: '',
  uiLang: 'nl',
  model: { status: { state: 'idle' } },
  now: new Date(2026, 10, 24, 14).getTime(),
  ...over,
});

describe('the reply panel follows the register setting and the channel (issue 12)', () => {
  it('follows the customer by default, and the team when it fixes one', () => {
    const follow = runAnalysis(req({}), NO_TEAM, createIncomingCache());
    expect(follow.cards.every((c) => c.register === 'informal')).toBe(true);
    expect(follow.cards[0]!.text).toContain('Sanne');
    const formal = runAnalysis(req({ registerSetting: 'formal' }), NO_TEAM, createIncomingCache());
    expect(formal.cards.every((c) => c.register === 'formal')).toBe(true);
  });

  it('flags a draft in the other register than the team’s, and gives the e-mail version of the better phrasing', () => {
    const r = runAnalysis(
      req({ registerSetting: 'formal', draft: 'Hoi Sanne, ik weet het niet. Heb je de bon nog?' }),
      NO_TEAM,
      createIncomingCache(),
    );
    const rules = r.check.violations.map((v) => v.rule);
    expect(rules).toContain('register_team');
    const dontKnow = r.check.violations.find((v) => v.rule === 'dont_know')!;
    expect(dontKnow.suggestion).not.toMatch(/wacht|minuut/);
    const chat = runAnalysis(
      req({ channel: 'chat', draft: 'Hoi Sanne, ik weet het niet. Heb je de bon nog?' }),
      NO_TEAM,
      createIncomingCache(),
    );
    expect(chat.check.violations.find((v) => v.rule === 'dont_know')!.suggestion).toMatch(/gesprek/);
    expect(chat.check.violations.map((v) => v.rule)).not.toContain('register_team');
  });
});
