import type { DocModel } from '../engine/model';
import type { UiLang } from '../engine/types';

/** Shared wording for finding messages, so every rule names what was agreed the same way. */

/** ` (US-cac, rev. 3, signed 2026-11-21)`: where in the alignment document the agreed value comes from. */
export function agreedSuffix(model: DocModel, lang: UiLang, id?: string): string {
  const signed = model.signed ? (lang === 'ru' ? `, подписано ${model.signed}` : `, signed ${model.signed}`) : '';
  const entry = id ? `${id}, ` : '';
  return lang === 'ru' ? ` (${entry}ред. ${model.revision}${signed})` : ` (${entry}rev. ${model.revision}${signed})`;
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

const SYMBOL: Record<string, string> = { USD: '$', RUB: '₽', EUR: '€', GBP: '£' };

/** `$35`, `1800 ₽`, `700 AED`, `5%`, `45 days`, `2.5`. */
export function formatValue(n: number, unit: string | undefined, lang: UiLang): string {
  const v = formatNumber(n);
  if (!unit || unit === 'ratio' || unit === 'count') return v;
  if (unit === '%') return `${v}%`;
  if (unit === 'days') return lang === 'ru' ? `${v} дн.` : `${v} days`;
  if (unit === 'USD') return `$${v}`;
  if (SYMBOL[unit]) return `${v} ${SYMBOL[unit]}`;
  return `${v} ${unit}`;
}
