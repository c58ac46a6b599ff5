import type { DateRange } from '@/lib/drift/aggregate';
import { lastDay } from '@/lib/drift/markdown';

/**
 * The "now" the report is built at: `?now=<ISO>` in the page's URL when it parses (end-to-end tests
 * pin it, so a screenshot shows the same period every day), else the clock.
 */
export function pageNow(search: string, clock: () => Date = () => new Date()): Date {
  const pinned = new URLSearchParams(search).get('now');
  const t = pinned === null ? NaN : Date.parse(pinned);
  return Number.isNaN(t) ? clock() : new Date(t);
}

/** The last `days` whole local days, today included (days are local, as lib/drift/aggregate.ts counts them). */
export function lastDaysRange(now: Date, days: number): DateRange {
  const y = now.getFullYear();
  const m = now.getMonth();
  const d = now.getDate();
  return { from: new Date(y, m, d + 1 - days).toISOString(), to: new Date(y, m, d + 1).toISOString() };
}

/** `yyyy-mm-dd` of a local date, as date inputs show it. */
function dayValue(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The first and the last day a range covers, for date inputs and file names. */
export function rangeDays(range: DateRange): { from: string; to: string } {
  return { from: dayValue(new Date(range.from)), to: dayValue(lastDay(range)) };
}

/** The range two date inputs mean: from the start of `from` to the end of `to`; null while either is incomplete or backwards. */
export function rangeFromDays(from: string, to: string): DateRange | null {
  const a = parseDay(from);
  const b = parseDay(to);
  if (!a || !b || b < a) return null;
  return { from: a.toISOString(), to: new Date(b.getFullYear(), b.getMonth(), b.getDate() + 1).toISOString() };
}

function parseDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}
