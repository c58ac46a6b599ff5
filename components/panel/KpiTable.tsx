import { kpiTable } from '@/lib/alignment/kpi-table';
import type { AlignmentDoc } from '@/lib/alignment/schema';
import type { UiLang } from '@/lib/engine/types';
import type { UiText } from '../i18n';
import { DASH, formatKpiField, KPI_FIELDS, localName, type KpiField } from './format';

interface Props {
  t: UiText;
  lang: UiLang;
  doc: AlignmentDoc;
}

/**
 * Every market's KPIs side by side: one column per market, one block of rows per metric (target,
 * range, window, baseline; a row every market leaves empty is left out), so a narrow panel still
 * shows where the teams' numbers differ. Selector: `data-testid="kpi-table"`; each value cell has
 * `data-market`, `data-field`, and its block `data-metric`.
 */
export function KpiTable({ t, lang, doc }: Props) {
  const table = kpiTable(doc);
  if (table.rows.length === 0) return <p className="muted">{t.panel.noKpis}</p>;

  const labels: Record<KpiField, string> = { target: t.panel.target, range: t.panel.range, window: t.panel.window, baseline: t.panel.baseline };
  const columns = table.markets.length + 1;

  return (
    <div className="table-scroll">
      <table className="kpi-table" data-testid="kpi-table">
        <caption className="visually-hidden">{t.panel.kpis}</caption>
        <thead>
          <tr>
            <th scope="col">{t.panel.metric}</th>
            {table.markets.map((m) => (
              <th key={m.id} scope="col" data-market={m.id}>
                {localName(m.name, lang, m.id)}
              </th>
            ))}
          </tr>
        </thead>
        {table.rows.map((row) => {
          const values = KPI_FIELDS.map((field) => ({
            field,
            cells: table.markets.map((m) => ({ market: m.id, text: formatKpiField(row.cells[m.id], field, lang, t.panel), kpis: row.cells[m.id]?.kpis ?? [] })),
          })).filter((line) => line.cells.some((c) => c.text !== DASH));
          const name = row.names[lang]?.[0] ?? row.names.en?.[0] ?? row.metric;
          return (
            <tbody key={row.metric} data-metric={row.metric}>
              <tr className="kpi-metric">
                <th scope="rowgroup" colSpan={columns}>
                  {name.charAt(0).toUpperCase() + name.slice(1)}
                </th>
              </tr>
              {values.map((line) => (
                <tr key={line.field}>
                  <th scope="row" className="kpi-field">
                    {labels[line.field]}
                  </th>
                  {line.cells.map((c) => (
                    <td key={c.market} data-market={c.market} data-field={line.field} title={c.kpis.map((k) => k.id).join(', ') || undefined}>
                      {c.text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
