import { resolveDocument } from '../alignment/resolve';
import { describeRule, type RuleSource } from '../alignment/sources';
import { createChecker, type Checker } from '../engine/check';
import { compileDocument, type DocModel } from '../engine/model';
import type { UiLang } from '../engine/types';
import { MAX_CHECK_CHARS, type CheckReply, type DocSummary } from '../messaging/protocol';

/**
 * The checker as a service: one compiled document, and one checker per stream of text (an open email, a
 * draft), so that each keeps its own paragraph cache and a re-check after an edit re-analyses only what
 * changed. It runs in the background context; nothing here touches the DOM or extension APIs.
 */
export interface CheckService {
  readonly doc: DocSummary;
  check(stream: string, text: string, uiLang: UiLang): CheckReply;
}

/** Streams kept warm; the least recently used one is dropped past this. */
const MAX_STREAMS = 64;

/**
 * `stored`: the value kept in storage (null: none, use the built-in document). A stored value that is
 * not a valid document does not break checking: the built-in one stands in and `doc.problem` says why.
 */
export function createCheckService(stored: unknown): CheckService {
  const { doc, summary } = resolveDocument(stored);
  const model: DocModel = compileDocument(doc);
  const streams = new Map<string, Checker>();

  function checkerFor(stream: string): Checker {
    let c = streams.get(stream);
    if (c) {
      streams.delete(stream);
    } else {
      c = createChecker(doc, model);
      if (streams.size >= MAX_STREAMS) streams.delete(streams.keys().next().value!);
    }
    streams.set(stream, c);
    return c;
  }

  return {
    doc: summary,
    check(stream, text, uiLang) {
      const truncated = text.length > MAX_CHECK_CHARS;
      const result = checkerFor(stream).check(truncated ? cutAt(text, MAX_CHECK_CHARS) : text, { uiLang });
      const sources: Record<string, RuleSource> = {};
      for (const f of result.findings) {
        if (sources[f.ruleId]) continue;
        const s = describeRule(doc, f.ruleId, uiLang);
        if (s) sources[f.ruleId] = s;
      }
      return { ok: true, findings: result.findings, unchecked: result.unchecked, sources, truncated, doc: summary };
    },
  };
}

/** `text` cut to at most `n` characters, at a paragraph or line break when there is one near the end. */
function cutAt(text: string, n: number): string {
  const head = text.slice(0, n);
  const br = Math.max(head.lastIndexOf('\n\n'), head.lastIndexOf('\n'));
  return br > n * 0.9 ? head.slice(0, br) : head;
}
