import type { FindingKind, Severity } from '@/lib/engine/types';
import { summarizeFindings, type UiText } from './i18n';

/**
 * The banner above a partner's message and the badge beside a draft. They are on the page from the
 * first check, so they are plain DOM (React is loaded only with the card); every string goes in as
 * text, never as HTML.
 */
interface Counted {
  kind: FindingKind;
  severity: Severity;
}

/** "3 conflicts with the alignment document (rev. 3): 1 red line, 2 KPI", with Review and Open buttons. */
export function renderBanner(container: HTMLElement, p: { t: UiText; findings: Counted[]; revision: number; signed: boolean; truncated: boolean; onOpenPanel(): void; onReview(): void }): void {
  const doc = container.ownerDocument;
  const banner = el(doc, 'div', `banner sev-${worstSeverity(p.findings)}`);
  banner.setAttribute('role', 'note');
  const dot = el(doc, 'span', 'dot');
  dot.setAttribute('aria-hidden', 'true');
  const text = el(doc, 'span', 'text');
  text.textContent = summarizeFindings(p.t, p.findings, p.revision, p.signed) + (p.truncated ? `. ${p.t.truncated}` : '');
  banner.append(dot, text, button(doc, p.t.review, p.onReview), button(doc, p.t.openPanel, p.onOpenPanel));
  container.replaceChildren(banner);
}

/** A count badge; disabled (and green) when the draft has no conflict. */
export function renderBadge(container: HTMLElement, p: { t: UiText; findings: Counted[]; revision: number; signed: boolean; truncated: boolean; onReview(): void }): void {
  const doc = container.ownerDocument;
  const n = p.findings.length;
  const label = (n === 0 ? p.t.noConflicts : summarizeFindings(p.t, p.findings, p.revision, p.signed)) + (p.truncated ? `. ${p.t.truncated}` : '');
  const badge = button(doc, '', p.onReview);
  badge.className = `badge sev-${n === 0 ? 'none' : worstSeverity(p.findings)}`;
  badge.title = label;
  badge.setAttribute('aria-label', `Accord: ${label}`);
  badge.disabled = n === 0;
  const logo = el(doc, 'span', 'logo');
  logo.textContent = 'A';
  const count = el(doc, 'span', 'count');
  count.textContent = String(n);
  badge.append(logo, count);
  container.replaceChildren(badge);
}

const ORDER: Severity[] = ['error', 'warning', 'info'];

export function worstSeverity(findings: { severity: Severity }[]): Severity {
  return ORDER.find((s) => findings.some((f) => f.severity === s)) ?? 'info';
}

function el(doc: Document, tag: string, className: string): HTMLElement {
  const e = doc.createElement(tag);
  e.className = className;
  return e;
}

function button(doc: Document, label: string, onClick: () => void): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}
