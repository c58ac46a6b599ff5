import { describe, expect, it } from 'vitest';
import { protocol } from '../../lib/messaging/protocol';

const { Request } = protocol();

describe('message protocol', () => {
  it('accepts the requests it names', () => {
    for (const r of [
      { type: 'check', stream: 'gmail:msg:1', text: 'Hi', uiLang: 'en' },
      { type: 'open-panel' },
      { type: 'tab-report', tabId: 3 },
      { type: 'report', site: 'gmail', route: 'live', items: [], unchecked: [], note: null },
      { type: 'locate', tabId: 3, id: 'msg:1#0' },
      { type: 'refresh', tabId: 3 },
    ]) {
      expect(Request.safeParse(r).success, JSON.stringify(r)).toBe(true);
    }
  });

  it('rejects anything else: unknown types, extra fields, wrong shapes, oversized values', () => {
    for (const r of [
      null,
      'check',
      { type: 'eval', code: '1' },
      { type: 'context' },
      { type: 'check', stream: 'a', text: 'Hi', uiLang: 'en', extra: true },
      { type: 'check', stream: '', text: 'Hi', uiLang: 'en' },
      { type: 'check', stream: 'a', text: 42, uiLang: 'en' },
      { type: 'check', stream: 'a', text: 'Hi', uiLang: 'de' },
      { type: 'tab-report', tabId: -1 },
      { type: 'report', site: 'gmail', route: 'live', items: [{ source: 'x' }], unchecked: [], note: null },
      { type: 'report', site: 'elsewhere', route: 'live', items: [], unchecked: [], note: null },
      { type: 'report', site: 'gmail', items: [] },
      { type: 'locate', tabId: 3 },
    ]) {
      expect(Request.safeParse(r).success, JSON.stringify(r)).toBe(false);
    }
  });
});
