// The DOM-event protocol between the main world and the content script: what decodes, and that
// everything else (a page script's forgeries, truncated or oversized payloads) is null, never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, encode, EVENT_REQUEST, EVENT_TEXT, MAX_TEXT_CHARS, type BridgeMessage } from '../../../lib/sites/gdocs/bridge';

describe('event names', () => {
  it('are prefixed accord: and distinct', () => {
    expect(EVENT_TEXT).toMatch(/^accord:/);
    expect(EVENT_REQUEST).toMatch(/^accord:/);
    expect(EVENT_TEXT).not.toBe(EVENT_REQUEST);
  });
});

describe('encode/decode', () => {
  const good: BridgeMessage[] = [
    { kind: 'text', text: '\nBrief\nСкидка 45%', selection: { start: 1, end: 6 }, seq: 1 },
    { kind: 'text', text: '', selection: null, seq: 0 },
    { kind: 'text', text: 'abc', selection: { start: 3, end: 3 }, seq: 7 },
    { kind: 'unavailable', reason: 'api-missing' },
  ];

  it.each(good)('round-trips %j', (message) => {
    const detail = encode(message);
    expect(typeof detail).toBe('string');
    expect(decode(detail)).toEqual(message);
  });

  it('carries a text of the maximum length', () => {
    const text = 'a'.repeat(MAX_TEXT_CHARS);
    expect(decode(encode({ kind: 'text', text, selection: null, seq: 1 }))?.kind).toBe('text');
  });

  const bad: [string, unknown][] = [
    ['not a string', { kind: 'unavailable', reason: 'x' }],
    ['null', null],
    ['empty', ''],
    ['not JSON', '{kind:'],
    ['JSON null', 'null'],
    ['an array', '[]'],
    ['no kind', '{}'],
    ['unknown kind', '{"kind":"html","text":"a"}'],
    ['extra field', '{"kind":"unavailable","reason":"x","html":"<b>"}'],
    ['empty reason', '{"kind":"unavailable","reason":""}'],
    ['long reason', JSON.stringify({ kind: 'unavailable', reason: 'r'.repeat(201) })],
    ['text not a string', '{"kind":"text","text":1,"selection":null,"seq":1}'],
    ['missing selection', '{"kind":"text","text":"a","seq":1}'],
    ['missing seq', '{"kind":"text","text":"a","selection":null}'],
    ['negative seq', '{"kind":"text","text":"a","selection":null,"seq":-1}'],
    ['fractional seq', '{"kind":"text","text":"a","selection":null,"seq":1.5}'],
    ['selection backwards', '{"kind":"text","text":"abc","selection":{"start":2,"end":1},"seq":1}'],
    ['selection past the end', '{"kind":"text","text":"abc","selection":{"start":0,"end":4},"seq":1}'],
    ['negative selection', '{"kind":"text","text":"abc","selection":{"start":-1,"end":1},"seq":1}'],
    ['selection as array', '{"kind":"text","text":"abc","selection":[0,1],"seq":1}'],
  ];

  it.each(bad)('%s → null', (_, detail) => {
    expect(decode(detail)).toBeNull();
  });

  it('a text over the limit → null', () => {
    const detail = encode({ kind: 'text', text: 'a'.repeat(MAX_TEXT_CHARS + 1), selection: null, seq: 1 });
    expect(decode(detail)).toBeNull();
  });

  it('a detail far over the limit is refused before parsing', () => {
    // A valid message padded with white space (still valid JSON): only the length refuses it.
    const message = encode({ kind: 'unavailable', reason: 'x' });
    expect(decode(message + ' '.repeat(1_000))).not.toBeNull();
    expect(decode(message + ' '.repeat(MAX_TEXT_CHARS * 2 + 1_000))).toBeNull();
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (detail) => {
        const result = decode(detail);
        expect(result === null || result.kind === 'text' || result.kind === 'unavailable').toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
