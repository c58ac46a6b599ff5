import type { LangText } from '@/lib/alignment/schema';
import type { KpiTableBaseline, KpiTableCell, KpiTableKpi } from '@/lib/alignment/kpi-table';
import type { UiLang } from '@/lib/engine/types';
import type { PanelText } from '../i18n';

/**
 * Numbers and units for the panel's KPI table, written as the CLI's table writes them
 * (lib/alignment/kpi-table.ts keeps its own formatter private): `3%`, `60 days`, `2.5×`, `$35`,
 * `1,800 ₽`, `2.5–4%`, `≤ $35`.
 */

const CURRENCY_SYMBOLS: Record<string, { symbol: string; before: boolean }> = {
  USD: { symbol: '$', before: true },
  RUB: { symbol: '₽', before: false },
  EUR: { symbol: '€', before: true },
  GBP: { symbol: '£', before: true },
};

export const DASH = '—';

/** `1,800.5` in English, `1 800,5` in Russian (Russian leaves four-digit numbers unsplit). */
export function formatNumber(value: number, lang: UiLang): string {
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const minDigits = lang === 'ru' ? 5 : 4;
  const grouped = digits.length >= minDigits ? digits.replace(/\B(?=(\d{3})+$)/g, lang === 'ru' ? '\u00a0' : ',') : digits;
  return `${sign}${grouped}${fraction !== undefined ? (lang === 'ru' ? ',' : '.') + fraction : ''}`;
}

/** A number with its unit: `%`, `days`, `ratio`, `count`, a currency code, or the unit as written. */
export function formatAmount(value: number, unit: string, lang: UiLang, t: PanelText): string {
  const n = formatNumber(value, lang);
  switch (unit) {
    case '%':
      return `${n}%`;
    case 'days':
      return `${n}\u00a0${t.days(value)}`;
    case 'ratio':
      return `${n}×`;
    case '':
    case 'count':
      return n;
  }
  const currency = CURRENCY_SYMBOLS[unit];
  if (currency?.before) return value < 0 ? `-${currency.symbol}${formatNumber(-value, lang)}` : `${currency.symbol}${n}`;
  if (currency) return `${n}\u00a0${currency.symbol}`;
  return `${n}\u00a0${unit}`;
}

export function formatRange(k: KpiTableKpi, lang: UiLang, t: PanelText): string {
  if (k.min !== undefined && k.max !== undefined) {
    const low = CURRENCY_SYMBOLS[k.unit]?.before === true ? formatAmount(k.min, k.unit, lang, t) : formatNumber(k.min, lang);
    return `${low}–${formatAmount(k.max, k.unit, lang, t)}`;
  }
  if (k.min !== undefined) return `≥ ${formatAmount(k.min, k.unit, lang, t)}`;
  if (k.max !== undefined) return `≤ ${formatAmount(k.max, k.unit, lang, t)}`;
  return DASH;
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
