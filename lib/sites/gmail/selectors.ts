/**
 * Every Gmail selector the adapter uses, in one place. Each is an array of alternatives, newest first,
 * tried in order (see ../dom-query.ts); each carries the date it was last checked and where it was seen.
 * Never select on `aria-label`, `data-tooltip` or text: they change with the UI language.
 *
 * Sources, cited by short name below:
 * - [shared]   ../shared/fixtures/README.md and ../shared/fixtures/gmail/gmail-compose-2020.html
 *              (real Gmail compose markup of 2020, from evan-brass/js-min; the README lists the
 *              thread-view classes known from 2024–2026 extension sources).
 * - [isdk-msg] InboxSDK/InboxSDK src/platform-implementation-js/dom-driver/gmail/views/gmail-message-view.ts
 *              (`[data-message-id]`, `[data-legacy-message-id]`, `div.ii.gt`, `td.gF span[email]`,
 *              `.hb span[email]`, view-state classes `h7` expanded, `kv`/`ky` collapsed, `kQ`/`kx` hidden).
 * - [isdk-rcp] InboxSDK/InboxSDK .../views/gmail-compose-view/page-parser.ts (recipient chips since the
 *              October 2021 compose redesign: `.anm[name=to] [role=listbox] [role=option][data-name]`
 *              with `data-hovercard-id`; before it `.vR > input[type=hidden]`, `textarea.vO[name=to]`).
 * - [mail]     Gmail's outgoing HTML mail as quoted in many public test suites (e.g. a Go test
 *              "TestParseEmailBody_RealWorldGmail", 2024; a 2025 test expecting
 *              `div.gmail_quote.gmail_quote_container`): `div.gmail_quote > div.gmail_attr +
 *              blockquote.gmail_quote`, `div.gmail_signature[data-smartmail=gmail_signature]`.
 */
import type { Alternatives } from '../dom-query';

// ---------------------------------------------------------------- thread view

/** An opened or collapsed message card. 2026-11-30: [shared] README, [isdk-msg]. */
export const MESSAGE: Alternatives = [
  'div.adn[data-message-id]',
  'div.adn[data-legacy-message-id]',
  // Structure-only fallback if Gmail renames `adn`: the element that carries the message id.
  'div[data-message-id]',
];

/** A message card's wrapper in a collapsed or hidden state (no body to read). 2026-11-30: [isdk-msg]. */
export const COLLAPSED_MESSAGE: Alternatives = ['.kv, .ky, .kQ, .kx'];

/** The rendered body of an expanded message. 2026-11-30: [shared] README (`div.ii.gt > div.a3s.aiL`), [isdk-msg] (`div.ii.gt`). */
export const MESSAGE_BODY: Alternatives = ['div.ii.gt > div.a3s', 'div.a3s.aiL', 'div.a3s', 'div.ii.gt'];

/** The sender of a message, with `email` (and `name`) attributes. 2026-11-30: [shared] README (`span.gD[email][name]`), [isdk-msg] (`td.gF span[email]`). */
export const MESSAGE_SENDER: Alternatives = ['span.gD[email]', 'td.gF span[email]', 'h3.iw span[email]'];

/** The recipients shown in an expanded message's header. 2026-11-30: [shared] README (`span.g2[email]`), [isdk-msg] (`.hb span[email]`). */
export const MESSAGE_RECIPIENTS: Alternatives = ['span.g2[email]', '.hb span[email]'];

/** The thread's subject heading. 2026-11-30: [shared] README (`h2.hP[data-thread-perm-id]`). */
export const THREAD_SUBJECT: Alternatives = ['h2.hP', 'h2[data-thread-perm-id]'];

// ---------------------------------------------------------------- message content

/** Quoted earlier messages: their lines are read as quoted ("> "). 2026-11-30: [mail]; `[type=cite]` is Apple Mail's and Thunderbird's. */
export const QUOTE: Alternatives = ['blockquote.gmail_quote', 'div.gmail_quote > blockquote', 'blockquote[type=cite]'];

/** The container of a quoted or forwarded message, with its attribution line. 2026-11-30: [mail]. */
export const QUOTE_CONTAINER: Alternatives = ['div.gmail_quote_container', 'div.gmail_quote'];

/** "On Mon, …, X wrote:" above a quote, or the forwarded-message header. 2026-11-30: [mail]. */
export const QUOTE_ATTRIBUTION: Alternatives = ['div.gmail_attr'];

/** The sender's signature. Kept in the text (see adapter.ts). 2026-11-30: [mail]. */
export const SIGNATURE: Alternatives = ['div.gmail_signature', '[data-smartmail=gmail_signature]'];

/**
 * Gmail chrome inside a body or an editor that is not mail text: the "…" toggle of trimmed content
 * (`div.ajR`, 2026-11-30: [shared] compose-2020 has it, hidden, beside the editor; the README names it).
 */
export const BODY_CHROME: Alternatives = ['div.ajR'];

/** Our own injected UI (badges, underlines, cards): never part of the text. */
export const OWN_UI: Alternatives = ['[data-accord-ui]'];

// ---------------------------------------------------------------- compose

/** One compose, floating or inline: the element holding recipients, subject and editor. 2026-11-30: [shared] compose-2020 (`div.M9`). */
export const COMPOSE_ROOT: Alternatives = ['div.M9'];

/** A floating (or pop-out) compose window; an inline reply has none around it. 2026-11-30: [shared] compose-2020 (`div.nH.Hd[role=dialog]`). */
export const COMPOSE_DIALOG: Alternatives = ['div.nH.Hd[role=dialog]', 'div[role=dialog]'];

/**
 * The compose editor. 2026-11-30: [shared] compose-2020 (`td.Ap div.Am.Al.editable[g_editable=true]
 * [contenteditable=true][role=textbox]`); README: current classes `Am aiL Al editable LW-avf tS-tW`,
 * inline reply `div.Am.aO9.Al.editable`.
 */
export const COMPOSE_EDITOR: Alternatives = [
  '.Ap [g_editable=true][contenteditable=true]',
  'div.Am.editable[contenteditable=true]',
  'div[contenteditable=true][role=textbox]',
];

/** Recipient chips of the 2021+ compose (To, Cc, Bcc). 2026-11-30: [isdk-rcp]. */
export const COMPOSE_RECIPIENT_CHIPS: Alternatives = [
  'div[name=to] [data-hovercard-id], div[name=cc] [data-hovercard-id], div[name=bcc] [data-hovercard-id]',
];

/** Older recipient chips and inline-reply recipient summaries carrying an `email` attribute. 2026-11-30: [isdk-rcp] (`.vR`), [shared] README. */
export const COMPOSE_RECIPIENT_EMAILS: Alternatives = ['.vR [email], .vN[email]', '[email]'];

/** Recipient fields whose value holds typed or hidden addresses. 2026-11-30: [shared] compose-2020 (`textarea.vO[name=to]`), [isdk-rcp] (`input[name=to]`). */
export const COMPOSE_RECIPIENT_FIELDS: Alternatives = [
  'textarea[name=to], textarea[name=cc], textarea[name=bcc], input[name=to], input[name=cc], input[name=bcc]',
];

/** The subject field. 2026-11-30: [shared] compose-2020 (`input[name=subjectbox]`, hidden `input[name=subject]`). */
export const COMPOSE_SUBJECT: Alternatives = ['input[name=subjectbox]', 'input[name=subject]'];
