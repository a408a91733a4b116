import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { Badge, Card, PageHeader, QueryState } from '../../components/ui';
import { SimpleBars, palette } from '../../components/charts/charts';
import { useParam, yearOptions } from '../../lib/hooks';
import { bandTone } from './Comparison';

export default function EvaluationsPage() {
  const { t, te, num } = useI18n();
  const [groupBy, setGroupBy] = useParam('groupBy', 'Program');
  const [year, setYear] = useParam('year');
  const query = useQuery({
    queryKey: ['evaluations', groupBy, year],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/evaluations', { params: { query: { groupBy: groupBy as Schemas['EvaluationGrouping'], year: year ? Number(year) : undefined } } })),
  });
  return (
    <>
      <PageHeader title={t('eval.title')} subtitle={t('eval.subtitle')} />
      <div className="filters">
        <label>
          {t('eval.groupBy')}
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value)}>
            {(['Program', 'Competency', 'Agency'] as const).map((g) => (
              <option key={g} value={g}>
                {te('EvaluationGrouping', g)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('common.year')}
          <select value={year} onChange={(e) => setYear(e.target.value)}>
            <option value="">{t('common.all')}</option>
            {yearOptions().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryState query={query} isEmpty={(d) => d.groups.length === 0} empty={t('eval.none')}>
        {(d) => (
          <>
            <Card title={t('eval.gainChart')}>
              <SimpleBars
                layout="vertical"
                caption={t('eval.gainChartCaption')}
                data={d.groups.map((g) => ({ name: g.name, gain: Number((g.comparison.meanIndividualGain ?? 0).toFixed(2)) }))}
                nameKey="name"
                dataKey="gain"
                domain={[0, 1]}
                color={palette.current}
              />
            </Card>
            <div className="table-wrap" tabIndex={0}>
              <table>
                <caption className="visually-hidden">{t('eval.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{te('EvaluationGrouping', d.groupBy)}</th>
                    <th scope="col" className="num">{t('eval.sessions')}</th>
                    <th scope="col" className="num">{t('eval.paired')}</th>
                    <th scope="col" className="num">{t('eval.preMean')}</th>
                    <th scope="col" className="num">{t('eval.postMean')}</th>
                    <th scope="col" className="num">d<sub>z</sub></th>
                    <th scope="col" className="num">{t('eval.normalisedGain')}</th>
                    <th scope="col">{t('eval.band')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.groups.map((g) => (
                    <tr key={g.id}>
                      <td>
                        <span className="mono">{g.code}</span> {g.name}
                      </td>
                      <td className="num">{g.sessions}</td>
                      <td className="num">{g.comparison.pairedCount}</td>
                      <td className="num">{num(g.comparison.preMean)}</td>
                      <td className="num">{num(g.comparison.postMean)}</td>
                      <td className="num">{num(g.comparison.dz)}</td>
                      <td className="num">{num(g.comparison.meanIndividualGain)}</td>
                      <td>
                        {g.comparison.effectivenessBand ? <Badge tone={bandTone(g.comparison.effectivenessBand)}>{te('EffectivenessBand', g.comparison.effectivenessBand)}</Badge> : '–'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
