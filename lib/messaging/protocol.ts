// zod/mini: the content scripts parse every reply too, and the full zod would triple their size.
import * as z from 'zod/mini';
import { FINDING_KINDS } from '../engine/types';

/**
 * Every message between the extension's contexts, as zod schemas. Each side parses what it receives
 * and drops what does not parse: a page script cannot talk to `runtime.onMessage`, but a compromised or
 * buggy context must not be able to crash another one or make it do something the protocol does not name.
 */

/** Longest text one check takes; longer email bodies are checked up to here and the reply says so. */
export const MAX_CHECK_CHARS = 1_000_000;

/**
 * The schemas are built on first use, not when the module loads: building some forty zod schemas is
 * a noticeable part of a content script's start on a slow machine, and a content script needs only the
 * few it parses replies with, later.
 */
function build() {
  const UiLang = z.enum(['en', 'ru']);
  const Stream = z.string().check(z.minLength(1), z.maxLength(200));

  const text = (max: number) => z.string().check(z.maxLength(max));

  const CheckRequest = z.strictObject({
    type: z.literal('check'),
    /** Which text this is (`gmail:msg:<id>`, `gmail:compose:<id>`): each stream keeps its own paragraph cache. */
    stream: Stream,
    text: z.string(),
    uiLang: UiLang,
    /**
     * When the text is all a tab shows (a document), the background makes the findings that tab's report
     * itself, so the side panel updates without waiting for the page: `idPrefix` + index names each
     * finding for `locate` (null: not locatable).
     */
    report: z.optional(
      z.strictObject({
        site: z.enum(['gmail', 'docs', 'page']),
        route: z.nullable(z.enum(['live', 'saved', 'selection'])),
        source: text(200),
        note: z.nullable(text(300)),
        idPrefix: z.nullable(text(100)),
      }),
    ),
  });

  const OpenPanelRequest = z.strictObject({ type: z.literal('open-panel') });

  /** The content script tells the background what the tab shows, for the side panel. */
  const Severity = z.enum(['error', 'warning', 'info']);

  const ReportItems = z.array(
    z.strictObject({
      source: text(200),
      kind: z.enum(FINDING_KINDS),
      severity: Severity,
      ruleId: text(200),
      market: z.nullable(text(100)),
      message: text(2_000),
      actual: text(2_000),
      expected: text(2_000),
      quoted: z.boolean(),
      /** The alignment document's revision the finding was checked against. */
      revision: z.number(),
      /** Names the finding within its tab, for `locate`; null when it cannot be located (a context-menu selection). */
      id: z.nullable(text(300)),
    }),
  ).check(z.maxLength(2_000));

  /** Where a tab's text came from: read live from the page, or the saved version (Docs' export). */
  const Route = z.nullable(z.enum(['live', 'saved', 'selection']));

  /** Spans in a language the engine does not check, by language, for the panel's "not checked" note. */
  const Unchecked = z.array(z.strictObject({ lang: text(20), chars: z.int().check(z.gte(0)) })).check(z.maxLength(50));

  /** The content script tells the background what the tab shows, for the side panel. */
  const ReportRequest = z.strictObject({
    type: z.literal('report'),
    site: z.enum(['gmail', 'docs', 'page']),
    route: Route,
    items: ReportItems,
    unchecked: Unchecked,
    /** A short note for the panel ("Live text unavailable: showing the saved version"), or null. */
    note: z.nullable(text(300)),
  });

  const TabReportRequest = z.strictObject({ type: z.literal('tab-report'), tabId: z.int().check(z.gte(0)) });

  /** The panel asks the tab to show a finding: scroll to it and flash or select it. */
  const LocateRequest = z.strictObject({ type: z.literal('locate'), tabId: z.int().check(z.gte(0)), id: text(300) });

  /** The background relays a `locate` to the tab's content script (`tabs.sendMessage`). */
  const LocateCommand = z.strictObject({ type: z.literal('locate'), id: text(300) });

  /** The Docs content script asks for a fresh read (the panel's refresh button). */
  const RefreshRequest = z.strictObject({ type: z.literal('refresh'), tabId: z.int().check(z.gte(0)) });
  const RefreshCommand = z.strictObject({ type: z.literal('refresh') });

  const Request = z.discriminatedUnion('type', [CheckRequest, OpenPanelRequest, ReportRequest, TabReportRequest, LocateRequest, RefreshRequest]);

  /** What the background tells extension pages (the side panel): a tab's report changed. */
  const PanelEvent = z.strictObject({ type: z.literal('report-updated'), tabId: z.int().check(z.gte(0)) });

  /** What the background sends to a tab's content script. */
  const TabCommand = z.discriminatedUnion('type', [LocateCommand, RefreshCommand]);

  // ---------------------------------------------------------------------------------------------
  // Replies

  const FindingShape = z.strictObject({
    kind: z.enum(FINDING_KINDS),
    severity: Severity,
    ruleId: z.string(),
    market: z.nullable(z.string()),
    start: z.int().check(z.gte(0)),
    end: z.int().check(z.gte(0)),
    message: z.string(),
    actual: z.string(),
    expected: z.string(),
    quoted: z.boolean(),
    revision: z.number(),
  });

  const SourceShape = z.strictObject({ ruleId: z.string(), title: z.string(), text: z.string() });

  const DocSummary = z.strictObject({
    title: z.string(),
    revision: z.number(),
    /** `builtin`: the product's example document; `stored`: the team's own. */
    origin: z.enum(['builtin', 'stored']),
    /** Set when a stored document could not be used and the built-in one stands in. */
    problem: z.nullable(z.string()),
    /** Every party signed this revision (lib/alignment/signoff.ts); false: shown as "not signed off". */
    signed: z.boolean(),
    parties: z.array(z.strictObject({ id: z.string(), name: z.string(), domains: z.array(z.string()) })),
    markets: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  });

  const CheckReply = z.strictObject({
    ok: z.literal(true),
    findings: z.array(FindingShape),
    /** The entries the findings name, by rule id, in the requested language. */
    sources: z.record(z.string(), SourceShape),
    /** Spans in a language the engine does not check. */
    unchecked: z.array(z.strictObject({ start: z.int().check(z.gte(0)), end: z.int().check(z.gte(0)), lang: z.string() })),
    /** The text was longer than MAX_CHECK_CHARS; only its start was checked. */
    truncated: z.boolean(),
    doc: DocSummary,
  });


  const OkReply = z.strictObject({ ok: z.literal(true) });

  /** `site: null`: nothing in the tab reported (not a supported page, or Accord is off there). `at`: ms since epoch of the report. */
  const TabReportReply = z.strictObject({
    ok: z.literal(true),
    site: z.nullable(z.string()),
    route: Route,
    items: ReportItems,
    unchecked: Unchecked,
    note: z.nullable(z.string()),
    at: z.nullable(z.number()),
  });

  const ErrorReply = z.strictObject({ ok: z.literal(false), error: z.string() });

  return { CheckRequest, Request, ReportRequest, TabCommand, PanelEvent, DocSummary, CheckReply, OkReply, TabReportReply, ErrorReply };
}

type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;

/** Every schema of the protocol. */
export function protocol(): Schemas {
  return (built ??= build());
}

export type Request = z.infer<Schemas['Request']>;
export type CheckRequest = z.infer<Schemas['CheckRequest']>;
export type ReportRequest = z.infer<Schemas['ReportRequest']>;
export type ReportItem = ReportRequest['items'][number];
export type DocSummary = z.infer<Schemas['DocSummary']>;
export type CheckReply = z.infer<Schemas['CheckReply']>;
export type TabReportReply = z.infer<Schemas['TabReportReply']>;
export type TabCommand = z.infer<Schemas['TabCommand']>;
export type PanelEvent = z.infer<Schemas['PanelEvent']>;
export type ErrorReply = z.infer<Schemas['ErrorReply']>;
