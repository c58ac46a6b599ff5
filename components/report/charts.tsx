import type { AlignmentDoc } from '@/lib/alignment/schema';
import type { DriftReport } from '@/lib/drift/aggregate';
import { formatDay, kindLabel, marketLabel } from '@/lib/drift/markdown';
import type { FindingKind, UiLang } from '@/lib/engine/types';
import type { ReportText } from './text';

/**
 * Hand-rolled SVG: two small charts do not justify a chart library in the bundle. Each is one
 * `role="img"` with the numbers in its label; the page shows the same numbers in a table too.
 */

export const KIND_COLOR: Record<FindingKind, string> = {
  'red-line': '#b91c1c',
  kpi: '#1d4ed8',
  channel: '#047857',
  tone: '#7c3aed',
  objective: '#b45309',
  messaging: '#0e7490',
  assumption: '#6b7280',
};

/** The top of the scale and its gridlines: 0, step, 2·step … with 2–5 steps. */
function scale(max: number): { top: number; ticks: number[] } {
  const step = Math.max(1, Math.ceil(max / 4));
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return { top, ticks };
}

export function cellOf(report: DriftReport, market: string | null, kind: FindingKind) {
  return report.cells.find((c) => c.market === market && c.kind === kind);
}

interface ChartProps {
  report: DriftReport;
  doc: AlignmentDoc;
  lang: UiLang;
  t: ReportText;
}

/** Per market a group of bars, one per kind: the previous period lighter on the left, this period on the right. */
export function CellsChart({ report, doc, lang, t }: ChartProps) {
  const { markets, kinds } = report;
  const max = Math.max(1, ...report.cells.flatMap((c) => [c.count, c.previous]));
  const { top, ticks } = scale(max);
  const bar = 14;
  const pair = bar * 2 + 2;
  const kindGap = 8;
  const groupGap = 36;
  const left = 36;
  const plotTop = 16;
  const plotH = 160;
  const groupW = kinds.length * (pair + kindGap) - kindGap;
  const width = left + markets.length * (groupW + groupGap) - groupGap + 16;
  const height = plotTop + plotH + 40;
  const y = (v: number) => plotTop + plotH - (v / top) * plotH;

  const label = t.chartLabel(
    markets
      .map((m) => {
        const parts = kinds.flatMap((k) => {
          const c = cellOf(report, m, k);
          return c && (c.count > 0 || c.previous > 0) ? [`${kindLabel(k, lang)} ${c.count} (${c.previous})`] : [];
        });
        return `${marketLabel(doc, m, lang)}: ${parts.join(', ') || '0'}`;
      })
      .join('; '),
  );

  return (
    <figure className="chart" data-testid="chart-cells">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="chart-svg">
        <title>{label}</title>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={left - 4} x2={width - 8} y1={y(v)} y2={y(v)} className="chart-grid" />
            <text x={left - 8} y={y(v) + 4} textAnchor="end" className="chart-tick">
              {v}
            </text>
          </g>
        ))}
        {markets.map((m, gi) => {
          const gx = left + gi * (groupW + groupGap);
          return (
            <g key={m ?? '-'}>
              {kinds.map((k, ki) => {
                const c = cellOf(report, m, k);
                const x = gx + ki * (pair + kindGap);
                const now = c?.count ?? 0;
                const prev = c?.previous ?? 0;
                return (
                  <g key={k}>
                    <rect x={x} y={y(prev)} width={bar} height={y(0) - y(prev)} fill={KIND_COLOR[k]} opacity={0.3} />
                    <rect x={x + bar + 2} y={y(now)} width={bar} height={y(0) - y(now)} fill={KIND_COLOR[k]} />
                    {now > 0 && (
                      <text x={x + bar + 2 + bar / 2} y={y(now) - 3} textAnchor="middle" className="chart-value">
                        {now}
                      </text>
                    )}
                  </g>
                );
              })}
              <text x={gx + groupW / 2} y={plotTop + plotH + 20} textAnchor="middle" className="chart-label">
                {marketLabel(doc, m, lang)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        {kinds.map((k) => (
          <span key={k} className="legend-item">
            <span className="swatch" style={{ background: KIND_COLOR[k] }} aria-hidden="true" />
            {kindLabel(k, lang)}
          </span>
        ))}
        <span className="legend-item muted">
          <span className="swatch swatch-previous" aria-hidden="true" />
          {t.previousPeriod}
        </span>
      </figcaption>
    </figure>
  );
}

/** Conflicts per day across the period, a bar a day. */
export function DaysChart({ report, lang, t }: Omit<ChartProps, 'doc'>) {
  const days = report.byDay;
  if (days.length === 0) return null;
  const max = Math.max(1, ...days.map((d) => d.count));
  const step = Math.max(3, Math.min(24, Math.floor(640 / days.length)));
  const bar = Math.max(2, step - 2);
  const left = 8;
  const plotTop = 14;
  const plotH = 64;
  const width = left * 2 + days.length * step;
  const height = plotTop + plotH + 20;
  const y = (v: number) => plotTop + plotH - (v / max) * plotH;
  const label = t.dayChartLabel(days.map((d) => `${formatDay(d.day, lang)} ${d.count}`).join(', '));
  const first = days[0];
  const last = days[days.length - 1];
  return (
    <figure className="chart" data-testid="chart-days">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="chart-svg">
        <title>{label}</title>
        <line x1={left} x2={width - left} y1={y(0)} y2={y(0)} className="chart-grid" />
        {days.map((d, i) => (
          <rect key={d.day} x={left + i * step} y={y(d.count)} width={bar} height={y(0) - y(d.count)} className="chart-day" />
        ))}
        {first && (
          <text x={left} y={height - 4} className="chart-tick">
            {formatDay(first.day, lang)}
          </text>
        )}
        {last && days.length > 1 && (
          <text x={width - left} y={height - 4} textAnchor="end" className="chart-tick">
            {formatDay(last.day, lang)}
          </text>
        )}
        <text x={left} y={plotTop - 4} className="chart-tick">
          {max}
        </text>
      </svg>
    </figure>
  );
}
