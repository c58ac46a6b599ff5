import { buildReport, defaultRange } from '@/lib/drift/aggregate';
import { clearDriftLog, driftLogItem, driftSettingsItem, exportDriftLog, readDriftLog, readDriftSettings, setDriftSettings } from '@/lib/drift/log';
import { proposeChange } from '@/lib/drift/propose';
import type { ReportApi } from './api';

/** The report page's data: the drift log in storage, its aggregation, and change proposals into the library. */
export const driftApi: ReportApi = {
  readDriftLog,
  readDriftSettings,
  setDriftSettings,
  clearDriftLog,
  exportDriftLog,
  watchDriftLog(cb) {
    const stops = [driftLogItem.watch(() => cb()), driftSettingsItem.watch(() => cb())];
    return () => stops.forEach((stop) => stop());
  },
  defaultRange,
  buildReport,
  proposeChange,
};
