import type * as Aggregate from '@/lib/drift/aggregate';
import type * as Log from '@/lib/drift/log';
import type * as Propose from '@/lib/drift/propose';

/**
 * What the report page needs of the drift log, its aggregation and the change proposal, handed in by
 * entrypoints/report/main.tsx. The page's tests hand in stand-ins (test/report/stand-in.ts) that keep
 * the same contract, so the page is tested without the log's own storage details. The real ones are
 * wired in ./drift-api.ts.
 */
export interface ReportApi {
  readDriftLog: typeof Log.readDriftLog;
  readDriftSettings: typeof Log.readDriftSettings;
  setDriftSettings: typeof Log.setDriftSettings;
  clearDriftLog: typeof Log.clearDriftLog;
  exportDriftLog: typeof Log.exportDriftLog;
  /** Calls `cb` when the log or its settings change (another tab recorded a conflict, the settings changed). */
  watchDriftLog(cb: () => void): () => void;
  defaultRange: typeof Aggregate.defaultRange;
  buildReport: typeof Aggregate.buildReport;
  proposeChange: typeof Propose.proposeChange;
}
