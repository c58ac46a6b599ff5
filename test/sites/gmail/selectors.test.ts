// @vitest-environment happy-dom
// Selector match counts against the saved pages: ours (hand-built to Gmail's structure) and the real
// 2014/2020 markup in ../shared. Counts pin structure, not strings.
import { describe, expect, it } from 'vitest';
import { queryAll, queryFirst, type Alternatives } from '../../../lib/sites/dom-query';
import * as S from '../../../lib/sites/gmail/selectors';
import { hasShared, loadPage, ownPage, SHARED_DIR } from './fixtures';

const ALL = Object.entries(S) as [string, Alternatives][];

/** Matches of the first alternative that matches, as the adapter sees them. */
const count = (doc: ParentNode, sel: Alternatives) => queryAll(doc, sel).length;

describe('selectors.ts', () => {
  it('every selector is a non-empty list of valid CSS selectors', () => {
    expect(ALL.length).toBeGreaterThan(10);
    for (const [name, alts] of ALL) {
      expect(alts.length, name).toBeGreaterThan(0);
      for (const sel of alts) expect(() => document.querySelector(sel), `${name}: ${sel}`).not.toThrow();
    }
  });

  it('never selects on UI-language text (aria-label, data-tooltip, title, placeholder)', () => {
    for (const [name, alts] of ALL) for (const sel of alts) expect(sel, name).not.toMatch(/aria-label|data-tooltip|title|placeholder|:contains/i);
  });
});

describe('thread.html', () => {
  const doc = ownPage('thread.html');
  it.each<[string, Alternatives, number]>([
    ['MESSAGE (collapsed one included)', S.MESSAGE, 3],
    ['COLLAPSED_MESSAGE', S.COLLAPSED_MESSAGE, 1],
    ['MESSAGE_BODY (expanded only)', S.MESSAGE_BODY, 2],
    ['MESSAGE_SENDER', S.MESSAGE_SENDER, 3],
    ['MESSAGE_RECIPIENTS', S.MESSAGE_RECIPIENTS, 5],
    ['THREAD_SUBJECT', S.THREAD_SUBJECT, 1],
    ['QUOTE', S.QUOTE, 1],
    ['QUOTE_CONTAINER', S.QUOTE_CONTAINER, 1],
    ['QUOTE_ATTRIBUTION', S.QUOTE_ATTRIBUTION, 1],
    ['SIGNATURE', S.SIGNATURE, 1],
    ['BODY_CHROME', S.BODY_CHROME, 1],
    ['OWN_UI', S.OWN_UI, 0],
    ['COMPOSE_ROOT', S.COMPOSE_ROOT, 0],
    ['COMPOSE_EDITOR', S.COMPOSE_EDITOR, 0],
  ])('%s matches %i', (_name, sel, n) => {
    expect(count(doc, sel)).toBe(n);
  });

  it('the structure the selectors assume: each body is div.ii.gt > div.a3s inside a div.adn[data-message-id][data-legacy-message-id]', () => {
    for (const body of queryAll(doc, S.MESSAGE_BODY)) {
      expect(body.parentElement!.matches('div.ii.gt')).toBe(true);
      expect(body.closest('div.adn.ads[data-message-id][data-legacy-message-id]')).not.toBeNull();
    }
    const quote = queryFirst(doc, S.QUOTE)!;
    expect(quote.parentElement!.matches('div.gmail_quote')).toBe(true);
    expect(quote.previousElementSibling!.matches('div.gmail_attr')).toBe(true);
  });
});

describe('thread-long.html', () => {
  const doc = ownPage('thread-long.html');
  it('has six expanded messages, each after the first quoting the one before, two levels deep', () => {
    expect(count(doc, S.MESSAGE)).toBe(6);
    expect(count(doc, S.MESSAGE_BODY)).toBe(6);
    expect(count(doc, S.COLLAPSED_MESSAGE)).toBe(0);
    expect(count(doc, S.QUOTE)).toBe(5 + 4);
    expect(doc.querySelectorAll('blockquote.gmail_quote blockquote.gmail_quote')).toHaveLength(4);
  });
});

