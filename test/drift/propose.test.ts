import { describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { validateAlignment } from '../../lib/alignment/load';
import type { AlignmentDoc } from '../../lib/alignment/schema';
import { signOffStatus } from '../../lib/alignment/signoff';
import { planChange, type PlanResult } from '../../lib/drift/propose';
import type { IntentionalNote } from '../../lib/storage/items';
import secondRaw from '../fixtures/alignment/second-example.alignment.json';

const TODAY = '2027-01-12';
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const EXAMPLE = BUILTIN_DOCUMENT;
const SECOND = (() => {
  const r = validateAlignment(secondRaw);
  if (!r.ok) throw new Error('the second example does not validate');
  return r.doc;
})();

function note(ruleId: string, actual: string, patch: Partial<IntentionalNote> = {}): IntentionalNote {
  return {
    id: 'n1',
    at: '2027-01-10T09:00:00.000Z',
    site: 'gmail',
    where: 'thread-1',
    subject: 'Weekly plan',
    kind: 'kpi',
    severity: 'warning',
    ruleId,
    market: null,
    actual,
    expected: '',
    revision: 3,
    note: 'agreed on the call',
    ...patch,
  };
}

function ok(r: PlanResult): Extract<PlanResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected a plan, got: ${r.reason.en}`);
  return r;
}
function failed(r: PlanResult): Extract<PlanResult, { ok: false }> {
  if (r.ok) throw new Error(`expected a failure, got a plan: ${r.summary.en}`);
  return r;
}

/** What changed between two documents, as `path: before → after` for each leaf. */
function changes(a: unknown, b: unknown, path = ''): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => changes((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x) => x && typeof x === 'object')) {
    return a.flatMap((x, i) => changes(x, b[i], `${path}[${i}]`));
  }
  return [`${path}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`];
}

describe('planChange on the example document', () => {
  it('raises the US CAC max to the noted figure, as an unsigned revision + 1, keeping unknown fields', () => {
    const doc = clone(EXAMPLE) as AlignmentDoc & Record<string, unknown>;
    doc.x_team = { owner: 'ops' };
    (doc.markets[1]!.kpis[1] as Record<string, unknown>).x_source = 'Q3 model';
    const before = clone(doc);
    const r = ok(planChange(doc, note('US-cac', 'CAC of $55'), TODAY));
    expect(r.path).toBe('markets[1].kpis[1].max');
    expect(changes(doc, r.next)).toEqual(['revision: 3 → 4', 'updatedAt: "2026-11-20" → "2027-01-12"', 'markets[1].kpis[1].max: 35 → 55']);
    // Unknown fields survive; the input is not touched.
    expect((r.next as Record<string, unknown>).x_team).toEqual({ owner: 'ops' });
    expect((r.next.markets[1]!.kpis[1] as Record<string, unknown>).x_source).toBe('Q3 model');
    expect(doc).toEqual(before);
    // No new sign-off: the old ones stay at revision 3, so revision 4 is not signed off.
    expect(r.next.signOff).toEqual(EXAMPLE.signOff);
    expect(signOffStatus(r.next)).toMatchObject({ signed: false, revision: 4, lastSignedRevision: 3 });
    expect(validateAlignment(r.next).ok).toBe(true);
    expect(r.summary.en).toBe('US-cac: max raised from $35 to $55 (revision 4, not signed off yet)');
    expect(r.summary.ru).toBe('US-cac: максимум повышен с $35 до $55 (редакция 4, ещё не подписана)');
  });

  it('lowers the RU conversion min to a figure below it, keeping min ≤ target ≤ max', () => {
    const r = ok(planChange(EXAMPLE, note('RU-conversion', 'конверсия 2%'), TODAY));
    expect(r.path).toBe('markets[0].kpis[0].min');
    expect(changes(EXAMPLE, r.next).slice(2)).toEqual(['markets[0].kpis[0].min: 2.5 → 2']);
    const k = r.next.markets[0]!.kpis[0]!;
    expect(k.min! <= k.target! && k.target! <= k.max!).toBe(true);
  });

  it('takes the high end of a range above the max, and a bound in days for a days metric', () => {
    expect(ok(planChange(EXAMPLE, note('US-cac', '$40–45'), TODAY)).next.markets[1]!.kpis[1]!.max).toBe(45);
    const nurture = ok(planChange(EXAMPLE, note('RU-nurture', '30 дней'), TODAY));
    expect(nurture.path).toBe('markets[0].kpis[2].min');
    expect(nurture.next.markets[0]!.kpis[2]!.min).toBe(30);
  });

  it('sets a different measurement window from a duration', () => {
    const r = ok(planChange(EXAMPLE, note('US-conversion', 'within 30 days'), TODAY));
    expect(r.path).toBe('markets[1].kpis[0].windowDays');
    expect(changes(EXAMPLE, r.next).slice(2)).toEqual(['markets[1].kpis[0].windowDays: 14 → 30']);
    expect(r.summary.en).toContain('measurement window changed from 14 to 30 days');
  });

  it('raises a numeric red line’s max, and lowers a price minimum per month', () => {
    const discount = ok(planChange(EXAMPLE, note('RL-discount', '50% off', { kind: 'red-line' }), TODAY));
    expect(discount.path).toBe('redLines[4].limit.max');
    expect(changes(EXAMPLE, discount.next).slice(2)).toEqual(['redLines[4].limit.max: 30 → 50']);
    const price = ok(planChange(EXAMPLE, note('RL-price-US', '$95.99/year', { kind: 'red-line' }), TODAY));
    expect(price.path).toBe('redLines[5].limit.min');
    expect(price.next.redLines[5]!.limit!.min).toBe(8);
  });

  it('adds the flagged words to a term red line’s exceptions, in their language', () => {
    const en = ok(planChange(EXAMPLE, note('RL-politics', 'election', { kind: 'red-line' }), TODAY));
    expect(en.path).toBe('redLines[3].except.en');
    expect(en.next.redLines[3]!.except).toEqual({ ru: ['политика конфиденциальности', 'политика возврата'], en: ['privacy policy', 'election'] });
    // The exception is the term itself: the summary says it switches the term off.
    expect(en.summary.en).toContain('switches this term off everywhere');

    const ru = ok(planChange(EXAMPLE, note('RL-guarantee', 'гарантируем', { kind: 'red-line' }), TODAY));
    expect(ru.path).toBe('redLines[0].except.ru');
    expect(ru.next.redLines[0]!.except).toEqual({ ru: ['гарантируем'] });
  });

  it('refuses an exception that holds none of the red line’s terms, or one already there', () => {
    const none = failed(planChange(EXAMPLE, note('RL-guarantee', 'we promise better sleep', { kind: 'red-line' }), TODAY));
    expect(none.reason.en).toContain('holds none of the terms of RL-guarantee');
    expect(none.reason.en).toContain('edit the red line by hand');
    expect(none.path).toBe('redLines[0].terms.en');
    const again = failed(planChange(EXAMPLE, note('RL-politics', 'Политика  конфиденциальности', { kind: 'red-line' }), TODAY));
    expect(again.reason.en).toContain('is already an exception of RL-politics');
  });

  it('moves an avoided channel to secondary (any of its names), and a secondary one made the lead to primary', () => {
    const r = ok(planChange(EXAMPLE, note('RU-channels', 'TikTok', { kind: 'channel' }), TODAY));
    expect(r.path).toBe('markets[0].channels.secondary');
    expect(r.next.markets[0]!.channels).toMatchObject({ primary: ['telegram', 'vk'], secondary: ['youtube', 'dzen', 'tiktok'], avoid: ['instagram', 'facebook'] });
    expect(r.summary.en).toBe('RU-channels: tiktok moved from avoid to secondary (revision 4, not signed off yet)');

    const alias = ok(planChange(EXAMPLE, note('RU-channels', 'рилсы в Инстаграме', { kind: 'channel' }), TODAY));
    expect(alias.next.markets[0]!.channels.secondary).toEqual(['youtube', 'dzen', 'instagram']);

    const lead = ok(planChange(EXAMPLE, note('US-channels', 'TikTok', { kind: 'channel' }), TODAY));
    expect(lead.path).toBe('markets[1].channels.primary');
    expect(lead.next.markets[1]!.channels).toMatchObject({ primary: ['instagram', 'email', 'tiktok'], secondary: ['facebook'] });
  });

  it('leaves a primary channel to the user, pointing at the plan', () => {
    const r = failed(planChange(EXAMPLE, note('US-channels', 'Instagram', { kind: 'channel' }), TODAY));
    expect(r.path).toBe('markets[1].channels.primary');
    expect(r.reason.en).toContain('edit the channel plan by hand');
  });

  it('moves the asked tone from avoid to voice, in English or Russian words', () => {
    const r = ok(planChange(EXAMPLE, note('RU-tone', 'keep it edgy', { kind: 'tone' }), TODAY));
    expect(r.path).toBe('markets[0].tone.voice');
    expect(r.next.markets[0]!.tone).toMatchObject({
      voice: ['sophisticated', 'trustworthy', 'calm', 'expert', 'edgy'],
      avoid: ['irreverent', 'slang', 'hype', 'aggressive urgency'],
    });
    const ru = ok(planChange(EXAMPLE, note('RU-tone', 'дерзко', { kind: 'tone' }), TODAY));
    expect(ru.next.markets[0]!.tone.voice).toContain('edgy');
    expect(failed(planChange(EXAMPLE, note('RU-tone', 'спокойно', { kind: 'tone' }), TODAY)).path).toBe('markets[0].tone.avoid');
  });

  it('fails a unit mismatch with a reason, pointing at the unit', () => {
    const percent = failed(planChange(EXAMPLE, note('US-cac', '50%'), TODAY));
    expect(percent.reason.en).toBe('“50%” is a percentage, but US-cac is measured in USD; no change drafted (edit the unit by hand if it should change).');
    expect(percent.path).toBe('markets[1].kpis[1].unit');
    const currency = failed(planChange(EXAMPLE, note('US-cac', '2 400 ₽'), TODAY));
    expect(currency.reason.en).toContain('is an amount in RUB, but US-cac is measured in USD');
    expect(currency.reason.ru).toContain('измеряется в USD');
    expect(failed(planChange(EXAMPLE, note('RL-discount', '$20 off', { kind: 'red-line' }), TODAY)).reason.en).toContain('RL-discount is measured in %');
  });

  it('fails an unknown ruleId, a figure already agreed, and words without a figure', () => {
    const unknown = failed(planChange(EXAMPLE, note('US-ltv', '$300'), TODAY));
    expect(unknown.reason.en).toContain('has no entry “US-ltv”');
    expect(unknown.path).toBeUndefined();
    expect(failed(planChange(EXAMPLE, note('US-cac', '$30'), TODAY)).reason.en).toContain('already within what US-cac allows');
    expect(failed(planChange(EXAMPLE, note('US-cac', 'a lower CAC'), TODAY)).reason.en).toContain('No figure found');
  });

  it('fails objective, messaging and audience notes “by hand”, with the entry’s path', () => {
    const objective = failed(planChange(EXAMPLE, note('RU-objective', 'optimize RU for immediate conversion', { kind: 'objective' }), TODAY));
    expect(objective.reason.en).toContain('edit it by hand');
    expect(objective.path).toBe('markets[0].objective.strategy');
    expect(failed(planChange(EXAMPLE, note('US-messaging', 'founder story', { kind: 'messaging' }), TODAY)).path).toBe('markets[1].messaging.avoid');
    expect(failed(planChange(EXAMPLE, note('US-audience', 'Americans want', { kind: 'assumption' }), TODAY)).path).toBe('markets[1].audience.summary');
  });

  it('plans against the current revision when the note was taken on another, and says so', () => {
    const r = ok(planChange(EXAMPLE, note('US-cac', 'CAC of $55', { revision: 2 }), TODAY));
    expect(r.next.revision).toBe(4);
    expect(r.summary.en).toContain('the note was taken on revision 2, the change is drafted on the current revision 3');
    expect(r.summary.ru).toContain('заметка сделана по редакции 2');
  });

  it('fails with the problems when the edit would not validate', () => {
    // A broken document stays broken: the plan is refused rather than stored invalid.
    const doc = clone(EXAMPLE);
    doc.markets[1]!.kpis[1]!.min = 60;
    const r = failed(planChange(doc, note('US-cac', 'CAC of $55'), TODAY));
    expect(r.reason.en).toContain('would not be a valid document');
    expect(r.reason.en).toContain('markets[1].kpis[1]');
    expect(r.path).toBe('markets[1].kpis[1].max');
  });
});

describe('planChange on the second document (RU × AE)', () => {
  it('raises a cost cap in AED and keeps the revision unsigned', () => {
    const r = ok(planChange(SECOND, note('AE-cpo', 'CPO AED 900', { revision: 2 }), TODAY));
    expect(r.path).toBe('markets[1].kpis[2].max');
    expect(changes(SECOND, r.next)).toEqual(['revision: 2 → 3', 'updatedAt: "2027-02-03" → "2027-01-12"', 'markets[1].kpis[2].max: 700 → 900']);
    expect(signOffStatus(r.next).signed).toBe(false);
  });

  it('sets the booking window, moves an avoided channel by its document alias, raises the discount limit', () => {
    expect(ok(planChange(SECOND, note('AE-booking', 'within two weeks', { revision: 2 }), TODAY)).next.markets[1]!.kpis[0]!.windowDays).toBe(14);
    const direct = ok(planChange(SECOND, note('AE-channels', 'Яндекс Директ', { revision: 2, kind: 'channel' }), TODAY));
    expect(direct.next.markets[1]!.channels).toMatchObject({ secondary: ['google ads', 'whatsapp', 'yandex-direct'], avoid: ['vk', 'telegram'] });
    expect(ok(planChange(SECOND, note('RL-discount', '20% off', { revision: 2, kind: 'red-line' }), TODAY)).next.redLines[3]!.limit!.max).toBe(20);
  });

  it('adds an exception to a case-sensitive name red line in Russian, and fails a ruble figure for an AED KPI', () => {
    const r = ok(planChange(SECOND, note('RL-rivals', 'ИКЕА', { revision: 2, kind: 'red-line' }), TODAY));
    expect(r.path).toBe('redLines[2].except.ru');
    expect(r.next.redLines[2]!.except).toEqual({ ru: ['ИКЕА'] });
    expect(failed(planChange(SECOND, note('AE-cpo', '12 000 ₽', { revision: 2 }), TODAY)).reason.en).toContain('AE-cpo is measured in AED');
  });
});
