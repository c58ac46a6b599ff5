import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { DriftRecord, DriftSettings } from '@/lib/drift/log';
import type { ReportApi } from './api';
import { downloadText } from './download';
import type { ReportText } from './text';

/** Whether the log records, how long it keeps records, and clearing or exporting it. */
export function SettingsSection({ api, t, records }: { api: ReportApi; t: ReportText; records: DriftRecord[] | undefined }) {
  const client = useQueryClient();
  const settings = useQuery({ queryKey: ['report', 'settings'], queryFn: () => api.readDriftSettings() });
  const [days, setDays] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (settings.data) setDays(String(settings.data.retentionDays));
  }, [settings.data]);

  const run = (work: () => Promise<void>) =>
    work().then(
      () => {
        setProblem(null);
        return client.invalidateQueries({ queryKey: ['report'] });
      },
      (e: unknown) => setProblem(t.saveFailed(e instanceof Error ? e.message : String(e))),
    );
  const save = (s: Partial<DriftSettings>) => run(() => api.setDriftSettings(s));
  const commitDays = () => {
    const n = Number(days);
    if (Number.isInteger(n) && n >= 1 && n !== settings.data?.retentionDays) void save({ retentionDays: n });
    else if (settings.data) setDays(String(settings.data.retentionDays));
  };

  return (
    <section className="report-section report-settings no-print" data-testid="settings">
      <h2>{t.settings}</h2>
      <label className="setting">
        <input
          type="checkbox"
          data-testid="record-toggle"
          checked={settings.data?.enabled ?? false}
          disabled={!settings.data}
          onChange={(e) => void save({ enabled: e.currentTarget.checked })}
        />
        {t.record}
      </label>
      <p className="muted small">{t.recordHint}</p>
      <label className="setting">
        {t.retention}{' '}
        <input
          type="number"
          min={1}
          step={1}
          data-testid="retention-days"
          value={days}
          disabled={!settings.data}
          onChange={(e) => setDays(e.currentTarget.value)}
          onBlur={commitDays}
          onKeyDown={(e) => e.key === 'Enter' && commitDays()}
        />
      </label>
      <div className="setting-actions">
        <button
          type="button"
          data-testid="export-log"
          disabled={!records}
          onClick={() => records && downloadText(`accord-drift-log-${new Date().toISOString().slice(0, 10)}.json`, api.exportDriftLog(records), 'application/json')}
        >
          {t.exportLog}
        </button>
        <button
          type="button"
          className="danger"
          data-testid="clear-log"
          disabled={!records || records.length === 0}
          onClick={() => window.confirm(t.confirmClear) && void run(() => api.clearDriftLog())}
        >
          {t.clearLog}
        </button>
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
