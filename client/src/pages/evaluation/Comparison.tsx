import type { Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { Badge } from '../../components/ui';
import { SimpleBars, palette } from '../../components/charts/charts';

type Comparison = Schemas['PairedComparison'];

export const bandTone = (band: Schemas['EffectivenessBand'] | null | undefined) =>
  band === 'Efektif' ? 'good' : band === 'CukupEfektif' ? 'info' : band === 'KurangEfektif' ? 'warn' : band ? 'bad' : 'neutral';

/** The figures of a paired before/after comparison, as a definition list. */
export function ComparisonFacts({ c }: { c: Comparison }) {
  const { t, te, num } = useI18n();
  const excluded = Object.entries(c.excluded ?? {}).filter(([, n]) => n > 0);
  return (
    <dl className="facts compact-facts">
      <div>
        <dt>{t('eval.paired')}</dt>
        <dd>{c.pairedCount}</dd>
      </div>
      <div>
        <dt>{t('eval.preMean')}</dt>
        <dd>
          {num(c.preMean)} <span className="muted small">(SD {num(c.preSd)})</span>
        </dd>
      </div>
      <div>
        <dt>{t('eval.postMean')}</dt>
        <dd>
          {num(c.postMean)} <span className="muted small">(SD {num(c.postSd)})</span>
        </dd>
      </div>
      <div>
        <dt>{t('eval.meanDifference')}</dt>
        <dd>
          {num(c.meanDifference)}
          {c.ciLower !== null ? <span className="muted small"> (95% CI {num(c.ciLower)} – {num(c.ciUpper)})</span> : null}
        </dd>
      </div>
      <div>
        <dt>{t('eval.tTest')}</dt>
        <dd>
          {c.t !== null ? `t(${c.df}) = ${num(c.t)}, p ${c.p !== null && c.p < 0.001 ? '< 0,001' : `= ${num(c.p, 3)}`}` : '–'}
          {c.testNote ? <div className="muted small">{c.testNote}</div> : null}
        </dd>
      </div>
      <div>
        <dt>{t('eval.wilcoxon')}</dt>
        <dd>{c.wilcoxonV !== null ? `V = ${num(c.wilcoxonV)}, p ${c.wilcoxonP !== null && c.wilcoxonP < 0.001 ? '< 0,001' : `= ${num(c.wilcoxonP, 3)}`}` : '–'}</dd>
      </div>
      <div>
        <dt>{t('eval.effectSize')}</dt>
        <dd>
          d<sub>z</sub> = {num(c.dz)} · {te('EffectSize', c.effectSize)}
        </dd>
      </div>
      <div>
        <dt>{t('eval.normalisedGain')}</dt>
        <dd>
          {num(c.meanIndividualGain)} · {te('GainCategory', c.gainCategory)}
          <div className="muted small">{t('eval.gainOfAverages', { value: num(c.gainOfAverages) })}</div>
        </dd>
      </div>
      <div>
        <dt>{t('eval.band')}</dt>
        <dd>{c.effectivenessBand ? <Badge tone={bandTone(c.effectivenessBand)}>{te('EffectivenessBand', c.effectivenessBand)}</Badge> : '–'}</dd>
      </div>
      {excluded.length ? (
        <div>
          <dt>{t('eval.excluded')}</dt>
          <dd>{excluded.map(([k, n]) => `${te('Excluded', k)}: ${n}`).join(' · ')}</dd>
        </div>
      ) : null}
    </dl>
  );
}

export function GainHistogram({ c, caption }: { c: Comparison; caption: string }) {
  const { num } = useI18n();
  const data = c.gainDistribution.map((b) => ({ bin: b.lower === null ? `< ${num(b.upper, 1)}` : `${num(b.lower, 1)}–${num(b.upper, 1)}`, count: b.count }));
  return <SimpleBars data={data} dataKey="count" nameKey="bin" caption={caption} color={palette.primary} height={220} />;
}
