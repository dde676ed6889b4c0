// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { RetentionSection } from '../../../../src/ui/options/RetentionSection';
import { optionsEn, optionsNl } from '../../../../src/ui/options/strings';
import { click, mount, waitFor } from '../call/render';

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});
const none = { cases: 0, notes: 0, events: 0, reminders: 0 };

describe('RetentionSection', () => {
  it('offers off and the usual terms, and cannot apply "off"', () => {
    const view = mount(
      <RetentionSection
        t={optionsNl}
        days={null}
        policyDays={null}
        counts={{ cases: 1, notes: 3 }}
        onChange={() => {}}
        onApply={async () => none}
      />,
    );
    cleanup.push(view.unmount);
    const options = [...view.root.querySelectorAll('option')].map((o) => o.value);
    expect(options).toEqual(['off', '30', '90', '180', '365']);
    expect(view.root.querySelector<HTMLButtonElement>('[data-testid=retention-apply]')!.disabled).toBe(true);
    expect(view.root.querySelector('[data-testid=log-count]')!.textContent).toBe('Nu bewaard: 1 dossier, 3 notities.');
  });

  it('shows a term set by policy that is not one of the choices, and says where it came from', () => {
    const view = mount(
      <RetentionSection
        t={optionsEn}
        days={60}
        policyDays={60}
        counts={undefined}
        onChange={() => {}}
        onApply={async () => none}
      />,
    );
    cleanup.push(view.unmount);
    expect(view.root.querySelector<HTMLSelectElement>('select')!.value).toBe('60');
    expect(view.root.textContent).toContain('Your organisation has set 60 days.');
  });

  it('reports the choice and what applying deleted', async () => {
    const chosen: Array<number | null> = [];
    const view = mount(
      <RetentionSection
        t={optionsNl}
        days={90}
        policyDays={null}
        counts={undefined}
        onChange={(d) => chosen.push(d)}
        onApply={async () => ({ ...none, cases: 4, notes: 9 })}
      />,
    );
    cleanup.push(view.unmount);
    const select = view.root.querySelector<HTMLSelectElement>('select')!;
    void act(() => {
      select.value = 'off';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(chosen).toEqual([null]);
    click(view.root.querySelector('[data-testid=retention-apply]')!);
    const msg = await waitFor(() => view.root.querySelector('[data-testid=retention-message]'));
    expect(msg.textContent).toBe('Verwijderd: 4 dossiers (9 notities).');
  });
});
