import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { conflictSentence, escapeMarkdown, formatDay, formatRange, plural, reportMarkdown, sourcesPhrase } from '../../lib/drift/markdown';
import { SYNTHETIC_REPORT } from './synthetic';

/**
 * The Markdown export, pinned byte for byte in both UI languages. After an intended change to the
 * wording, rewrite the goldens with `UPDATE_GOLDEN=1 npx vitest run test/report` and read the diff.
 */
const GOLDEN_DIR = join(import.meta.dirname, '..', 'fixtures', 'report');

describe('reportMarkdown goldens', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`writes test/fixtures/report/report.${lang}.md`, () => {
      const file = join(GOLDEN_DIR, `report.${lang}.md`);
      const md = reportMarkdown(SYNTHETIC_REPORT, BUILTIN_DOCUMENT, lang);
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, md);
      }
      expect(md).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('is pure: the same report gives the same bytes', () => {
    expect(reportMarkdown(SYNTHETIC_REPORT, BUILTIN_DOCUMENT, 'ru')).toBe(reportMarkdown(structuredClone(SYNTHETIC_REPORT), BUILTIN_DOCUMENT, 'ru'));
  });
});

describe('escaping user text', () => {
  it('escapes every Markdown-special character and a leading #', () => {
    expect(escapeMarkdown('a|b *c* _d_ `e` [f](g) <h> \\')).toBe('a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\\\');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('  # indented')).toBe('  \\# indented');
    expect(escapeMarkdown('C# inside')).toBe('C# inside');
  });

  it('keeps a note within its list item: line breaks become spaces', () => {
    expect(escapeMarkdown('one\n\n## two\r\nthree')).toBe('one ## two three');
  });

  it('escapes notes, flagged words and subjects in the export, and quotes each note line', () => {
    const md = reportMarkdown(SYNTHETIC_REPORT, BUILTIN_DOCUMENT, 'en');
    expect(md).toContain('“Re: \\[Launch\\] US \\*paid\\* plan”');
    expect(md).toContain('flagged: “CAC of $42 \\| launch week”');
    expect(md).toContain('  > \\# Launch week only\n  > We accept a higher CAC for \\_two\\_ weeks; see \\<the plan\\> and \\`Q1-budget\\` \\[draft\\].\n');
    expect(md).not.toContain('<the plan>');
  });
});

describe('Russian plurals', () => {
  it.each([
    [1, 'письмо'],
    [2, 'письма'],
    [4, 'письма'],
    [5, 'писем'],
    [11, 'писем'],
    [12, 'писем'],
    [14, 'писем'],
    [21, 'письмо'],
    [22, 'письма'],
    [25, 'писем'],
    [101, 'письмо'],
    [111, 'писем'],
    [0, 'писем'],
  ])('%i %s', (n, word) => {
    expect(plural(n, 'письмо', 'письма', 'писем')).toBe(word);
  });

  it('counts sources in the form the sentence needs', () => {
    expect(sourcesPhrase({ email: 1, draft: 0, brief: 0 }, 'ru')).toBe('1 письме');
    expect(sourcesPhrase({ email: 21, draft: 0, brief: 0 }, 'ru')).toBe('21 письме');
    expect(sourcesPhrase({ email: 2, draft: 0, brief: 1 }, 'ru')).toBe('2 письмах и 1 брифе');
    expect(sourcesPhrase({ email: 11, draft: 5, brief: 1 }, 'ru')).toBe('11 письмах, 5 черновиках и 1 брифе');
    expect(sourcesPhrase({ email: 1, draft: 0, brief: 2 }, 'en')).toBe('1 email and 2 briefs');
  });
});

describe('sentences', () => {
  const [cac, discount] = SYNTHETIC_REPORT.topRules;
  it('writes the top conflicts as the issue asks', () => {
    expect(conflictSentence(cac!, BUILTIN_DOCUMENT, 'en')).toBe('US-cac: 4 emails proposed a CAC above $35');
    expect(conflictSentence(discount!, BUILTIN_DOCUMENT, 'en')).toBe('RL-discount: 2 emails and 1 brief crossed the red line: No discount deeper than 30%.');
    expect(conflictSentence(cac!, BUILTIN_DOCUMENT, 'ru')).toBe('US-cac: CAC выше $35 в 4 письмах');
  });

  it('formats ranges without Intl', () => {
    expect(formatRange(SYNTHETIC_REPORT.range, 'en')).toBe('24 Nov – 1 Dec 2026');
    expect(formatRange(SYNTHETIC_REPORT.range, 'ru')).toBe('24 ноя – 1 дек 2026');
    const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).toISOString();
    expect(formatRange({ from: day(2026, 11, 16), to: day(2026, 11, 24) }, 'en')).toBe('16–23 Nov 2026');
    expect(formatRange({ from: day(2026, 12, 28), to: day(2027, 1, 4) }, 'ru')).toBe('28 дек 2026 – 3 янв 2027');
    expect(formatRange({ from: day(2026, 5, 3), to: day(2026, 5, 4) }, 'ru')).toBe('3 мая 2026');
    // Up to now (the default range): the last day is today.
    expect(formatRange({ from: day(2026, 11, 24), to: new Date(2026, 11, 1, 15, 30).toISOString() }, 'en')).toBe('24 Nov – 1 Dec 2026');
    expect(formatDay('2026-03-09', 'ru')).toBe('9 мар 2026');
  });
});
