// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentEditor } from '../../components/options/editor/DocumentEditor';
import { deepLinkHash, parseDeepLink, PROPOSED_CLASS } from '../../components/options/use-deep-link';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { proposeChange } from '../../lib/drift/propose';
import type { IntentionalNote } from '../../lib/storage/items';
import { createDocument } from '../../lib/storage/library';
import { setUiLangSetting } from '../../lib/ui-lang';
import { click, openOptions, text, unmountAll, until } from './helpers';

function note(ruleId: string, actual: string, patch: Partial<IntentionalNote> = {}): IntentionalNote {
  return { id: 'n1', at: '2027-01-10T09:00:00.000Z', site: 'gmail', where: 'thread-1', subject: null, kind: 'kpi', severity: 'warning', ruleId, market: null, actual, expected: '', revision: 3, note: '', ...patch };
}

async function propose(n: IntentionalNote, lang: 'en' | 'ru' = 'en') {
  const r = await proposeChange(n, lang);
  if (!r.ok) throw new Error(r.reason);
  return r;
}

/** Sets the page's hash as following a link would (a `hashchange` when the page is open). */
async function follow(hash: string): Promise<void> {
  await act(async () => {
    const old = window.location.href;
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: old, newURL: window.location.href }));
  });
}

function focused(): HTMLElement | null {
  return document.activeElement instanceof HTMLElement ? document.activeElement : null;
}

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', window.location.pathname);
});
afterEach(async () => {
  await unmountAll();
});

describe('deep link hash', () => {
  it('round-trips a document id, a JSON path and a summary', () => {
    const hash = deepLinkHash({ doc: 'sova-copy', path: 'markets[1].kpis[1].max', summary: 'US-cac: max raised from $35 to $55 & more' });
    expect(parseDeepLink(hash)).toEqual({ doc: 'sova-copy', path: 'markets[1].kpis[1].max', summary: 'US-cac: max raised from $35 to $55 & more' });
    // Written by hand, unencoded.
    expect(parseDeepLink('#doc=x&path=markets[0].tone.voice')).toEqual({ doc: 'x', path: 'markets[0].tone.voice', summary: null });
    expect(parseDeepLink('')).toBeNull();
    expect(parseDeepLink('#path=a')).toBeNull();
  });
});

describe('options page deep link', () => {
  it('opens the proposed document’s Edit tab with the notice, the field focused and highlighted', async () => {
    const r = await propose(note('US-cac', 'CAC of $55'));
    history.replaceState(null, '', `${window.location.pathname}${deepLinkHash({ doc: r.docId, path: r.path, summary: r.summary })}`);
    const m = await openOptions({ Editor: DocumentEditor });
    await until(() => expect(m.get('doc-view').dataset.id).toBe(r.docId));
    expect(m.get('tab-edit').getAttribute('aria-selected')).toBe('true');
    expect(text(m.get('proposed-notice'))).toBe(
      'Proposed from a check-in note: US-cac: max raised from $35 to $55 (revision 4, not signed off yet) — review and save as a new revision (it will need sign-off).',
    );
    await until(() => expect(focused()?.dataset.path).toBe('markets[1].kpis[1].max'));
    const field = focused() as HTMLInputElement;
    // The editor shows the draft: the proposed value, in a highlighted field.
    expect(field.value).toBe('55');
    expect(field.closest('.ed-field')?.classList.contains(PROPOSED_CLASS)).toBe(true);
    expect(m.container.querySelectorAll(`.${PROPOSED_CLASS}`)).toHaveLength(1);
    expect(text(m.get('draft-state'))).toContain('draft');
    // The hash is consumed: the same link can be followed again.
    expect(window.location.hash).toBe('');
  });

  it('follows a hash change while the page is open, from another document and tab', async () => {
    const other = await createDocument(BUILTIN_DOCUMENT, { name: 'Other' });
    if (!other.ok) throw new Error('did not validate');
    const r = await propose(note('RU-channels', 'TikTok', { kind: 'channel' }));
    const m = await openOptions({ Editor: DocumentEditor });
    await until(() => expect(m.has(`doc-item-${other.id}`)).toBe(true));
    await click(m.get(`doc-item-${other.id}`));
    await until(() => expect(m.get('doc-view').dataset.id).toBe(other.id));
    await click(m.get('tab-history'));
    expect(m.has('proposed-notice')).toBe(false);

    await follow(deepLinkHash({ doc: r.docId, path: r.path, summary: r.summary }));
    await until(() => expect(m.get('doc-view').dataset.id).toBe(r.docId));
    expect(m.get('tab-edit').getAttribute('aria-selected')).toBe('true');
    expect(text(m.get('proposed-notice'))).toContain('RU-channels: tiktok moved from avoid to secondary');
    await until(() => expect(focused()?.dataset.path).toBe('markets[0].channels.secondary'));
    expect((focused() as HTMLInputElement).value).toBe('youtube, dzen, tiktok');

    // Another link to a path that names a whole entry opens its first field; the highlight moves there.
    await follow(deepLinkHash({ doc: r.docId, path: 'markets[0].objective' }));
    await until(() => expect(focused()?.dataset.path).toBe('markets[0].objective.id'));
    const marked = [...m.container.querySelectorAll(`.${PROPOSED_CLASS}`)];
    expect(marked).toHaveLength(1);
    expect(marked[0]?.contains(focused())).toBe(true);
    // No summary in the link: no notice.
    expect(m.has('proposed-notice')).toBe(false);
  });

  it('says it in Russian when the page is in Russian', async () => {
    await setUiLangSetting('ru');
    const r = await propose(note('RU-tone', 'дерзко', { kind: 'tone' }), 'ru');
    history.replaceState(null, '', `${window.location.pathname}${deepLinkHash({ doc: r.docId, path: r.path, summary: r.summary })}`);
    const m = await openOptions({ Editor: DocumentEditor });
    await until(() => expect(text(m.get('proposed-notice'))).toContain('Предложено по заметке с еженедельной встречи: RU-tone: «edgy» перенесено'));
    expect(text(m.get('proposed-notice'))).toContain('её нужно будет подписать');
    await until(() => expect(focused()?.dataset.path).toBe('markets[0].tone.voice'));
  });
});
