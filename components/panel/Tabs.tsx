import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDef<K extends string> {
  key: K;
  label: string;
  panel: ReactNode;
}

interface Props<K extends string> {
  label: string;
  tabs: readonly TabDef<K>[];
  selected: K;
  onSelect(key: K): void;
}

/**
 * An ARIA tablist (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): arrow keys, Home and End move
 * between tabs and select them, Tab moves into the panel. Every panel stays mounted (hidden when not
 * selected), so a panel keeps its state (the market filter) while the other one is shown.
 * Selectors: `data-testid="tab-<key>"` on each tab, `data-testid="panel-<key>"` on each panel.
 */
export function Tabs<K extends string>({ label, tabs, selected, onSelect }: Props<K>) {
  const base = useId();
  const refs = useRef(new Map<K, HTMLButtonElement>());

  const move = (e: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.key === selected);
    let next: number;
    if (e.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    else return;
    e.preventDefault();
    const key = tabs[next]?.key;
    if (key === undefined) return;
    onSelect(key);
    refs.current.get(key)?.focus();
  };

  return (
    <>
      <div className="tabs" role="tablist" aria-label={label} onKeyDown={move}>
        {tabs.map((tab) => {
          const active = tab.key === selected;
          return (
            <button
              key={tab.key}
              ref={(el) => {
                if (el) refs.current.set(tab.key, el);
                else refs.current.delete(tab.key);
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${tab.key}`}
              aria-selected={active}
              aria-controls={`${base}-panel-${tab.key}`}
              tabIndex={active ? 0 : -1}
              className="tab"
              data-testid={`tab-${tab.key}`}
              onClick={() => onSelect(tab.key)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`${base}-panel-${tab.key}`}
          aria-labelledby={`${base}-tab-${tab.key}`}
          hidden={tab.key !== selected}
          tabIndex={0}
          className="tab-panel"
          data-testid={`panel-${tab.key}`}
        >
          {tab.panel}
        </div>
      ))}
    </>
  );
}
