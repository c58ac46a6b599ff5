import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { addIntentional, dismiss, findingKey, intentionalItem, isSiteOn, readDismissals, readIntentional, setSiteOn, siteSwitchesItem, watchSite, type IntentionalNote } from '../../lib/storage/items';

beforeEach(() => {
  fakeBrowser.reset();
});

const NOTE: IntentionalNote = {
  id: '1',
  at: '2026-11-30T10:00:00.000Z',
  site: 'gmail',
  where: 'gmail:msg:abc',
  subject: 'Launch plan',
  kind: 'red-line',
  severity: 'error',
  ruleId: 'RL-discount',
  market: 'US',
  actual: '50% discount',
  expected: 'no discount above 20%',
  revision: 3,
  note: 'Client asked for it',
};

describe('storage', () => {
  it('has every site on by default, and remembers a switch', async () => {
    expect(await isSiteOn('gmail')).toBe(true);
    const seen: boolean[] = [];
    const unwatch = watchSite('gmail', (on) => seen.push(on));
    await setSiteOn('gmail', false);
    expect(await isSiteOn('gmail')).toBe(false);
    expect(await isSiteOn('docs')).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([false]);
    unwatch();
  });

  it('reads a malformed switch value as the defaults', async () => {
    await siteSwitchesItem.setValue('garbage' as unknown as Record<string, boolean>);
    expect(await isSiteOn('gmail')).toBe(true);
  });

  it('remembers dismissals per message, by entry and words rather than offsets', async () => {
    const k = findingKey({ ruleId: 'RL-discount', actual: ' 50% Discount ' });
    expect(k).toBe(findingKey({ ruleId: 'RL-discount', actual: '50% discount' }));
    await dismiss('gmail:msg:1', k);
    await dismiss('gmail:msg:1', k);
    expect(await readDismissals()).toEqual({ 'gmail:msg:1': [k] });
  });

  it('keeps intentional notes and drops stored entries of the wrong shape', async () => {
    await intentionalItem.setValue([{ bogus: true }]);
    await addIntentional(NOTE);
    expect(await readIntentional()).toEqual([NOTE]);
    await expect(addIntentional({ ...NOTE, kind: 'nonsense' } as unknown as IntentionalNote)).rejects.toThrow();
  });
});
