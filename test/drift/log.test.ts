import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { findingDirection } from '../../lib/drift/aggregate';
import { shortHash } from '../../lib/drift/hash';
import {
  clearDriftLog,
  COALESCE_MS,
  DRIFT_LOG_FORMAT,
  driftLogItem,
  exportDriftLog,
  flushDriftLog,
  markFinding,
  MAX_RECORDS,
  readDriftLog,
  readDriftSettings,
  recordCheck,
  setDriftSettings,
  type DriftRecord,
} from '../../lib/drift/log';
import { createChecker } from '../../lib/engine/check';
import type { Finding } from '../../lib/engine/types';
import { addIntentional, dismiss, findingKey } from '../../lib/storage/items';

const checker = () => createChecker(BUILTIN_DOCUMENT);
const DAY = 86_400_000;

/** The findings the real engine gives for `text`. */
function check(text: string, c = checker()): Finding[] {
  return c.check(text, { uiLang: 'en' }).findings;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await clearDriftLog();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('shortHash', () => {
  it('is 64-bit FNV-1a over UTF-8, as 16 hex digits', () => {
    // Reference values of FNV-1a 64 (http://www.isthe.com/chongo/tech/comp/fnv/).
    expect(shortHash('')).toBe('cbf29ce484222325');
    expect(shortHash('a')).toBe('af63dc4c8601ec8c');
    expect(shortHash('foobar')).toBe('85944171f73967e8');
    expect(shortHash('Для России')).toMatch(/^[0-9a-f]{16}$/);
    expect(shortHash('gmail:msg:1')).not.toBe(shortHash('gmail:msg:2'));
  });
});

describe('drift log: recording', () => {
  it('records a check as findings without text, and re-opening the same email counts once', async () => {
    const text = 'For the US, we propose a CAC of $41. We will also offer a 50% discount.';
    const t0 = new Date();
    await recordCheck({ site: 'gmail', sourceKind: 'email', sourceKey: 'gmail:msg:1', findings: check(text), now: t0, direction: findingDirection });
    await flushDriftLog();
    const first = await readDriftLog();
    expect(first.map((r) => [r.ruleId, r.kind, r.market, r.direction, r.state]).sort()).toEqual([
      ['RL-discount', 'red-line', 'US', 'above', 'open'],
      ['US-cac', 'kpi', 'US', 'above', 'open'],
    ]);
    expect(first.every((r) => r.source === shortHash('gmail:msg:1') && r.site === 'gmail' && r.sourceKind === 'email' && r.revision === 3)).toBe(true);

    // The email opened again an hour later, in another tab: the same records, seen later.
    const t1 = new Date(t0.getTime() + 3_600_000);
    await recordCheck({ site: 'gmail', sourceKind: 'email', sourceKey: 'gmail:msg:1', findings: check(text), now: t1, direction: findingDirection });
    const again = await readDriftLog();
    expect(again).toHaveLength(2);
    expect(again.every((r) => r.firstSeen === t0.toISOString() && r.lastSeen === t1.toISOString())).toBe(true);
  });

  it('keeps one record per rule for a draft being typed, and one per flagged phrase for an email', async () => {
    const typed = 'For the US, we propose a CAC of $41. In week two, a US CAC of $45. By launch, US CAC up to $47.';
    const c = checker();
    // Every prefix, as a draft is checked while it is typed.
    for (let i = 1; i <= typed.length; i++) {
      await recordCheck({ site: 'gmail', sourceKind: 'draft', sourceKey: 'gmail:compose:compose-1@doc-a', streamKey: 'gmail:compose:compose-1', findings: check(typed.slice(0, i), c) });
      if (i % 10 === 0) await flushDriftLog();
    }
    const draft = await readDriftLog();
    expect(draft.map((r) => r.ruleId)).toEqual(['US-cac']);
    expect(draft[0]).toMatchObject({ sourceKind: 'draft', finding: null, stream: shortHash('gmail:compose:compose-1') });

    // The same words in a received email: a record per proposal (each can be dismissed), one conflict in the report.
    const proposals = check(typed).filter((f) => f.ruleId === 'US-cac');
    expect(proposals.length).toBeGreaterThanOrEqual(2);
    await recordCheck({ site: 'gmail', sourceKind: 'email', sourceKey: 'gmail:msg:9', findings: check(typed) });
    const email = (await readDriftLog()).filter((r) => r.sourceKind === 'email');
    expect(email).toHaveLength(proposals.length);
    expect(new Set(email.map((r) => r.finding)).size).toBe(proposals.length);
  });

  it('keeps findings in quoted text apart, marked quoted', async () => {
    const text = 'Fine by us.\n\n> For the US we will offer a 50% discount.';
    const findings = check(text);
    expect(findings.some((f) => f.quoted)).toBe(true);
    await recordCheck({ site: 'gmail', sourceKind: 'draft', sourceKey: 'gmail:compose:c1@d', findings });
    expect((await readDriftLog()).map((r) => [r.ruleId, r.quoted])).toEqual([['RL-discount', true]]);
  });

  it('coalesces checks: many checks within the window are one write', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const writes = vi.spyOn(driftLogItem, 'setValue');
    const c = checker();
    for (const t of ['For the US', 'For the US, CAC', 'For the US, CAC of $4', 'For the US, CAC of $41', 'For the US, CAC of $41.']) {
      await recordCheck({ site: 'gmail', sourceKind: 'draft', sourceKey: 'gmail:compose:x@d', findings: check(t, c) });
    }
    expect(writes).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(COALESCE_MS + 10);
    await flushDriftLog();
    expect(writes).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
    expect((await readDriftLog()).map((r) => r.ruleId)).toEqual(['US-cac']);
    writes.mockRestore();
  });

  it('records nothing while turned off', async () => {
    await setDriftSettings({ enabled: false });
    expect(await readDriftSettings()).toEqual({ enabled: false, retentionDays: 90 });
    await recordCheck({ site: 'docs', sourceKind: 'brief', sourceKey: 'docs:1', findings: check('For the US we will offer a 50% discount.') });
    expect(await readDriftLog()).toEqual([]);
    expect(await driftLogItem.getValue()).toEqual([]);
  });

  it('caps the log, dropping the least recently seen', async () => {
    const now = Date.now();
    const old: DriftRecord[] = Array.from({ length: MAX_RECORDS + 5 }, (_, i) => ({
      id: shortHash(`r${i}`),
      firstSeen: new Date(now - DAY + i * 1000).toISOString(),
      lastSeen: new Date(now - DAY + i * 1000).toISOString(),
      site: 'gmail',
      sourceKind: 'email',
      source: shortHash(`s${i}`),
      kind: 'kpi',
      ruleId: 'US-cac',
      market: 'US',
      severity: 'warning',
      quoted: false,
      revision: 3,
      direction: 'above',
      state: 'open',
    }));
    await driftLogItem.setValue(old);
    await recordCheck({ site: 'docs', sourceKind: 'brief', sourceKey: 'docs:new', findings: check('For the US we will offer a 50% discount.') });
    const log = await readDriftLog();
    expect(log).toHaveLength(MAX_RECORDS);
    expect(log.some((r) => r.source === shortHash('s0'))).toBe(false);
    expect(log.some((r) => r.source === shortHash('docs:new'))).toBe(true);
  });
});

