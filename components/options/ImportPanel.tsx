import { useId, useState } from 'react';
import type { DocProblem } from '@/lib/alignment/load';
import { ProblemList } from './ProblemList';
import type { OptionsText } from './text';

export interface ImportErrors {
  /** The file's name, or null for pasted text. */
  file: string | null;
  problems: DocProblem[];
}

interface Props {
  t: OptionsText;
  errors: ImportErrors | null;
  busy: boolean;
  onSubmit(text: string): void;
  onClose(): void;
}

/** Pasting a document, and the problems of the last import that failed (a file chosen in the sidebar or pasted text). */
export function ImportPanel({ t, errors, busy, onSubmit, onClose }: Props) {
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const id = useId();
  return (
    <section className="opt-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.importTitle}</h2>
      <p className="opt-muted">{t.importIntro}</p>
      {errors && <ProblemList title={t.importProblems(errors.problems.length, errors.file)} problems={errors.problems} testId="import-errors" />}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setEmpty(text.trim() === '');
          if (text.trim() !== '') onSubmit(text);
        }}
      >
        <label htmlFor={`${id}-text`}>{t.importPaste}</label>
        <textarea id={`${id}-text`} className="opt-code" data-testid="import-text" rows={14} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
        {empty && <p className="opt-error">{t.importEmpty}</p>}
        <div className="opt-row">
          <button type="submit" className="opt-button opt-primary" data-testid="import-submit" disabled={busy}>
            {t.importSubmit}
          </button>
          <button type="button" className="opt-button" onClick={onClose}>
            {t.close}
          </button>
        </div>
      </form>
    </section>
  );
}
