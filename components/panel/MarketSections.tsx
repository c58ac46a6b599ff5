import type { ReactNode } from 'react';
import type { AlignmentDoc, Market } from '@/lib/alignment/schema';
import type { UiLang } from '@/lib/engine/types';
import type { UiText } from '../i18n';
import { localName } from './format';

interface Props {
  t: UiText;
  lang: UiLang;
  doc: AlignmentDoc;
}

/** A list of words as small chips; nothing at all when the list is empty. */
function Chips({ words, tone }: { words: readonly string[]; tone?: 'avoid' }) {
  if (words.length === 0) return <span className="muted">—</span>;
  return (
    <ul className={`chips${tone ? ` chips-${tone}` : ''}`}>
      {words.map((w) => (
        <li key={w} className="chip">
          {w}
        </li>
      ))}
    </ul>
  );
}

function MarketCard({ market, lang, testId, children }: { market: Market; lang: UiLang; testId: string; children: ReactNode }) {
  return (
    <article className="market-card" data-testid={testId} data-market={market.id}>
      <h3>{localName(market.name, lang, market.id)}</h3>
      <dl className="facts">{children}</dl>
    </article>
  );
}

/** A channel id in the document's words when its glossary names it, else as written. */
function channelName(doc: AlignmentDoc, id: string, lang: UiLang): string {
  const entry = (doc.channels ?? []).find((c) => c.id.toLowerCase() === id.toLowerCase());
  return entry?.names[lang]?.[0] ?? entry?.names.en?.[0] ?? id;
}

/** Each market's channel plan: primary, secondary, avoid, and why. */
export function ChannelPlans({ t, lang, doc }: Props) {
  const names = (ids: readonly string[]) => ids.map((id) => channelName(doc, id, lang));
  return (
    <div className="market-grid">
      {doc.markets.map((m) => (
        <MarketCard key={m.id} market={m} lang={lang} testId="channel-plan">
          <dt>{t.panel.primary}</dt>
          <dd>
            <Chips words={names(m.channels.primary)} />
          </dd>
          <dt>{t.panel.secondary}</dt>
          <dd>
            <Chips words={names(m.channels.secondary)} />
          </dd>
          <dt>{t.panel.avoid}</dt>
          <dd>
            <Chips words={names(m.channels.avoid)} tone="avoid" />
          </dd>
          {m.channels.why !== undefined && (
            <>
              <dt>{t.panel.why}</dt>
              <dd>{m.channels.why}</dd>
            </>
          )}
        </MarketCard>
      ))}
    </div>
  );
}

/** Each market's agreed voice and what its message leads with, and what both avoid. */
export function ToneMessaging({ t, lang, doc }: Props) {
  return (
    <div className="market-grid">
      {doc.markets.map((m) => {
        const example = m.tone.examples?.[0];
        return (
          <MarketCard key={m.id} market={m} lang={lang} testId="tone-messaging">
            <dt>{t.panel.voice}</dt>
            <dd>
              <Chips words={m.tone.voice} />
            </dd>
            <dt>{t.panel.toneAvoid}</dt>
            <dd>
              <Chips words={m.tone.avoid} tone="avoid" />
            </dd>
            {example !== undefined && (
              <>
                <dt>{t.panel.examples}</dt>
                <dd>
                  <q className="example">{example}</q>
                </dd>
              </>
            )}
            <dt>{t.panel.lead}</dt>
            <dd>
              <Chips words={m.messaging.lead} />
            </dd>
            <dt>{t.panel.leadAvoid}</dt>
            <dd>
              <Chips words={m.messaging.avoid} tone="avoid" />
            </dd>
          </MarketCard>
        );
      })}
    </div>
  );
}
