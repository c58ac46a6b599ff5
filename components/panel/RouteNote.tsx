import { useState } from 'react';
import type { TabReportReply } from '@/lib/messaging/protocol';
import type { UiText } from '../i18n';
import { StateMessage } from './StateMessage';

interface Props {
  t: UiText;
  route: TabReportReply['route'];
  /** Asks the page for a fresh read of the saved version; rejects with the reason it could not. */
  onRefresh?: () => Promise<unknown>;
}

/** Where the checked text came from, when it is not the live page: the saved version (with Refresh) or a selection. */
export function RouteNote({ t, route, onRefresh }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (route === 'selection') return <StateMessage name="route-selection" title={t.panel.routeSelection} />;
  if (route !== 'saved') return null;

  const refresh = async (run: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await run();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <StateMessage name="route-saved" title={t.panel.routeSaved}>
      {onRefresh && (
        <button type="button" className="button" data-testid="refresh" disabled={busy} onClick={() => void refresh(onRefresh)}>
          {busy ? t.panel.refreshing : t.panel.refresh}
        </button>
      )}
      {error !== null && (
        <p className="inline-error" role="alert" data-testid="refresh-error">
          {t.panel.refreshFailed(error)}
        </p>
      )}
    </StateMessage>
  );
}