describe('drift log: what the user says', () => {
  it('marks a finding dismissed or intentional through the Gmail dismissal and note', async () => {
    const text = 'For the US, we propose a CAC of $41. We will also offer a 50% discount.';
    const findings = check(text);
    await recordCheck({ site: 'gmail', sourceKind: 'email', sourceKey: 'gmail:msg:7', findings });
    await flushDriftLog();
    const cac = findings.find((f) => f.ruleId === 'US-cac')!;
    const discount = findings.find((f) => f.ruleId === 'RL-discount')!;
    // The page's message key is the stream it checked (entrypoints/gmail.content/controller.ts `messageKey`).
    await dismiss('gmail:msg:7', findingKey(cac));
    await addIntentional({
      id: 'n1',
      at: new Date().toISOString(),
      site: 'gmail',
      where: 'gmail:msg:7',
      subject: null,
      kind: discount.kind,
      severity: discount.severity,
      ruleId: discount.ruleId,
      market: discount.market,
      actual: discount.actual,
      expected: discount.expected,
      revision: 3,
      note: 'Launch week only',
    });
    const states = Object.fromEntries((await readDriftLog()).map((r) => [r.ruleId, r.state]));
    expect(states).toEqual({ 'US-cac': 'dismissed', 'RL-discount': 'intentional' });
    // Seen again: the state stays.
    await recordCheck({ site: 'gmail', sourceKind: 'email', sourceKey: 'gmail:msg:7', findings });
    expect(Object.fromEntries((await readDriftLog()).map((r) => [r.ruleId, r.state]))).toEqual(states);
  });

  it('keeps a mark that comes before the finding is written, and applies it then', async () => {
    const findings = check('For the US we will offer a 50% discount.');
    // The Gmail page dismisses before the background has written the email's findings.
    await markFinding({ sourceKey: 'gmail:msg:8', ruleId: 'RL-discount', actual: findings[0]!.actual, state: 'dismissed' });
    expect(await readDriftLog()).toEqual([]);
    await recordCheck({ site: 'gmail', sourceKind: 'email', sourceKey: 'gmail:msg:8', findings });
    await recordCheck({ site: 'gmail', sourceKind: 'email', sourceKey: 'gmail:msg:9', findings });
    const log = await readDriftLog();
    expect(log.find((r) => r.source === shortHash('gmail:msg:8'))?.state).toBe('dismissed');
    expect(log.find((r) => r.source === shortHash('gmail:msg:9'))?.state).toBe('open');
  });

  it('marks the draft on screen when a draft key comes back after a reload', async () => {
    const findings = check('For the US, we propose a CAC of $41.');
    const t0 = Date.now();
    await recordCheck({ site: 'gmail', sourceKind: 'draft', sourceKey: 'gmail:compose:compose-1@load-1', streamKey: 'gmail:compose:compose-1', findings, now: new Date(t0 - 3_600_000) });
    await recordCheck({ site: 'gmail', sourceKind: 'draft', sourceKey: 'gmail:compose:compose-1@load-2', streamKey: 'gmail:compose:compose-1', findings, now: new Date(t0) });
    await dismiss('gmail:compose:compose-1', findingKey(findings[0]!));
    const log = await readDriftLog();
    expect(log).toHaveLength(2);
    expect(log.find((r) => r.source === shortHash('gmail:compose:compose-1@load-2'))?.state).toBe('dismissed');
    expect(log.find((r) => r.source === shortHash('gmail:compose:compose-1@load-1'))?.state).toBe('open');
  });
});

