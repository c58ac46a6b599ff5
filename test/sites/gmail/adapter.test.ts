// @vitest-environment happy-dom
// The Gmail adapter on the saved pages: what it finds, the text it gives the engine, and that the
// engine's offsets and the DOM agree (a finding's range covers exactly the finding's text).
import { describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../../lib/alignment/builtin';
import { rangeFor, offsetAt, pointAt, type TextMap } from '../../../lib/dom/text-map';
import { createChecker } from '../../../lib/engine/check';
import type { Finding } from '../../../lib/engine/types';
import {
  composeText,
  findComposes,
  findMessages,
  isPartner,
  messageText,
  type GmailMessage,
} from '../../../lib/sites/gmail/adapter';
import { ownPage } from './fixtures';

const PARTNER_DOMAINS = BUILTIN_DOCUMENT.parties.find((p) => p.id === 'partner')!.domains;

/** Text equality up to what extraction changes: NBSP read as a space, collapsed white space runs. */
const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

function expectFindingsMapToDom(map: TextMap, findings: Finding[]): void {
  for (const f of findings) {
    const r = rangeFor(map, f.start, f.end);
    expect(r, `${f.ruleId} ${f.start}-${f.end}`).not.toBeNull();
    expect(norm(r!.toString())).toBe(norm(map.text.slice(f.start, f.end)));
    // And back: the range's ends map to the finding's offsets.
    expect(offsetAt(map, r!.startContainer, r!.startOffset)).toBe(f.start);
    expect(offsetAt(map, r!.endContainer, r!.endOffset)).toBe(f.end);
  }
}

function expectRoundTrip(map: TextMap): void {
  for (let i = 0; i < map.text.length; i++) {
    const p = pointAt(map, i);
    if (!p) continue;
    const s = rangeFor(map, i, i + 1)!.toString();
    if (s !== map.text[i]) expect(map.text[i] === ' ' && /\s|\u00a0/.test(s), `char ${i}: ${JSON.stringify(s)}`).toBe(true);
    expect(offsetAt(map, p.node, p.offset)).toBe(i);
  }
}

const summary = (fs: Finding[]) => fs.map((f) => `${f.ruleId}${f.quoted ? ' (quoted)' : ''}`);

describe('findMessages', () => {
  it('thread.html: the two expanded messages with their metadata; the collapsed one has no body and is left out', () => {
    const ms = findMessages(ownPage('thread.html'));
    expect(ms.map((m) => ({ id: m.id, sender: m.sender, recipients: m.recipients, subject: m.subject }))).toEqual([
      {
        id: 'msg-f:1851290011223344556',
        sender: 'oleg@northlight.ru',
        recipients: ['mark@bridgewell.com', 'irina@northlight.ru'],
        subject: 'Sova US launch: offer and creative plan',
      },
      {
        id: 'msg-f:1851377788990011223',
        sender: 'mark@bridgewell.com',
        recipients: ['irina@northlight.ru', 'oleg@northlight.ru', 'dana@bridgewell.com'],
        subject: 'Sova US launch: offer and creative plan',
      },
    ]);
    for (const m of ms) {
      expect(m.el.matches('div.adn')).toBe(true);
      expect(m.body.matches('div.a3s')).toBe(true);
      expect(m.el.contains(m.body)).toBe(true);
    }
  });

  it('falls back to data-legacy-message-id and searches only under the given root', () => {
    const doc = ownPage('thread.html');
    const last = doc.querySelectorAll('div.adn')[2]!;
    last.removeAttribute('data-message-id');
    const ms = findMessages(last.closest('[role=listitem]')!);
    expect(ms.map((m) => m.id)).toEqual(['19b5c1a9f7d3e044']);
    // The subject heading is outside that root: found from the element's root node.
    expect(ms[0]!.subject).toBe('Sova US launch: offer and creative plan');
  });

  it('thread-long.html: six messages, all with a body', () => {
    const ms = findMessages(ownPage('thread-long.html'));
    expect(ms.map((m) => m.sender)).toEqual([
      'irina@northlight.ru',
      'mark@bridgewell.com',
      'oleg@northlight.ru',
      'mark@bridgewell.com',
      'irina@northlight.ru',
      'dana@bridgewell.com',
    ]);
    expect(new Set(ms.map((m) => m.id)).size).toBe(6);
  });

  it('a page without a thread has no message', () => {
    expect(findMessages(ownPage('compose.html'))).toEqual([]);
  });
});

describe('findComposes', () => {
  it('compose.html: the floating compose with its partner chip and subject', () => {
    const [c, ...rest] = findComposes(ownPage('compose.html'));
    expect(rest).toEqual([]);
    expect(c!.inline).toBe(false);
    expect(c!.recipients).toEqual(['partner@bridgewell.com']);
    expect(c!.subject).toBe('Sova launch: RU copy deck');
    expect(c!.root.matches('div.M9')).toBe(true);
    expect(c!.editor.matches('[contenteditable=true][g_editable=true]')).toBe(true);
    expect(composeText(c!).text).toBe('');
  });

  it('reply.html: the inline reply with To and Cc chips and the hidden "Re:" subject', () => {
    const [c, ...rest] = findComposes(ownPage('reply.html'));
    expect(rest).toEqual([]);
    expect(c!.inline).toBe(true);
    expect(c!.recipients).toEqual(['mark@bridgewell.com', 'oleg@northlight.ru']);
    expect(c!.subject).toBe('Re: Sova US launch: offer and creative plan');
    expect(c!.editor.matches('div.Am.aO9')).toBe(true);
  });

  it('gives each compose an id that stays the same for the life of its element', () => {
    const doc = ownPage('reply.html');
    const a = findComposes(doc)[0]!;
    expect(findComposes(doc)[0]!.id).toBe(a.id);
    // A second compose (a copy of the first) gets another id; a stamped data attribute wins.
    const copy = a.root.cloneNode(true) as Element;
    a.root.parentElement!.append(copy);
    const both = findComposes(doc);
    expect(both).toHaveLength(2);
    expect(both[0]!.id).toBe(a.id);
    expect(both[1]!.id).not.toBe(a.id);
    copy.setAttribute('data-accord-compose-id', 'stamped-7');
    expect(findComposes(doc)[1]!.id).toBe('stamped-7');
  });

  it('reads typed addresses from the recipient fields', () => {
    const doc = ownPage('compose.html');
    const cc = doc.querySelector<HTMLTextAreaElement>('textarea[name=cc]')!;
    cc.value = 'Dana Reyes <Dana@Bridgewell.com>, ops@example.org; bad-address';
    expect(findComposes(doc)[0]!.recipients).toEqual(['partner@bridgewell.com', 'Dana@Bridgewell.com', 'ops@example.org']);
  });
});

describe('isPartner', () => {
  const domains = ['bridgewell.com'];
  it.each<[string, (string | null)[], boolean]>([
    ['the exact domain', ['mark@bridgewell.com'], true],
    ['any case', ['MARK@BridgeWell.COM'], true],
    ['a subdomain', ['mark@mail.bridgewell.com'], true],
    ['a fully qualified domain with its trailing dot', ['mark@bridgewell.com.'], true],
    ['a display-name address', ['Mark Ellison <mark@bridgewell.com>'], true],
    ['one partner among others', [null, 'irina@northlight.ru', 'dana@bridgewell.com'], true],
    ['a domain that only ends with the same letters', ['x@evilbridgewell.com'], false],
    ['the partner domain as a subdomain of another', ['x@bridgewell.com.evil.io'], false],
    ['a different top-level domain', ['x@bridgewell.co'], false],
    ['the partner domain in the local part', ['bridgewell.com@evil.io'], false],
    ['junk after the domain', ['x@evil.io?bridgewell.com', 'x@bridgewell.com/evil'], false],
    ['no address at all', [null, '', 'bridgewell.com'], false],
    ['our own team', ['irina@northlight.ru'], false],
  ])('%s', (_name, emails, expected) => {
    expect(isPartner(emails, domains)).toBe(expected);
  });

  it('accepts configured domains written loosely, and no domain matches nothing', () => {
    expect(isPartner(['mark@bridgewell.com'], ['@Bridgewell.com'])).toBe(true);
    expect(isPartner(['mark@bridgewell.com'], [' BRIDGEWELL.COM. '])).toBe(true);
    expect(isPartner(['mark@bridgewell.com'], [])).toBe(false);
    expect(isPartner(['mark@bridgewell.com'], ['', 'not a domain'])).toBe(false);
  });

  it('finds the partner message of thread.html by its sender, and not our own team', () => {
    const ms = findMessages(ownPage('thread.html'));
    expect(ms.map((m) => isPartner([m.sender], PARTNER_DOMAINS))).toEqual([false, true]);
  });
});

describe('messageText', () => {
  const doc = ownPage('thread.html');
  const partner = findMessages(doc).find((m) => isPartner([m.sender], PARTNER_DOMAINS))!;
  const map = messageText(partner);
  const lines = map.text.split('\n');

  it('gives the quoted history as "> " lines and keeps the attribution line unquoted', () => {
    const attribution = lines.findIndex((l) => l.startsWith('On Tue, Nov 24, 2026'));
    expect(lines[attribution]).toMatch(/wrote:$/);
    const quoted = lines.slice(attribution + 1);
    expect(quoted.length).toBe(6);
    for (const l of quoted) expect(l).toMatch(/^> \S/);
    // Nothing before the attribution is quoted.
    for (const l of lines.slice(0, attribution)) expect(l.startsWith('>')).toBe(false);
  });

  it('keeps the signature, with its "-- " separator, as lines of its own', () => {
    expect(map.text).toContain('\n--\nMark Ellison\nManaging Director, Bridgewell Partners\nNew York\n');
  });

  it('skips Gmail chrome (the "…" toggle) and our own injected UI', () => {
    const before = map.text;
    const badge = document.createElement('span');
    badge.setAttribute('data-accord-ui', 'badge');
    badge.textContent = '3 conflicts';
    partner.body.querySelector('div')!.prepend(badge);
    const after = messageText(partner);
    expect(after.text).toBe(before);
    expect(after.text).not.toContain('conflicts');
    badge.remove();
    // The toggle holds only an image; its removal changes nothing either.
    partner.body.querySelector('div.ajR')!.remove();
    expect(messageText(partner).text).toBe(before);
  });

  it('reads lists, bold headings, NBSP and emoji as plain lines', () => {
    expect(lines).toContain('US plan:');
    expect(lines).toContain('Please send the RU copy deck by Friday so we can align visuals.');
    expect(map.text).toContain('with 50% off the annual plan');
    expect(map.text).toContain('loved the screens 🎉');
    expect(map.text).not.toMatch(/ {2}|\u00a0/);
  });

  it('round-trips every real character of every message of every fixture', () => {
    for (const name of ['thread.html', 'thread-long.html', 'reply.html']) {
      for (const m of findMessages(ownPage(name))) expectRoundTrip(messageText(m));
    }
    for (const name of ['compose.html', 'reply.html']) {
      for (const c of findComposes(ownPage(name))) expectRoundTrip(composeText(c));
    }
  });
});

describe('the real engine on adapter text: offsets and the DOM agree', () => {
  const checker = createChecker(BUILTIN_DOCUMENT);

  it('thread.html, partner message: the signed conflicts, the quoted one flagged quoted', () => {
    const partner = findMessages(ownPage('thread.html')).find((m) => isPartner([m.sender], PARTNER_DOMAINS))!;
    const map = messageText(partner);
    const { findings } = checker.check(map.text);
    expect(summary(findings)).toEqual(['RL-discount', 'US-cac', 'RU-tone', 'RU-channels (quoted)']);
    const text = (ruleId: string) => {
      const f = findings.find((x) => x.ruleId === ruleId)!;
      return rangeFor(map, f.start, f.end)!.toString();
    };
    // The discount is written "50%&nbsp;off" in the page: the figure's range is the DOM's.
    expect(text('RL-discount')).toBe('50%');
    expect(text('US-cac')).toBe('$55');
    expect(text('RU-tone')).toBe('edgy and irreverent');
    expect(text('RU-channels')).toBe('TikTok');
    expectFindingsMapToDom(map, findings);
    // The quoted finding's range lies inside the Gmail quote; the others do not.
    for (const f of findings) {
      const inQuote = (rangeFor(map, f.start, f.end)!.startContainer.parentElement!.closest('blockquote.gmail_quote') !== null);
      expect(inQuote, f.ruleId).toBe(f.quoted);
    }
  });

  it('thread.html, our own message: no conflict', () => {
    const own = findMessages(ownPage('thread.html')).find((m) => !isPartner([m.sender], PARTNER_DOMAINS))!;
    expect(checker.check(messageText(own).text).findings).toEqual([]);
  });

  it('reply.html, the inline reply: the draft\'s own conflict, and the quoted partner text flagged quoted', () => {
    const c = findComposes(ownPage('reply.html'))[0]!;
    const map = composeText(c);
    const { findings } = checker.check(map.text);
    expect(summary(findings)).toEqual(['US-channels', 'RL-discount (quoted)', 'RU-tone (quoted)']);
    expect(rangeFor(map, findings[0]!.start, findings[0]!.end)!.toString()).toBe('VK');
    expectFindingsMapToDom(map, findings);
  });

  it('a finding still maps after the engine\'s text is edited in the DOM (re-extract, re-check)', () => {
    const c = findComposes(ownPage('compose.html'))[0]!;
    // Test content typed into the editor the way Gmail's editor holds it: a div per line.
    for (const line of ['Hi Mark,', '', 'Let\u2019s promise guaranteed results in the US ads.']) {
      const div = c.editor.ownerDocument.createElement('div');
      if (line) div.textContent = line;
      else div.append(c.editor.ownerDocument.createElement('br'));
      c.editor.append(div);
    }
    const map = composeText(c);
    expect(map.text).toBe('Hi Mark,\n\nLet\u2019s promise guaranteed results in the US ads.');
    const { findings } = checker.check(map.text);
    expect(summary(findings)).toEqual(['RL-guarantee']);
    expect(rangeFor(map, findings[0]!.start, findings[0]!.end)!.toString()).toBe('guaranteed');
  });

  it('thread-long.html: every message extracted and checked quickly, every finding mapped to the DOM', () => {
    const doc = ownPage('thread-long.html');
    const t0 = performance.now();
    const ms: GmailMessage[] = findMessages(doc);
    const results = ms.map((m) => {
      const map = messageText(m);
      return { map, findings: checker.check(map.text).findings };
    });
    const elapsed = performance.now() - t0;
    const words = results.reduce((n, r) => n + r.map.text.split(/\s+/).length, 0);
    expect(words).toBeGreaterThan(2_000);
    // Generous on a loaded CI machine; a few tens of milliseconds on a laptop.
    expect(elapsed).toBeLessThan(5_000);
    const all = results.flatMap((r) => r.findings);
    expect(all.filter((f) => f.ruleId === 'RL-guarantee').map((f) => f.quoted)).toEqual([false, true, true]);
    for (const r of results) expectFindingsMapToDom(r.map, r.findings);
    // The last message quotes two levels deep.
    expect(results[5]!.map.text).toMatch(/^> > \S/m);
  });
});
