import { useEffect, useState } from 'react';
import type { AlignmentDoc } from '@/lib/alignment/schema';
import type { DocSummary } from '@/lib/messaging/protocol';

type Lookup = typeof import('@/lib/kpi-lookup');

export type LookupDoc =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; doc: AlignmentDoc; summary: DocSummary; lookup: Lookup };

/**
 * The active alignment document and the lookup code, loaded after the first paint: the popup's own
 * chunk stays React and the search box (typing starts before storage, zod and the stemmers have loaded).
 */
export function useLookupDoc(): LookupDoc {
  const [value, setValue] = useState<LookupDoc>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void Promise.all([import('@/lib/storage/document'), import('@/lib/kpi-lookup')])
      .then(async ([storage, lookup]) => {
        const { doc, summary } = await storage.readActiveDocument();
        if (live) setValue({ state: 'ready', doc, summary, lookup });
      })
      .catch((error: unknown) => {
        console.error('[accord:popup] reading the alignment document failed', error);
        if (live) setValue({ state: 'failed' });
      });
    return () => {
      live = false;
    };
  }, []);
  return value;
}
