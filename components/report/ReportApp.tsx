import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import type { AlignmentDoc } from '@/lib/alignment/schema';
import type { DateRange, DriftReport } from '@/lib/drift/aggregate';
import { conflictSentence, formatDay, formatRange, kindLabel, marketLabel, reportMarkdown, sourcesCount, staleSentence, trendArrow } from '@/lib/drift/markdown';
import type { UiLang } from '@/lib/engine/types';
import { readActiveDocument, watchActiveDocument } from '@/lib/storage/document';
import { intentionalItem, readIntentional, type IntentionalNote } from '@/lib/storage/items';
import { deepLinkHash } from '../options/use-deep-link';
import { useUiLang } from '../use-ui-lang';
import type { ReportApi } from './api';
import { CellsChart, DaysChart, cellOf } from './charts';
import { downloadText } from './download';
import { lastDaysRange, rangeDays, rangeFromDays } from './range';
import { SettingsSection } from './SettingsSection';
import { REPORT_TEXT, type PresetId, type ReportText } from './text';

type Choice = { preset: PresetId } | { preset: 'custom'; range: DateRange };

const PRESETS: readonly PresetId[] = ['checkin', 'week', 'month'];

interface Props {
  api: ReportApi;
  /** The time the report is built at (entrypoints/report reads `?now=` for tests). */
  now: Date;
}

/** The weekly check-in report: what drifted from the alignment document in a period, against the period before. */
export function ReportApp({ api, now }: Props) {
  const lang = useUiLang();
  const t = REPORT_TEXT[lang];
  const client = useQueryClient();
  const log = useQuery({ queryKey: ['report', 'log'], queryFn: () => api.readDriftLog(now) });
  const notes = useQuery({ queryKey: ['report', 'notes'], queryFn: readIntentional });
  const active = useQuery({ queryKey: ['report', 'doc'], queryFn: readActiveDocument });
  const [choice, setChoice] = useState<Choice>({ preset: 'checkin' });

  useEffect(() => {
    const refresh = () => void client.invalidateQueries({ queryKey: ['report'] });
    const stops = [api.watchDriftLog(refresh), intentionalItem.watch(refresh), watchActiveDocument(refresh)];
    return () => stops.forEach((stop) => stop());
  }, [api, client]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `Accord — ${t.pageTitle}`;
  }, [lang, t]);

  const doc = active.data?.doc;
  const range = useMemo<DateRange | null>(() => {
    if (!doc) return null;
    if (choice.preset === 'custom') return choice.range;
    if (choice.preset === 'week') return lastDaysRange(now, 7);
    if (choice.preset === 'month') return lastDaysRange(now, 30);
    return api.defaultRange(doc, now);
  }, [api, choice, doc, now]);
  const report = useMemo(
    () => (doc && range && log.data && notes.data ? api.buildReport({ records: log.data, notes: notes.data, doc, range, now, lang }) : null),
    [api, doc, range, log.data, notes.data, now, lang],
  );
  const markdown = useMemo(() => (report && doc ? reportMarkdown(report, doc, lang) : ''), [report, doc, lang]);

  const failed = log.error ?? notes.error ?? active.error;
  return (
    <main className="report" data-testid="report">
      <header className="report-header">
        <h1>
          Accord · {t.pageTitle}
        </h1>
        {active.data && <p className="muted">{t.docLine(active.data.summary.title, active.data.summary.revision)}</p>}
      </header>
      {failed ? (
        <p className="state state-error" role="alert">
          {t.readFailed(failed instanceof Error ? failed.message : String(failed))}
        </p>
      ) : !report || !doc || !range ? (
        <p className="muted" role="status">
          {t.loading}
        </p>
      ) : (
        <>
          <RangeControls t={t} lang={lang} range={range} previous={report.previous} choice={choice} onChoose={setChoice} />
          <ExportBar t={t} markdown={markdown} range={range} />
          {isEmpty(report) ? (
            <section className="report-empty" data-testid="empty">
              <p className="empty-title">{t.empty}</p>
              <p className="muted">{t.emptyHint}</p>
            </section>
          ) : (
            <PeriodSections report={report} doc={doc} lang={lang} t={t} api={api} />
          )}
          {report.staleHypotheses.length > 0 && <StaleSection report={report} lang={lang} t={t} />}
        </>
      )}
      <SettingsSection api={api} t={t} records={log.data} />
      <pre hidden data-testid="markdown">
        {markdown}
      </pre>
    </main>
  );
}

/** Nothing was recorded in the period: no conflict, no note, nothing dismissed. */
function isEmpty(r: DriftReport): boolean {
  return r.totals.conflicts === 0 && r.intentional.length === 0 && r.dismissed === 0 && r.redLines.length === 0;
}

