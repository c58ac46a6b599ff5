import { FINDING_KINDS, type FindingKind, type Severity } from '@/lib/engine/types';
import type { ReportItem } from '@/lib/messaging/protocol';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface KindGroup {
  kind: FindingKind;
  items: ReportItem[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  kinds: KindGroup[];
}

/**
 * Findings by severity (error, warning, info), then by kind in the engine's order (red lines first);
 * within a kind, in the order the page reported them (the order of the text). Empty groups are left out.
 */
export function groupFindings(items: readonly ReportItem[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const ofSeverity = items.filter((i) => i.severity === severity);
    if (ofSeverity.length === 0) continue;
    const kinds: KindGroup[] = [];
    for (const kind of FINDING_KINDS) {
      const ofKind = ofSeverity.filter((i) => i.kind === kind);
      if (ofKind.length > 0) kinds.push({ kind, items: ofKind });
    }
    groups.push({ severity, count: ofSeverity.length, kinds });
  }
  return groups;
}

/** `''` is every market; otherwise the findings about that market id (findings about no market only show under all). */
export function filterByMarket(items: readonly ReportItem[], market: string): ReportItem[] {
  return market === '' ? [...items] : items.filter((i) => i.market === market);
}
