// The fixture server (test/e2e/harness/server.ts) at Docs-like URLs: the editor page at
// /document/d/accord-fixture/edit and its Markdown export at /document/d/accord-fixture/export?format=md.
// Node's own fetch (not happy-dom's, which applies a page's same-origin policy).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docIdFromUrl, fetchSavedText } from '../../../lib/sites/gdocs/export';
import { serveFixtures, type FixtureServer } from '../../e2e/harness/server';
import { DOC_HTML } from './fake-docs';

describe('the fixture server’s Docs-like URLs', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await serveFixtures();
  });
  afterAll(() => server?.close());

  it('serves the editor page at /document/d/accord-fixture/edit (with any query)', async () => {
    for (const path of ['document/d/accord-fixture/edit', 'document/d/accord-fixture/edit?annotate=off&words=10000']) {
      const response = await fetch(server.url(path));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toBe(readFileSync(DOC_HTML, 'utf8'));
    }
    expect(docIdFromUrl(server.url('document/d/accord-fixture/edit'))).toBe('accord-fixture');
  });

  it('serves the export, and fetchSavedText reads it from the page’s origin', async () => {
    const response = await fetch(server.url('document/d/accord-fixture/export?format=md'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/markdown/);
    const saved = await fetchSavedText(fetch, server.origin, 'accord-fixture');
    expect(saved.ok && saved.text.startsWith('# Sova spring launch')).toBe(true);
  });

  it('still serves plain files, and 404s what is not there', async () => {
    expect((await fetch(server.url('gmail/thread.html'))).status).toBe(200);
    expect((await fetch(server.url('document/d/accord-fixture/export?format=pdf'))).status).toBe(404);
    expect((await fetch(server.url('document/d/missing-doc/edit'))).status).toBe(404);
    await expect(fetchSavedText(fetch, server.origin, 'missing-doc')).resolves.toEqual({ ok: false, reason: 'http-404' });
  });
});
