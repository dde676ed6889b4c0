import type { RegisterSetting } from '../../core/types';
import { REGISTER_SETTINGS } from '../../storage/reply-register';
import type { RegisterStrings } from './register-strings';

/** The team's form of address: follow the customer (default), always "je" or always "u". */
export function RegisterSection(props: { t: RegisterStrings; value: RegisterSetting; onChange: (v: RegisterSetting) => void }) {
  const { t } = props;
  return (
    <section class="section" id="register" aria-labelledby="h-register" data-testid="register">
      <h2 id="h-register">{t.heading}</h2>
      <p class="lead">{t.lead}</p>
      <div class="choices" role="radiogroup" aria-labelledby="h-register">
        {REGISTER_SETTINGS.map((v) => (
          <label key={v} class="choice">
            <input
              type="radio"
              name="reply-register"
              value={v}
              checked={props.value === v}
              onChange={() => props.onChange(v)}
              data-testid={`register-${v}`}
            />
            <span>
              {t.choices[v].label}
              <span class="muted"> — {t.choices[v].hint}</span>
            </span>
          </label>
        ))}
      </div>
    </section>
  );
}
