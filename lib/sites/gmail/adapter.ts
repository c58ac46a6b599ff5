/**
 * A thin Gmail adapter: finds opened messages and open composes in a page and turns them into text for
 * the engine (through lib/dom/text-map). Pure DOM: no extension APIs, no React, no mutation of the page.
 * Every selector comes from ./selectors.ts.
 *
 * What the text contains:
 * - Quoted history (`blockquote.gmail_quote` and the like) is kept, each line prefixed "> ", so the
 *   engine reports conflicts in it marked `quoted` (../shared/alignment/FORMAT.md, "Quoted text"). It is
 *   kept even when Gmail hides it behind the "…" toggle: the toggle hides it by a stylesheet, which
 *   extraction does not read, and a conflict in the history is worth knowing about either way.
 * - The attribution line ("On …, X wrote:") stays unquoted; the engine ends a paragraph after it.
 * - Signatures (`div.gmail_signature`) are kept: they are text the sender sent to the other side, and a
 *   tagline in one ("clinically proven sleep") breaks a red line like any other sentence. A signature
 *   is a block of its own, so it never joins the paragraph above it.
 * - Skipped: our own UI (`[data-accord-ui]`), Gmail chrome inside a body (the trimmed-content toggle),
 *   and everything extractText skips by default (hidden elements, scripts, form controls).
 */
import { extractText, type TextMap } from '../../dom/text-map';
import { closestOf, matchesAny, queryAll, queryFirst } from '../dom-query';
import * as S from './selectors';

export interface GmailMessage {
  /** The message card (`div.adn`). */
  el: Element;
  /** The rendered body (`div.a3s`). */
  body: Element;
  /** Gmail's id of the message (`data-message-id` without its leading '#', else `data-legacy-message-id`). */
  id: string;
  /** The sender's email address, as Gmail wrote it. */
  sender: string | null;
  /** The recipients' email addresses shown in the header, without duplicates. */
  recipients: string[];
  /** The thread's subject. */
  subject: string | null;
}

export interface GmailCompose {
  /** The compose (`div.M9`). */
  root: Element;
  /** The contenteditable body. */
  editor: HTMLElement;
  /** Stable for the life of `root` (see composeId). */
  id: string;
  /** To, Cc and Bcc addresses: chips and typed addresses, without duplicates. */
  recipients: string[];
  subject: string | null;
  /** An inline reply inside a thread rather than a floating compose window. */
  inline: boolean;
}

