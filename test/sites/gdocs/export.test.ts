// The fallback route: document ids in Docs URLs, the Markdown export turned into engine text, and
// fetching it (HTTP errors, sign-in pages instead of Markdown, huge responses).
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  accountFromUrl,
  docIdFromUrl,
  exportedText,
  exportUrl,
  fetchSavedText,
  MAX_SAVED_CHARS,
  type FetchLike,
} from '../../../lib/sites/gdocs/export';
import { EXPORT_MD } from './fake-docs';

const ID = '1ybGsBpMShQhXgmAhTmioVeQbDBf1WY_GrWmIODf0wQ4';

describe('docIdFromUrl', () => {
  it.each([
    [`https://docs.google.com/document/d/${ID}/edit`, ID],
    [`https://docs.google.com/document/d/${ID}/edit?usp=sharing#heading=h.abc`, ID],
    [`https://docs.google.com/document/d/${ID}`, ID],
    [`https://docs.google.com/document/d/${ID}/`, ID],
    [`https://docs.google.com/document/u/0/d/${ID}/edit`, ID],
    [`https://docs.google.com/document/u/2/d/${ID}/preview`, ID],
    [`https://docs.google.com/a/example.com/document/d/${ID}/edit`, ID],
    ['http://127.0.0.1:5173/document/d/accord-fixture/edit?annotate=off', 'accord-fixture'],
  ])('%s → %s', (url, id) => {
    expect(docIdFromUrl(url)).toBe(id);
  });

  it.each([
    'https://docs.google.com/document/d/e/2PACX-1vRabc/pub',
    'https://docs.google.com/document/u/0/',
    'https://docs.google.com/spreadsheets/d/1ybGsBpMShQhXgmAhTmioVeQbDBf1WY/edit',
    'https://docs.google.com/document/d/short/edit',
    'https://docs.google.com/document/d/has%20space0000/edit',
    'https://example.com/some/document/d/1ybGsBpMShQhXgmAhTmioVeQbDBf1WY/edit',
    'not a url',
    '',
  ])('%s → null', (url) => {
    expect(docIdFromUrl(url)).toBeNull();
  });

  it('accountFromUrl: the /u/<n>/ index, else null', () => {
    expect(accountFromUrl(`https://docs.google.com/document/u/1/d/${ID}/edit`)).toBe(1);
    expect(accountFromUrl(`https://docs.google.com/document/d/${ID}/edit`)).toBeNull();
    expect(accountFromUrl('nonsense')).toBeNull();
  });

  it('exportUrl', () => {
    expect(exportUrl('https://docs.google.com', ID)).toBe(`https://docs.google.com/document/d/${ID}/export?format=md`);
    expect(exportUrl('https://docs.google.com/', ID, 1)).toBe(`https://docs.google.com/document/u/1/d/${ID}/export?format=md`);
  });
});

describe('exportedText', () => {
  it('keeps headings, list items, quotes and table rows; drops escapes, emphasis, links, images and rules', () => {
    const md = [
      '# **Sova launch** {#h.x1}',
      '',
      '![][image1]',
      '',
      '## US market \\(Bridgewell\\)',
      '',
      '**KPIs:** conversion 4% in 14 days; CAC up to $48, a *soft* target; ~~old~~ plan\\.',
      '',
      '* Instagram and [email](https://mail.example/x_(y)) lead',
      '+ TikTok supports',
      '1\\. Not a list: the number was typed',
      '2. A real list item with a snake_case_name and _emphasis_',
      '',
      '> Quoted: 45\\% discount\\!  ',
      '',
      '| Market | CAC |',
      '| :---- | ----: |',
      '| US | $48<br>per trial |',
      '',
      '---',
      '',
      'Escaped stars \\*stay\\* and so does a backslash before a letter \\n.',
      'Code: `npm run`, entities &amp; &#x20BD; &nope;',
      '',
      '```',
      '**kept as is** in a fence',
      '```',
      '',
      '[image1]: <data:image/png;base64,iVBORw0KGgo=>',
      '',
    ].join('\n');
    expect(exportedText(md)).toBe(
      [
        '# Sova launch',
        '',
        '## US market (Bridgewell)',
        '',
        'KPIs: conversion 4% in 14 days; CAC up to $48, a soft target; old plan.',
        '',
        '- Instagram and email lead',
        '- TikTok supports',
        '1. Not a list: the number was typed',
        '2. A real list item with a snake_case_name and emphasis',
        '',
        '> Quoted: 45% discount!',
        '',
        '| Market | CAC |',
        '| US | $48 per trial |',
        '',
        'Escaped stars *stay* and so does a backslash before a letter \\n.',
        'Code: npm run, entities & ₽ &nope;',
        '',
        '**kept as is** in a fence',
      ].join('\n'),
    );
  });

  it('the fixture export reads like the live text, image data and comment gone', () => {
    const text = exportedText(readFileSync(EXPORT_MD, 'utf8'));
    expect(text.startsWith('# Sova spring launch: joint creative brief, draft 4\n\n## Purpose')).toBe(true);
    expect(text).toContain('Audience: wellness-minded adults 25-40 who already use at least one health app.');
    expect(text).toContain('YouTube and Dzen support.');
    expect(text).not.toMatch(/data:image|\\|\*\*|<!--|\]\(/);
  });

  it('CRLF line ends are read as LF', () => {
    expect(exportedText('# A\r\n\r\nb\\-c\r\n')).toBe('# A\n\nb-c');
  });
});

