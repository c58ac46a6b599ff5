#!/usr/bin/env node
// `npm run bench`: bundles the benchmark with esbuild, as the extension ships its code, and runs it with node.
// Running the TypeScript sources through tsx instead adds its own transform helpers to every call (about 40% on
// this benchmark), which measures the dev loader rather than the checker.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Next to the source, so that the benchmark's own relative paths stay valid.
const out = join(root, 'test', 'bench', '.bench.bundle.mjs');
buildSync({
  entryPoints: [join(root, 'test', 'bench', 'bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: out,
  logLevel: 'error',
});
const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
