/**
 * The DOM-event protocol between Accord's main-world script on a Google Docs page (./main-world.ts, which
 * can call Docs' `_docs_annotate_getAnnotatedText`) and the isolated content script (which cannot: it
 * sees the page's DOM but not its JavaScript globals).
 *
 * Both worlds share the DOM, so they talk by `CustomEvent`s dispatched on `document`. The payload is a
 * JSON string in `detail`: an object made in one world reaches the other as an opaque wrapper or not at
 * all (Firefox's Xray vision), a string always arrives as is.
 *
 * Anything on the page can dispatch these events too (Docs itself, another extension, a malicious
 * page script), so the receiving side trusts nothing: `decode` parses with a schema, caps sizes and
 * returns null on anything else. What a forged event can do is make the content script check a text of
 * its choosing, which it could also type into the document.
 *
 *   main world → content script   EVENT_TEXT      detail = encode(message)
 *   content script → main world   EVENT_REQUEST   detail = '' (ask for an immediate read)
 */
import * as z from 'zod/mini';

/** The main world reports the document's text, or that it cannot read it. */
export const EVENT_TEXT = 'accord:gdocs-text';
/** The content script asks the main world to read the text now (after load, on focus, on "refresh"). */
export const EVENT_REQUEST = 'accord:gdocs-request';

/** Longest document text carried. Longer documents are reported as unavailable ('too-large'). */
export const MAX_TEXT_CHARS = 2_000_000;
/** Longest `detail` string decoded: the text JSON-escaped (at most 6 chars per char for \uXXXX) would be far more; real text escapes little. */
const MAX_DETAIL_CHARS = MAX_TEXT_CHARS * 2 + 1_000;

export interface TextMessage {
  kind: 'text';
  /**
   * The whole document text, as Docs' annotated-text model gives it, with its control characters made
   * readable without changing any offset (see normalizeDocsText in ./main-world.ts).
   */
  text: string;
  /** The selection or caret as UTF-16 offsets into `text` (start ≤ end), or null when Docs gave none. */
  selection: { start: number; end: number } | null;
  /** Increases by one with every text message of one main-world bridge; a receiver ignores older ones. */
  seq: number;
}

export interface UnavailableMessage {
  kind: 'unavailable';
  /** Why: `api-missing` (no hook after the give-up time), `api-error` (it threw or gave nonsense), `too-large`. */
  reason: string;
}

export type BridgeMessage = TextMessage | UnavailableMessage;

let schema: z.ZodMiniType<BridgeMessage> | null = null;

/** Built on first use: a content script that never meets Docs never pays for it. */
function getSchema(): z.ZodMiniType<BridgeMessage> {
  if (schema) return schema;
  const offset = z.int().check(z.gte(0), z.lte(MAX_TEXT_CHARS));
  const Text = z
    .strictObject({
      kind: z.literal('text'),
      text: z.string().check(z.maxLength(MAX_TEXT_CHARS)),
      selection: z.nullable(z.strictObject({ start: offset, end: offset })),
      seq: z.int().check(z.gte(0)),
    })
    .check(
      z.refine(
        (m) => m.selection === null || (m.selection.start <= m.selection.end && m.selection.end <= m.text.length),
        'selection outside the text',
      ),
    );
  const Unavailable = z.strictObject({
    kind: z.literal('unavailable'),
    reason: z.string().check(z.minLength(1), z.maxLength(200)),
  });
  schema = z.discriminatedUnion('kind', [Text, Unavailable]);
  return schema;
}

/** The `detail` string for a message. */
export function encode(message: BridgeMessage): string {
  return JSON.stringify(message);
}

/** The message in a `detail`, or null when it is not a string, not JSON, too large or not a message. */
export function decode(detail: unknown): BridgeMessage | null {
  if (typeof detail !== 'string' || detail.length === 0 || detail.length > MAX_DETAIL_CHARS) return null;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return null;
  }
  const parsed = getSchema().safeParse(value);
  return parsed.success ? parsed.data : null;
}
