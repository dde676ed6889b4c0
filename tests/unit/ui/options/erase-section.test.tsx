// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EraseSection } from '../../../../src/ui/options/EraseSection';
import { optionsEn, optionsNl } from '../../../../src/ui/options/strings';
import { click, mount, typeInto, waitFor } from '../call/render';

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

const $ = <T extends Element>(root: Element, id: string) => root.querySelector<T>(`[data-testid=${id}]`);

describe('EraseSection', () => {
  it('erases only after the word is typed and confirmed', async () => {
    let calls = 0;
    const view = mount(<EraseSection t={optionsNl} onErase={async () => (calls++, { cases: 3, threads: 2 })} />);
    cleanup.push(view.unmount);
    expect($(view.root, 'erase-confirm')).toBeNull();
    click($(view.root, 'erase-start')!);
    const confirm = $<HTMLButtonElement>(view.root, 'erase-confirm')!;
    expect(confirm.disabled).toBe(true);
    typeInto($<HTMLInputElement>(view.root, 'erase-word')!, 'wisse');
    expect(confirm.disabled).toBe(true);
    typeInto($<HTMLInputElement>(view.root, 'erase-word')!, 'wissen');
    expect(confirm.disabled).toBe(false);
    click(confirm);
    const msg = await waitFor(() => $(view.root, 'erase-message'));
    expect(calls).toBe(1);
    expect(msg.textContent).toBe('Alles gewist: 3 dossiers, en wat het paneel per gesprek onthield.');
  });

  it('shows the reason when erasing fails, and keeps nothing half-done on screen', async () => {
    const view = mount(
      <EraseSection t={optionsEn} onErase={() => Promise.reject(new Error('Storage error: nothing was erased.'))} />,
    );
    cleanup.push(view.unmount);
    click($(view.root, 'erase-start')!);
    typeInto($<HTMLInputElement>(view.root, 'erase-word')!, 'ERASE');
    click($(view.root, 'erase-confirm')!);
    const msg = await waitFor(() => $(view.root, 'erase-message'));
    expect(msg.getAttribute('role')).toBe('alert');
    expect(msg.textContent).toContain('nothing was erased');
  });
});
