import { BUILTIN_DOCUMENT } from '@/lib/alignment/builtin';
import { BUILTIN_ID, currentDoc, type Library } from '@/lib/storage/library';
import { UnsignedBadge } from './badges';
import type { OptionsText } from './text';

interface Props {
  t: OptionsText;
  library: Library | undefined;
  selected: string | null;
  onSelect(id: string): void;
  onCreateOwn(): void;
  onFromExample(): void;
  /** A file chosen with the import button. */
  onImportFile(file: File): void;
  /** Opens the panel to paste a document. */
  onImport(): void;
  onFollow(): void;
}

/** The documents, the built-in example first, and the ways to add one. */
export function Sidebar({ t, library, selected, onSelect, onCreateOwn, onFromExample, onImportFile, onImport, onFollow }: Props) {
  const firstRun = library !== undefined && library.documents.length === 0;
  const activeId = library?.activeId ?? BUILTIN_ID;
  return (
    <aside className="opt-sidebar">
      <h2 className="opt-sidebar-title">{t.documents}</h2>
      <ul className="opt-doc-list" data-testid="doc-list">
        <li>
          <button
            type="button"
            className="opt-doc-item"
            data-testid={`doc-item-${BUILTIN_ID}`}
            aria-current={selected === BUILTIN_ID ? 'page' : undefined}
            onClick={() => onSelect(BUILTIN_ID)}
          >
            <span className="opt-doc-name">
              <span className="opt-badge opt-badge-example">{t.example}</span> {BUILTIN_DOCUMENT.title}
            </span>
            <span className="opt-doc-meta">
              {t.rev(BUILTIN_DOCUMENT.revision)}
              {activeId === BUILTIN_ID && (
                <span className="opt-badge opt-badge-active" data-testid="active-badge">
                  {t.active}
                </span>
              )}
            </span>
          </button>
        </li>
        {library?.documents.map((d) => {
          const doc = currentDoc(d);
          return (
            <li key={d.id}>
              <button
                type="button"
                className="opt-doc-item"
                data-testid={`doc-item-${d.id}`}
                aria-current={selected === d.id ? 'page' : undefined}
                onClick={() => onSelect(d.id)}
              >
                <span className="opt-doc-name">{d.name}</span>
                <span className="opt-doc-meta">
                  {doc ? t.rev(doc.revision) : t.notSavedYet}
                  {activeId === d.id && (
                    <span className="opt-badge opt-badge-active" data-testid="active-badge">
                      {t.active}
                    </span>
                  )}
                  <UnsignedBadge t={t} doc={doc} />
                  {d.draft && (
                    <span className="opt-badge opt-badge-draft" data-testid="draft-badge">
                      {t.draft}
                    </span>
                  )}
                  {d.source && <span className="opt-badge opt-badge-source">{t.following}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className={firstRun ? 'opt-add opt-add-first' : 'opt-add'}>
        {firstRun && <p className="opt-first-run">{t.firstRun}</p>}
        <button type="button" className="opt-button opt-primary" data-testid="create-own" onClick={onCreateOwn}>
          {t.createOwn}
        </button>
        {/* The label is the button; the input itself is visually hidden but stays reachable by keyboard and tests. */}
        <label className={firstRun ? 'opt-button opt-primary opt-file' : 'opt-button opt-file'}>
          {t.importDoc}
          <input
            type="file"
            accept=".json,application/json"
            className="opt-visually-hidden"
            data-testid="import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              // Choosing the same file again after fixing it must fire again.
              e.target.value = '';
              if (file) onImportFile(file);
            }}
          />
        </label>
        <button type="button" className="opt-button" data-testid="import-open" onClick={onImport}>
          {t.importPasteOpen}
        </button>
        <button type="button" className="opt-button" data-testid="from-example" onClick={onFromExample}>
          {t.fromExample}
        </button>
        <button type="button" className="opt-button" data-testid="follow-open" onClick={onFollow}>
          {t.followUrl}
        </button>
      </div>
    </aside>
  );
}
