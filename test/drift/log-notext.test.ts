import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { findingDirection } from '../../lib/drift/aggregate';
import { clearDriftLog, flushDriftLog, recordCheck, type DriftSite, type SourceKind } from '../../lib/drift/log';
import { createChecker } from '../../lib/engine/check';
import { FINDING_KINDS } from '../../lib/engine/types';
import { addIntentional, dismiss, findingKey } from '../../lib/storage/items';

/**
 * The drift log keeps no text: random emails, drafts and briefs with conflicts from the example document,
 * checked by the real engine, recorded (some dismissed from the page), and then nothing the text itself
 * says is in the log's storage. What may legitimately appear is what the document says: its entries'
 * ids (`RL-discount` contains "discount") and market ids.
 */

const doc = BUILTIN_DOCUMENT;
const DOC_IDS = [
  ...doc.redLines.map((r) => r.id),
  ...doc.markets.flatMap((m) => [m.id, ...m.kpis.map((k) => k.id), m.tone.id, m.channels.id, m.messaging.id, m.objective.id, m.audience.id]),
  ...(doc.assumptions ?? []).map((a) => a.id),
];

/** Words nobody else writes: Latin letters past `f` (so never hex, never a hash) and Cyrillic ones. */
const secret = fc.oneof(fc.stringMatching(/^[g-z]{6,10}$/), fc.stringMatching(/^[ж-я]{6,10}$/));

/** A sentence that breaks the example document, with numbers that vary. */
const conflict = fc.oneof(
  fc.integer({ min: 36, max: 99 }).map((n) => `For the US, we propose a CAC of $${n}.`),
  fc.integer({ min: 31, max: 90 }).map((n) => `For the US we will offer a ${n}% discount.`),
  fc.integer({ min: 1, max: 8 }).map((n) => `In the US we advertise the plan at $${n}.99/month.`),
  fc.constant('Sova guarantees results for US users.'),
  fc.constant('We compare with Headspace in the US.'),
  fc.constant('For Russia, keep the tone edgy and irreverent.'),
  fc.integer({ min: 1900, max: 5000 }).map((n) => `Для России предлагаем CAC ${n} ₽.`),
  fc.integer({ min: 5, max: 40 }).map((n) => `RU nurture cycle: ${n} days.`),
  fc.integer({ min: 10, max: 24 }).map((n) => `US ROAS target: ${n / 10}.`),
  fc.integer({ min: 20, max: 45 }).map((n) => `For the US, conversion measured within ${n} days.`),
);

const paragraph = fc
  .tuple(secret, conflict, fc.array(secret, { minLength: 1, maxLength: 4 }), conflict, secret, fc.boolean())
  .map(([name, c1, words, c2, tail, quote]) => {
    const body = `Dear ${name},\n\n${c1} Also ${words.join(' ')} ${tail}.\n\n${c2}`;
    return quote ? `${body}\n\nOn Monday ${tail} wrote:\n> ${c1}` : body;
  });

const where = fc.constantFrom<[DriftSite, SourceKind, string]>(['gmail', 'email', 'gmail:msg:'], ['gmail', 'draft', 'gmail:compose:'], ['docs', 'brief', 'docs:'], ['page', 'brief', 'selection:']);

