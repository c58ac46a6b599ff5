import type { AlignmentDoc, Kpi, Market } from './schema';

/**
 * What an entry of the alignment document says, for a finding's card: a finding names its entry by
 * `ruleId` (`RL-discount`, `US-cac`, `RU-tone`); this finds the entry and writes it as one line a person
 * reads without opening the document.
 */
export interface RuleSource {
  ruleId: string;
  /** "Red line", "KPI · United States", "Tone · Russia" ... */
  title: string;
  /** The entry itself, as agreed. */
  text: string;
}

type Lang = 'en' | 'ru';

const LABELS: Record<Lang, Record<'redLine' | 'kpi' | 'tone' | 'channels' | 'objective' | 'messaging' | 'audience' | 'assumption' | 'avoid' | 'primary' | 'secondary' | 'lead' | 'target' | 'range' | 'days', string>> = {
  en: {
    redLine: 'Red line',
    kpi: 'KPI',
    tone: 'Tone',
    channels: 'Channels',
    objective: 'Objective',
    messaging: 'Messaging',
    audience: 'Audience',
    assumption: 'Assumption',
    avoid: 'avoid',
    primary: 'primary',
    secondary: 'secondary',
    lead: 'lead with',
    target: 'target',
    range: 'range',
    days: 'days',
  },
  ru: {
    redLine: 'Красная линия',
    kpi: 'KPI',
    tone: 'Тон',
    channels: 'Каналы',
    objective: 'Цель',
    messaging: 'Сообщения',
    audience: 'Аудитория',
    assumption: 'Допущение',
    avoid: 'избегать',
    primary: 'основные',
    secondary: 'дополнительные',
    lead: 'в центре',
    target: 'цель',
    range: 'диапазон',
    days: 'дн.',
  },
};

/** The entry `ruleId` names, or null when the document has no such id (a finding from another revision). */
export function describeRule(doc: AlignmentDoc, ruleId: string, lang: Lang = 'en'): RuleSource | null {
  const L = LABELS[lang];
  const redLine = doc.redLines.find((r) => r.id === ruleId);
  if (redLine) return { ruleId, title: L.redLine, text: redLine.rule };
  for (const m of doc.markets) {
    const at = (label: string) => `${label} · ${marketName(m, lang)}`;
    const kpi = m.kpis.find((k) => k.id === ruleId);
    if (kpi) return { ruleId, title: at(L.kpi), text: kpiText(doc, kpi, lang) };
    if (m.tone.id === ruleId) {
      const text = [m.tone.voice.join(', '), m.tone.avoid.length ? `${L.avoid}: ${m.tone.avoid.join(', ')}` : ''];
      return { ruleId, title: at(L.tone), text: text.filter(Boolean).join('; ') };
    }
    if (m.channels.id === ruleId) {
      const c = m.channels;
      const parts = [`${L.primary}: ${c.primary.join(', ')}`, c.secondary.length ? `${L.secondary}: ${c.secondary.join(', ')}` : '', c.avoid.length ? `${L.avoid}: ${c.avoid.join(', ')}` : ''];
      return { ruleId, title: at(L.channels), text: parts.filter(Boolean).join('; ') + (c.why ? `. ${c.why}` : '') };
    }
    if (m.objective.id === ruleId) return { ruleId, title: at(L.objective), text: m.objective.summary };
    if (m.messaging.id === ruleId) {
      const parts = [`${L.lead}: ${m.messaging.lead.join(', ')}`, m.messaging.avoid.length ? `${L.avoid}: ${m.messaging.avoid.join(', ')}` : ''];
      return { ruleId, title: at(L.messaging), text: parts.filter(Boolean).join('; ') };
    }
    if (m.audience.id === ruleId) return { ruleId, title: at(L.audience), text: m.audience.summary };
  }
  const assumption = doc.assumptions?.find((a) => a.id === ruleId);
  if (assumption) {
    const market = doc.markets.find((m) => m.id === assumption.market);
    return { ruleId, title: market ? `${L.assumption} · ${marketName(market, lang)}` : L.assumption, text: assumption.statement };
  }
  return null;
}

function marketName(m: Market, lang: Lang): string {
  return m.name[lang] ?? m.name.en ?? m.id;
}

function kpiText(doc: AlignmentDoc, k: Kpi, lang: Lang): string {
  const L = LABELS[lang];
  const metric = doc.metrics.find((x) => x.id === k.metric);
  const name = metric?.names[lang]?.[0] ?? metric?.names.en?.[0] ?? k.metric;
  const unit = (v: number) => (k.unit === '%' ? `${v}%` : k.unit ? `${v} ${k.unit}` : `${v}`);
  const parts: string[] = [];
  if (k.target !== undefined) parts.push(`${L.target} ${unit(k.target)}`);
  if (k.min !== undefined || k.max !== undefined) parts.push(`${L.range} ${k.min !== undefined ? unit(k.min) : '…'}–${k.max !== undefined ? unit(k.max) : '…'}`);
  if (k.windowDays !== undefined) parts.push(`${k.windowDays} ${L.days}`);
  const note = typeof k.note === 'string' ? ` ${k.note}` : '';
  return `${name}: ${parts.join(', ')}.${note}`;
}
