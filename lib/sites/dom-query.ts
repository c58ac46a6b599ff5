/**
 * Querying with selector alternatives. A site's selectors are arrays of CSS selectors, newest first:
 * when a site changes its markup, a new alternative goes in front and the old ones keep working for
 * pages still served the old way. Alternatives are tried in order; the first that matches wins. An
 * alternative that is not valid CSS in the running browser is skipped rather than thrown.
 */

export type Alternatives = readonly string[];

function tryAll(root: ParentNode, selector: string): NodeListOf<Element> | null {
  try {
    return root.querySelectorAll(selector);
  } catch {
    return null;
  }
}

/** The first element matched by the first alternative that matches anything; null when none does. */
export function queryFirst<E extends Element = Element>(root: ParentNode, alternatives: Alternatives): E | null {
  for (const sel of alternatives) {
    let found: Element | null = null;
    try {
      found = root.querySelector(sel);
    } catch {
      continue;
    }
    if (found) return found as E;
  }
  return null;
}

/** Every element matched by the first alternative that matches anything, in document order. */
export function queryAll<E extends Element = Element>(root: ParentNode, alternatives: Alternatives): E[] {
  for (const sel of alternatives) {
    const found = tryAll(root, sel);
    if (found && found.length > 0) return Array.from(found) as E[];
  }
  return [];
}

/** Whether `el` matches any alternative. */
export function matchesAny(el: Element, alternatives: Alternatives): boolean {
  for (const sel of alternatives) {
    try {
      if (el.matches(sel)) return true;
    } catch {
      // An alternative this browser cannot parse matches nothing.
    }
  }
  return false;
}

/** The nearest inclusive ancestor of `el` matching the first alternative that matches one; null when none. */
export function closestOf<E extends Element = Element>(el: Element, alternatives: Alternatives): E | null {
  for (const sel of alternatives) {
    try {
      const found = el.closest(sel);
      if (found) return found as E;
    } catch {
      // As above.
    }
  }
  return null;
}
