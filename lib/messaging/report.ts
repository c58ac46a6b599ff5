import type { Finding } from '../engine/types';
import type { ReportItem } from './protocol';

/** A finding as a tab reports it to the side panel; long strings are cut to the protocol's limits. */
export function reportItem(f: Finding, source: string, id: string | null): ReportItem {
  return {
    id: id === null ? null : id.slice(0, 300),
    source: source.slice(0, 200),
    kind: f.kind,
    severity: f.severity,
    ruleId: f.ruleId.slice(0, 200),
    market: f.market === null ? null : f.market.slice(0, 100),
    message: f.message.slice(0, 2000),
    actual: f.actual.slice(0, 2000),
    expected: f.expected.slice(0, 2000),
    quoted: f.quoted,
    revision: f.revision,
  };
}

/** Characters per unchecked language, for the panel's "not checked" note. */
export function uncheckedSummary(spans: { start: number; end: number; lang: string }[]): { lang: string; chars: number }[] {
  const by = new Map<string, number>();
  for (const s of spans) by.set(s.lang.slice(0, 20), (by.get(s.lang.slice(0, 20)) ?? 0) + (s.end - s.start));
  return [...by].slice(0, 50).map(([lang, chars]) => ({ lang, chars }));
}
