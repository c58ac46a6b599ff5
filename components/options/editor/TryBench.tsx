/**
 * "Try a red line" / "Try this KPI": a box under a rule where the user pastes a sentence and sees at
 * once whether this rule fires on it, and why — the rule's own test bench. It runs the real engine
 * (the editor's checker for the current document) a moment after typing stops.
 */
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { problemToString, type DocProblem } from '@/lib/alignment/load';
import type { Finding } from '@/lib/engine/types';
import { useCheck, useEditor, type CheckState } from './context';
import { isUnder, pathText, type Path } from '@/lib/alignment/paths';

export const TRY_DEBOUNCE_MS = 150;
const SHOWN_PROBLEMS = 3;

type Outcome =
  | { kind: 'empty' }
  | { kind: 'no-id' }
  | { kind: 'blocked'; problems: readonly DocProblem[] }
  | { kind: 'failed'; reason: string }
  | { kind: 'checked'; mine: Finding[]; others: Finding[] };

function tryOut(check: CheckState, sentence: string, ruleId: unknown, lang: 'en' | 'ru'): Outcome {
  if (sentence.trim() === '') return { kind: 'empty' };
  if (typeof ruleId !== 'string' || ruleId.trim() === '') return { kind: 'no-id' };
  if (check.state === 'invalid') return { kind: 'blocked', problems: check.problems };
  try {
    const { findings } = check.checker().check(sentence, { uiLang: lang });
    return {
      kind: 'checked',
      mine: findings.filter((f) => f.ruleId === ruleId),
      others: findings.filter((f) => f.ruleId !== ruleId),
    };
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The sentence with the flagged spans marked, as React text. */
function Highlighted({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const spans = findings
    .map((f) => ({ start: Math.max(0, f.start), end: Math.min(text.length, f.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlaps the previous mark
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(<mark key={span.start}>{text.slice(span.start, span.end)}</mark>);
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <blockquote className="ed-try-sentence">{parts}</blockquote>;
}

export function TryBench({ ruleId, itemPath, kind }: { ruleId: unknown; itemPath: Path; kind: 'redLine' | 'kpi' }) {
  const { t, lang } = useEditor();
  const check = useCheck();
  const [text, setText] = useState('');
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), TRY_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const outcome = useMemo(() => tryOut(check, settled, ruleId, lang), [check, settled, ruleId, lang]);
  const id = useId();
  const title = kind === 'redLine' ? t.tryIt.redLineTitle : t.tryIt.kpiTitle;
  const hint = kind === 'redLine' ? t.tryIt.hintRedLine : t.tryIt.hintKpi;
  const here = pathText(itemPath);

  return (
    <div className="ed-try" role="group" aria-labelledby={`${id}-title`}>
      <p className="ed-try-title" id={`${id}-title`}>
        {title}
      </p>
      <label htmlFor={`${id}-input`} className="ed-visually-hidden">
        {t.tryIt.label}
      </label>
      <textarea
        id={`${id}-input`}
        data-testid="try-input"
        rows={2}
        placeholder={t.tryIt.placeholder}
        aria-describedby={`${id}-result`}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div id={`${id}-result`} data-testid="try-result" className={`ed-try-result ed-try-${outcome.kind}`} aria-live="polite" data-fires={fires(outcome)}>
        {renderOutcome()}
      </div>
    </div>
  );

  function renderOutcome(): ReactNode {
    switch (outcome.kind) {
      case 'empty':
        return <p className="ed-hint">{hint}</p>;
      case 'no-id':
        return <p className="ed-hint">{t.tryIt.noId}</p>;
      case 'failed':
        return <p className="ed-try-error">{t.tryIt.engineFailed(outcome.reason)}</p>;
      case 'blocked': {
        // This entry's own problems first: they are the likeliest reason.
        const ordered = [...outcome.problems.filter((p) => isUnder(p.path, here)), ...outcome.problems.filter((p) => !isUnder(p.path, here))];
        const shown = ordered.slice(0, SHOWN_PROBLEMS);
        return (
          <>
            <p className="ed-try-error">{t.tryIt.fixFirst}</p>
            <ul className="ed-try-list">
              {shown.map((p) => (
                <li key={`${p.path}\u0000${p.message}`}>{problemToString(p)}</li>
              ))}
              {ordered.length > shown.length ? <li>{t.tryIt.more(ordered.length - shown.length)}</li> : null}
            </ul>
          </>
        );
      }
      case 'checked':
        if (outcome.mine.length > 0) {
          return (
            <>
              <p className="ed-try-verdict ed-fires">
                <span aria-hidden="true">● </span>
                {t.tryIt.fires}
              </p>
              <Highlighted text={settled} findings={outcome.mine} />
              <ul className="ed-try-list">
                {outcome.mine.map((f) => (
                  <li key={`${f.start}-${f.end}`}>{f.message}</li>
                ))}
              </ul>
            </>
          );
        }
        return (
          <>
            <p className="ed-try-verdict ed-quiet">
              <span aria-hidden="true">○ </span>
              {t.tryIt.doesNotFire}
            </p>
            {outcome.others.length > 0 ? (
              <>
                <p className="ed-hint">{t.tryIt.otherRules}</p>
                <ul className="ed-try-list">
                  {outcome.others.map((f) => (
                    <li key={`${f.ruleId}-${f.start}-${f.end}`}>
                      <code>{f.ruleId}</code> {f.message}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        );
    }
  }
}

function fires(outcome: Outcome): 'yes' | 'no' | undefined {
  if (outcome.kind !== 'checked') return undefined;
  return outcome.mine.length > 0 ? 'yes' : 'no';
}
