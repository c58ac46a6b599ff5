/**
 * The Google Docs fallback route: the document's saved text from Docs' own Markdown export,
 * `GET /document/d/<id>/export?format=md`, fetched from the document's tab (same origin, so the
 * user's session cookies go with it and no host permission is needed). It is the saved version, not
 * what is on screen this second, and it has no offsets into the canvas: findings go to the panel only.
 *
 * `exportedText` turns the Markdown into the plain text the engine reads, keeping the line structure
 * the engine understands (`#` headings, `-`/`*`/`1.` list items, `>` quotes, table rows as `| … |`) and
 * removing the rest of the syntax: backslash escapes (Docs escapes a lot: `1\.`, `\-`, `\*`), emphasis
 * markers, links and images (their text stays), reference definitions (Docs puts images there as base64
 * data URLs), table separator rows, code fences, horizontal rules and heading anchors.
 */

/** Longest text returned; longer documents are reported as 'too-large' (as the live route does). */
export const MAX_SAVED_CHARS = 2_000_000;
/** Longest response read: images inlined as data URLs can make the Markdown far longer than its text. */
const MAX_RESPONSE_CHARS = 20_000_000;

const ID = '[A-Za-z0-9_-]{10,}';
/** `/document/d/<id>`, `/document/u/<n>/d/<id>`, `/a/<domain>/document/d/<id>` (Workspace's old form), not `/d/e/<published id>`. */
const DOC_PATH = new RegExp(`^(?:/a/[^/]+)?/document(?:/u/(\\d+))?/d/(${ID})(?:/|$)`);

/** The document id in a Docs URL, or null when the URL is not a document's (published `/d/e/…` pages included). */
export function docIdFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = DOC_PATH.exec(path);
  return m?.[2] ?? null;
}

/** The signed-in account index in a `/document/u/<n>/…` URL (which session the tab uses), or null. */
export function accountFromUrl(url: string): number | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const n = DOC_PATH.exec(path)?.[1];
  return n === undefined ? null : Number(n);
}

/** The Markdown export URL of a document; with `account`, under `/u/<account>/` like the tab's own URL. */
export function exportUrl(origin: string, id: string, account: number | null = null): string {
  const prefix = account === null ? '' : `/u/${account}`;
  return `${origin.replace(/\/+$/, '')}/document${prefix}/d/${encodeURIComponent(id)}/export?format=md`;
}

// ---------------------------------------------------------------- Markdown → text

/**
 * Backslash-escaped ASCII punctuation (CommonMark §2.4) is moved to a private-use plane while the
 * syntax is removed, so that an escaped `*` is never read as emphasis, then put back as itself.
 */
