// The fake Docs page (test/fixtures/document/d/accord-fixture/edit.html, where the e2e server serves it) run in a happy-dom Window with its inline script
// enabled: the script is our own fixture, so the VM-context warning does not apply.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
export const DOC_HTML = join(FIXTURES, 'document', 'd', 'accord-fixture', 'edit.html');
export const EXPORT_MD = join(FIXTURES, 'document', 'd', 'accord-fixture', 'export.md');

/** The globals the fake page reads and defines. */
export interface FakeDocsGlobals {
  _docs_annotate_canvas_by_ext?: unknown;
  _docs_annotate_getAnnotatedText?: () => Promise<{
    getText(): string;
    getSelection(): { start: number; end: number }[];
    setSelection(start: number, end: number): void;
    getAnnotations(): unknown;
  }>;
  __fakeDocs: {
    annotated: boolean;
    paragraphs(): string[];
    text(): string;
    select(start: number, end?: number): void;
    edit(index: number, text: string): void;
  };
}

export interface FakeDocs {
  /** The page's document, typed as the DOM's. */
  doc: Document;
  globals: FakeDocsGlobals;
  close(): Promise<void>;
}

/** Loads the fake page; `flag` is what a main-world script would have set before it (undefined: nothing). */
export async function loadFakeDocs(opts: { flag?: string; query?: string } = {}): Promise<FakeDocs> {
  const win = new Window({
    url: `http://127.0.0.1/document/d/accord-fixture/edit${opts.query ?? ''}`,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  if (opts.flag !== undefined) (win as unknown as FakeDocsGlobals)._docs_annotate_canvas_by_ext = opts.flag;
  win.document.write(readFileSync(DOC_HTML, 'utf8'));
  await win.happyDOM.waitUntilComplete();
  return {
    doc: win.document as unknown as Document,
    globals: win as unknown as FakeDocsGlobals,
    close: () => win.happyDOM.close(),
  };
}
