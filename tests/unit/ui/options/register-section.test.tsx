// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { RegisterSection } from '../../../../src/ui/options/RegisterSection';
import { registerStrings } from '../../../../src/ui/options/register-strings';
import { asRegisterSetting, replyRegister } from '../../../../src/storage/reply-register';
import type { RegisterSetting } from '../../../../src/core/types';
import { click, mount } from '../call/render';

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

describe('options: the form of address (issue 12)', () => {
  it('offers follow / always je / always u, Dutch first, and reports the choice', async () => {
    const picked: RegisterSetting[] = [];
    const view = mount(<RegisterSection t={registerStrings('nl')} value="follow" onChange={(v) => picked.push(v)} />);
    cleanup.push(view.unmount);
    const radios = [...view.root.querySelectorAll('input[type=radio]')] as HTMLInputElement[];
    expect(radios.map((r) => r.value)).toEqual(['follow', 'informal', 'formal']);
    expect(radios[0]!.checked).toBe(true);
    expect(view.root.textContent).toContain('De klant volgen (standaard)');
    expect(view.root.textContent).toContain('Altijd je');
    expect(view.root.textContent).toContain('Altijd u');
    click(radios[2]!);
    expect(picked).toEqual(['formal']);
    expect(registerStrings('en').choices.formal.label).toBe('Always u');
  });

  it('reads a stored value safely and resolves the reply register', () => {
    expect(asRegisterSetting('informal')).toBe('informal');
    expect(asRegisterSetting('jij')).toBe('follow');
    expect(asRegisterSetting(undefined)).toBe('follow');
    expect(replyRegister('follow', 'informal')).toBe('informal');
    expect(replyRegister('follow', undefined)).toBeUndefined();
    expect(replyRegister('formal', 'informal')).toBe('formal');
  });
});
