import type { OptionsStrings } from './strings';

/** The optional, off-by-default reminder before sending a draft that still has flagged phrases. */
export function BeforeSendSection(props: { t: OptionsStrings; on: boolean; onChange: (on: boolean) => void }) {
  const { t } = props;
  return (
    <section class="section" id="before-send" aria-labelledby="h-before-send" data-testid="before-send">
      <h2 id="h-before-send">{t.beforeSendHeading}</h2>
      <p class="lead">{t.beforeSendLead}</p>
      <label class="choice">
        <input
          type="checkbox"
          checked={props.on}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
          data-testid="before-send-toggle"
        />
        <span>{t.beforeSendToggle}</span>
      </label>
    </section>
  );
}
