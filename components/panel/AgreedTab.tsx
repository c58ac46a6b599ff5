import { useId, type ReactNode } from 'react';
import type { AlignmentDoc } from '@/lib/alignment/schema';
import type { UiLang } from '@/lib/engine/types';
import type { UiText } from '../i18n';
import { Assumptions, Hypotheses, RedLines, SignOff } from './DocSections';
import { KpiTable } from './KpiTable';
import { ChannelPlans, ToneMessaging } from './MarketSections';

interface Props {
  t: UiText;
  lang: UiLang;
  doc: AlignmentDoc;
}

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="agreed-section" aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** What the teams agreed, as the document says it: KPIs, channels, tone and messaging, red lines, hypotheses, assumptions, sign-off. */
export function AgreedTab({ t, lang, doc }: Props) {
  const p = t.panel;
  return (
    <div className="agreed">
      <Section title={p.kpis} testId="agreed-kpis">
        <KpiTable t={t} lang={lang} doc={doc} />
      </Section>
      <Section title={p.channels} testId="agreed-channels">
        <ChannelPlans t={t} lang={lang} doc={doc} />
      </Section>
      <Section title={p.toneMessaging} testId="agreed-tone">
        <ToneMessaging t={t} lang={lang} doc={doc} />
      </Section>
      <Section title={p.redLines} testId="agreed-red-lines">
        <RedLines t={t} lang={lang} doc={doc} />
      </Section>
      <Section title={p.hypotheses} testId="agreed-hypotheses">
        <Hypotheses t={t} lang={lang} doc={doc} />
      </Section>
      <Section title={p.assumptions} testId="agreed-assumptions">
        <Assumptions t={t} lang={lang} doc={doc} />
      </Section>
      <Section title={p.signOff} testId="agreed-sign-off">
        <SignOff t={t} lang={lang} doc={doc} />
      </Section>
    </div>
  );
}
