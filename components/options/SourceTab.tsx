import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { UiLang } from '@/lib/engine/types';
import { applySourceOutcome, currentDoc, readLibrary, setSource, type StoredDocument } from '@/lib/storage/library';
import { releaseSourcePermission } from './follow';
import { useFollow } from './use-follow';
import { SourceUrlForm } from './FollowPanel';
import { optionsKeys, useLibraryAction, useTeamSource } from './queries';
import { formatTime, type OptionsText } from './text';

interface Props {
  t: OptionsText;
  lang: UiLang;
  doc: StoredDocument;
}

/**
 * The team source of a document: follow a URL (the file must be a valid document the first time), see
 * when it was last checked, its ETag and the last error (the working revision stays), check now, stop.
 */
export function SourceTab({ t, lang, doc }: Props) {
  const client = useQueryClient();
  const act = useLibraryAction();
  const query = useTeamSource(doc, lang);
  const [url, setUrl] = useState('');
  const source = doc.source;
  const rev = currentDoc(doc)?.revision ?? null;

  const { busy, error, setError, follow } = useFollow(t, lang, async (first, target) => {
    await act(async () => {
      await setSource(doc.id, { url: target, etag: null, checkedAt: null, error: null });
      await applySourceOutcome(doc.id, first);
    });
    client.setQueryData(optionsKeys.source(doc.id, target), first);
    setUrl('');
  });

  const stop = () => {
    if (!source) return;
    setError(null);
    void act(async () => {
      await setSource(doc.id, null);
      const others = (await readLibrary()).documents.flatMap((d) => (d.source ? [d.source.url] : []));
      await releaseSourcePermission(source.url, others);
    }).catch((e: unknown) => setError(t.actionFailed(e instanceof Error ? e.message : String(e))));
  };

  if (!source) {
    return (
      <div className="opt-source">
        <p className="opt-muted">{t.sourceIntro}</p>
        <SourceUrlForm t={t} url={url} busy={busy} onUrl={setUrl} onFollow={() => follow(url)} />
        {error && (
          <p className="opt-error" role="alert" data-testid="source-status">
            {error}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="opt-source">
      <dl className="opt-summary" data-testid="source-status" data-state={source.error ? 'failed' : 'ok'}>
        <dt>{t.followingUrl}</dt>
        <dd>
          <a href={source.url} target="_blank" rel="noreferrer noopener">
            {source.url}
          </a>
        </dd>
        <dt>{t.lastChecked}</dt>
        <dd data-testid="source-checked">{source.checkedAt ? formatTime(source.checkedAt, lang) : t.never}</dd>
        <dt>{t.etag}</dt>
        <dd>
          <code>{source.etag ?? t.none}</code>
        </dd>
        {source.error && (
          <>
            <dt className="opt-error-label">⚠</dt>
            <dd className="opt-error" role="alert" data-testid="source-error">
              {source.error} {t.workingStays(rev)}
            </dd>
          </>
        )}
      </dl>
      <div className="opt-row">
        <button type="button" className="opt-button" data-testid="source-check" disabled={query.isFetching} onClick={() => void query.refetch()}>
          {query.isFetching ? t.checking : t.checkNow}
        </button>
        <button type="button" className="opt-button opt-danger" data-testid="source-stop" onClick={stop}>
          {t.stopFollowing}
        </button>
      </div>
      {error && (
        <p className="opt-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
