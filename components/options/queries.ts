import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { applySourceOutcome, findDocument, readLibrary, watchLibrary, type Library, type SourceOutcome, type StoredDocument } from '@/lib/storage/library';
import type { UiLang } from '@/lib/engine/types';
import { fetchTeamDocument } from '@/lib/team-source';

/** How often a followed document is asked for while the options page is open. */
export const SOURCE_INTERVAL_MS = 15 * 60_000;
/** A focus within this time of the last request does not ask again. */
const SOURCE_FRESH_MS = 30_000;

export const optionsKeys = {
  library: ['options', 'library'] as const,
  source: (id: string, url: string) => ['options', 'source', id, url] as const,
};

/** The library, kept current when any context changes it. */
export function useLibrary() {
  const client = useQueryClient();
  useEffect(() => watchLibrary((library) => client.setQueryData<Library>(optionsKeys.library, library)), [client]);
  return useQuery({ queryKey: optionsKeys.library, queryFn: readLibrary, staleTime: Infinity });
}

/** Runs a library change, then reads the library again so the page shows it at once. */
export function useLibraryAction() {
  const client = useQueryClient();
  return async <T,>(change: () => Promise<T>): Promise<T> => {
    try {
      return await change();
    } finally {
      await client.invalidateQueries({ queryKey: optionsKeys.library });
    }
  };
}

/**
 * A followed document's team source: asked when the page opens, every 15 minutes and when the window
 * gets focus; each answer is recorded with applySourceOutcome (a failure only notes its sentence).
 * The etag is read from storage at each request, never from a stale render.
 */
export function useTeamSource(doc: StoredDocument | undefined, lang: UiLang) {
  const client = useQueryClient();
  const id = doc?.id ?? '';
  const url = doc?.source?.url ?? '';
  return useQuery({
    queryKey: optionsKeys.source(id, url),
    queryFn: async (): Promise<SourceOutcome> => {
      const latest = findDocument(await readLibrary(), id);
      if (!latest?.source || latest.source.url !== url) return { status: 'not-modified', etag: null };
      const outcome = await fetchTeamDocument(url, latest.source.etag, { lang });
      await applySourceOutcome(id, outcome);
      await client.invalidateQueries({ queryKey: optionsKeys.library });
      return outcome;
    },
    enabled: url !== '',
    refetchInterval: SOURCE_INTERVAL_MS,
    refetchOnWindowFocus: true,
    staleTime: SOURCE_FRESH_MS,
    retry: false,
  });
}

/** Keeps every followed document's source polled while the page is open (renders nothing). */
export function SourceWatcher({ doc, lang }: { doc: StoredDocument; lang: UiLang }) {
  useTeamSource(doc, lang);
  return null;
}
