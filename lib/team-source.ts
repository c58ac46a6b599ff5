/**
 * A document can follow a file on the team's server: one request gives one `SourceOutcome`, which
 * `applySourceOutcome` (lib/storage/library.ts) records. A failure is a value with a sentence a
 * person can act on, never an exception, and never replaces the working revision.
 *
 * HTTPS only: a document that decides what briefs may say must not travel in clear text. Plain HTTP
 * is allowed for 127.0.0.1 and localhost only (tests, a file served from the user's own machine).
 */
import { parseAlignment, problemToString, validateAlignment } from './alignment/load';
import type { UiLang } from './engine/types';
import { applySourceOutcome, readLibrary, type SourceOutcome } from './storage/library';

export const SOURCE_TIMEOUT_MS = 15_000;
/** The example document is about 12 kB; 5 MB leaves room for any real one and stops a wrong URL early. */
export const SOURCE_MAX_BYTES = 5 * 1024 * 1024;
/** How many schema problems the failure sentence names. */
const SHOWN_PROBLEMS = 3;

export interface FetchOptions {
  /** The language of the failure sentence (it is stored, and shown as it was written). */
  lang?: UiLang;
  timeoutMs?: number;
  maxBytes?: number;
  /** For tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

/** Every sentence a request can end with, per UI language. Problems from the validator stay as load.ts writes them. */
const WORDS = {
  en: {
    notAddress: (url: string) => `“${url}” is not a web address; expected one starting with https://`,
    plainHttp: (host: string) => `the address ${host} uses plain http; Accord follows only https addresses`,
    scheme: (protocol: string) => `“${protocol}” addresses cannot be followed; expected one starting with https://`,
    timeout: (host: string, s: number) => `${host} did not answer within ${s} s`,
    unreachable: (host: string, why: string) => `could not reach ${host} (${why})`,
    status: (host: string, status: string, path: string) => `${host} answered ${status} for ${path}`,
    tooBig: (where: string, size: string, max: string) => `the file at ${where} is ${size}, more than the ${max} an alignment document may be`,
    tooBigStream: (where: string, max: string) => `the file at ${where} is more than the ${max} an alignment document may be`,
    slowBody: (host: string, s: number) => `${host} did not finish sending the file within ${s} s`,
    unreadable: (host: string, why: string) => `the file from ${host} could not be read (${why})`,
    badJson: (where: string, first: string) => `the file at ${where} is not valid JSON: ${first}`,
    invalid: (where: string, shown: string, more: number) => `the file at ${where} is not a valid alignment document: ${shown}${more > 0 ? ` (and ${more} more)` : ''}`,
  },
  ru: {
    notAddress: (url: string) => `«${url}» — не веб-адрес; нужен адрес, начинающийся с https://`,
    plainHttp: (host: string) => `адрес ${host} использует обычный http; Accord следит только за адресами https`,
    scheme: (protocol: string) => `за адресами «${protocol}» следить нельзя; нужен адрес, начинающийся с https://`,
    timeout: (host: string, s: number) => `${host} не ответил за ${s} с`,
    unreachable: (host: string, why: string) => `не удалось связаться с ${host} (${why})`,
    status: (host: string, status: string, path: string) => `${host} ответил ${status} на ${path}`,
    tooBig: (where: string, size: string, max: string) => `файл ${where} весит ${size} — больше ${max}, допустимых для документа согласования`,
    tooBigStream: (where: string, max: string) => `файл ${where} больше ${max}, допустимых для документа согласования`,
    slowBody: (host: string, s: number) => `${host} не передал файл целиком за ${s} с`,
    unreadable: (host: string, why: string) => `не удалось прочитать файл с ${host} (${why})`,
    badJson: (where: string, first: string) => `файл ${where} — не корректный JSON: ${first}`,
    invalid: (where: string, shown: string, more: number) => `файл ${where} — не корректный документ согласования: ${shown}${more > 0 ? ` (и ещё ${more})` : ''}`,
  },
} satisfies Record<UiLang, Record<string, (...args: never[]) => string>>;

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Why a URL cannot be followed, as a sentence, or null when it can. */
export function sourceUrlProblem(url: string, lang: UiLang = 'en'): string | null {
  const w = WORDS[lang];
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return w.notAddress(url.trim());
  }
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && LOCAL_HOSTS.has(u.hostname)) return null;
  if (u.protocol === 'http:') return w.plainHttp(u.host);
  return w.scheme(u.protocol);
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
  const w = WORDS[opts.lang ?? 'en'];
  const problem = sourceUrlProblem(url, opts.lang);
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
      if (timedOut) return failed(w.timeout(u.host, timeoutMs / 1000));
      return failed(w.unreachable(u.host, reason(error)));
    }
    const newEtag = response.headers.get('ETag');
    if (response.status === 304) return { status: 'not-modified', etag: newEtag ?? etag };
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return failed(w.status(u.host, `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, u.pathname));
    }
    const declared = Number(response.headers.get('Content-Length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      return failed(w.tooBig(`${u.host}${u.pathname}`, megabytes(declared), megabytes(maxBytes)));
    }
    let text: string;
    try {
      const read = await readCapped(response, maxBytes);
      if (read === null) return failed(w.tooBigStream(`${u.host}${u.pathname}`, megabytes(maxBytes)));
      text = read;
    } catch (error) {
      if (timedOut) return failed(w.slowBody(u.host, timeoutMs / 1000));
      return failed(w.unreadable(u.host, reason(error)));
    }
    return outcomeOf(text, newEtag, `${u.host}${u.pathname}`, w);
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

function outcomeOf(text: string, etag: string | null, where: string, w: (typeof WORDS)[UiLang]): SourceOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // parseAlignment says where the syntax error is (line and column) in the same words everywhere.
    const r = parseAlignment(text);
    const first = r.ok ? 'not valid JSON' : problemToString(r.problems[0] ?? { path: '', message: 'not valid JSON' });
    return failed(w.badJson(where, first));
  }
  const r = validateAlignment(value);
  if (!r.ok) {
    const shown = r.problems.slice(0, SHOWN_PROBLEMS).map(problemToString);
    const more = r.problems.length - shown.length;
    return failed(w.invalid(where, shown.join('; '), more));
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

/**
 * Asks every followed document's source once and records each answer: what the background does on a
 * timer, so a document keeps following its team's file while the options page is closed. One failing
 * source never stops the others; the number of requests made is returned.
 */
export async function refreshTeamSources(opts: FetchOptions = {}): Promise<number> {
  const library = await readLibrary();
  let asked = 0;
  for (const d of library.documents) {
    if (!d.source) continue;
    asked++;
    try {
      await applySourceOutcome(d.id, await fetchTeamDocument(d.source.url, d.source.etag, opts));
    } catch {
      // The document was removed meanwhile, or storage refused: the next round tries again.
    }
  }
  return asked;
}