function RangeControls(props: { t: ReportText; lang: UiLang; range: DateRange; previous: DateRange; choice: Choice; onChoose(c: Choice): void }) {
  const { t, lang, range, previous, choice, onChoose } = props;
  const days = rangeDays(range);
  // A date after the other end moves the other end with it, so the range is never backwards.
  const choose = (from: string, to: string) => {
    const r = rangeFromDays(from, to);
    if (r) onChoose({ preset: 'custom', range: r });
  };
  return (
    <section className="report-range no-print" aria-label={t.range}>
      <div className="presets" role="group" aria-label={t.range}>
        {PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            className="preset"
            data-testid={`preset-${p}`}
            aria-pressed={choice.preset === p}
            onClick={() => onChoose({ preset: p })}
          >
            {t.presets[p]}
          </button>
        ))}
      </div>
      <label>
        {t.from}{' '}
        <input
          type="date"
          data-testid="range-from"
          value={days.from}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v) choose(v, v > days.to ? v : days.to);
          }}
        />
      </label>
      <label>
        {t.to}{' '}
        <input
          type="date"
          data-testid="range-to"
          value={days.to}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v) choose(v < days.from ? v : days.from, v);
          }}
        />
      </label>
      <p className="range-text" data-testid="range-text">
        <strong>{formatRange(range, lang)}</strong> <span className="muted">· {t.comparedWith(formatRange(previous, lang))}</span>
      </p>
    </section>
  );
}

function ExportBar({ t, markdown, range }: { t: ReportText; markdown: string; range: DateRange }) {
  const [status, setStatus] = useState<string | null>(null);
  const days = rangeDays(range);
  const copy = () =>
    navigator.clipboard.writeText(markdown).then(
      () => setStatus(t.copied),
      () => setStatus(t.copyFailed),
    );
  return (
    <div className="report-export no-print">
      <button type="button" data-testid="copy-md" onClick={() => void copy()}>
        {t.copyMd}
      </button>
      <button type="button" data-testid="export-md" onClick={() => downloadText(`accord-report-${days.from}-${days.to}.md`, markdown, 'text/markdown;charset=utf-8')}>
        {t.downloadMd}
      </button>
      <button type="button" data-testid="print" onClick={() => window.print()}>
        {t.print}
      </button>
      {status && (
        <span className="muted" role="status" data-testid="export-status">
          {status}
        </span>
      )}
    </div>
  );
}

