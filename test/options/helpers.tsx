import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, type ComponentType } from 'react';
import { OptionsApp, type EditorProps } from '../../components/options/OptionsApp';
import { findDocument, readLibrary } from '../../lib/storage/library';
import { mount, type Mounted } from '../components/panel/render';

export { choose, click, settle, text, unmountAll, until } from '../components/panel/render';

/**
 * A stand-in for the real document editor (components/options/editor), so these tests are about the
 * page and not the editor's forms: it shows the value it is given and offers a few edits.
 */
export function FakeEditor({ value, onChange, lang }: EditorProps) {
  const doc = (value ?? {}) as Record<string, unknown>;
  return (
    <div data-testid="fake-editor" data-lang={lang}>
      <output data-testid="editor-title">{String(doc.title ?? '')}</output>
      <button type="button" data-testid="edit-title" onClick={() => onChange({ ...doc, title: `${String(doc.title ?? '')}!` })}>
        title
      </button>
      <button type="button" data-testid="edit-break" onClick={() => onChange({ ...doc, revision: 'four', updatedAt: 'soon' })}>
        break
      </button>
      <button type="button" data-testid="edit-fix" onClick={() => onChange({ ...doc, revision: 4, updatedAt: '2026-12-01' })}>
        fix
      </button>
    </div>
  );
}

/** The options page; `Editor` defaults to the stand-in (pass the real DocumentEditor to test its fields). */
export function openOptions({ Editor = FakeEditor }: { Editor?: ComponentType<EditorProps> } = {}): Promise<Mounted> {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return mount(
    <QueryClientProvider client={client}>
      <OptionsApp Editor={Editor} emptyDocument={() => ({ format: 'alignment/v1', title: 'Blank' })} />
    </QueryClientProvider>,
  );
}

/** Types into a React-controlled input or textarea. */
export async function typeInto(el: HTMLElement, value: string): Promise<void> {
  await act(async () => {
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Chooses a file in a file input. */
export async function chooseFile(input: HTMLElement, name: string, content: string): Promise<void> {
  const file = new File([content], name, { type: 'application/json' });
  await act(async () => {
    Object.defineProperty(input, 'files', { configurable: true, value: [file] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function stored(id: string) {
  const d = findDocument(await readLibrary(), id);
  if (!d) throw new Error(`no stored document ${id}`);
  return d;
}