describe('compose.html', () => {
  const doc = ownPage('compose.html');
  it.each<[string, Alternatives, number]>([
    ['COMPOSE_ROOT', S.COMPOSE_ROOT, 1],
    ['COMPOSE_DIALOG', S.COMPOSE_DIALOG, 1],
    ['COMPOSE_EDITOR', S.COMPOSE_EDITOR, 1],
    ['COMPOSE_SUBJECT', S.COMPOSE_SUBJECT, 1],
    ['COMPOSE_RECIPIENT_CHIPS (the 2021+ chips: none in 2020 markup)', S.COMPOSE_RECIPIENT_CHIPS, 0],
    ['COMPOSE_RECIPIENT_EMAILS (a 2020-era chip)', S.COMPOSE_RECIPIENT_EMAILS, 1],
    ['COMPOSE_RECIPIENT_FIELDS (to, cc, bcc textareas and the chip\'s hidden input)', S.COMPOSE_RECIPIENT_FIELDS, 4],
    ['BODY_CHROME (the hidden "…" toggle beside the editor)', S.BODY_CHROME, 1],
    ['MESSAGE', S.MESSAGE, 0],
  ])('%s matches %i', (_name, sel, n) => {
    expect(count(doc, sel)).toBe(n);
  });

  it('the editor has today\'s classes and sits in td.Ap inside the dialog', () => {
    const editor = queryFirst(doc, S.COMPOSE_EDITOR)!;
    expect(editor.matches('div.Am.aiL.Al.editable.LW-avf.tS-tW[g_editable=true][contenteditable=true][role=textbox]')).toBe(true);
    expect(editor.closest('td.Ap')).not.toBeNull();
    expect(editor.closest('div.M9')!.closest('div.nH.Hd[role=dialog]')).not.toBeNull();
  });
});

describe('reply.html', () => {
  const doc = ownPage('reply.html');
  it.each<[string, Alternatives, number]>([
    ['MESSAGE', S.MESSAGE, 3],
    ['MESSAGE_BODY', S.MESSAGE_BODY, 2],
    ['COMPOSE_ROOT', S.COMPOSE_ROOT, 1],
    ['COMPOSE_DIALOG (an inline reply has none)', S.COMPOSE_DIALOG, 0],
    ['COMPOSE_EDITOR', S.COMPOSE_EDITOR, 1],
    ['COMPOSE_RECIPIENT_CHIPS (To and Cc)', S.COMPOSE_RECIPIENT_CHIPS, 2],
    ['QUOTE (in the message and in the editor)', S.QUOTE, 2],
    ['COMPOSE_SUBJECT', S.COMPOSE_SUBJECT, 1],
  ])('%s matches %i', (_name, sel, n) => {
    expect(count(doc, sel)).toBe(n);
  });

  it('the inline editor is div.Am.aO9.Al.editable inside the thread, holding a div.gmail_quote', () => {
    const editor = queryFirst(doc, S.COMPOSE_EDITOR)!;
    expect(editor.matches('div.Am.aO9.Al.editable[g_editable=true]')).toBe(true);
    expect(editor.closest('[role=list]')).not.toBeNull();
    expect(editor.querySelector('div.gmail_quote > blockquote.gmail_quote')).not.toBeNull();
  });
});

describe.skipIf(!hasShared)('real Gmail markup in ../shared', () => {
  it('gmail-compose-2020.html: one compose, one editor, in a dialog; no message', () => {
    const doc = loadPage(SHARED_DIR, 'gmail-compose-2020.html');
    expect(count(doc, S.COMPOSE_ROOT)).toBe(1);
    expect(count(doc, S.COMPOSE_DIALOG)).toBe(1);
    expect(count(doc, S.COMPOSE_EDITOR)).toBe(1);
    // The first alternative (.Ap [g_editable=true]) is the one that matches.
    expect(doc.querySelectorAll(S.COMPOSE_EDITOR[0]!)).toHaveLength(1);
    expect(count(doc, S.COMPOSE_SUBJECT)).toBe(1);
    expect(count(doc, S.COMPOSE_RECIPIENT_CHIPS)).toBe(0);
    expect(count(doc, S.MESSAGE)).toBe(0);
  });

  it('gmail-threadlist-2014.html: a thread list has no message, body or compose', () => {
    const doc = loadPage(SHARED_DIR, 'gmail-threadlist-2014.html');
    expect(doc.querySelectorAll('tr.zA').length).toBeGreaterThan(0);
    for (const sel of [S.MESSAGE, S.MESSAGE_BODY, S.COMPOSE_ROOT, S.COMPOSE_EDITOR, S.THREAD_SUBJECT]) expect(count(doc, sel)).toBe(0);
  });
});