function PeriodSections({ report, doc, lang, t, api }: { report: DriftReport; doc: AlignmentDoc; lang: UiLang; t: ReportText; api: ReportApi }) {
  const { totals } = report;
  const arrow = trendArrow(totals.conflicts, totals.previousConflicts);
  const trendWord = arrow === '▲' ? t.trend.up : arrow === '▼' ? t.trend.down : t.trend.same;
  return (
    <>
      <section className="report-totals" data-testid="totals" aria-label={t.totals}>
        <div className="total">
          <span className="total-label">{t.conflicts}</span>
          <span className="total-value" data-testid="total-conflicts">
            {totals.conflicts}
          </span>
          <span className={`trend ${arrow === '▲' ? 'trend-up' : arrow === '▼' ? 'trend-down' : ''}`} title={trendWord}>
            {arrow && <span aria-hidden="true">{arrow} </span>}
            {t.previous(totals.previousConflicts)}
          </span>
        </div>
        <div className="total">
          <span className="total-label">{t.sources}</span>
          <span className="total-value">{totals.sources}</span>
        </div>
        <div className="total">
          <span className="total-label">{t.dismissed}</span>
          <span className="total-value">{report.dismissed}</span>
        </div>
        <div className="total">
          <span className="total-label">{t.intentionalCount}</span>
          <span className="total-value">{report.intentional.length}</span>
        </div>
      </section>

      {report.cells.length > 0 && report.kinds.length > 0 && (
        <section className="report-section">
          <h2>{t.byMarket}</h2>
          <CellsChart report={report} doc={doc} lang={lang} t={t} />
          <CellsTable report={report} doc={doc} lang={lang} t={t} />
        </section>
      )}

      {report.byDay.length > 0 && (
        <section className="report-section">
          <h2>{t.byDay}</h2>
          <DaysChart report={report} lang={lang} t={t} />
        </section>
      )}

      {report.topRules.length > 0 && (
        <section className="report-section">
          <h2>{t.topConflicts}</h2>
          <ol className="top-rules" data-testid="top-rules">
            {report.topRules.map((r) => (
              <li key={`${r.ruleId}|${r.market ?? ''}`} data-testid="top-rule" data-rule={r.ruleId} className={`severity-${r.severity}`}>
                {conflictSentence(r, doc, lang)}
              </li>
            ))}
          </ol>
        </section>
      )}

      {report.redLines.length > 0 && (
        <section className="report-section">
          <h2>{t.redLines}</h2>
          <ul className="red-lines" data-testid="red-lines">
            {report.redLines.map((r) => (
              <li key={r.ruleId} data-rule={r.ruleId}>
                <strong>{r.ruleId}</strong> — {r.rule} — {sourcesCount(r.sources, lang)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {report.intentional.length > 0 && (
        <section className="report-section">
          <h2>{t.intentional}</h2>
          <p className="muted">{t.intentionalHint}</p>
          <ul className="notes" data-testid="intentional">
            {report.intentional.map((n) => (
              <NoteItem key={n.id} note={n} doc={doc} lang={lang} t={t} api={api} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function CellsTable({ report, doc, lang, t }: { report: DriftReport; doc: AlignmentDoc; lang: UiLang; t: ReportText }) {
  return (
    <table className="cells-table" data-testid="cells-table">
      <caption className="visually-hidden">{t.byMarket}</caption>
      <thead>
        <tr>
          <th scope="col">{t.market}</th>
          {report.kinds.map((k) => (
            <th scope="col" key={k}>
              {kindLabel(k, lang)}
            </th>
          ))}
          <th scope="col">{t.total}</th>
        </tr>
      </thead>
      <tbody>
        {report.markets.map((m) => {
          const cells = report.kinds.map((k) => cellOf(report, m, k));
          const now = cells.reduce((s, c) => s + (c?.count ?? 0), 0);
          const prev = cells.reduce((s, c) => s + (c?.previous ?? 0), 0);
          return (
            <tr key={m ?? '-'}>
              <th scope="row">{marketLabel(doc, m, lang)}</th>
              {report.kinds.map((k, i) => {
                const c = cells[i];
                return (
                  <td key={k} data-testid={`cell-${m ?? 'none'}-${k}`} data-count={c?.count ?? 0} data-previous={c?.previous ?? 0}>
                    {c?.count ?? 0} <span className="muted">({c?.previous ?? 0})</span>
                  </td>
                );
              })}
              <td>
                {now} <span className="muted">({prev})</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

type Proposal = { state: 'busy' } | { state: 'done'; summary: string } | { state: 'failed'; reason: string };

function NoteItem({ note, doc, lang, t, api }: { note: IntentionalNote; doc: AlignmentDoc; lang: UiLang; t: ReportText; api: ReportApi }) {
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const propose = async () => {
    setProposal({ state: 'busy' });
    try {
      const r = await api.proposeChange(note, lang);
      if (!r.ok) return setProposal({ state: 'failed', reason: r.reason });
      // The options page opens the draft at the changed field and shows the summary (components/options/use-deep-link.ts).
      const hash = deepLinkHash({ doc: r.docId, path: r.path, summary: r.summary });
      await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}${hash}` });
      setProposal({ state: 'done', summary: r.summary });
    } catch (e) {
      setProposal({ state: 'failed', reason: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <li className="note" data-testid="note" data-rule={note.ruleId}>
      <p className="note-head">
        <strong>{note.ruleId}</strong> · {marketLabel(doc, note.market, lang)} · {formatDay(note.at, lang)}
        {note.subject && <> · <span className="note-subject">{note.subject}</span></>}
      </p>
      <p className="note-what">
        {t.flagged}: <q>{note.actual}</q>; {t.agreed}: <q>{note.expected}</q>
      </p>
      {note.note.trim() && <blockquote className="note-text">{note.note}</blockquote>}
      <div className="note-actions no-print">
        <button type="button" data-testid="propose" disabled={proposal?.state === 'busy'} onClick={() => void propose()}>
          {proposal?.state === 'busy' ? t.proposing : t.propose}
        </button>
        {proposal?.state === 'done' && (
          <span className="muted" role="status" data-testid="propose-done">
            {t.proposed(proposal.summary)}
          </span>
        )}
        {proposal?.state === 'failed' && (
          <span className="error" role="alert" data-testid="propose-failed">
            {t.proposeFailed(proposal.reason)}
          </span>
        )}
      </div>
    </li>
  );
}

function StaleSection({ report, lang, t }: { report: DriftReport; lang: UiLang; t: ReportText }) {
  return (
    <section className="report-section">
      <h2>{t.stale}</h2>
      <ul className="stale" data-testid="stale-hypotheses">
        {report.staleHypotheses.map((h) => (
          <li key={h.id} data-id={h.id}>
            <strong>{h.id}</strong>
            {h.markets.length > 0 && ` (${h.markets.join(', ')})`}: {h.statement} — <span className="muted">{staleSentence(h, lang)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
