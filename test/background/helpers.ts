import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Who sent a message, as the runtime tells the background. */
export interface Sender {
  id?: string;
  tab?: { id: number; windowId: number };
  documentId?: string;
}

/** What the background answers a message from `sender`, as the runtime delivers it. */
export async function send(message: unknown, sender: Sender = { id: fakeBrowser.runtime.id }): Promise<unknown> {
  const full = { ...sender, tab: sender.tab ? { index: 0, highlighted: false, active: true, pinned: false, incognito: false, ...sender.tab } : undefined };
  const answers = await Promise.all(await fakeBrowser.runtime.onMessage.trigger(message, full));
  return answers.find((a) => a !== undefined);
}

/** A browser event whose listeners a test can call (the fake browser lacks some). */
export function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => void listeners.push(l),
    removeListener: () => undefined,
    hasListener: () => listeners.length > 0,
    trigger: (...args: A) => listeners.map((l) => l(...args)),
  };
}

/** Waits until `check` (sync or async) stops throwing. */
export async function until(check: () => unknown, timeout = 3_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}
