/** The dashboard's period presets and the time window each one means. */
export const PERIOD_PRESETS = ['d7', 'd30', 'd90', 'd365', 'all'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const DAYS: Record<Exclude<PeriodPreset, 'all'>, number> = { d7: 7, d30: 30, d90: 90, d365: 365 };
const DAY_MS = 86_400_000;

/**
 * Whole local days: "7 days" is today and the six days before it, so every day bar is complete
 * apart from today. `to` is left open so cases closed a moment ago show up without a reload.
 * @example periodFor('d7', new Date(2026, 10, 25, 15)).from // 19 Nov 2026 00:00 local time
 */
export function periodFor(preset: PeriodPreset, now: Date = new Date()): { from?: Date } {
  if (preset === 'all') return {};
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return { from: new Date(midnight.getTime() - (DAYS[preset] - 1) * DAY_MS) };
}
