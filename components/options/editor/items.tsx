/**
 * Lists of entries (parties, markets, KPIs, red lines ...): each entry in its own box with a
 * Remove button, and an Add button under the list that appends a starting entry and moves the
 * focus into it.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useEditor } from './context';
import { PathProblems } from './fields';
import { getIn, type Path } from '@/lib/alignment/paths';
import type { ItemKind } from './text';

export function ItemList({
  path,
  kind,
  make,
  render,
  addTestId,
  itemTestId,
}: {
  path: Path;
  kind: ItemKind;
  /** A new entry, given the list as it is. */
  make(items: readonly unknown[]): unknown;
  render(item: unknown, index: number, itemPath: Path): ReactNode;
  addTestId?: string;
  itemTestId?(index: number): string;
}) {
  const { t, value, set, remove } = useEditor();
  const stored = getIn(value(), path);
  const items = Array.isArray(stored) ? stored : [];
  const [added, setAdded] = useState<number | null>(null);
  const canAdd = stored === undefined || Array.isArray(stored);
  return (
    <div className="ed-list">
      <PathProblems path={path} />
      {items.length === 0 ? <p className="ed-hint">{t.hints.emptyList}</p> : null}
      {items.map((item, i) => {
        const itemPath = [...path, i];
        const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : '';
        return (
          <Item
            key={i}
            title={`${t.things[kind]} ${i + 1}`}
            subtitle={id}
            removeLabel={t.removeItem(t.things[kind], i + 1)}
            onRemove={() => remove(itemPath)}
            focusOnMount={added === i}
            onFocused={() => setAdded(null)}
            testId={itemTestId?.(i)}
            path={itemPath}
          >
            {render(item, i, itemPath)}
          </Item>
        );
      })}
      <button
        type="button"
        className="ed-add"
        data-testid={addTestId}
        disabled={!canAdd}
        onClick={() => {
          set([...path, items.length], make(items));
          setAdded(items.length);
        }}
      >
        + {t.addItem[kind]}
      </button>
    </div>
  );
}

function Item({
  title,
  subtitle,
  removeLabel,
  onRemove,
  focusOnMount,
  onFocused,
  testId,
  path,
  children,
}: {
  title: string;
  subtitle: string;
  removeLabel: string;
  onRemove(): void;
  focusOnMount: boolean;
  onFocused(): void;
  testId?: string;
  path: Path;
  children: ReactNode;
}) {
  const { t } = useEditor();
  const ref = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (!focusOnMount) return;
    ref.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    onFocused();
  }, [focusOnMount, onFocused]);
  return (
    <fieldset className="ed-item" data-testid={testId} ref={ref}>
      <legend>
        {title}
        {subtitle ? <span className="ed-item-id"> · {subtitle}</span> : null}
      </legend>
      <button type="button" className="ed-remove" aria-label={removeLabel} title={removeLabel} onClick={onRemove}>
        {t.remove}
      </button>
      <PathProblems path={path} />
      <div className="ed-grid">{children}</div>
    </fieldset>
  );
}

/** A named part of an entry (a market's objective, a red line's limit), in its own box. */
export function Group({ path, title, claim = true, children }: { path: Path; title: string; claim?: boolean; children: ReactNode }) {
  return (
    <fieldset className="ed-group ed-wide">
      <legend>{title}</legend>
      {/* A list inside shows its own path's problems; the group then leaves them to it. */}
      {claim ? <PathProblems path={path} /> : null}
      <div className="ed-grid">{children}</div>
    </fieldset>
  );
}

/** Every `id` in the document, so new entries get one nobody uses yet. */
export function takenIds(root: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(root)) for (const item of root) takenIds(item, out);
  else if (root && typeof root === 'object') {
    for (const [key, item] of Object.entries(root)) {
      if (key === 'id' && typeof item === 'string') out.add(item);
      else takenIds(item, out);
    }
  }
  return out;
}

/** `RL-1`, `RL-2` ...: the first one not taken. */
export function freshId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
}
