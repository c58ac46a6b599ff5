import type { DocProblem } from '@/lib/alignment/load';

/** Problems of a document, each with its JSON path, under a heading sentence. */
export function ProblemList({ title, problems, testId }: { title: string; problems: readonly DocProblem[]; testId: string }) {
  return (
    <div className="opt-problems" role="alert" data-testid={testId}>
      <p>{title}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.path}\u0000${p.message}`} data-path={p.path}>
            {p.path ? (
              <>
                <code>{p.path}</code>:{' '}
              </>
            ) : null}
            {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
