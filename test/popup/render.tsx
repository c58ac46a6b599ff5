import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// React warns unless it knows it runs under a test's act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const roots = new Set<Root>();

export interface Mounted {
  container: HTMLElement;
  all(testId: string): HTMLElement[];
  get(testId: string): HTMLElement;
}

export async function mount(ui: ReactNode): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  roots.add(root);
  await act(async () => root.render(ui));
  const all = (testId: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
  return {
    container,
    all,
    get(testId) {
      const found = all(testId);
      if (found.length !== 1) throw new Error(`expected one [data-testid="${testId}"], found ${found.length}`);
      return found[0] as HTMLElement;
    },
  };
}

export async function unmountAll(): Promise<void> {
  for (const root of roots) await act(async () => root.unmount());
  roots.clear();
  document.body.replaceChildren();
}

/** Types `text` into a React-controlled input one character at a time, as a person would. */
export async function type(input: HTMLInputElement, text: string): Promise<void> {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  for (let i = 1; i <= text.length; i++) {
    await act(async () => {
      setValue?.call(input, input.value + text.slice(i - 1, i));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
}

export async function key(el: Element, k: string, init: KeyboardEventInit = {}): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));
  });
}

export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

/** Waits until `check` stops throwing, settling React between tries. */
export async function until(check: () => void, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await settle(20);
    }
  }
}

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
