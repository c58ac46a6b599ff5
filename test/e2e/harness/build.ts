// Builds the test extensions (ACCORD_E2E=1, see wxt.config.ts) once per run: vitest's globalSetup.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { BrowserName } from './browsers';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const WXT = join(ROOT, 'node_modules', '.bin', 'wxt');

/** The unpacked test builds. Their content scripts also match http://127.0.0.1/*. */
export const EXTENSION_DIRS: Readonly<Record<BrowserName, string>> = {
  chromium: join(ROOT, '.output', 'e2e', 'chrome-mv3'),
  firefox: join(ROOT, '.output', 'e2e', 'firefox-mv3'),
};

const WXT_ARGS: Readonly<Record<BrowserName, readonly string[]>> = {
  chromium: ['build'],
  firefox: ['build', '-b', 'firefox'],
};

/** Builds both test extensions, one after the other (both write .wxt/), and returns their directories. */
export async function buildTestExtensions(): Promise<Readonly<Record<BrowserName, string>>> {
  for (const browser of ['chromium', 'firefox'] as const) {
    try {
      await promisify(execFile)(WXT, [...WXT_ARGS[browser]], {
        cwd: ROOT,
        // Vitest sets NODE_ENV=test; Vite would then compile JSX for React's dev runtime, which the production build lacks.
        env: { ...process.env, NODE_ENV: 'production', ACCORD_E2E: '1', NO_COLOR: '1' },
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      // The build's own output says what failed; the child-process error around it adds nothing.
      throw new Error(`ACCORD_E2E=1 wxt ${WXT_ARGS[browser].join(' ')} failed:\n${stdout}${stderr}`);
    }
  }
  return EXTENSION_DIRS;
}

/** The directory of a test build, or an error saying how to make one. */
export function extensionDir(browser: BrowserName): string {
  const dir = EXTENSION_DIRS[browser];
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No test build in ${dir}: run the e2e tests with \`npm run test:e2e\`, which builds it first`);
  }
  return dir;
}

export default async function setup(): Promise<void> {
  await buildTestExtensions();
}
