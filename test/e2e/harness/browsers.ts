// Where the browsers are, and whether a test may skip when one is missing.
import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

/** Debian's `chromium` and `firefox-esr` packages; ACCORD_CHROMIUM / ACCORD_FIREFOX point elsewhere. */
export const EXECUTABLES: Readonly<Record<BrowserName, string>> = {
  chromium: process.env.ACCORD_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.ACCORD_FIREFOX ?? '/usr/bin/firefox-esr',
};

const PACKAGES: Readonly<Record<BrowserName, string>> = { chromium: 'chromium', firefox: 'firefox-esr' };

/** The executable, or an error that says how to install it. */
export function executable(browser: BrowserName): string {
  const path = EXECUTABLES[browser];
  if (!existsSync(path)) {
    throw new Error(`${browser} is not at ${path}: apt-get install -y ${PACKAGES[browser]} (or set ACCORD_${browser.toUpperCase()})`);
  }
  return path;
}

/**
 * Why the tests of a browser are skipped, or undefined when they run. Only a developer machine
 * without the browser skips; in CI (CI set) a missing browser runs the tests, which then fail.
 * Use as `describe.skipIf(skipReason('firefox'))(...)` after logging the reason.
 */
export function skipReason(browser: BrowserName): string | undefined {
  if (process.env.CI || existsSync(EXECUTABLES[browser])) return undefined;
  return `${browser} tests skipped: ${EXECUTABLES[browser]} is missing (apt-get install -y ${PACKAGES[browser]}); in CI this fails instead`;
}
