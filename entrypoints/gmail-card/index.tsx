import { createRoot } from 'react-dom/client';
import { CARD_API_GLOBAL, type CardApi } from '@/components/card-api';
import { FindingCard } from '@/components/FindingCard';

/** The finding card's React, loaded by the Gmail content script the first time a card opens. */
export default defineUnlistedScript(() => {
  const api: CardApi = {
    mount(container) {
      const root = createRoot(container);
      return {
        render(props) {
          root.render(props ? <FindingCard {...props} /> : null);
        },
        unmount() {
          root.unmount();
        },
      };
    },
  };
  (globalThis as Record<string, unknown>)[CARD_API_GLOBAL] = api;
});
