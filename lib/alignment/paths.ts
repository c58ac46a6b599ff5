/**
 * Immutable edits of an alignment document by path, for the document editor and for changes proposed
 * from check-in notes. An object is never rebuilt from the fields the code knows: the containers along
 * one path are copied and one value replaced, so every other field (a newer tool's additions, `note` on
 * a KPI) survives every edit.
 */
import { formatPath } from './load';

export type PathKey = string | number;
export type Path = readonly PathKey[];

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** The value at `path`, or undefined where the path leaves the value. */
export function getIn(root: unknown, path: Path): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (!isContainer(current)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A shallow copy of a container: arrays stay arrays, objects keep every own field. */
function copy(value: Container): Container {
  return Array.isArray(value) ? value.slice() : { ...value };
}

/**
 * `root` with the value at `path` replaced by `next`. Containers on the path are copied, everything
 * else is shared. A missing or non-container step is created: an array when the key after it is a
 * number, an object otherwise. Returns `root` itself when the value is already `next`.
 */
export function setIn(root: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path as [PathKey, ...PathKey[]];
  // A field name on an array would vanish in JSON: the array is replaced by an object instead.
  const fits = isContainer(root) && !(Array.isArray(root) && typeof key === 'string');
  const base: Container = fits ? (root as Container) : typeof key === 'number' ? [] : {};
  const current = fits ? (base as Record<PropertyKey, unknown>)[key] : undefined;
  const replaced = setIn(current, rest, next);
  if (fits && Object.is(replaced, current) && (rest.length > 0 || key in base)) return root;
  const out = copy(base);
  (out as Record<PropertyKey, unknown>)[key] = replaced;
  return out;
}

/**
 * `root` without the entry at `path`: an array element is spliced out (later ones move up), an
 * object field is deleted. Returns `root` itself when there is nothing there to remove.
 */
export function removeAt(root: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  if (!isContainer(root)) return root;
  const [key, ...rest] = path as [PathKey, ...PathKey[]];
  if (rest.length > 0) {
    const current = (root as Record<PropertyKey, unknown>)[key];
    const replaced = removeAt(current, rest);
    if (Object.is(replaced, current)) return root;
    const out = copy(root);
    (out as Record<PropertyKey, unknown>)[key] = replaced;
    return out;
  }
  if (Array.isArray(root)) {
    if (typeof key !== 'number' || key < 0 || key >= root.length) return root;
    return [...root.slice(0, key), ...root.slice(key + 1)];
  }
  if (!Object.prototype.hasOwnProperty.call(root, key)) return root;
  const out = { ...root };
  delete out[key as string];
  return out;
}

/** The path written as the validator writes problem paths: `markets[1].kpis[0].max`. */
export function pathText(path: Path): string {
  return formatPath(path);
}

/** `inner` names `outer` itself or something inside it (`a.b[0]` is under `a.b`, `a.bc` is not). */
export function isUnder(inner: string, outer: string): boolean {
  if (outer === '') return true;
  if (inner === outer) return true;
  if (!inner.startsWith(outer)) return false;
  const next = inner[outer.length];
  return next === '.' || next === '[';
}
