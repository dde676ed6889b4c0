// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

// storage.local of the side panel, in memory.
const stored = vi.hoisted((): { data: Record<string, unknown> } => ({ data: {} }));
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string) => (key in stored.data ? { [key]: stored.data[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(stored.data, items),
      },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
  },
}));

import { useThreadMemory, violationKey } from '../../../../src/ui/hooks/use-thread-memory';
import { mount, waitFor } from '../call/render';
import { act } from 'preact/test-utils';

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
  stored.data = {};
});

describe('what the panel remembers per thread', () => {
  it('hides a dismissed flag in the thread, and stores no subject, URL or draft text to do so', async () => {
    const threadKey = 'generic:https://crm.example.com/klant/884213?onderwerp=Uw%20factuur';
    const flag = { rule: 'sorry_but', text: 'Sorry maar daar kan ik niets aan doen' };
    let api: ReturnType<typeof useThreadMemory> | undefined;
    function Probe() {
      api = useThreadMemory(threadKey);
      return <p data-testid="hidden">{api.mem.dismissed.includes(violationKey(flag)) ? 'hidden' : 'shown'}</p>;
    }
    const view = mount(<Probe />);
    cleanup.push(view.unmount);
    void act(() => api!.dismiss(violationKey(flag)));
    await waitFor(() => view.root.textContent === 'hidden', 1000, 'flag hidden');
    void act(() => api!.markUsed('empathy.nl.1'));
    await waitFor(() => Object.keys(stored.data).length === 1, 1000, 'stored');
    const dump = JSON.stringify(stored.data);
    for (const text of ['crm.example.com', '884213', 'factuur', 'sorry maar', 'Sorry maar', 'niets aan doen'])
      expect(dump).not.toContain(text);
    expect(dump).toContain('empathy.nl.1');
    // A panel opened later on the same thread finds the same memory.
    let again: ReturnType<typeof useThreadMemory> | undefined;
    function Later() {
      again = useThreadMemory(threadKey);
      return null;
    }
    const second = mount(<Later />);
    cleanup.push(second.unmount);
    await waitFor(() => again!.mem.used.includes('empathy.nl.1'), 1000, 'memory read back');
  });
});