/** Opened messages with a rendered body, in document order. Collapsed messages have no body and are left out. */
export function findMessages(root: ParentNode): GmailMessage[] {
  const cards = outermost(queryAll(root, S.MESSAGE));
  const out: GmailMessage[] = [];
  for (const el of cards) {
    if (closestOf(el, S.COLLAPSED_MESSAGE) !== null) continue;
    const body = queryFirst(el, S.MESSAGE_BODY);
    if (body === null) continue;
    const rawId = el.getAttribute('data-message-id') || el.getAttribute('data-legacy-message-id');
    if (!rawId) continue;
    out.push({
      el,
      body,
      id: rawId.replace(/^#/, ''),
      sender: queryFirst(el, S.MESSAGE_SENDER)?.getAttribute('email')?.trim() || null,
      recipients: uniqueAddresses(queryAll(el, S.MESSAGE_RECIPIENTS).map((r) => r.getAttribute('email'))),
      subject: threadSubject(root, el),
    });
  }
  return out;
}

/** Open composes: floating windows and inline replies, in document order. */
export function findComposes(root: ParentNode): GmailCompose[] {
  const out: GmailCompose[] = [];
  for (const composeRoot of outermost(queryAll(root, S.COMPOSE_ROOT))) {
    const editor = queryFirst<HTMLElement>(composeRoot, S.COMPOSE_EDITOR);
    if (editor === null) continue;
    out.push({
      root: composeRoot,
      editor,
      id: composeId(composeRoot),
      recipients: composeRecipients(composeRoot, editor),
      subject: composeSubject(composeRoot) ?? threadSubject(root, composeRoot),
      inline: closestOf(composeRoot, S.COMPOSE_DIALOG) === null,
    });
  }
  return out;
}

/**
 * Whether any address belongs to one of the partner domains: the address's domain equals a partner
 * domain or is a subdomain of one (mail.bridgewell.com is bridgewell.com), case-insensitively.
 * A domain that merely ends with the same letters (evilbridgewell.com) or contains it
 * (bridgewell.com.evil.io) is not the partner's.
 */
export function isPartner(emails: (string | null)[], domains: string[]): boolean {
  const wanted = domains.map(normalizeDomain).filter((d): d is string => d !== null);
  if (wanted.length === 0) return false;
  for (const email of emails) {
    const domain = email === null ? null : addressDomain(email);
    if (domain === null) continue;
    for (const d of wanted) if (domain === d || domain.endsWith(`.${d}`)) return true;
  }
  return false;
}

/** The text of a message's body: Gmail quotes as quotes, our UI and Gmail chrome skipped. */
export function messageText(m: GmailMessage): TextMap {
  return extractText(m.body, EXTRACT);
}

/** The text of a compose editor, with the same rules as messageText (a reply's quoted history is quoted). */
export function composeText(c: GmailCompose): TextMap {
  return extractText(c.editor, EXTRACT);
}

const EXTRACT = {
  isQuote: (el: Element) => matchesAny(el, S.QUOTE),
  skip: (el: Element) => matchesAny(el, S.OWN_UI) || matchesAny(el, S.BODY_CHROME),
};

// ---------------------------------------------------------------- helpers

/** Drops elements contained in another element of the list (a fallback selector may match both a card and its child). */
function outermost(els: Element[]): Element[] {
  const out: Element[] = [];
  for (const el of els) {
    // Document order: a container comes before what it contains, so checking the last kept one suffices
    // for nesting chains; a full check over `out` keeps it right for any order.
    if (!out.some((o) => o !== el && o.contains(el))) out.push(el);
  }
  return out;
}

function threadSubject(root: ParentNode, near: Element): string | null {
  // The heading sits above the messages: when `root` is a message or a compose, look from the top of
  // its tree (the document, a shadow root, or a detached tree's top element).
  const top = near.getRootNode() as unknown as ParentNode;
  const h = queryFirst(root, S.THREAD_SUBJECT) ?? (top !== root && typeof top.querySelector === 'function' ? queryFirst(top, S.THREAD_SUBJECT) : null);
  const text = h?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

function composeSubject(composeRoot: Element): string | null {
  for (const sel of S.COMPOSE_SUBJECT) {
    const input = composeRoot.querySelector(sel);
    const value = input === null ? '' : fieldValue(input).trim();
    if (value) return value;
  }
  return null;
}

function composeRecipients(composeRoot: Element, editor: Element): string[] {
  const found: (string | null)[] = [];
  for (const chip of queryAll(composeRoot, S.COMPOSE_RECIPIENT_CHIPS)) found.push(chip.getAttribute('data-hovercard-id'));
  for (const el of queryAll(composeRoot, S.COMPOSE_RECIPIENT_EMAILS)) {
    // An `email` attribute inside the editor is the user's content (a quoted header), not a recipient.
    if (!editor.contains(el)) found.push(el.getAttribute('email'));
  }
  for (const field of queryAll(composeRoot, S.COMPOSE_RECIPIENT_FIELDS)) {
    for (const m of fieldValue(field).matchAll(ADDRESS)) found.push(m[0]);
  }
  return uniqueAddresses(found);
}

/** An address inside free text ("Mark <mark@bridgewell.com>, x@y.z"). */
const ADDRESS = /[^\s<>,;:"'()[\]]+@[^\s<>,;:"'()[\]]+/g;

function fieldValue(el: Element): string {
  const v = (el as HTMLInputElement | HTMLTextAreaElement).value;
  return typeof v === 'string' && v !== '' ? v : (el.getAttribute('value') ?? el.textContent ?? '');
}

function uniqueAddresses(list: (string | null)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const a = raw?.trim();
    if (!a || !a.includes('@')) continue;
    const key = a.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

const DOMAIN = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*$/u;

/** A domain as configured ("@Bridgewell.com", ".bridgewell.com.") in canonical form, or null when it is no domain. */
function normalizeDomain(d: string): string | null {
  const s = d.trim().toLowerCase().replace(/^[@.]+/, '').replace(/\.$/, '');
  return DOMAIN.test(s) ? s : null;
}

/** The domain of an address ("Mark <MARK@Mail.Bridgewell.com>" → "mail.bridgewell.com"), or null. */
function addressDomain(address: string): string | null {
  let s = address.trim();
  const angle = /<([^<>]*)>\s*$/.exec(s);
  if (angle) s = angle[1]!.trim();
  s = s.replace(/^mailto:/i, '');
  const at = s.lastIndexOf('@');
  if (at <= 0) return null;
  return normalizeDomain(s.slice(at + 1));
}

/** Ids given to composes that carry none, for the life of their element. */
const composeIds = new WeakMap<Element, string>();
let nextComposeId = 1;

/**
 * A compose's id: `data-accord-compose-id` if something stamped one on the element (it survives a
 * content-script reload), else an id kept in a WeakMap for the element's life. Gmail's own draft id
 * (`input[name=draft]`) is not used: it appears only after the first autosave, so it would change.
 */
function composeId(el: Element): string {
  const stamped = el.getAttribute('data-accord-compose-id');
  if (stamped) return stamped;
  let id = composeIds.get(el);
  if (id === undefined) {
    id = `compose-${nextComposeId++}`;
    composeIds.set(el, id);
  }
  return id;
}
