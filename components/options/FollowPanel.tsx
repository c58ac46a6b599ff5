import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { UiLang } from '@/lib/engine/types';
import { createDocument } from '@/lib/storage/library';
import { useFollow } from './use-follow';
import { optionsKeys, useLibraryAction } from './queries';
import type { OptionsText } from './text';

interface Props {
  t: OptionsText;
  lang: UiLang;
  onDone(id: string, notice: string): void;
  onClose(): void;
}

/** "Follow a URL" from the sidebar: a new document that follows the team's file. */
export function FollowPanel({ t, lang, onDone, onClose }: Props) {
  const id = useId();
  const client = useQueryClient();
  const act = useLibraryAction();
  const [url, setUrl] = useState('');
  const { busy, error, follow } = useFollow(t, lang, async (first, target) => {
    const { doc, etag } = first;
    const source = { url: target, etag, checkedAt: new Date().toISOString(), error: null };
    const r = await act(() => createDocument(doc, { origin: 'source', source }));
    if (!r.ok) return r.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    // The first answer is fresh: the page's poll starts from it instead of asking again at once.
    client.setQueryData(optionsKeys.source(r.id, source.url), first);
    onDone(r.id, t.followed(doc.title, doc.revision));
  });

  return (
    <section className="opt-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.followTitle}</h2>
      <p className="opt-muted">{t.sourceIntro}</p>
      <SourceUrlForm t={t} url={url} busy={busy} onUrl={setUrl} onFollow={() => follow(url)} />
      {error && (
        <p className="opt-error" role="alert" data-testid="source-status">
          {error}
        </p>
      )}
      <button type="button" className="opt-button" onClick={onClose}>
        {t.close}
      </button>
    </section>
  );
}

export function SourceUrlForm({ t, url, busy, onUrl, onFollow }: { t: OptionsText; url: string; busy: boolean; onUrl(url: string): void; onFollow(): void }) {
  const id = useId();
  return (
    <form
      className="opt-source-form"
      // Our own sentences (sourceUrlProblem) say what is wrong with an address, in the page's language.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onFollow();
      }}
    >
      <label htmlFor={id}>{t.sourceUrl}</label>
      <div className="opt-row">
        <input id={id} type="url" className="opt-input" data-testid="source-url" placeholder="https://" value={url} onChange={(e) => onUrl(e.target.value)} required />
        <button type="submit" className="opt-button opt-primary" data-testid="source-follow" disabled={busy}>
          {busy ? t.checking : t.follow}
        </button>
      </div>
      <p className="opt-muted opt-small">{t.localOnly}</p>
    </form>
  );
}
