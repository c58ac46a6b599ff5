/** The alignment document: schema and types, loading, the built-in default, the KPI table. */
export * from './schema';
export { parseAlignment, problemToString, validateAlignment } from './load';
export type { DocProblem, LoadResult } from './load';
export { BUILTIN_DOCUMENT } from './builtin';
export { formatKpiTable, kpiTable } from './kpi-table';
export type {
  KpiTable,
  KpiTableBaseline,
  KpiTableCell,
  KpiTableKpi,
  KpiTableLang,
  KpiTableMarket,
  KpiTableMiss,
  KpiTableOptions,
  KpiTableRow,
} from './kpi-table';