describe('drift log: retention, clear-all, export, damage', () => {
  it('prunes records not seen within the retention period, on write and on read', async () => {
    const findings = check('For the US we will offer a 50% discount.');
    const now = Date.now();
    await recordCheck({ site: 'docs', sourceKind: 'brief', sourceKey: 'docs:old', findings, now: new Date(now - 100 * DAY) });
    await recordCheck({ site: 'docs', sourceKind: 'brief', sourceKey: 'docs:mid', findings, now: new Date(now - 20 * DAY) });
    await recordCheck({ site: 'docs', sourceKind: 'brief', sourceKey: 'docs:new', findings, now: new Date(now) });
    await flushDriftLog();
    // Pruned on write: the 100-day-old one never stays.
    expect(((await driftLogItem.getValue()) as DriftRecord[]).map((r) => r.source)).toEqual([shortHash('docs:mid'), shortHash('docs:new')]);
    // On read, as of a later day.
    expect((await readDriftLog(new Date(now + 75 * DAY))).map((r) => r.source)).toEqual([shortHash('docs:new')]);
    expect((await driftLogItem.getValue()) as DriftRecord[]).toHaveLength(1);
  });

  it('prunes at once when the retention is shortened, and refuses a nonsense one', async () => {
    const findings = check('For the US we will offer a 50% discount.');
    const now = Date.now();
    await recordCheck({ site: 'docs', sourceKind: 'brief', sourceKey: 'docs:a', findings, now: new Date(now - 10 * DAY) });
    await recordCheck({ site: 'docs', sourceKind: 'brief', sourceKey: 'docs:b', findings, now: new Date(now) });
    await flushDriftLog();
    await setDriftSettings({ retentionDays: 7 });
    expect(await readDriftSettings()).toEqual({ enabled: true, retentionDays: 7 });
    expect(((await driftLogItem.getValue()) as DriftRecord[]).map((r) => r.source)).toEqual([shortHash('docs:b')]);
    await expect(setDriftSettings({ retentionDays: 0 })).rejects.toThrow();
    expect((await readDriftSettings()).retentionDays).toBe(7);
  });

  it('clears everything, checks not yet written included', async () => {
    const findings = check('For the US we will offer a 50% discount.');
    await recordCheck({ site: 'docs', sourceKind: 'brief', sourceKey: 'docs:a', findings });
    await flushDriftLog();
    await recordCheck({ site: 'docs', sourceKind: 'brief', sourceKey: 'docs:b', findings });
    await clearDriftLog();
    await flushDriftLog();
    expect(await readDriftLog()).toEqual([]);
  });

  it('exports pretty JSON under a header naming its format', async () => {
    await recordCheck({ site: 'docs', sourceKind: 'brief', sourceKey: 'docs:a', findings: check('For the US we will offer a 50% discount.') });
    const records = await readDriftLog();
    const text = exportDriftLog(records, new Date('2027-01-05T10:00:00.000Z'));
    expect(text).toContain('\n  "format"');
    expect(JSON.parse(text)).toEqual({ format: DRIFT_LOG_FORMAT, exportedAt: '2027-01-05T10:00:00.000Z', records });
    expect(DRIFT_LOG_FORMAT).toBe('accord-drift-log/v1');
  });

  it('drops stored entries of the wrong shape and reads damaged settings as the defaults', async () => {
    await recordCheck({ site: 'docs', sourceKind: 'brief', sourceKey: 'docs:a', findings: check('For the US we will offer a 50% discount.') });
    await flushDriftLog();
    const good = (await driftLogItem.getValue()) as DriftRecord[];
    await driftLogItem.setValue([...good, { id: 'x', text: 'For the US we will offer a 50% discount.' }, 'junk', null]);
    expect(await readDriftLog()).toEqual(good);
    expect(await driftLogItem.getValue()).toEqual(good);
    await browser.storage.local.set({ driftSettings: { enabled: 'yes', retentionDays: -1 } });
    expect(await readDriftSettings()).toEqual({ enabled: true, retentionDays: 90 });
  });
});
