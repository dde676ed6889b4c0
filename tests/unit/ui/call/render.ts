/** Render Preact into a happy-dom container and drive it like a user would (no testing library here). */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { provideInThreadWorker } from '../analysis/in-thread-worker';

// Call mode's coaching runs in the analysis worker; happy-dom has none, so it runs in-thread here.
provideInThreadWorker();

export function mount(node: ComponentChild): { root: HTMLElement; unmount(): void } {
  const root = document.createElement('div');
  document.body.appendChild(root);
  void act(() => render(node, root));
  return {
    root,
    unmount() {
      void act(() => render(null, root));
      root.remove();
    },
  };
}

/** Poll until `check` returns a value (not undefined/null/false), or fail after `ms`. */
export async function waitFor<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  ms = 2000,
  what = 'condition',
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== null && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function typeInto(el: HTMLTextAreaElement | HTMLInputElement, text: string) {
  void act(() => {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function click(el: Element) {
  void act(() => {
    (el as HTMLElement).click();
  });
}

export function key(el: Element, init: KeyboardEventInit) {
  void act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
