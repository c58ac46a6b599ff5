import { describe, expect, it } from 'vitest';
import { summarizeFindings, uiText } from '../../components/i18n';

describe('finding summary', () => {
  it('counts by kind, red lines first, as the banner shows it', () => {
    const fs = [{ kind: 'kpi' as const }, { kind: 'red-line' as const }, { kind: 'kpi' as const }];
    expect(summarizeFindings(uiText('en'), fs, 3)).toBe('3 conflicts with the alignment document (rev. 3): 1 red line, 2 KPI');
    expect(summarizeFindings(uiText('en'), [{ kind: 'tone' as const }], 1)).toBe('1 conflict with the alignment document (rev. 1): 1 tone');
  });

  it('says when the revision checked against is not signed off by every party', () => {
    expect(summarizeFindings(uiText('en'), [{ kind: 'tone' as const }], 4, false)).toBe('1 conflict with the alignment document (rev. 4, not signed off): 1 tone');
    expect(summarizeFindings(uiText('ru'), [{ kind: 'tone' as const }], 4, false)).toContain('(ред. 4, не подписана)');
  });

  it('uses Russian plural forms', () => {
    const t = uiText('ru');
    const n = (k: number) => summarizeFindings(t, Array.from({ length: k }, () => ({ kind: 'channel' as const })), 2);
    expect(n(1)).toMatch(/^1 расхождение /);
    expect(n(3)).toMatch(/^3 расхождения /);
    expect(n(5)).toMatch(/^5 расхождений /);
    expect(n(11)).toMatch(/^11 расхождений /);
    expect(n(21)).toMatch(/^21 расхождение /);
  });
});

describe('report notes', () => {
  it('are written from their codes in the UI language, line by line; unknown ones stay as they are', () => {
    expect(uiText('en').panel.note('live-unavailable:api-missing\ntruncated')).toBe(
      'Live text unavailable (api-missing): showing the saved version. Only the first part of this very long text was checked.',
    );
    expect(uiText('ru').panel.note('unreadable:http-403')).toBe('Документ не удалось прочитать (http-403).');
    expect(uiText('ru').panel.note('something new')).toBe('something new');
  });
});
