import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import type { DocProblem } from '@/lib/alignment/load';
import type { UiLang } from '@/lib/engine/types';
import { currentDoc, discardDraft, saveDraft, saveRevision, type StoredDocument } from '@/lib/storage/library';
import type { EditorProps } from './OptionsApp';
import { ProblemList } from './ProblemList';
import { useLibraryAction } from './queries';
import { formatTime, type OptionsText } from './text';
import { useFocusField, type FocusRequest } from './use-deep-link';

/** Edits are stored as the draft this long after typing stops (and at once when the page is hidden or closed). */
export const DRAFT_DEBOUNCE_MS = 300;

interface Props {
  t: OptionsText;
  lang: UiLang;
  doc: StoredDocument;
  Editor: ComponentType<EditorProps>;
  /** A field to focus and highlight (a deep link's path). */
  focus?: FocusRequest | null;
}

/**
 * The editor on the document's draft (or its current revision when there is none). Every change is
 * autosaved to the draft slot, so nothing typed is ever lost: debounced while typing, flushed when the
 * page is hidden (`visibilitychange`), closed (`pagehide`) or this tab unmounts. "Save revision" makes a
 * valid draft the current revision; an invalid one stays a draft and its problems are listed.
 */
export function EditTab({ t, lang, doc, Editor, focus = null }: Props) {
  const act = useLibraryAction();
  const id = doc.id;
  const current = currentDoc(doc);
  // What the user typed in this page since the last save or discard; the stored draft otherwise.
  const [local, setLocal] = useState<{ value: unknown } | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<DocProblem[] | null>(null);
  const [savedRev, setSavedRev] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<{ value: unknown } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const root = useRef<HTMLDivElement>(null);
  useFocusField(root, focus);

  const value = local ? local.value : doc.draft ? doc.draft.value : current;
  const hasDraft = local !== null || doc.draft !== null;

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const next = pending.current;
    pending.current = null;
    if (!next) return;
    try {
      await act(() => saveDraft(id, next.value));
    } catch (e) {
      // Only when the document was deleted meanwhile (in another window).
      setError(t.actionFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      if (!pending.current) setUnsaved(false);
    }
  }, [act, id, t]);

  // The latest flush for the listeners and the unmount, without re-subscribing on every render.
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(() => {
    const onPageHide = () => void flushRef.current();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flushRef.current();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flushRef.current();
    };
  }, []);

  const onChange = (next: unknown) => {
    setLocal({ value: next });
    setProblems(null);
    setSavedRev(null);
    pending.current = { value: next };
    setUnsaved(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), DRAFT_DEBOUNCE_MS);
  };

  const stopPending = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    pending.current = null;
    setUnsaved(false);
  };

  const save = async () => {
    const toSave = value;
    const typed = local !== null;
    stopPending();
    setBusy(true);
    setError(null);
    try {
      const r = await act(() => saveRevision(id, toSave));
      if (r.ok) {
        setLocal(null);
        setProblems(null);
        setSavedRev(r.revision);
      } else {
        setProblems(r.problems);
        // The typed value was not yet stored as the draft: it is now, so it survives a reload.
        if (typed) await act(() => saveDraft(id, toSave));
      }
    } catch (e) {
      setError(t.actionFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  const discard = async () => {
    stopPending();
    setLocal(null);
    setProblems(null);
    setSavedRev(null);
    await act(() => discardDraft(id)).catch((e: unknown) => setError(t.actionFailed(e instanceof Error ? e.message : String(e))));
  };

  return (
    <div className="opt-edit" ref={root}>
      <div className="opt-edit-bar">
        <div className="opt-edit-state" data-testid="draft-state">
          {hasDraft && <p className="opt-note">{t.editingDraft(current?.revision ?? null)}</p>}
          {unsaved ? (
            <p className="opt-muted opt-small">{t.draftSaving}</p>
          ) : doc.draft ? (
            <p className="opt-muted opt-small">{t.draftSavedAt(formatTime(doc.draft.savedAt, lang))}</p>
          ) : null}
          {doc.source && <p className="opt-muted opt-small">{t.followedEditNote}</p>}
        </div>
        <div className="opt-row">
          <button type="button" className="opt-button opt-primary" data-testid="save-revision" disabled={busy || !hasDraft} onClick={() => void save()}>
            {t.saveRevision}
          </button>
          {hasDraft && current !== null && (
            <button type="button" className="opt-button" data-testid="discard-draft" disabled={busy} onClick={() => void discard()}>
              {t.discardDraft}
            </button>
          )}
        </div>
      </div>
      {savedRev !== null && (
        <p className="opt-notice" role="status" data-testid="save-done">
          {t.savedRevision(savedRev)}
        </p>
      )}
      {problems && <ProblemList title={t.saveProblems(problems.length)} problems={problems} testId="save-problems" />}
      {error && (
        <p className="opt-error" role="alert">
          {error}
        </p>
      )}
      <p className="opt-muted opt-small">{t.revisionHint}</p>
      <Editor value={value} onChange={onChange} lang={lang} />
    </div>
  );
}