const ALLOWED_VALUES = new Set<string>([
  ...DOC_IDS,
  ...FINDING_KINDS,
  'gmail', 'docs', 'page', 'email', 'draft', 'brief', 'error', 'warning', 'info', 'open', 'dismissed', 'intentional', 'above', 'below',
]);
const RECORD_KEYS = new Set(['id', 'firstSeen', 'lastSeen', 'site', 'sourceKind', 'source', 'stream', 'finding', 'kind', 'ruleId', 'market', 'severity', 'quoted', 'revision', 'direction', 'state', 'v']);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const HASH = /^[0-9a-f]{16}$/;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('drift log: no text stored', () => {
  it('keeps none of the checked words, only ids the document gives, hashes, times and labels', async () => {
    const checker = createChecker(doc);
    let runs = 0;
    let withFindings = 0;
    await fc.assert(
      fc.asyncProperty(paragraph, secret, where, fc.boolean(), async (text, id, [site, sourceKind, prefix], mark) => {
        runs++;
        await clearDriftLog();
        await browser.storage.local.clear();
        const findings = checker.check(text, { uiLang: 'en' }).findings;
        if (findings.length > 0) withFindings++;
        const stream = `${prefix}${id}`;
        await recordCheck({ site, sourceKind, sourceKey: stream, findings, direction: findingDirection });
        await flushDriftLog();
        if (mark && findings[0]) await dismiss(stream, findingKey(findings[0]));
        await flushDriftLog();

        // The log's own keys. (lib/storage/items.ts keeps dismissals by message key and flagged words, and the
        // notes the user writes, as it always has: those are the page's, not the log's.)
        const all = await browser.storage.local.get(['driftLog', 'driftLog$', 'driftSettings', 'driftMarks']);
        const json = JSON.stringify(all).toLowerCase();
        // What the document itself says may be there; take it out before looking for the text.
        let rest = json;
        for (const docId of [...DOC_IDS].sort((a, b) => b.length - a.length)) rest = rest.split(docId.toLowerCase()).join('§');

        // The text's own words: the names and words made up for it, and the words each finding flagged.
        const own = [...text.matchAll(/[\p{L}]{4,}/gu)].map((m) => m[0].toLowerCase()).filter((w) => /[g-zа-яё]/.test(w) && !ALLOWED_VALUES.has(w) && !RECORD_KEYS.has(w));
        for (const w of own) {
          expect(rest, `stored storage holds "${w}"`).not.toContain(w);
        }
        for (const f of findings) if (f.actual.trim().length >= 4) expect(rest).not.toContain(f.actual.trim().toLowerCase());
        // Any 8 characters of the text in a row.
        const lower = text.toLowerCase();
        for (let i = 0; i + 8 <= lower.length; i++) expect(rest).not.toContain(lower.slice(i, i + 8));

        // And positively: the log holds only hashes, times, labels and the document's ids.
        for (const record of (all.driftLog as Record<string, unknown>[] | undefined) ?? []) {
          for (const [k, v] of Object.entries(record)) {
            expect(RECORD_KEYS.has(k), k).toBe(true);
            if (typeof v !== 'string') {
              expect(v === null || typeof v === 'boolean' || typeof v === 'number', k).toBe(true);
              continue;
            }
            expect(HASH.test(v) || ISO.test(v) || ALLOWED_VALUES.has(v), `${k}: ${v}`).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
    expect(runs).toBe(150);
    // The generator makes conflicts the engine finds: the property is not vacuous.
    expect(withFindings).toBeGreaterThan(140);
  });

  it('keeps the intentional note the user wrote, and no text in the log itself', async () => {
    const checker = createChecker(doc);
    const text = 'Dear zorvik,\n\nFor the US we will offer a 45% discount. Also mulgrath.';
    const findings = checker.check(text, { uiLang: 'en' }).findings;
    await recordCheck({ site: 'gmail', sourceKind: 'email', sourceKey: 'gmail:msg:q1', findings });
    await flushDriftLog();
    const f = findings[0]!;
    await addIntentional({ id: 'n', at: new Date().toISOString(), site: 'gmail', where: 'gmail:msg:q1', subject: null, kind: f.kind, severity: f.severity, ruleId: f.ruleId, market: f.market, actual: f.actual, expected: f.expected, revision: 3, note: 'ok' });
    const { driftLog } = await browser.storage.local.get('driftLog');
    const log = JSON.stringify(driftLog);
    expect(log).toContain('"state":"intentional"');
    for (const w of ['zorvik', 'mulgrath', '45%', 'discount.']) expect(log).not.toContain(w);
  });
});