const ESCAPED_BASE = 0xf0000;
const hide = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => String.fromCodePoint(ESCAPED_BASE + c.charCodeAt(0)));
const unhide = (s: string) =>
  s.replace(/[\u{F0021}-\u{F007E}]/gu, (c) => String.fromCharCode((c.codePointAt(0) ?? ESCAPED_BASE) - ESCAPED_BASE));

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Inline syntax of one line's content (after its block prefix): links, images, emphasis, code, tags, entities. */
function inline(s: string): string {
  return (
    s
      // Images and links keep their text: ![alt](url), ![alt][ref], [text](url "title"), [text][ref].
      .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1')
      .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      // Autolinks: <https://…>, <mail@example.com>.
      .replace(/<((?:https?|mailto):[^\s>]+|[^\s@<>]+@[^\s@<>]+)>/g, '$1')
      .replace(/<br\s*\/?>/gi, ' ')
      // Inline code keeps its text.
      .replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, '$2')
      // Bold, then italic, then strike-through; `_` only at word edges (snake_case stays).
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(?<![\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1')
      .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      .replace(/&(amp|lt|gt|quot|apos|nbsp|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (all, name: string) => {
        const key = name.toLowerCase();
        if (key.startsWith('#')) {
          const code = key[1] === 'x' ? Number.parseInt(key.slice(2), 16) : Number.parseInt(key.slice(1), 10);
          return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : all;
        }
        return ENTITIES[key] ?? all;
      })
  );
}

/** A table's separator row: `| --- | :---: |`. */
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;
/** A horizontal rule: `---`, `***`, `___` (three or more, spaces allowed). */
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
/** A reference definition: `[image1]: <data:…>` or `[1]: https://…`. */
const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*\S/;
/** A block prefix the engine reads: quote markers, then a heading's hashes or a list marker. */
const PREFIX = /^(\s*(?:>\s?)*)(#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+)?/;

/** The plain text of Docs' Markdown export, in the shape the engine reads (see the top of the file). */
export function exportedText(markdown: string): string {
  // HTML comments are not text (Docs does not write them; a hand-edited export might).
  const lines = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n');
  const out: string[] = [];
  let fenced = false;
  for (const raw of lines) {
    if (/^\s{0,3}(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      out.push(raw);
      continue;
    }
    if (REFERENCE.test(raw) || (TABLE_SEPARATOR.test(raw) && raw.includes('|'))) continue;
    if (RULE.test(raw)) {
      out.push('');
      continue;
    }
    const line = hide(raw);
    const m = PREFIX.exec(line);
    const prefix = m?.[0] ?? '';
    let body = line.slice(prefix.length);
    let head = prefix;
    if (m?.[2]?.startsWith('#')) body = body.replace(/\s*\{#[^}]*\}\s*$/, '').replace(/\s+#+\s*$/, ''); // anchors, closing hashes
    if (m?.[2] && /^[*+]/.test(m[2])) head = prefix.replace(/[*+](\s+)$/, '-$1'); // one bullet style
    // Hard line breaks: two trailing spaces, or a trailing backslash (not hidden: nothing follows it).
    body = body.replace(/ {2,}$/, '').replace(/\\$/, '');
    out.push(unhide(head + inline(body)).replace(/[ \t]+$/, ''));
  }
  // Docs ends the export with blank lines; runs of blank lines are one paragraph break to the engine.
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------- fetching

export type SavedText = { ok: true; text: string } | { ok: false; reason: string };

/** The subset of `fetch` used here, so tests and other contexts can pass their own. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/** Reads a body as text, giving up past `max` characters. */
async function readCapped(response: Response, max: number): Promise<string | null> {
  const length = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(length) && length > max * 4) return null; // 4 bytes per character at most in UTF-8.
  if (!response.body) {
    const all = await response.text();
    return all.length > max ? null : all;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (text.length > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
  }
  text += decoder.decode();
  return text.length > max ? null : text;
}

/** An HTML page (a sign-in or "request access" page, an error page) where Markdown was expected. */
function looksLikeHtml(contentType: string, body: string): boolean {
  if (/\btext\/html\b/i.test(contentType)) return true;
  return /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>])/i.test(body.slice(0, 512));
}

/**
 * The saved text of document `id`, through `fetchFn` from `origin` (the tab's). Reasons when not ok:
 * `network` (the request failed), `http-<status>`, `login-page` (HTML instead of Markdown: signed out,
 * no access, or an interstitial), `too-large`.
 */
export async function fetchSavedText(fetchFn: FetchLike, origin: string, id: string, account: number | null = null): Promise<SavedText> {
  let response: Response;
  try {
    response = await fetchFn(exportUrl(origin, id, account), { credentials: 'include', cache: 'no-store', redirect: 'follow' });
  } catch {
    return { ok: false, reason: 'network' };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, reason: `http-${response.status}` };
  }
  let body: string | null;
  try {
    body = await readCapped(response, MAX_RESPONSE_CHARS);
  } catch {
    return { ok: false, reason: 'network' };
  }
  if (body === null) return { ok: false, reason: 'too-large' };
  if (looksLikeHtml(response.headers.get('content-type') ?? '', body)) return { ok: false, reason: 'login-page' };
  const text = exportedText(body);
  if (text.length > MAX_SAVED_CHARS) return { ok: false, reason: 'too-large' };
  return { ok: true, text };
}
