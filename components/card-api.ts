import type { FindingCardProps } from './FindingCard';

/**
 * The finding card is React, and React DOM alone takes longer to evaluate than a frame on a slow
 * machine. So the card lives in its own script (`entrypoints/gmail-card`), which a content script
 * imports the first time a card is wanted; the script leaves this API on the content script's global.
 */
export interface CardApi {
  mount(container: HTMLElement): CardView;
}

export interface CardView {
  render(props: FindingCardProps | null): void;
  unmount(): void;
}

export const CARD_API_GLOBAL = '__accordCardApi';

export const CARD_SCRIPT_PATH = '/gmail-card.js' as const;

/** Loads the card script once (from `url`) and returns its API. */
export function loadCardApi(url: string): Promise<CardApi> {
  const g = globalThis as Record<string, unknown>;
  const ready = () => g[CARD_API_GLOBAL] as CardApi | undefined;
  const now = ready();
  if (now) return Promise.resolve(now);
  return (g[`${CARD_API_GLOBAL}Loading`] ??= import(/* @vite-ignore */ url).then(() => {
    const api = ready();
    if (!api) throw new Error('the card script did not start');
    return api;
  })) as Promise<CardApi>;
}
