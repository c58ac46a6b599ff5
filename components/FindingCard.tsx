import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { RuleSource } from '@/lib/alignment/sources';
import type { FindingKind, Severity } from '@/lib/engine/types';
import type { UiText } from './i18n';

/** A finding as the card shows it. Every string is rendered as text by React, never as HTML. */
export interface CardFinding {
  kind: FindingKind;
  severity: Severity;
  ruleId: string;
  marketName: string | null;
  message: string;
  actual: string;
  expected: string;
  quoted: boolean;
  source: RuleSource | null;
}

export interface FindingCardProps {
  t: UiText;
  finding: CardFinding;
  /** 0-based position among the findings the card can step through, and their count. */
  index: number;
  total: number;
  /** Move focus into the card when it opens (it was opened from the keyboard or by a click). */
  autoFocus: boolean;
  onStep(delta: -1 | 1): void;
  onClose(): void;
  onOpenPanel(): Promise<boolean>;
  onDismiss(): void;
  onIntentional(note: string): Promise<void>;
}

export function FindingCard(props: FindingCardProps) {
  const { t, finding: f, index, total } = props;
  const [noting, setNoting] = useState(false);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const first = useRef<HTMLButtonElement>(null);
  const noteBox = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    setNoting(false);
    setNote('');
    setStatus(null);
  }, [f]);
  useEffect(() => {
    if (props.autoFocus) first.current?.focus({ preventScroll: true });
  }, [props.autoFocus, f]);
  useEffect(() => {
    if (noting) noteBox.current?.focus({ preventScroll: true });
  }, [noting]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      if (noting) setNoting(false);
      else props.onClose();
    }
  };

  return (
    <div className={`card sev-${f.severity}`} role="dialog" aria-modal="false" aria-labelledby="accord-card-title" onKeyDown={onKeyDown}>
      <header>
        <span className="sev">{t.severity[f.severity]}</span>
        <span className="kind">{t.kind[f.kind][0]}</span>
        {f.marketName && (
          <span className="market" title={t.market}>
            {f.marketName}
          </span>
        )}
        <button type="button" className="icon" aria-label={t.close} title={t.close} onClick={props.onClose}>
          ×
        </button>
      </header>
      <p id="accord-card-title" className="message">
        {f.message}
      </p>
      {f.quoted && <p className="quoted">{t.quoted}</p>}
      <dl>
        <dt>{t.agreed}</dt>
        <dd className="expected">{f.expected}</dd>
        {f.source && (
          <>
            <dt>{t.from}</dt>
            <dd className="source">
              <strong>{f.source.title}</strong> <code>{f.source.ruleId}</code>
              <br />
              {f.source.text}
            </dd>
          </>
        )}
      </dl>
      {noting ? (
        <form
          className="note"
          onSubmit={(e) => {
            e.preventDefault();
            void props.onIntentional(note.trim()).then(() => {
              setNoting(false);
              setStatus(t.noted);
            });
          }}
        >
          <textarea ref={noteBox} value={note} maxLength={2000} placeholder={t.notePlaceholder} onChange={(e) => setNote(e.target.value)} />
          <div className="row">
            <button type="submit">{t.saveNote}</button>
            <button type="button" onClick={() => setNoting(false)}>
              {t.cancel}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button
            ref={first}
            type="button"
            onClick={() => {
              void props.onOpenPanel().then((ok) => {
                if (!ok) setStatus(t.panelUnavailable);
              });
            }}
          >
            {t.openPanel}
          </button>
          <button type="button" onClick={props.onDismiss}>
            {t.dismiss}
          </button>
          <button type="button" onClick={() => setNoting(true)}>
            {t.intentional}
          </button>
        </div>
      )}
      {status && (
        <p className="status" role="status">
          {status}
        </p>
      )}
      {total > 1 && (
        <footer>
          <button type="button" onClick={() => props.onStep(-1)} aria-label={t.previous}>
            ‹
          </button>
          <span>
            {index + 1} {t.of} {total}
          </span>
          <button type="button" onClick={() => props.onStep(1)} aria-label={t.next}>
            ›
          </button>
        </footer>
      )}
    </div>
  );
}
