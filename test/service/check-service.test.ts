import { describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { MAX_CHECK_CHARS, protocol } from '../../lib/messaging/protocol';
import { createCheckService } from '../../lib/service/check-service';

const CONFLICT = 'For the US launch we will offer a 50% discount to every new subscriber.';

describe('check service', () => {
  it('uses the built-in document when nothing is stored, and its replies match the protocol', () => {
    const service = createCheckService(null);
    expect(service.doc).toMatchObject({ origin: 'builtin', revision: BUILTIN_DOCUMENT.revision, problem: null, signed: true });
    const reply = service.check('gmail:msg:1', CONFLICT, 'en');
    expect(protocol().CheckReply.safeParse(reply).success).toBe(true);
    const red = reply.findings.find((f) => f.kind === 'red-line');
    expect(red).toBeDefined();
    expect(CONFLICT.slice(red!.start, red!.end)).toMatch(/50%/);
    // Every finding's entry is described for the card.
    for (const f of reply.findings) expect(reply.sources[f.ruleId]?.text.length).toBeGreaterThan(0);
    expect(reply.truncated).toBe(false);
  });

  it('checks with a stored document of another team', () => {
    const doc = structuredClone(BUILTIN_DOCUMENT) as typeof BUILTIN_DOCUMENT;
    doc.title = 'Another team';
    doc.revision = 9;
    const service = createCheckService(doc);
    // Revision 9 was never signed: the example's sign-off is for revision 3.
    expect(service.doc).toMatchObject({ origin: 'stored', title: 'Another team', revision: 9, signed: false });
    expect(service.check('s', CONFLICT, 'en').findings.every((f) => f.revision === 9)).toBe(true);
  });

  it('falls back to the built-in document, saying why, when the stored one is invalid', () => {
    const service = createCheckService({ format: 'alignment/v1', title: 42 });
    expect(service.doc.origin).toBe('builtin');
    expect(service.doc.problem).toMatch(/not valid/);
    expect(service.check('s', CONFLICT, 'en').findings.length).toBeGreaterThan(0);
  });

  it('keeps streams apart: interleaved texts give the same findings as separate checks', () => {
    const a = 'Для России ставим тон дерзкий и провокационный.';
    const service = createCheckService(null);
    const alone = createCheckService(null).check('x', a, 'ru').findings;
    expect(alone.length).toBeGreaterThan(0);
    service.check('a', a, 'ru');
    service.check('b', CONFLICT, 'en');
    expect(service.check('a', a, 'ru').findings).toEqual(alone);
  });

  it('checks the start of a text past the size limit and says so', () => {
    const filler = 'Thanks for the notes.\n'.repeat(Math.ceil(MAX_CHECK_CHARS / 22) + 10);
    const reply = createCheckService(null).check('big', CONFLICT + '\n' + filler, 'en');
    expect(reply.truncated).toBe(true);
    expect(reply.findings.some((f) => f.kind === 'red-line')).toBe(true);
    expect(Math.max(...reply.findings.map((f) => f.end))).toBeLessThanOrEqual(MAX_CHECK_CHARS);
  });

  it('writes messages and sources in the requested language', () => {
    const reply = createCheckService(null).check('s', CONFLICT, 'ru');
    const red = reply.findings.find((f) => f.kind === 'red-line')!;
    expect(red.message).toMatch(/[а-я]/i);
    expect(reply.sources[red.ruleId]!.title).toBe('Красная линия');
  });
});
