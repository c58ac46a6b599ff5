import type { LangText } from '@/lib/alignment/schema';
import { formatAmount as formatAmountAs, formatNumber as formatNumberAs, formatRange as formatRangeAs, type KpiTableBaseline, type KpiTableCell, type KpiTableKpi } from '@/lib/alignment/kpi-table';
import type { UiLang } from '@/lib/engine/types';
import type { PanelText } from '../i18n';

/**
 * Numbers and units for the panel's KPI table, written as the CLI's table writes them (the formatters
 * of lib/alignment/kpi-table.ts), with no-break spaces so that `1 800 ₽` never wraps: `3%`, `60 days`,
 * `2.5×`, `$35`, `2.5–4%`, `≤ $35`.
 */

export const DASH = '—';

const NBSP = '\u00a0';

export function formatNumber(value: number, lang: UiLang): string {
  return formatNumberAs(value, lang, NBSP);
}

/** A number with its unit: `%`, `days`, `ratio`, `count`, a currency code, or the unit as written. */
export function formatAmount(value: number, unit: string, lang: UiLang, t: PanelText): string {
  return formatAmountAs(value, unit, lang, { days: t.days, space: NBSP });
}

export function formatRange(k: KpiTableKpi, lang: UiLang, t: PanelText): string {
  return formatRangeAs(k, lang, { days: t.days, space: NBSP });
}

export type KpiField = 'target' | 'range' | 'window' | 'baseline';
export const KPI_FIELDS: readonly KpiField[] = ['target', 'range', 'window', 'baseline'];

/** One field of one market's cell; several KPIs for one metric are joined with ` / `. */
export function formatKpiField(cell: KpiTableCell | undefined, field: KpiField, lang: UiLang, t: PanelText): string {
  const kpis = cell?.kpis ?? [];
  const join = (parts: string[]) => (parts.some((p) => p !== DASH) ? parts.join(' / ') : DASH);
  switch (field) {
    case 'target':
      return join(kpis.map((k) => (k.target !== undefined ? formatAmount(k.target, k.unit, lang, t) : DASH)));
    case 'range':
      return join(kpis.map((k) => formatRange(k, lang, t)));
    case 'window':
      return join(kpis.map((k) => (k.windowDays !== undefined ? formatAmount(k.windowDays, 'days', lang, t) : DASH)));
    case 'baseline':
      return join((cell?.baselines ?? []).map((b: KpiTableBaseline) => formatAmount(b.value, b.unit, lang, t)));
  }
}

/** A market's or metric's display name in the UI language, else English, else the first given. */
export function localName(name: LangText, lang: UiLang, fallback = ''): string {
  return name[lang] ?? name.en ?? Object.values(name)[0] ?? fallback;
}

/** `de` → "German" ("немецкий"); `other` or an unknown code → "another language". */
export function languageName(code: string, lang: UiLang, t: PanelText): string {
  if (code === 'other' || code === 'und' || code.trim() === '') return t.otherLanguage;
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' }).of(code);
    return name ?? code;
  } catch {
    return code;
  }
}
