/**
 * The forms for each part of `alignment/v1` (see FORMAT.md in the shared alignment folder). Every
 * field edits its own path; nothing here rebuilds an entry from the fields it knows.
 */
import { useId } from 'react';
import { ALIGNMENT_FORMAT, FLEXIBILITY_LEVELS, HYPOTHESIS_STATUSES, METRIC_UNITS, STRATEGIES } from '@/lib/alignment/schema';
import { useEditor } from './context';
import { CheckboxField, LangMapField, LangTextField, ListField, NumberField, PathProblems, SelectField, TextField } from './fields';
import { freshId, Group, ItemList, takenIds } from './items';
import { getIn, type Path } from '@/lib/alignment/paths';
import { TryBench } from './TryBench';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Suggestions for an input that names an entry elsewhere (a market id, a metric id). */
function Suggestions({ id, values }: { id: string; values: readonly string[] }) {
  return (
    <datalist id={id}>
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
}

export function DocumentFields() {
  const { t } = useEditor();
  const f = t.fields;
  return (
    <div className="ed-grid">
      <SelectField path={['format']} label={f.format} options={[ALIGNMENT_FORMAT]} />
      <TextField path={['id']} label={f.id} />
      <TextField path={['title']} label={f.title} wide />
      <NumberField path={['revision']} label={f.revision} />
      <TextField path={['updatedAt']} label={f.updatedAt} />
    </div>
  );
}

export function PartiesFields() {
  const { t, value } = useEditor();
  const f = t.fields;
  return (
    <ItemList
      path={['parties']}
      kind="party"
      make={() => ({ id: freshId('party-', takenIds(value())), name: '', role: '', domains: [], languages: [] })}
      render={(_item, _i, at) => (
        <>
          <TextField path={[...at, 'id']} label={f.id} />
          <TextField path={[...at, 'name']} label={f.name} />
          <TextField path={[...at, 'role']} label={f.role} wide />
          <ListField path={[...at, 'domains']} label={f.domains} by="comma" />
          <ListField path={[...at, 'languages']} label={f.languages} by="comma" />
        </>
      )}
    />
  );
}

export function ProductFields() {
  const { t } = useEditor();
  const f = t.fields;
  return (
    <div className="ed-grid">
      <TextField path={['product', 'name']} label={f.name} />
      <TextField path={['product', 'summary']} label={f.summary} multiline />
      <LangMapField path={['product', 'names']} label={f.names} />
    </div>
  );
}

export function SuccessFields() {
  const { t } = useEditor();
  const f = t.fields;
  return (
    <div className="ed-grid">
      <TextField path={['success', 'quantitative']} label={f.quantitative} multiline />
      <ListField path={['success', 'qualitative']} label={f.qualitative} wide />
    </div>
  );
}

export function MetricsFields() {
  const { t } = useEditor();
  const f = t.fields;
  return (
    <ItemList
      path={['metrics']}
      kind="metric"
      make={(items) => ({ id: freshId('metric-', new Set(items.map((m) => str((m as { id?: unknown })?.id)))), unit: '%', names: {} })}
      render={(_item, _i, at) => (
        <>
          <TextField path={[...at, 'id']} label={f.id} />
          <SelectField path={[...at, 'unit']} label={f.unit} options={METRIC_UNITS} />
          <LangMapField path={[...at, 'names']} label={f.names} />
        </>
      )}
    />
  );
}

export function ChannelsFields() {
  const { t } = useEditor();
  const f = t.fields;
  return (
    <ItemList
      path={['channels']}
      kind="channel"
      make={(items) => ({ id: freshId('channel-', new Set(items.map((c) => str((c as { id?: unknown })?.id)))), names: {} })}
      render={(_item, _i, at) => (
        <>
          <TextField path={[...at, 'id']} label={f.id} />
          <LangMapField path={[...at, 'names']} label={f.names} />
        </>
      )}
    />
  );
}

/** A new market with every required part, ids derived from the market id. */
export function newMarket(id: string, name: string, owner: string): Record<string, unknown> {
  return {
    id,
    name: { en: name },
    owner,
    languages: [],
    names: {},
    currency: 'USD',
    objective: { id: `${id}-objective`, strategy: 'trust-first', summary: '' },
    audience: { id: `${id}-audience`, summary: '' },
    kpis: [],
    channels: { id: `${id}-channels`, primary: [], secondary: [], avoid: [] },
    tone: { id: `${id}-tone`, voice: [], avoid: [] },
    messaging: { id: `${id}-messaging`, lead: [], avoid: [] },
  };
}

export function MarketsFields() {
  const { value, partyIds } = useEditor();
  return (
    <ItemList
      path={['markets']}
      kind="market"
      make={() => newMarket(freshId('M', takenIds(value())), '', partyIds[0] ?? '')}
      render={(_item, _i, at) => <MarketFields at={at} />}
    />
  );
}

function MarketFields({ at }: { at: Path }) {
  const { t, value, metricIds, partyIds } = useEditor();
  const f = t.fields;
  const metricsList = useId();
  const partiesList = useId();
  const marketId = str(getIn(value(), [...at, 'id'])) || 'market';
  return (
    <>
      <Suggestions id={metricsList} values={metricIds} />
      <Suggestions id={partiesList} values={partyIds} />
      <TextField path={[...at, 'id']} label={f.id} />
      <TextField path={[...at, 'owner']} label={f.owner} list={partiesList} />
      <TextField path={[...at, 'currency']} label={f.currency} />
      <ListField path={[...at, 'languages']} label={f.languages} by="comma" />
      <LangTextField path={[...at, 'name']} label={f.name} />
      <LangMapField path={[...at, 'names']} label={f.names} />

      <Group path={[...at, 'objective']} title={f.objective}>
        <TextField path={[...at, 'objective', 'id']} label={f.id} />
        <SelectField path={[...at, 'objective', 'strategy']} label={f.strategy} options={STRATEGIES} labels={t.strategy} />
        <TextField path={[...at, 'objective', 'summary']} label={f.summary} multiline />
      </Group>

      <Group path={[...at, 'audience']} title={f.audience}>
        <TextField path={[...at, 'audience', 'id']} label={f.id} />
        <TextField path={[...at, 'audience', 'summary']} label={f.summary} multiline />
      </Group>

      <Group path={[...at, 'kpis']} title={f.kpis} claim={false}>
        <div className="ed-wide">
          <ItemList
            path={[...at, 'kpis']}
            kind="kpi"
            make={() => ({ id: freshId(`${marketId}-kpi-`, takenIds(value())), metric: '' })}
            render={(item, _i, kpiAt) => (
              <>
                <TextField path={[...kpiAt, 'id']} label={f.id} />
                <TextField path={[...kpiAt, 'metric']} label={f.metric} list={metricsList} />
                <NumberField path={[...kpiAt, 'target']} label={f.target} />
                <NumberField path={[...kpiAt, 'min']} label={f.min} />
                <NumberField path={[...kpiAt, 'max']} label={f.max} />
                <TextField path={[...kpiAt, 'unit']} label={f.unit} optional />
                <NumberField path={[...kpiAt, 'windowDays']} label={f.windowDays} />
                <div className="ed-wide">
                  <TryBench kind="kpi" ruleId={(item as { id?: unknown } | null)?.id} itemPath={kpiAt} />
                </div>
              </>
            )}
          />
        </div>
      </Group>

      <Group path={[...at, 'baselines']} title={f.baselines} claim={false}>
        <div className="ed-wide">
          <ItemList
            path={[...at, 'baselines']}
            kind="baseline"
            make={() => ({ metric: '' })}
            render={(_item, _i, bAt) => (
              <>
                <TextField path={[...bAt, 'metric']} label={f.metric} list={metricsList} />
                <NumberField path={[...bAt, 'value']} label={f.value} />
                <TextField path={[...bAt, 'unit']} label={f.unit} optional />
                <TextField path={[...bAt, 'source']} label={f.source} optional wide />
              </>
            )}
          />
        </div>
      </Group>

      <Group path={[...at, 'channels']} title={f.channelPlan}>
        <TextField path={[...at, 'channels', 'id']} label={f.id} />
        <ListField path={[...at, 'channels', 'primary']} label={f.primary} by="comma" />
        <ListField path={[...at, 'channels', 'secondary']} label={f.secondary} by="comma" />
        <ListField path={[...at, 'channels', 'avoid']} label={f.avoid} by="comma" />
        <TextField path={[...at, 'channels', 'why']} label={f.why} optional multiline />
      </Group>

      <Group path={[...at, 'tone']} title={f.tone}>
        <TextField path={[...at, 'tone', 'id']} label={f.id} />
        <ListField path={[...at, 'tone', 'voice']} label={f.voice} by="comma" />
        <ListField path={[...at, 'tone', 'avoid']} label={f.avoid} by="comma" />
        <ListField path={[...at, 'tone', 'examples']} label={f.examples} optional wide />
      </Group>

      <Group path={[...at, 'messaging']} title={f.messaging}>
        <TextField path={[...at, 'messaging', 'id']} label={f.id} />
        <ListField path={[...at, 'messaging', 'lead']} label={f.lead} by="comma" />
        <ListField path={[...at, 'messaging', 'avoid']} label={f.avoid} by="comma" />
      </Group>
    </>
  );
}

export function RedLinesFields() {
  const { t, value, set, remove, metricIds } = useEditor();
  const f = t.fields;
  const metricsList = useId();
  return (
    <>
      <Suggestions id={metricsList} values={metricIds} />
      <ItemList
        path={['redLines']}
        kind="redLine"
        addTestId="add-red-line"
        itemTestId={(i) => `red-line-${i}`}
        make={() => ({ id: freshId('RL-', takenIds(value())), rule: '', markets: ['*'], terms: { en: [], ru: [] } })}
        render={(item, _i, at) => {
          const limit = getIn(item, ['limit']);
          return (
            <>
              <TextField path={[...at, 'id']} label={f.id} testId="red-line-id" />
              <ListField path={[...at, 'markets']} label={f.markets} by="comma" hint={t.hints.marketsList} />
              <TextField path={[...at, 'rule']} label={f.rule} multiline />
              <LangMapField path={[...at, 'terms']} label={f.terms} testIdPrefix="red-line-terms" />
              <LangMapField path={[...at, 'except']} label={f.except} testIdPrefix="red-line-except" />
              <CheckboxField path={[...at, 'caseSensitive']} label={f.caseSensitive} testId="red-line-case-sensitive" />
              {limit === undefined ? (
                <div className="ed-wide ed-limit-none">
                  <PathProblems path={[...at, 'limit']} />
                  <button type="button" className="ed-add" onClick={() => set([...at, 'limit'], { metric: '' })}>
                    + {t.addLimit}
                  </button>
                </div>
              ) : (
                <Group path={[...at, 'limit']} title={f.limit}>
                  <TextField path={[...at, 'limit', 'metric']} label={f.metric} list={metricsList} />
                  <NumberField path={[...at, 'limit', 'min']} label={f.min} />
                  <NumberField path={[...at, 'limit', 'max']} label={f.max} />
                  <TextField path={[...at, 'limit', 'unit']} label={f.unit} optional />
                  <div className="ed-wide">
                    <button type="button" className="ed-remove-inline" onClick={() => remove([...at, 'limit'])}>
                      {t.removeLimit}
                    </button>
                  </div>
                </Group>
              )}
              <div className="ed-wide">
                <TryBench kind="redLine" ruleId={(item as { id?: unknown } | null)?.id} itemPath={at} />
              </div>
            </>
          );
        }}
      />
    </>
  );
}

export function HypothesesFields() {
  const { t, value } = useEditor();
  const f = t.fields;
  return (
    <ItemList
      path={['hypotheses']}
      kind="hypothesis"
      make={() => ({ id: freshId('H', takenIds(value())), statement: '', markets: [], status: 'proposed' })}
      render={(_item, _i, at) => (
        <>
          <TextField path={[...at, 'id']} label={f.id} />
          <SelectField path={[...at, 'status']} label={f.status} options={HYPOTHESIS_STATUSES} labels={t.status} />
          <ListField path={[...at, 'markets']} label={f.markets} by="comma" />
          <TextField path={[...at, 'statement']} label={f.statement} multiline />
          <TextField path={[...at, 'evidence']} label={f.evidence} optional multiline />
        </>
      )}
    />
  );
}

export function AssumptionsFields() {
  const { t, value, marketIds } = useEditor();
  const f = t.fields;
  const marketsList = useId();
  return (
    <>
      <Suggestions id={marketsList} values={marketIds} />
      <ItemList
        path={['assumptions']}
        kind="assumption"
        make={() => ({ id: freshId('A', takenIds(value())), market: marketIds[0] ?? '', statement: '' })}
        render={(_item, _i, at) => (
          <>
            <TextField path={[...at, 'id']} label={f.id} />
            <TextField path={[...at, 'market']} label={f.market} list={marketsList} />
            <TextField path={[...at, 'statement']} label={f.statement} multiline />
            <TextField path={[...at, 'because']} label={f.because} optional multiline />
            <TextField path={[...at, 'test']} label={f.test} optional multiline />
          </>
        )}
      />
    </>
  );
}

export function CompromiseFields() {
  const { t } = useEditor();
  const f = t.fields;
  return (
    <ItemList
      path={['compromise']}
      kind="compromise"
      make={() => ({ area: '', flexibility: 'medium' })}
      render={(_item, _i, at) => (
        <>
          <TextField path={[...at, 'area']} label={f.area} />
          <SelectField path={[...at, 'flexibility']} label={f.flexibility} options={FLEXIBILITY_LEVELS} labels={t.flexibility} />
        </>
      )}
    />
  );
}

export function RiskToleranceFields() {
  const { t, value, marketIds } = useEditor();
  const f = t.fields;
  const pivots = getIn(value(), ['riskTolerance', 'pivotAfterDays']);
  const keys = pivots && typeof pivots === 'object' && !Array.isArray(pivots) ? Object.keys(pivots) : [];
  const markets = [...marketIds, ...keys.filter((k) => !marketIds.includes(k))];
  return (
    <div className="ed-grid">
      <NumberField path={['riskTolerance', 'testBudgetShare']} label={f.testBudgetShare} hint={t.hints.share} />
      <fieldset className="ed-langs ed-wide">
        <legend>{f.pivotAfterDays}</legend>
        <p className="ed-hint">{t.hints.pivot}</p>
        <PathProblems path={['riskTolerance', 'pivotAfterDays']} />
        {markets.length === 0 ? <p className="ed-hint">{t.hints.noMarkets}</p> : null}
        <div className="ed-lang-rows">
          {markets.map((market) => (
            <NumberField key={market} path={['riskTolerance', 'pivotAfterDays', market]} label={`${f.pivotAfterDays} · ${market}`} />
          ))}
        </div>
      </fieldset>
      <TextField path={['riskTolerance', 'note']} label={f.note} optional multiline />
    </div>
  );
}

export function CadenceFields() {
  const { t } = useEditor();
  const f = t.fields;
  return (
    <div className="ed-grid">
      <TextField path={['cadence', 'checkIn']} label={f.checkIn} optional wide />
      <ListField path={['cadence', 'participants']} label={f.participants} optional wide />
    </div>
  );
}

export function SignOffFields() {
  const { t, value, partyIds } = useEditor();
  const f = t.fields;
  const partiesList = useId();
  return (
    <>
      <Suggestions id={partiesList} values={partyIds} />
      <ItemList
        path={['signOff']}
        kind="signOff"
        make={(items) => {
          const revision = getIn(value(), ['revision']);
          return { party: partyIds[items.length] ?? partyIds[0] ?? '', name: '', role: '', date: today(), revision: typeof revision === 'number' ? revision : 1 };
        }}
        render={(_item, _i, at) => (
          <>
            <TextField path={[...at, 'party']} label={f.party} list={partiesList} />
            <TextField path={[...at, 'name']} label={f.name} />
            <TextField path={[...at, 'role']} label={f.role} />
            <TextField path={[...at, 'date']} label={f.date} />
            <NumberField path={[...at, 'revision']} label={f.revision} />
          </>
        )}
      />
    </>
  );
}
