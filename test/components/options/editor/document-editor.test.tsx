// @vitest-environment happy-dom
import { act, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentEditor, emptyDocument } from '../../../../components/options/editor/DocumentEditor';
import { EDITOR_TEXT } from '../../../../components/options/editor/text';
import { validateAlignment } from '../../../../lib/alignment/load';
import example from '../../../../lib/alignment/example.alignment.json';
import { click, mount, text, unmountAll, until, type Mounted } from '../../panel/render';

afterEach(unmountAll);

const SECTIONS = [
  'parties', 'product', 'success', 'metrics', 'markets', 'redLines',
  'hypotheses', 'assumptions', 'compromise', 'riskTolerance', 'cadence', 'signOff',
];

/** The example document as a fresh plain value (the editor must never mutate it). */
const exampleDoc = () => structuredClone(example) as Record<string, unknown>;

/** The editor with a shell that keeps the value, as the options page does. */
function Shell({ initial, lang = 'en', onChange }: { initial: unknown; lang?: 'en' | 'ru'; onChange?(next: unknown): void }) {
  const [value, setValue] = useState(initial);
  return (
    <DocumentEditor
      value={value}
      lang={lang}
      onChange={(next) => {
        onChange?.(next);
        setValue(next);
      }}
    />
  );
}

/** Types into a React-controlled input or textarea as a user would (the whole new text). */
async function type(el: Element, value: string): Promise<void> {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function input(m: Mounted, path: string): HTMLInputElement | HTMLTextAreaElement {
  const found = m.container.querySelectorAll<HTMLInputElement>(`:is(input, textarea, select)[data-path="${CSS.escape(path)}"]`);
  if (found.length !== 1) throw new Error(`expected one input for ${path}, found ${found.length}`);
  return found[0]!;
}

function within(root: HTMLElement, testId: string): HTMLElement {
  const found = root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`);
  if (found.length !== 1) throw new Error(`expected one [data-testid="${testId}"] inside, found ${found.length}`);
  return found[0]!;
}

describe('document editor', () => {
  it('renders the example document with every section and its values, and no problems', async () => {
    const m = await mount(<Shell initial={exampleDoc()} />);
    expect(m.has('editor')).toBe(true);
    for (const name of SECTIONS) expect(m.has(`section-${name}`), name).toBe(true);
    expect(text(m.get('editor-problems'))).toContain('No problems');
    expect(m.all('field-problem')).toHaveLength(0);

    const redLines = m.all('red-line-id');
    expect(redLines.map((el) => (el as HTMLInputElement).value)).toEqual([
      'RL-guarantee', 'RL-medical', 'RL-competitors', 'RL-politics', 'RL-discount', 'RL-price-US', 'RL-price-RU',
    ]);
    expect((within(m.get('red-line-0'), 'red-line-terms-en') as HTMLTextAreaElement).value).toBe('guarantee\nguaranteed\n100% results\nrisk-free');
    expect((within(m.get('red-line-3'), 'red-line-terms-ru') as HTMLTextAreaElement).value).toContain('санкции');
    expect(input(m, 'markets[1].kpis[1].max').value).toBe('35');
    expect(input(m, 'markets[0].objective.strategy').value).toBe('trust-first');
    expect(input(m, 'hypotheses[2].status').value).toBe('challenged');
    expect(input(m, 'assumptions[0].because').value).toContain('Bridgewell');
    expect(input(m, 'compromise[2].flexibility').value).toBe('none');
    expect(input(m, 'riskTolerance.pivotAfterDays.RU').value).toBe('21');
    expect(input(m, 'signOff[1].name').value).toBe('Mark Ellison');
    expect(input(m, 'parties[0].domains').value).toBe('northlight.ru');
    expect(input(m, 'markets[0].name.ru').value).toBe('Россия');
    // Every input has a label.
    for (const el of m.container.querySelectorAll('input, textarea, select')) {
      expect(m.container.querySelector(`label[for="${CSS.escape(el.id)}"]`), el.getAttribute('data-path') ?? el.outerHTML).not.toBeNull();
    }
  });

  it('keeps a KPI max typed as "35$", passes it on raw and shows the schema message next to the field', async () => {
    const onChange = vi.fn();
    const m = await mount(<Shell initial={exampleDoc()} onChange={onChange} />);
    const max = input(m, 'markets[1].kpis[1].max');
    await type(max, '35$');

    const last = onChange.mock.lastCall![0] as typeof example;
    expect(last.markets[1]!.kpis[1]!.max).toBe('35$');
    expect(max.value).toBe('35$');
    expect(max.getAttribute('aria-invalid')).toBe('true');
    const problem = document.getElementById(max.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(text(problem)).toContain('expected a number, got "35$"');
    expect(problem.contains(m.get('field-problem'))).toBe(true);
    // Next to that field: inside the same field box.
    expect(max.closest('.ed-field')!.contains(problem)).toBe(true);
    expect(text(m.get('editor-problems'))).toContain('1 problem, each shown next to its field');

    // A number again clears it; a decimal point being typed is not swallowed.
    await type(max, '40.');
    expect((onChange.mock.lastCall![0] as typeof example).markets[1]!.kpis[1]!.max).toBe(40);
    expect(max.value).toBe('40.');
    expect(m.all('field-problem')).toHaveLength(0);
    expect(max.hasAttribute('aria-invalid')).toBe(false);
  });

  it('adds a red line whose try box fires on its term and not on other sentences (the real engine)', async () => {
    const m = await mount(<Shell initial={exampleDoc()} />);
    await click(m.get('add-red-line'));
    const line = m.get('red-line-7');
    expect((within(line, 'red-line-id') as HTMLInputElement).value).toBe('RL-1');
    // Focus moves into the new entry.
    expect(document.activeElement).toBe(within(line, 'red-line-id'));
    // No terms yet: the document does not validate, and the problem sits on the red line itself.
    expect(text(line)).toContain('a red line needs "terms"');

    const tryInput = within(line, 'try-input');
    await type(tryInput, 'Sova is a miracle for your nights.');
    await until(() => expect(text(within(line, 'try-result'))).toContain('fix these first'));
    expect(text(within(line, 'try-result'))).toContain('redLines[7]: a red line needs "terms"');

    await type(within(line, 'red-line-terms-en'), 'miracle');
    await until(() => expect(within(line, 'try-result').dataset.fires).toBe('yes'));
    const result = within(line, 'try-result');
    expect(text(result)).toContain('Fires');
    expect(text(result.querySelector('mark'))).toBe('miracle');
    expect(text(result)).toContain('crosses the red line RL-1');

    await type(tryInput, 'A calm evening routine helps.');
    await until(() => expect(within(line, 'try-result').dataset.fires).toBe('no'));
    expect(text(within(line, 'try-result'))).toContain('Does not fire');

    await type(tryInput, 'We guarantee better sleep.');
    await until(() => expect(text(within(line, 'try-result'))).toContain('RL-guarantee'));
    expect(text(within(line, 'try-result'))).toContain('Does not fire');
    expect(text(within(line, 'try-result'))).toContain('Other rules fire');
  });

  it('tries a KPI with the real engine', async () => {
    const m = await mount(<Shell initial={exampleDoc()} />);
    const kpi = input(m, 'markets[1].kpis[1].id').closest('fieldset')!;
    const box = within(kpi as HTMLElement, 'try-input');
    await type(box, 'For the US, we target CAC of $50.');
    await until(() => expect(within(kpi as HTMLElement, 'try-result').dataset.fires).toBe('yes'));
    expect(text(within(kpi as HTMLElement, 'try-result'))).toContain('US-cac');
    expect(text(within(kpi as HTMLElement, 'try-result').querySelector('mark'))).toBe('$50');
  });

  it('keeps fields it does not know through an edit', async () => {
    const onChange = vi.fn();
    const initial: Record<string, unknown> = { ...exampleDoc(), 'x-newer-tool': { keep: [1, 2] } };
    (initial.markets as Record<string, unknown>[])[0]!.launchWave = 2;
    const m = await mount(<Shell initial={initial} onChange={onChange} />);
    await type(input(m, 'markets[0].kpis[0].target'), '3.2');
    await type(input(m, 'title'), 'New title');

    const last = onChange.mock.lastCall![0] as Record<string, any>;
    expect(last.title).toBe('New title');
    expect(last['x-newer-tool']).toEqual({ keep: [1, 2] });
    expect(last.markets[0].launchWave).toBe(2);
    expect(last.markets[0].kpis[0]).toEqual({ ...example.markets[0]!.kpis[0], target: 3.2 }); // "note" survives
    // Everything else is what it was.
    expect({ ...last, title: example.title, markets: example.markets }).toEqual({ ...initial, markets: example.markets });
  });

  it('removes an entry and adds an optional section', async () => {
    const onChange = vi.fn();
    const initial = exampleDoc();
    delete initial.hypotheses;
    const m = await mount(<Shell initial={initial} onChange={onChange} />);
    const removeButtons = m.get('red-line-1').querySelectorAll('button.ed-remove');
    await click(removeButtons[0]!);
    expect(m.all('red-line-id').map((el) => (el as HTMLInputElement).value)).not.toContain('RL-medical');
    expect((onChange.mock.lastCall![0] as typeof example).redLines).toHaveLength(6);

    const addHypothesis = [...m.get('section-hypotheses').querySelectorAll('button')].find((b) => text(b) === '+ Add hypothesis')!;
    await click(addHypothesis);
    expect((onChange.mock.lastCall![0] as typeof example).hypotheses).toEqual([{ id: 'H1', statement: '', markets: [], status: 'proposed' }]);
  });

  it('lists problems that have no field at the top, and opens their section on click', async () => {
    const m = await mount(<Shell initial={[]} />);
    const summary = m.get('editor-problems');
    expect(text(summary)).toContain('expected a JSON object');
    const head = m.container.querySelector<HTMLButtonElement>('[data-testid="section-document"] h2 button')!;
    await click(head);
    expect(head.getAttribute('aria-expanded')).toBe('false');
    await click(summary.querySelector('button')!);
    expect(head.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(head);
  });

  it('speaks Russian when lang is ru', async () => {
    const m = await mount(<Shell initial={exampleDoc()} lang="ru" />);
    expect(text(m.get('section-markets').querySelector('h2'))).toBe('▾Рынки');
    expect(text(m.get('add-red-line'))).toBe('+ Добавить красную линию');
    expect(text(m.get('editor-problems'))).toContain('Ошибок нет');
    const label = m.container.querySelector(`label[for="${CSS.escape(input(m, 'markets[1].kpis[1].max').id)}"]`);
    expect(text(label)).toBe('Максимум');
  });

  it('starts a new document that validates', async () => {
    for (const lang of ['en', 'ru'] as const) {
      const doc = emptyDocument(lang);
      expect(validateAlignment(doc)).toMatchObject({ ok: true });
      expect(doc).toMatchObject({ format: 'alignment/v1', revision: 1 });
      expect(doc.parties).toHaveLength(2);
      expect(doc.markets).toHaveLength(1);
    }
    const m = await mount(<Shell initial={emptyDocument()} />);
    expect(text(m.get('editor-problems'))).toContain('No problems');
  });
});

describe('editor words', () => {
  it('have every key in both languages', () => {
    const shape = (value: unknown): unknown =>
      value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;
    expect(shape(EDITOR_TEXT.ru)).toEqual(shape(EDITOR_TEXT.en));
  });
});
