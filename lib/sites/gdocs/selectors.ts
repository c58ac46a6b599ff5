/**
 * Every Google Docs selector Accord uses, in one place. Each is an array of alternatives, newest first,
 * tried in order (see ../dom-query.ts); each carries the date it was last checked and where it was seen.
 * No selector for Docs' own UI chrome goes through `aria-label`, `data-tooltip` or visible text: they
 * change with the UI language. The one `aria-label` below is different: on a text rect of the annotated
 * canvas it is the document's text itself (data), not a label of a control.
 *
 * No real saved Docs editor markup is available (../shared/fixtures/README.md, "Google Docs"), so these
 * come from public descriptions and from code that reads live pages. Sources, cited by short name below:
 * - [guide]   Google's "docs-canvas-migration" sample, quoted in melink14/rikaikun issue #852 (2022-02-09):
 *             `div > canvas.kix-canvas-tile-content + div.kix-canvas-tile-content > svg > g > rect[aria-label]
 *             [data-font-css][transform]`; copied into ../shared/fixtures/README.md.
 * - [10ten]   birchill/10ten-ja-reader src/content/gdocs-canvas.ts (reads `rect[aria-label]`, `data-font-css`,
 *             the transform's scale; styles `.kix-canvas-tile-selection`).
 * - [harper]  Automattic/harper packages/chrome-plugin (googleDocs.ts, public/google-docs-bridge.js):
 *             `.kix-appview-editor`, `.kix-appview-editor-container`, `#docs-editor`, `.kix-cursor-caret`,
 *             `.docs-texteventtarget-iframe`, `rect[aria-label]` inside the editor.
 * - [gdu]     Amaimersion/google-docs-utils src/common/selectors.js (`iframe.docs-texteventtarget-iframe`,
 *             `.kix-page-paginated`, `.kix-canvas-tile-content`).
 */
import type { Alternatives } from '../dom-query';

// ---------------------------------------------------------------- editor

/** The scrolling editor that holds the pages. 2026-11-30: [harper] (`.kix-appview-editor`, `#docs-editor`). */
export const EDITOR: Alternatives = ['#docs-editor.kix-appview-editor', '.kix-appview-editor', '#docs-editor'];

/** One page of the paginated layout. 2026-11-30: [gdu] (`.kix-page-paginated`); unverified class list in the README. */
export const PAGE: Alternatives = ['.kix-page-paginated', '.kix-page'];

/** The bitmap tile Docs paints text into (always present, with or without the annotated layer). 2026-11-30: [guide], [gdu]. */
export const CANVAS_TILE: Alternatives = ['canvas.kix-canvas-tile-content'];

/**
 * The annotated SVG layer of one tile: the `<svg>` inside the `div.kix-canvas-tile-content` beside the
 * canvas. Present only when Docs honours `_docs_annotate_canvas_by_ext`. 2026-11-30: [guide] (structure),
 * [harper] (its test mock puts the svg straight inside the editor: last alternative).
 */
export const ANNOTATED_SVG: Alternatives = [
  'div.kix-canvas-tile-content > svg',
  '.kix-canvas-tile-content svg',
  '.kix-appview-editor svg',
];

/**
 * A text run of the annotated layer: one rect per run of one font on one line, its text in `aria-label`
 * (data, see above), its font in `data-font-css`, its geometry in x/y/width/height and `transform`.
 * 2026-11-30: [guide], [10ten], [harper].
 */
export const TEXT_RECT: Alternatives = [
  'div.kix-canvas-tile-content > svg rect[aria-label]',
  '.kix-canvas-tile-content svg rect[aria-label]',
  '.kix-appview-editor svg rect[aria-label]',
];

/** The selection overlay tile, drawn above the content tile. 2026-11-30: [10ten]. */
export const SELECTION_TILE: Alternatives = ['.kix-canvas-tile-selection'];

/** The blinking caret. 2026-11-30: [harper]. */
export const CARET: Alternatives = ['.kix-cursor-caret'];

/**
 * The hidden same-origin iframe that receives keystrokes; its document is where typing happens (`input`,
 * `keyup`). 2026-11-30: [gdu], [harper]; full class list unverified (README).
 */
export const TEXT_EVENT_IFRAME: Alternatives = ['iframe.docs-texteventtarget-iframe', '.docs-texteventtarget-iframe'];

/** Our own injected UI (overlay, badges): never part of the text, never measured. */
export const OWN_UI: Alternatives = ['[data-accord-ui]'];
