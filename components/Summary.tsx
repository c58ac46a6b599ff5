import type { FindingKind, Severity } from '@/lib/engine/types';
import { summarizeFindings, type UiText } from './i18n';

/** The banner above a partner's message: "3 conflicts with the alignment document (rev. 3): 1 red line, 2 KPI". */
export function PartnerBanner(props: { t: UiText; findings: { kind: FindingKind; severity: Severity }[]; revision: number; onOpenPanel(): void; onReview(): void }) {
  const { t, findings } = props;
  const worst = worstSeverity(findings);
  return (
    <div className={`banner sev-${worst}`} role="note">
      <span className="dot" aria-hidden="true" />
      <span className="text">{summarizeFindings(t, findings, props.revision)}</span>
      <button type="button" onClick={props.onReview}>
        {t.review}
      </button>
      <button type="button" onClick={props.onOpenPanel}>
        {t.openPanel}
      </button>
    </div>
  );
}

/** The count badge next to a draft being written. */
export function ComposeBadge(props: { t: UiText; findings: { kind: FindingKind; severity: Severity }[]; revision: number; onReview(): void }) {
  const { t, findings } = props;
  const n = findings.length;
  const label = n === 0 ? t.noConflicts : summarizeFindings(t, findings, props.revision);
  return (
    <button type="button" className={`badge sev-${n === 0 ? 'none' : worstSeverity(findings)}`} title={label} aria-label={`Accord: ${label}`} onClick={props.onReview} disabled={n === 0}>
      <span className="logo">A</span>
      <span className="count">{n}</span>
    </button>
  );
}

const ORDER: Severity[] = ['error', 'warning', 'info'];

export function worstSeverity(findings: { severity: Severity }[]): Severity {
  return ORDER.find((s) => findings.some((f) => f.severity === s)) ?? 'info';
}
