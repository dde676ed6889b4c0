import type { CustomerTypeId } from '../../core/types';
import type { Strings } from '../i18n/strings';

export interface TypeOption {
  id: CustomerTypeId;
  title: string;
  approach: string;
}

/** The customer type of seed 002 with its approach; the agent can override the guess. */
export function CustomerTypeSection({
  t,
  options,
  value,
  chosen,
  reasons,
  channelTip,
  onChange,
}: {
  t: Strings;
  options: TypeOption[];
  value: CustomerTypeId;
  chosen: boolean;
  reasons: string[];
  channelTip?: { title: string; text: string };
  onChange: (id: CustomerTypeId | null) => void;
}) {
  const current = options.find((o) => o.id === value);
  return (
    <section class="section" aria-labelledby="type-h">
      <div class="section-head">
        <h2 id="type-h">{t.type.heading}</h2>
        <span class="muted">{chosen ? t.type.chosen : t.type.guessed}</span>
      </div>
      <div class="type-row">
        <select
          aria-label={t.type.change}
          data-testid="customer-type"
          value={value}
          onChange={(e) => onChange(e.currentTarget.value as CustomerTypeId)}
        >
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
        </select>
      </div>
      {current && <p class="advice">{current.approach}</p>}
      {(reasons.length > 0 || channelTip) && (
        <details class="more">
          <summary>{channelTip ? `${t.channel.heading}: ${channelTip.title}` : '…'}</summary>
          <ul>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
            {channelTip && <li>{channelTip.text}</li>}
          </ul>
        </details>
      )}
    </section>
  );
}
