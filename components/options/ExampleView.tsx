import { BUILTIN_DOCUMENT } from '@/lib/alignment/builtin';
import type { UiLang } from '@/lib/engine/types';
import { BUILTIN_ID, setActive } from '@/lib/storage/library';
import { signOffSentence } from './badges';
import { downloadDocument } from './export';
import { useLibraryAction } from './queries';
import type { OptionsText } from './text';

interface Props {
  t: OptionsText;
  lang: UiLang;
  active: boolean;
  onCopy(): void;
}

/** The built-in example: read-only, shown as a summary (and its JSON), with "Copy to edit". */
export function ExampleView({ t, lang, active, onCopy }: Props) {
  const act = useLibraryAction();
  const doc = BUILTIN_DOCUMENT;
  const signed = signOffSentence(t, doc);
  const kpis = doc.markets.reduce((n, m) => n + m.kpis.length, 0);
  return (
    <section className="opt-doc" data-testid="example-view">
      <div className="opt-doc-head">
        <div>
          <h2>
            <span className="opt-badge opt-badge-example">{t.example}</span> {doc.title}
          </h2>
          <p className="opt-muted">
            {t.rev(doc.revision)} · {doc.updatedAt} · <span className={signed.ok ? 'opt-ok' : 'opt-warn'}>{signed.text}</span>
          </p>
        </div>
        <div className="opt-actions">
          <button type="button" className="opt-button" data-testid="make-active" disabled={active} onClick={() => void act(() => setActive(BUILTIN_ID))}>
            {active ? t.isActive : t.makeActive}
          </button>
          <button type="button" className="opt-button" data-testid="export" onClick={() => downloadDocument(doc)}>
            {t.exportDoc}
          </button>
        </div>
      </div>
      <p>{t.exampleIntro}</p>
      <p>
        <button type="button" className="opt-button opt-primary" data-testid="copy-example" onClick={onCopy}>
          {t.copyToEdit}
        </button>
      </p>
      <dl className="opt-summary">
        <dt>{doc.product.name}</dt>
        <dd>{doc.product.summary}</dd>
        <dt>{t.counts(doc.markets.length, kpis, doc.redLines.length)}</dt>
        <dd>{doc.markets.map((m) => m.name[lang] ?? m.name.en ?? m.id).join(' · ')}</dd>
      </dl>
      <details>
        <summary>{t.showJson}</summary>
        <pre className="opt-code" aria-label={t.exampleReadOnly}>
          {JSON.stringify(doc, null, 2)}
        </pre>
      </details>
    </section>
  );
}
