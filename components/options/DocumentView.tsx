import { useId, useState, type ComponentType } from 'react';
import type { UiLang } from '@/lib/engine/types';
import { currentDoc, removeDocument, renameDocument, setActive, type StoredDocument } from '@/lib/storage/library';
import { Tabs } from '../panel/Tabs';
import { signOffSentence } from './badges';
import { EditTab } from './EditTab';
import { downloadDocument } from './export';
import { HistoryTab } from './HistoryTab';
import type { EditorProps } from './OptionsApp';
import { useLibraryAction } from './queries';
import { SourceTab } from './SourceTab';
import type { OptionsText } from './text';
import type { FocusRequest } from './use-deep-link';

interface Props {
  t: OptionsText;
  lang: UiLang;
  doc: StoredDocument;
  active: boolean;
  Editor: ComponentType<EditorProps>;
  /** A field a deep link asks for: the Edit tab opens and the field is focused. */
  focus?: FocusRequest | null;
  onDeleted(): void;
}

type TabKey = 'edit' | 'history' | 'source';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** One stored document: its state, its actions (make active, rename, export, delete) and its tabs. */
export function DocumentView({ t, lang, doc, active, Editor, focus = null, onDeleted }: Props) {
  const act = useLibraryAction();
  const [tab, setTab] = useState<TabKey>('edit');
  // A new deep link opens the Edit tab before anything is committed, so the field is visible when it is focused.
  const [linkSeq, setLinkSeq] = useState<number | null>(null);
  if (focus && focus.seq !== linkSeq) {
    setLinkSeq(focus.seq);
    setTab('edit');
  }
  const [renaming, setRenaming] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = currentDoc(doc);
  const signed = current ? signOffSentence(t, current) : null;
  const reasonId = useId();

  const run = (what: () => Promise<void>) => {
    setError(null);
    void act(what).catch((e: unknown) => setError(t.actionFailed(message(e))));
  };

  return (
    <section className="opt-doc" data-testid="doc-view" data-id={doc.id}>
      <div className="opt-doc-head">
        <div>
          {renaming ? (
            <RenameForm
              t={t}
              name={doc.name}
              onSave={(name) => {
                setRenaming(false);
                run(() => renameDocument(doc.id, name));
              }}
              onCancel={() => setRenaming(false)}
            />
          ) : (
            <h2 data-testid="doc-name">{doc.name}</h2>
          )}
          <p className="opt-muted">
            {current ? `${t.rev(current.revision)} · ${current.title}` : t.notSavedYet}
            {signed && (
              <>
                {' · '}
                <span className={signed.ok ? 'opt-ok' : 'opt-warn'}>{signed.text}</span>
              </>
            )}
          </p>
        </div>
        <div className="opt-actions">
          <button
            type="button"
            className="opt-button opt-primary"
            data-testid="make-active"
            disabled={active || current === null}
            aria-describedby={current === null ? reasonId : undefined}
            onClick={() => run(() => setActive(doc.id))}
          >
            {active ? t.isActive : t.makeActive}
          </button>
          <button type="button" className="opt-button" data-testid="rename" onClick={() => setRenaming(true)}>
            {t.rename}
          </button>
          <button
            type="button"
            className="opt-button"
            data-testid="export"
            disabled={current === null}
            title={current === null ? t.exportNothing : undefined}
            onClick={() => current && downloadDocument(current)}
          >
            {t.exportDoc}
          </button>
          <button type="button" className="opt-button opt-danger" data-testid="delete" onClick={() => setConfirmDelete(true)}>
            {t.deleteDoc}
          </button>
        </div>
      </div>
      {current === null && (
        <p className="opt-note" id={reasonId} data-testid="make-active-reason">
          {t.draftCannotBeActive}
        </p>
      )}
      {confirmDelete && (
        <div className="opt-confirm" role="alertdialog" aria-label={t.deleteDoc} data-testid="confirm-delete">
          <p>
            {t.confirmDelete(doc.name)} {active ? t.confirmDeleteActive : ''}
          </p>
          <div className="opt-row">
            <button
              type="button"
              className="opt-button opt-danger"
              data-testid="delete-confirm"
              onClick={() => {
                setConfirmDelete(false);
                run(async () => {
                  await removeDocument(doc.id);
                  onDeleted();
                });
              }}
            >
              {t.deleteYes}
            </button>
            <button type="button" className="opt-button" onClick={() => setConfirmDelete(false)}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="opt-error" role="alert">
          {error}
        </p>
      )}
      <Tabs<TabKey>
        label={t.tabsLabel}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { key: 'edit', label: t.tabEdit, panel: <EditTab t={t} lang={lang} doc={doc} Editor={Editor} focus={focus} /> },
          { key: 'history', label: t.tabHistory, panel: <HistoryTab t={t} lang={lang} doc={doc} /> },
          { key: 'source', label: t.tabSource, panel: <SourceTab t={t} lang={lang} doc={doc} /> },
        ]}
      />
    </section>
  );
}

function RenameForm({ t, name, onSave, onCancel }: { t: OptionsText; name: string; onSave(name: string): void; onCancel(): void }) {
  const [value, setValue] = useState(name);
  const id = useId();
  return (
    <form
      className="opt-row"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(value);
      }}
    >
      <label htmlFor={id} className="opt-visually-hidden">
        {t.nameLabel}
      </label>
      <input id={id} className="opt-input" data-testid="rename-input" value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
      <button type="submit" className="opt-button opt-primary" data-testid="rename-save">
        {t.saveName}
      </button>
      <button type="button" className="opt-button" onClick={onCancel}>
        {t.cancel}
      </button>
    </form>
  );
}
