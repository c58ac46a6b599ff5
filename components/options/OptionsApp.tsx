import { useEffect, useRef, useState, type ComponentType } from 'react';
import { BUILTIN_DOCUMENT } from '@/lib/alignment/builtin';
import { BUILTIN_ID, createDocument, createDraftDocument, findDocument } from '@/lib/storage/library';
import { useUiLang } from '../use-ui-lang';
import { DocumentEditor, emptyDocument as editorEmptyDocument } from './editor/DocumentEditor';
import { DocumentView } from './DocumentView';
import { ExampleView } from './ExampleView';
import { FollowPanel } from './FollowPanel';
import { importAlignmentText } from './import';
import { ImportPanel, type ImportErrors } from './ImportPanel';
import { LangSelect } from './LangSelect';
import { SourceWatcher, useLibrary, useLibraryAction } from './queries';
import { Sidebar } from './Sidebar';
import { optionsText } from './text';
import { useDeepLink, type FocusRequest } from './use-deep-link';

export interface EditorProps {
  value: unknown;
  onChange(next: unknown): void;
  lang: 'en' | 'ru';
}

interface Props {
  /** The document editor; tests pass a small stand-in. */
  Editor?: ComponentType<EditorProps>;
  /** Where "Create your own" starts. */
  emptyDocument?: (lang: 'en' | 'ru') => unknown;
}

/** What the main area shows besides a document. */
type Mode = { kind: 'doc'; id: string } | { kind: 'import' } | { kind: 'follow' };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The options page: the user's alignment documents (the built-in example first), each with its
 * editor, history and team source; import, export and the UI language. Storage is read through
 * react-query (queries.ts) and every change goes through lib/storage/library.ts.
 */
export function OptionsApp({ Editor = DocumentEditor, emptyDocument = editorEmptyDocument }: Props) {
  const lang = useUiLang();
  const t = optionsText(lang);
  const library = useLibrary();
  const act = useLibraryAction();
  const [mode, setMode] = useState<Mode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [importErrors, setImportErrors] = useState<ImportErrors | null>(null);
  const [importing, setImporting] = useState(false);
  // A deep link's proposed change (shown in the page's language) and the field it points at.
  const [proposed, setProposed] = useState<string | null>(null);
  const [focus, setFocus] = useState<(FocusRequest & { doc: string }) | null>(null);
  const focusSeq = useRef(0);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.appTitle} — ${t.appSubtitle}`;
  }, [lang, t]);

  const data = library.data;
  // Until the user picks something, the active document is shown.
  let current: Mode = mode ?? { kind: 'doc', id: data?.activeId ?? BUILTIN_ID };
  if (current.kind === 'doc' && data && current.id !== BUILTIN_ID && !findDocument(data, current.id)) current = { kind: 'doc', id: BUILTIN_ID };

  const run = async (what: () => Promise<void>) => {
    setError(null);
    setNotice(null);
    setProposed(null);
    try {
      await what();
    } catch (e) {
      setError(t.actionFailed(message(e)));
    }
  };

  const createOwn = () =>
    run(async () => {
      const id = await act(() => createDraftDocument(emptyDocument(lang), t.newDocumentName));
      setMode({ kind: 'doc', id });
    });
  const copyExample = () =>
    run(async () => {
      const r = await act(() => createDocument(BUILTIN_DOCUMENT, { name: t.copyName(BUILTIN_DOCUMENT.title), origin: 'example' }));
      if (r.ok) setMode({ kind: 'doc', id: r.id });
    });

  const importText = (text: string, file: string | null) =>
    run(async () => {
      setImporting(true);
      try {
        const r = await act(() => importAlignmentText(text));
        if (r.ok) {
          setImportErrors(null);
          setMode({ kind: 'doc', id: r.id });
          setNotice(t.imported(r.name));
        } else {
          setImportErrors({ file, problems: r.problems });
          setMode({ kind: 'import' });
        }
      } finally {
        setImporting(false);
      }
    });
  const importFile = (file: File) =>
    void file.text().then(
      (text) => importText(text, file.name),
      (e: unknown) => {
        setImportErrors({ file: file.name, problems: [{ path: '', message: t.readFailed(file.name, message(e)) }] });
        setMode({ kind: 'import' });
      },
    );
  const select = (next: Mode) => {
    setMode(next);
    setError(null);
    setNotice(null);
    setProposed(null);
    setFocus(null);
    if (next.kind !== 'import') setImportErrors(null);
  };
  // `options.html#doc=<id>&path=<json path>&summary=<text>`: the document's Edit tab, at the field.
  useDeepLink((link) => {
    select({ kind: 'doc', id: link.doc });
    setProposed(link.summary);
    if (link.path) setFocus({ doc: link.doc, path: link.path, seq: ++focusSeq.current });
  });

  let main;
  if (!data) {
    main = library.isError ? (
      <p className="opt-error" role="alert">
        {t.loadFailed(message(library.error))}
      </p>
    ) : (
      <p className="opt-muted">{t.loading}</p>
    );
  } else if (current.kind === 'import') {
    main = <ImportPanel t={t} errors={importErrors} busy={importing} onSubmit={(text) => void importText(text, null)} onClose={() => select({ kind: 'doc', id: data.activeId })} />;
  } else if (current.kind === 'follow') {
    main = (
      <FollowPanel
        t={t}
        lang={lang}
        onDone={(id, note) => {
          select({ kind: 'doc', id });
          setNotice(note);
        }}
        onClose={() => select({ kind: 'doc', id: data.activeId })}
      />
    );
  } else if (current.id === BUILTIN_ID) {
    main = <ExampleView t={t} lang={lang} active={data.activeId === BUILTIN_ID} onCopy={copyExample} />;
  } else {
    const doc = findDocument(data, current.id);
    main = doc ? (
      <DocumentView
        key={doc.id}
        t={t}
        lang={lang}
        doc={doc}
        active={data.activeId === doc.id}
        Editor={Editor}
        focus={focus?.doc === doc.id ? focus : null}
        onDeleted={() => select({ kind: 'doc', id: BUILTIN_ID })}
      />
    ) : null;
  }

  return (
    <div className="opt-page">
      <header className="opt-header">
        <h1>
          {t.appTitle} <span className="opt-subtitle">{t.appSubtitle}</span>
        </h1>
        <LangSelect t={t} />
      </header>
      <div className="opt-layout">
        <Sidebar
          t={t}
          library={data}
          selected={current.kind === 'doc' ? current.id : null}
          onSelect={(id) => select({ kind: 'doc', id })}
          onCreateOwn={createOwn}
          onFromExample={copyExample}
          onImportFile={importFile}
          onImport={() => select({ kind: 'import' })}
          onFollow={() => select({ kind: 'follow' })}
        />
        <main className="opt-main">
          {error && (
            <p className="opt-error" role="alert">
              {error}
            </p>
          )}
          {notice && (
            <p className="opt-notice" role="status" data-testid="notice">
              {notice}
            </p>
          )}
          {proposed && (
            <p className="opt-notice opt-proposed-notice" role="status" data-testid="proposed-notice">
              {t.proposedNotice(proposed)}
            </p>
          )}
          {main}
        </main>
      </div>
      {data?.documents.filter((d) => d.source).map((d) => <SourceWatcher key={`${d.id}\u0000${d.source?.url}`} doc={d} lang={lang} />)}
    </div>
  );
}
