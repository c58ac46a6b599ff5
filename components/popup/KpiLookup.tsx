import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { UiLang } from '@/lib/engine/types';
import type { LookupResult, LookupRow } from '@/lib/kpi-lookup';
import type { PopupText } from './text';
import type { LookupDoc } from './use-lookup-doc';

interface Props {
  t: PopupText;
  lang: UiLang;
  source: LookupDoc;
}

const DASH = '—';
const FIELDS = ['target', 'range', 'window', 'baseline'] as const;
/** How long "Copied" stays up. */
const COPIED_MS = 2_500;

/**
 * Set when the search box has focus and takes keys. Its `startTime` counts from the popup's navigation
 * start (`performance.timeOrigin`), so it is the open→typing time: `performance.getEntriesByName(TYPING_READY_MARK)`.
 */
export const TYPING_READY_MARK = 'accord:popup-typing-ready';
/** The plain search box in entrypoints/popup/index.html, focused before React loads (public/popup-early.js). */
const EARLY_INPUT_ID = 'kpi-search-early';

/**
 * The quick KPI lookup: a search box (a combobox; focus stays in it) over a listbox of results, each
 * a metric with the markets side by side. ↑/↓ choose a row, Enter or Ctrl/⌘+C copies it as plain
 * text, Esc clears the query. The box renders before the document is read, so typing starts at once.
 */
export function KpiLookup({ t, lang, source }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState('');

  useLayoutEffect(() => {
    // The plain box of index.html took the first keys while React loaded: carry them over, in the
    // same task as this commit, so no key falls between the two boxes.
    const early = document.getElementById(EARLY_INPUT_ID);
    const typed = early instanceof HTMLInputElement ? early.value : '';
    early?.parentElement?.remove();
    if (typed !== '') setQuery(typed);
    const box = input.current;
    box?.focus();
    if (document.activeElement === box && performance.getEntriesByName(TYPING_READY_MARK).length === 0) performance.mark(TYPING_READY_MARK);
  }, []);

  const result = useMemo<LookupResult | null>(
    () => (source.state === 'ready' ? source.lookup.lookupKpis(source.doc, query, lang) : null),
    [source, query, lang],
  );
  const rows = result?.rows ?? [];
  const current = rows.length > 0 ? Math.min(active, rows.length - 1) : -1;
  const optionId = (i: number) => `${id}-row-${i}`;

  useEffect(() => {
    if (status === '') return;
    const timer = setTimeout(() => setStatus(''), COPIED_MS);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    if (current < 0) return;
    document.getElementById(optionId(current))?.scrollIntoView?.({ block: 'nearest' });
  });

  function copy(index: number) {
    const row = rows[index];
    if (!row || !result || source.state !== 'ready') return;
    const text = source.lookup.rowText(row, result, lang);
    const name = row.kind === 'kpi' ? row.label : row.id;
    navigator.clipboard.writeText(text).then(
      () => setStatus(t.copied(name)),
      () => setStatus(t.copyFailed),
    );
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const move = (to: number) => {
      e.preventDefault();
      if (rows.length > 0) setActive((to + rows.length) % rows.length);
    };
    if (e.key === 'ArrowDown') move(current + 1);
    else if (e.key === 'ArrowUp') move(current - 1);
    else if (e.key === 'Home' && e.ctrlKey) move(0);
    else if (e.key === 'End' && e.ctrlKey) move(rows.length - 1);
    else if (e.key === 'Enter') {
      e.preventDefault();
      copy(current);
    } else if (e.key === 'Escape') {
      // With the query already empty, Esc is left to the browser, which closes the popup.
      if (query !== '') {
        e.preventDefault();
        setQuery('');
        setActive(0);
      }
    } else if ((e.key === 'c' || e.key === 'C' || e.code === 'KeyC') && (e.ctrlKey || e.metaKey) && !e.altKey) {
      // Text selected in the box is copied as usual; otherwise the chosen row is.
      const box = e.currentTarget;
      if (box.selectionStart === box.selectionEnd) {
        e.preventDefault();
        copy(current);
      }
    }
  }

  const hintId = `${id}-hint`;
  const listId = `${id}-results`;
  return (
    <section className="lookup" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-input`} className="lookup-label">
        {t.searchLabel}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        data-testid="kpi-search"
        type="search"
        role="combobox"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        placeholder={t.placeholder}
        value={query}
        aria-expanded={rows.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        aria-describedby={hintId}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="muted small">
        {t.hint}
      </p>

      {source.state === 'loading' && <p className="muted">{t.loading}</p>}
      {source.state === 'failed' && <p className="problem">{t.readFailed}</p>}
      {result?.message !== undefined && (
        <p className="lookup-message" data-testid="kpi-message">
          {result.message}
        </p>
      )}
      {result && query.trim() === '' && rows.length === 0 && <p className="muted">{t.noKpis}</p>}

      {result && result.markets.length > 0 && rows.some((r) => r.kind === 'kpi') && (
        <div className="lookup-columns" aria-hidden="true" style={{ gridTemplateColumns: `repeat(${result.markets.length}, 1fr)` }}>
          {result.markets.map((m) => (
            <span key={m.id} data-market={m.id}>
              {m.id} · {m.name[lang] ?? m.name.en ?? m.id}
            </span>
          ))}
        </div>
      )}
      <ul id={listId} role="listbox" aria-label={t.results} data-testid="kpi-results" className="lookup-results">
        {result &&
          rows.map((row, i) => (
            <li
              key={row.kind === 'kpi' ? `kpi:${row.metric}` : `${row.kind}:${row.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              aria-label={source.state === 'ready' ? source.lookup.rowText(row, result, lang) : undefined}
              data-testid="kpi-row"
              data-kind={row.kind}
              data-id={row.kind === 'kpi' ? row.metric : row.id}
              className="lookup-row"
              onMouseDown={(e) => e.preventDefault() /* keep focus in the box */}
              onClick={() => {
                setActive(i);
                copy(i);
              }}
            >
              <RowView row={row} t={t} columns={result.markets.length} />
            </li>
          ))}
      </ul>
      <p role="status" aria-live="polite" data-testid="kpi-copied" className="lookup-copied">
        {status}
      </p>
    </section>
  );
}

function RowView({ row, t, columns }: { row: LookupRow; t: PopupText; columns: number }) {
  if (row.kind !== 'kpi') {
    return (
      <>
        <span className="lookup-kind">
          {t.kind[row.kind]} {row.id}
        </span>
        <span className="lookup-text">{row.text}</span>
      </>
    );
  }
  return (
    <>
      <span className="lookup-metric">{row.label}</span>
      <span className="lookup-cells" style={{ gridTemplateColumns: `repeat(${columns}, 1fr)` }}>
        {row.cells.map((cell) => {
          const fields = FIELDS.filter((f) => cell[f] !== DASH);
          return (
            <span key={cell.market} className="lookup-cell" data-market={cell.market} title={cell.kpiIds.join(', ') || undefined}>
              {fields.length > 0
                ? fields.map((f) => (
                    <span key={f} className="lookup-value" data-field={f}>
                      <span className="lookup-field">{t.field[f]}</span> {cell[f]}
                    </span>
                  ))
                : DASH}
            </span>
          );
        })}
      </span>
    </>
  );
}
