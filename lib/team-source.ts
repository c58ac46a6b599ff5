/**
 * A document can follow a file on the team's server: one request gives one `SourceOutcome`, which
 * `applySourceOutcome` (lib/storage/library.ts) records. A failure is a value with a sentence a
 * person can act on, never an exception, and never replaces the working revision.
 *
 * HTTPS only: a document that decides what briefs may say must not travel in clear text. Plain HTTP
 * is allowed for 127.0.0.1 and localhost only (tests, a file served from the user's own machine).
 */
import { parseAlignment, problemToString, validateAlignment } from './alignment/load';
import type { SourceOutcome } from './storage/library';

export const SOURCE_TIMEOUT_MS = 15_000;
/** The example document is about 12 kB; 5 MB leaves room for any real one and stops a wrong URL early. */
export const SOURCE_MAX_BYTES = 5 * 1024 * 1024;
/** How many schema problems the failure sentence names. */
const SHOWN_PROBLEMS = 3;

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** For tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Why a URL cannot be followed, as a sentence, or null when it can. */
export function sourceUrlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return `“${url.trim()}” is not a web address; expected one starting with https://`;
  }
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && LOCAL_HOSTS.has(u.hostname)) return null;
  if (u.protocol === 'http:') return `the address ${u.host} uses plain http; Accord follows only https addresses`;
  return `“${u.protocol}” addresses cannot be followed; expected one starting with https://`;
}

/** Whether following this URL needs a host permission (everything but the local test hosts). */
export function needsHostPermission(url: string): boolean {
  try {
    return !LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** The optional host permission pattern for a URL: its origin only. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

/**
 * One request for the team's file. `etag` from the last good answer makes it conditional
 * (`If-None-Match`), so an unchanged file costs a 304 and no parsing.
 */
export async function fetchTeamDocument(url: string, etag: string | null, opts: FetchOptions = {}): Promise<SourceOutcome> {
  const problem = sourceUrlProblem(url);
  if (problem) return failed(problem);
  const u = new URL(url.trim());
  const timeoutMs = opts.timeoutMs ?? SOURCE_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? SOURCE_MAX_BYTES;
  const doFetch = opts.fetch ?? fetch;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (etag) headers['If-None-Match'] = etag;
    let response: Response;
    try {
      // `no-store`: the browser's cache must not answer for the server, nor add conditions of its own.
      response = await doFetch(u.href, { headers, cache: 'no-store', credentials: 'omit', redirect: 'follow', signal: controller.signal });
    } catch (error) {
      if (timedOut) return failed(`${u.host} did not answer within ${timeoutMs / 1000} s`);
      return failed(`could not reach ${u.host} (${reason(error)})`);
    }
    const newEtag = response.headers.get('ETag');
    if (response.status === 304) return { status: 'not-modified', etag: newEtag ?? etag };
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return failed(`${u.host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${u.pathname}`);
    }
    const declared = Number(response.headers.get('Content-Length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      return failed(`the file at ${u.host}${u.pathname} is ${megabytes(declared)}, more than the ${megabytes(maxBytes)} an alignment document may be`);
    }
    let text: string;
    try {
      const read = await readCapped(response, maxBytes);
      if (read === null) return failed(`the file at ${u.host}${u.pathname} is more than the ${megabytes(maxBytes)} an alignment document may be`);
      text = read;
    } catch (error) {
      if (timedOut) return failed(`${u.host} did not finish sending the file within ${timeoutMs / 1000} s`);
      return failed(`the file from ${u.host} could not be read (${reason(error)})`);
    }
    return outcomeOf(text, newEtag, `${u.host}${u.pathname}`);
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, or null once it grows past `maxBytes` (the rest is not downloaded). */
async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder('utf-8').decode(all);
}

function outcomeOf(text: string, etag: string | null, where: string): SourceOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // parseAlignment says where the syntax error is (line and column) in the same words everywhere.
    const r = parseAlignment(text);
    const first = r.ok ? 'not valid JSON' : problemToString(r.problems[0] ?? { path: '', message: 'not valid JSON' });
    return failed(`the file at ${where} is not valid JSON: ${first}`);
  }
  const r = validateAlignment(value);
  if (!r.ok) {
    const shown = r.problems.slice(0, SHOWN_PROBLEMS).map(problemToString);
    const more = r.problems.length - shown.length;
    return failed(`the file at ${where} is not a valid alignment document: ${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`);
  }
  return { status: 'updated', doc: r.doc, etag };
}

function failed(error: string): SourceOutcome {
  // Stored and shown as a sentence.
  return { status: 'failed', error: error.charAt(0).toUpperCase() + error.slice(1) + (/[.!?]$/.test(error) ? '' : '.') };
}

function reason(error: unknown): string {
  if (error instanceof Error) {
    // Node's fetch puts the real reason (ECONNREFUSED ...) in `cause`.
    const cause = (error as { cause?: unknown }).cause;
    const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : '';
    return code ? `${error.message}: ${code}` : error.message;
  }
  return String(error);
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;
}
