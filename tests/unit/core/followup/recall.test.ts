import { describe, expect, it } from 'vitest';
import { suggestRecall } from '../../../../src/core/followup';
import { local } from './helpers';

describe('suggestRecall', () => {
  it('nl: a previously loyal customer gets a call a month after closing, at 10:00', () => {
    const r = suggestRecall({
      customerType: 'loyal_irritated',
      closedAt: new Date(2026, 10, 10, 16, 45),
      lang: 'nl',
      customerName: 'meneer Evers',
    });
    expect(local(r!.due)).toBe('2026-12-10 10:00');
    expect(r!.text).toMatch(/^Bel meneer Evers even na/);
  });

  it('en: a passionate customer is asked how we could do better', () => {
    const r = suggestRecall({ customerType: 'passionate', closedAt: new Date(2026, 10, 10, 16, 45), lang: 'en' });
    expect(local(r!.due)).toBe('2026-12-10 10:00');
    expect(r!.text).toMatch(/the customer/);
    expect(r!.text).toMatch(/better/);
  });

  it('moves a recall that falls in a weekend to Monday, and clamps 31 January to February', () => {
    // 31 Jan 2026 + 1 month = 28 Feb 2026, a Saturday → Monday 2 March
    const r = suggestRecall({ customerType: 'loyal_irritated', closedAt: new Date(2026, 0, 31, 12), lang: 'nl' });
    expect(local(r!.due)).toBe('2026-03-02 10:00');
  });

  it.each([['active_hater'], ['extreme_critic'], [undefined]] as const)(
    'suggests nothing for customer type %s',
    (customerType) => {
      expect(suggestRecall({ customerType, closedAt: new Date(2026, 10, 10), lang: 'nl' })).toBeNull();
    },
  );

  it('suggests nothing for an invalid closing date', () => {
    expect(suggestRecall({ customerType: 'passionate', closedAt: new Date(Number.NaN), lang: 'en' })).toBeNull();
  });
});
