import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../lib/alignment/builtin';
import { applySourceOutcome, createDocument, currentDoc, findDocument, readLibrary } from '../lib/storage/library';
import { fetchTeamDocument, needsHostPermission, originPattern, sourceUrlProblem } from '../lib/team-source';

/** A real HTTP server on 127.0.0.1; each test sets what `/doc.json` answers. */
let server: Server;
let base = '';
let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  fakeBrowser.reset();
  seen.length = 0;
});

const EXAMPLE = JSON.stringify(BUILTIN_DOCUMENT);
const raised = () => {
  const d = structuredClone(BUILTIN_DOCUMENT);
  d.revision = 4;
  return d;
};

/** Serves `body` with an ETag, and answers 304 to a request that already has it. */
function serveWithEtag(body: string, etag: string) {
  handler = (req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag });
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag });
    res.end(body);
  };
}

/** A followed document on the fake storage, at the example's revision 3. */
async function followed(url: string) {
  const r = await createDocument(BUILTIN_DOCUMENT, { origin: 'source', source: { url, etag: '"v3"', checkedAt: '2026-12-01T00:00:00.000Z', error: null } });
  if (!r.ok) throw new Error('example did not validate');
  return r.id;
}

async function stored(id: string) {
  const d = findDocument(await readLibrary(), id);
  if (!d) throw new Error(`no ${id}`);
  return d;
}

