// The popup must take keys within 100 ms of opening, so what it loads before first paint stays small:
// this follows its static imports (not `import type`, not `import()`) from main.tsx and refuses the
// heavy ones. The lookup code and the document are loaded with `import()` after the first paint.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function resolveLocal(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? join(dirname(from), spec) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(candidate) && candidate.match(/\.(ts|tsx|json|css)$/)) return candidate;
  return null;
}

/** Every module the popup loads before first paint: local files (relative to the project) and packages. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    const key = relative(ROOT, file);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!/\.(ts|tsx)$/.test(file)) continue;
    const source = readFileSync(file, 'utf8');
    // `import x from '…'`, `import { … } from '…'`, `import '…'`, `export … from '…'`; not `import type`.
    for (const match of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = match[1] as string;
      const local = resolveLocal(file, spec);
      if (local) queue.push(local);
      else if (!spec.startsWith('.') && !spec.startsWith('@/')) seen.add(`package:${spec}`);
    }
  }
  return seen;
}

describe('popup bundle', () => {
  it('loads no engine, no zod schemas of the document, no language detection before first paint', () => {
    const graph = staticGraph(join(ROOT, 'entrypoints', 'popup', 'main.tsx'));
    expect(graph.has('entrypoints/popup/App.tsx')).toBe(true);
    expect(graph.has('components/popup/KpiLookup.tsx')).toBe(true);
    // Allowed: the site switches' storage (lib/storage/items.ts) brings zod/mini, whose schemas it builds
    // on first use, and the engine's types module (constants only).
    const allowed = new Set(['package:zod/mini', 'lib/engine/types.ts']);
    const heavy = [...graph].filter(
      (m) =>
        !allowed.has(m) &&
        /^(package:(zod|compromise|franc|@orama\/stemmers)(\/|$))|^lib\/(engine|rules|alignment|lexicon)\/|^lib\/kpi-lookup\.ts$|^lib\/storage\/document\.ts$/.test(m),
    );
    expect(heavy).toEqual([]);
  });
});
