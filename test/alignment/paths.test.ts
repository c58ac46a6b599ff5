import { describe, expect, it } from 'vitest';
import { getIn, isUnder, pathText, removeAt, setIn } from '../../lib/alignment/paths';

describe('setIn', () => {
  const doc = { a: { b: [1, { c: 2, keep: 'x' }], other: { deep: true } }, top: 'y' };

  it('replaces one value and copies only the containers on the path', () => {
    const next = setIn(doc, ['a', 'b', 1, 'c'], 3) as typeof doc;
    expect(next).toEqual({ a: { b: [1, { c: 3, keep: 'x' }], other: { deep: true } }, top: 'y' });
    expect(doc.a.b[1]).toEqual({ c: 2, keep: 'x' }); // the input is not touched
    expect(next).not.toBe(doc);
    expect(next.a).not.toBe(doc.a);
    expect(next.a.b).not.toBe(doc.a.b);
    expect(next.a.other).toBe(doc.a.other); // off the path: shared
    expect(Array.isArray(next.a.b)).toBe(true);
  });

  it('returns the same value when nothing changes', () => {
    expect(setIn(doc, ['a', 'b', 1, 'c'], 2)).toBe(doc);
    expect(setIn(doc, ['top'], 'y')).toBe(doc);
  });

  it('creates missing containers: arrays before numeric keys, objects otherwise', () => {
    expect(setIn({}, ['x', 0, 'y'], 1)).toEqual({ x: [{ y: 1 }] });
    expect(setIn(undefined, ['x'], 1)).toEqual({ x: 1 });
    expect(setIn({ x: 'text' }, ['x', 'y'], 1)).toEqual({ x: { y: 1 } });
    // A field name never lands on an array (JSON would drop it).
    expect(setIn([], ['title'], 'x')).toEqual({ title: 'x' });
  });

  it('appends to an array at its length and adds a new field', () => {
    expect(setIn({ list: [1] }, ['list', 1], 2)).toEqual({ list: [1, 2] });
    expect(setIn({ a: 1 }, ['b'], undefined)).toEqual({ a: 1, b: undefined });
  });

  it('with an empty path gives the new value', () => {
    expect(setIn(doc, [], 5)).toBe(5);
  });
});

describe('removeAt', () => {
  it('splices an array element out, later ones move up', () => {
    const doc = { list: ['a', 'b', 'c'], keep: {} };
    const next = removeAt(doc, ['list', 1]) as typeof doc;
    expect(next).toEqual({ list: ['a', 'c'], keep: {} });
    expect(next.keep).toBe(doc.keep);
    expect(doc.list).toEqual(['a', 'b', 'c']);
  });

  it('deletes an object field, keeping the others', () => {
    expect(removeAt({ a: { b: 1, c: 2 } }, ['a', 'b'])).toEqual({ a: { c: 2 } });
  });

  it('returns the same value when there is nothing to remove', () => {
    const doc = { a: { b: 1 }, list: [1] };
    expect(removeAt(doc, ['a', 'x'])).toBe(doc);
    expect(removeAt(doc, ['list', 5])).toBe(doc);
    expect(removeAt(doc, ['missing', 'deep'])).toBe(doc);
    expect(removeAt('text', ['a'])).toBe('text');
  });
});

describe('paths as text', () => {
  it('are written as the validator writes problem paths', () => {
    expect(pathText(['markets', 1, 'kpis', 0, 'max'])).toBe('markets[1].kpis[0].max');
    expect(pathText(['product', 'names', 'pt BR'])).toBe('product.names["pt BR"]');
  });

  it('know what lies under what', () => {
    expect(isUnder('markets[1].kpis[0]', 'markets[1]')).toBe(true);
    expect(isUnder('markets[1]', 'markets[1]')).toBe(true);
    expect(isUnder('markets[10]', 'markets[1]')).toBe(false);
    expect(isUnder('parties2', 'parties')).toBe(false);
    expect(isUnder('x', '')).toBe(true);
  });

  it('getIn follows a path and stops where the value ends', () => {
    expect(getIn({ a: [{ b: 1 }] }, ['a', 0, 'b'])).toBe(1);
    expect(getIn({ a: 1 }, ['a', 'b', 'c'])).toBeUndefined();
  });
});
