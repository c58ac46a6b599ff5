// A static file server on 127.0.0.1 for the fixture pages (test/fixtures/**), on a free port.
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '..', '..', 'fixtures');
/** Where end-to-end tests save screenshots (git-ignored). */
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '..', '..', 'artifacts');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface FixtureServer {
  /** `http://127.0.0.1:<port>`, which the test builds' content scripts match. */
  readonly origin: string;
  /** The URL of a file under the served directory: `url('gmail/thread.html')`. */
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves `root` (default test/fixtures) read-only: GET and HEAD, no listings, nothing outside root. */
export async function serveFixtures(root: string = FIXTURES_DIR): Promise<FixtureServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return end(response, 405);
    let file: string;
    let format: string | null;
    try {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      file = join(base, decodeURIComponent(url.pathname));
      format = url.searchParams.get('format');
    } catch {
      return end(response, 400);
    }
    // join() has resolved every `..`, encoded or not; what lands outside base is refused.
    if (!file.startsWith(base + sep) || file.includes('\0')) return end(response, 403);
    findFile(file, format).then(
      (found) => {
        if (!found) return end(response, 404);
        const { file: served, stats } = found;
        response.writeHead(200, {
          'Content-Type': CONTENT_TYPES[extname(served).toLowerCase()] ?? 'application/octet-stream',
          'Content-Length': stats.size,
          'Cache-Control': 'no-store',
        });
        if (request.method === 'HEAD') return response.end();
        createReadStream(served).pipe(response);
      },
      () => end(response, 404),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path.replace(/^\/+/, ''), `${origin}/`).href,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

/**
 * The file a path names. A path without an extension that names no file stands for a page with a
 * site-like URL: `<path>.<format>` when the query has `format=` (`export?format=md` → `export.md`),
 * else `<path>.html` (`/document/d/<id>/edit` → `edit.html`).
 */
async function findFile(file: string, format: string | null): Promise<{ file: string; stats: Stats } | null> {
  const candidates = [file];
  if (!extname(file)) {
    if (format && /^[a-z0-9]{1,10}$/i.test(format)) candidates.push(`${file}.${format}`);
    candidates.push(`${file}.html`);
  }
  for (const candidate of candidates) {
    const stats = await stat(candidate).catch(() => null);
    if (stats?.isFile()) return { file: candidate, stats };
  }
  return null;
}

function end(response: ServerResponse, status: number): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${status}\n`);
}