describe('fetchSavedText', () => {
  const origin = 'https://docs.google.com';
  const respond = (body: BodyInit | null, init: ResponseInit = {}): FetchLike => vi.fn(async () => new Response(body, init));

  it('fetches the export with the session and returns its text', async () => {
    const fetchFn = respond('# Brief\n\n**Offer:** a 45% discount\\.\n', { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
    await expect(fetchSavedText(fetchFn, origin, ID)).resolves.toEqual({ ok: true, text: '# Brief\n\nOffer: a 45% discount.' });
    expect(fetchFn).toHaveBeenCalledWith(`${origin}/document/d/${ID}/export?format=md`, expect.objectContaining({ credentials: 'include' }));
  });

  it('uses the tab’s account', async () => {
    const fetchFn = respond('x');
    await fetchSavedText(fetchFn, origin, ID, 2);
    expect(fetchFn).toHaveBeenCalledWith(`${origin}/document/u/2/d/${ID}/export?format=md`, expect.anything());
  });

  it.each([401, 403, 404, 429, 500])('HTTP %i → http-%i', async (status) => {
    await expect(fetchSavedText(respond('Not found', { status }), origin, ID)).resolves.toEqual({ ok: false, reason: `http-${status}` });
  });

  it('a failing request → network', async () => {
    const fetchFn: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(fetchSavedText(fetchFn, origin, ID)).resolves.toEqual({ ok: false, reason: 'network' });
  });

  it('a sign-in page (HTML, 200 after redirects) → login-page', async () => {
    const html = '<!DOCTYPE html><html lang="en"><head><title>Sign in - Google Accounts</title></head><body>…</body></html>';
    await expect(fetchSavedText(respond(html, { headers: { 'content-type': 'text/html; charset=UTF-8' } }), origin, ID)).resolves.toEqual({
      ok: false,
      reason: 'login-page',
    });
    // Even when the type says otherwise, HTML is not Markdown.
    await expect(fetchSavedText(respond(`\n  ${html}`, { headers: { 'content-type': 'text/plain' } }), origin, ID)).resolves.toEqual({
      ok: false,
      reason: 'login-page',
    });
  });

  it('a document over the limit → too-large; one at the limit is fine', async () => {
    const atLimit = 'a'.repeat(MAX_SAVED_CHARS);
    await expect(fetchSavedText(respond(atLimit), origin, ID)).resolves.toEqual({ ok: true, text: atLimit });
    await expect(fetchSavedText(respond(`${atLimit}b`), origin, ID)).resolves.toEqual({ ok: false, reason: 'too-large' });
  });

  it('an endless response is cut off → too-large', async () => {
    let pulls = 0;
    const chunk = new TextEncoder().encode('word '.repeat(200_000)); // 1 MB
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(chunk);
      },
    });
    await expect(fetchSavedText(respond(endless), origin, ID)).resolves.toEqual({ ok: false, reason: 'too-large' });
    expect(pulls).toBeLessThan(30);
  });

  it('a declared length far past the limit is refused unread', async () => {
    const fetchFn: FetchLike = async () => new Response('small', { headers: { 'content-length': String(500_000_000) } });
    await expect(fetchSavedText(fetchFn, origin, ID)).resolves.toEqual({ ok: false, reason: 'too-large' });
  });
});
