import { useState } from 'react';
import type { UiLang } from '@/lib/engine/types';
import type { SourceOutcome } from '@/lib/storage/library';
import { followOnce } from './follow';
import type { OptionsText } from './text';

type Updated = Extract<SourceOutcome, { status: 'updated' }>;

/**
 * The Follow button's work, for a new document (the sidebar) and for an existing one (its Source tab):
 * asks for the URL's origin inside the click, fetches the file once, and hands a valid first answer to
 * `use`, which returns a sentence when it cannot use it. `busy` and `error` are for the form.
 */
export function useFollow(t: OptionsText, lang: UiLang, use: (first: Updated, url: string) => Promise<string | void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const follow = (rawUrl: string) => {
    setError(null);
    const pending = followOnce(t, lang, rawUrl); // asks for the permission now, inside the click
    setBusy(true);
    void (async () => {
      try {
        const first = await pending;
        if (!first.ok) return setError(first.error);
        const problem = await use(first.outcome, rawUrl.trim());
        if (problem) setError(problem);
      } catch (e) {
        setError(t.actionFailed(e instanceof Error ? e.message : String(e)));
      } finally {
        setBusy(false);
      }
    })();
  };
  return { busy, error, setError, follow };
}