describe('fetchTeamDocument', () => {
  it('gets the document with its ETag, then asks with If-None-Match and gets not-modified', async () => {
    serveWithEtag(EXAMPLE, '"v3"');
    const first = await fetchTeamDocument(`${base}/doc.json`, null);
    expect(first).toEqual({ status: 'updated', doc: BUILTIN_DOCUMENT, etag: '"v3"' });
    expect(seen[0]?.headers['if-none-match']).toBeUndefined();

    const second = await fetchTeamDocument(`${base}/doc.json`, '"v3"');
    expect(second).toEqual({ status: 'not-modified', etag: '"v3"' });
    expect(seen[1]?.headers['if-none-match']).toBe('"v3"');
  });

  it('records a new revision from the server, and nothing new on a 304', async () => {
    const id = await followed(`${base}/doc.json`);
    serveWithEtag(JSON.stringify(raised()), '"v4"');
    await applySourceOutcome(id, await fetchTeamDocument(`${base}/doc.json`, '"v3"'));
    let d = await stored(id);
    expect(d.revisions.map((r) => [r.doc.revision, r.origin])).toEqual([
      [3, 'source'],
      [4, 'source'],
    ]);
    expect(d.source).toMatchObject({ etag: '"v4"', error: null });

    await applySourceOutcome(id, await fetchTeamDocument(`${base}/doc.json`, '"v4"'));
    d = await stored(id);
    expect(d.revisions).toHaveLength(2);
    expect(d.source?.checkedAt).not.toBe('2026-12-01T00:00:00.000Z');
  });

  it('fails on bad JSON, saying where, and the working document stays', async () => {
    const id = await followed(`${base}/doc.json`);
    handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{\n  "format": "alignment/v1",\n  "id": \'x\'\n}');
    };
    const outcome = await fetchTeamDocument(`${base}/doc.json`, '"v3"');
    expect(outcome).toEqual({ status: 'failed', error: `The file at 127.0.0.1:${new URL(base).port}/doc.json is not valid JSON: line 3, column 9: expected a value, got "'" (JSON needs double quotes, not single quotes).` });
    await applySourceOutcome(id, outcome);
    const d = await stored(id);
    expect(currentDoc(d)).toEqual(BUILTIN_DOCUMENT);
    expect(d.revisions).toHaveLength(1);
    expect(d.source).toMatchObject({ etag: '"v3"', checkedAt: '2026-12-01T00:00:00.000Z', error: outcome.status === 'failed' ? outcome.error : '' });
  });

  it('fails on a document that does not validate, naming the first problems with their paths', async () => {
    const id = await followed(`${base}/doc.json`);
    const broken = structuredClone(BUILTIN_DOCUMENT) as unknown as Record<string, unknown>;
    broken.revision = 'four';
    broken.updatedAt = 'yesterday';
    (broken.markets as Record<string, unknown>[])[1]!.currency = 'usd';
    delete broken.parties;
    handler = (_req, res) => res.end(JSON.stringify(broken));
    const outcome = await fetchTeamDocument(`${base}/doc.json`, null);
    expect(outcome.status).toBe('failed');
    const error = outcome.status === 'failed' ? outcome.error : '';
    expect(error).toMatch(/^The file at 127\.0\.0\.1:\d+\/doc\.json is not a valid alignment document: /);
    expect(error).toContain('revision: expected');
    expect(error).toContain('updatedAt: expected a date written as YYYY-MM-DD');
    expect(error).toMatch(/\(and \d+ more\)\.$/);
    await applySourceOutcome(id, outcome);
    expect(currentDoc(await stored(id))).toEqual(BUILTIN_DOCUMENT);
  });

  it('fails when the server answers an error status', async () => {
    const id = await followed(`${base}/missing.json`);
    handler = (_req, res) => {
      res.writeHead(404, 'Not Found');
      res.end('nope');
    };
    const outcome = await fetchTeamDocument(`${base}/missing.json`, '"v3"');
    expect(outcome).toEqual({ status: 'failed', error: `127.0.0.1:${new URL(base).port} answered 404 Not Found for /missing.json.` });
    await applySourceOutcome(id, outcome);
    expect(currentDoc(await stored(id))).toEqual(BUILTIN_DOCUMENT);
  });

  it('writes the failure sentence in the UI language it is asked for', async () => {
    handler = (_req, res) => {
      res.writeHead(404, 'Not Found');
      res.end();
    };
    expect(await fetchTeamDocument(`${base}/missing.json`, null, { lang: 'ru' })).toEqual({ status: 'failed', error: `127.0.0.1:${new URL(base).port} ответил 404 Not Found на /missing.json.` });
    expect(await fetchTeamDocument('http://team.example/a.json', null, { lang: 'ru' })).toEqual({ status: 'failed', error: 'Адрес team.example использует обычный http; Accord следит только за адресами https.' });
  });

  it('fails when nothing listens (a closed port), and the working document stays', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const url = `http://127.0.0.1:${port}/doc.json`;
    const id = await followed(url);
    const outcome = await fetchTeamDocument(url, '"v3"');
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.error).toMatch(new RegExp(`^Could not reach 127\\.0\\.0\\.1:${port} \\(.*ECONNREFUSED\\)\\.$`));
    await applySourceOutcome(id, outcome);
    const d = await stored(id);
    expect(currentDoc(d)).toEqual(BUILTIN_DOCUMENT);
    expect(d.source?.error).toContain('Could not reach');
  });

  it('gives up after the timeout', async () => {
    handler = () => undefined; // never answers
    const outcome = await fetchTeamDocument(`${base}/slow.json`, null, { timeoutMs: 100 });
    expect(outcome).toEqual({ status: 'failed', error: `127.0.0.1:${new URL(base).port} did not answer within 0.1 s.` });
  });

  it('stops reading a file larger than the cap, declared or not', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }); // chunked: no Content-Length
      res.write(' '.repeat(600));
      res.end(EXAMPLE);
    };
    const chunked = await fetchTeamDocument(`${base}/big.json`, null, { maxBytes: 500 });
    expect(chunked.status === 'failed' && chunked.error).toMatch(/is more than the 0\.00 MB an alignment document may be\.$/);
    handler = (_req, res) => res.end(EXAMPLE); // Content-Length set
    const declared = await fetchTeamDocument(`${base}/big.json`, null, { maxBytes: 500 });
    expect(declared.status === 'failed' && declared.error).toMatch(/^The file at .* is 0\.01 MB, more than the 0\.00 MB/);
  });

  it('refuses plain http except on this machine, and anything that is not a web address', async () => {
    expect(await fetchTeamDocument('http://team.example/doc.json', null)).toEqual({ status: 'failed', error: 'The address team.example uses plain http; Accord follows only https addresses.' });
    expect(await fetchTeamDocument('ftp://team.example/doc.json', null)).toEqual({ status: 'failed', error: '“ftp:” addresses cannot be followed; expected one starting with https://.' });
    expect(sourceUrlProblem('not a url')).toBe('“not a url” is not a web address; expected one starting with https://');
    expect(sourceUrlProblem('https://team.example/a.json')).toBeNull();
    expect(sourceUrlProblem('http://localhost:8080/a.json')).toBeNull();
    expect(needsHostPermission('https://team.example/a.json')).toBe(true);
    expect(needsHostPermission('http://127.0.0.1:9/a.json')).toBe(false);
    expect(originPattern('https://team.example:8443/docs/a.json?x=1')).toBe('https://team.example:8443/*');
  });
});
