import type { ParagraphView, SentenceView } from '../engine/analyze';
import type { DocModel } from '../engine/model';
import type { FindingKind, Severity, UiLang } from '../engine/types';

/** A finding as a rule reports it; the engine adds `quoted`, `revision` and picks the message language. */
export interface Draft {
  kind: FindingKind;
  severity: Severity;
  ruleId: string;
  market: string | null;
  start: number;
  end: number;
  sentence: SentenceView;
  actual: string;
  expected: string;
  message: Record<UiLang, string>;
}

export interface RuleContext {
  model: DocModel;
  paragraph: ParagraphView;
  report(d: Draft): void;
}

/** One kind of check, one file: `lib/rules/<kind>.ts` exports one of these. */
export interface Rule {
  kind: FindingKind;
  describe: string;
  check(ctx: RuleContext): void;
}
