import { useState } from 'preact/hooks';
import type { DeleteCounts } from '../../db';
import { countOf, fill, type OptionsStrings } from './strings';

export const RETENTION_CHOICES = [30, 90, 180, 365] as const;

/** How long cases are kept; the background applies it daily, the button applies it now. */
export function RetentionSection(props: {
  t: OptionsStrings;
  days: number | null;
  policyDays: number | null;
  counts: { cases: number; notes: number } | undefined;
  onChange: (days: number | null) => void;
  /** Resolves to what was deleted; rejects with a sentence to show. */
  onApply: () => Promise<DeleteCounts>;
}) {
  const { t, days } = props;
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  // A value set by policy or an older version that is not one of the choices is shown as it is.
  const choices =
    days !== null && !(RETENTION_CHOICES as readonly number[]).includes(days)
      ? [...RETENTION_CHOICES, days].sort((a, b) => a - b)
      : RETENTION_CHOICES;
  const apply = () =>
    props.onApply().then(
      (n) =>
        setMessage({
          text:
            n.cases === 0
              ? fill(t.appliedNone, { n: days ?? 0 })
              : fill(t.applied, { cases: countOf(t, 'case', n.cases), notes: countOf(t, 'note', n.notes) }),
          error: false,
        }),
      (e: unknown) => setMessage({ text: e instanceof Error ? e.message : String(e), error: true }),
    );

  return (
    <section class="section" id="data" aria-labelledby="h-data" data-testid="retention">
      <h2 id="h-data">{t.dataHeading}</h2>
      <p class="lead">
        {t.dataLead}{' '}
        {props.counts && (
          <span data-testid="log-count" data-cases={props.counts.cases}>
            {fill(t.count, { cases: countOf(t, 'case', props.counts.cases), notes: countOf(t, 'note', props.counts.notes) })}
          </span>
        )}
      </p>
      <h3>{t.retentionHeading}</h3>
      <div class="inline-form">
        <label for="retention">{t.retentionLabel}</label>
        <select
          id="retention"
          data-testid="retention-select"
          value={days === null ? 'off' : String(days)}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            setMessage(undefined);
            props.onChange(v === 'off' ? null : Number(v));
          }}
        >
          <option value="off">{t.retentionOff}</option>
          {choices.map((n) => (
            <option key={n} value={String(n)}>
              {fill(t.retentionDays, { n })}
            </option>
          ))}
        </select>
        <button type="button" class="btn" disabled={days === null} onClick={() => void apply()} data-testid="retention-apply">
          {t.applyNow}
        </button>
      </div>
      <p class="note">
        {t.retentionHow}
        {props.policyDays !== null && <> {fill(t.retentionPolicy, { n: props.policyDays })}</>}
      </p>
      {message && (
        <p
          class={message.error ? 'note error' : 'note ok'}
          role={message.error ? 'alert' : 'status'}
          data-testid="retention-message"
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
