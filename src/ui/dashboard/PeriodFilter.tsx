import { PERIOD_PRESETS, type PeriodPreset } from './period';

/** The period buttons: 7, 30, 90, 365 days or everything. */
export function PeriodFilter(props: {
  value: PeriodPreset;
  labels: Record<PeriodPreset, string>;
  groupLabel: string;
  onChange: (p: PeriodPreset) => void;
}) {
  return (
    <div class="period" role="group" aria-label={props.groupLabel}>
      {PERIOD_PRESETS.map((p) => (
        <button
          key={p}
          type="button"
          aria-pressed={props.value === p}
          onClick={() => props.onChange(p)}
          data-testid={`period-${p}`}
        >
          {props.labels[p]}
        </button>
      ))}
    </div>
  );
}
