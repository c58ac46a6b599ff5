import type { DocSummary } from '../messaging/protocol';
import { BUILTIN_DOCUMENT } from './builtin';
import { problemToString, validateAlignment } from './load';
import type { AlignmentDoc } from './schema';
import { signOffStatus } from './signoff';

/** The document to check against: the stored one when it is valid, else the built-in one (and why). */
export function resolveDocument(stored: unknown): { doc: AlignmentDoc; summary: DocSummary } {
  if (stored === null || stored === undefined) return { doc: BUILTIN_DOCUMENT, summary: summarize(BUILTIN_DOCUMENT, 'builtin', null) };
  const r = validateAlignment(stored);
  if (r.ok) return { doc: r.doc, summary: summarize(r.doc, 'stored', null) };
  const first = r.problems.slice(0, 3).map(problemToString).join('; ');
  const more = r.problems.length > 3 ? ` (+${r.problems.length - 3} more)` : '';
  return { doc: BUILTIN_DOCUMENT, summary: summarize(BUILTIN_DOCUMENT, 'builtin', `The stored alignment document is not valid: ${first}${more}`) };
}

function summarize(doc: AlignmentDoc, origin: DocSummary['origin'], problem: string | null): DocSummary {
  return {
    title: doc.title,
    revision: doc.revision,
    origin,
    problem,
    signed: signOffStatus(doc).signed,
    parties: doc.parties.map((p) => ({ id: p.id, name: p.name, domains: p.domains })),
    markets: doc.markets.map((m) => ({ id: m.id, name: m.name.en ?? Object.values(m.name)[0] ?? m.id })),
  };
}

