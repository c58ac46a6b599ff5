import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Saved Gmail pages: ours under test/fixtures/gmail, the real ones of ../shared/fixtures/gmail beside the repo. */
export const OWN_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'gmail');
export const SHARED_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'gmail');
// The shared folder is beside the repo in a checkout and in CI (as test/alignment/schema.test.ts expects).
export const hasShared = existsSync(SHARED_DIR);

/**
 * A saved page's body, parsed and moved into a detached host element of the test's global document
 * (needs the happy-dom environment). Not its own Document: happy-dom 21's Range.toString() returns ''
 * for nodes of a document other than the window's, and every page gets its own host so that pages
 * loaded by different tests never meet.
 */
export function loadPage(dir: string, name: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(readFileSync(join(dir, name), 'utf8'), 'text/html');
  const host = document.createElement('div');
  host.setAttribute('data-fixture', name);
  host.append(document.importNode(parsed.body, true));
  return host;
}

export const ownPage = (name: string) => loadPage(OWN_DIR, name);
