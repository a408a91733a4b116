import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n';
import { Card, PageHeader, QueryState, Stat } from '../../components/ui';
import { SimpleBars } from '../../components/charts/charts';
import { thisYear, useParam, yearOptions } from '../../lib/hooks';

/** JP compliance: PNS meeting the yearly 20 JP minimum and PPPK within the maximum, per unit or agency. */
export default function CompliancePage() {
  const { t, num, pct } = useI18n();
  const [year, setYear] = useParam('year', String(thisYear()));
  const [groupBy, setGroupBy] = useParam('groupBy', 'unit');
  const query = useQuery({
    queryKey: ['compliance', Number(year), groupBy, 'full'],
    queryFn: async () => unwrap(await api.GET('/api/v1/learning-hours/compliance', { params: { query: { year: Number(year), groupBy, limit: 200 } } })),
  });
  return (
    <>
      <PageHeader title={t('compliance.title')} subtitle={t('compliance.subtitle')} />
      <div className="filters">
        <label>
          {t('common.year')}
          <select value={year} onChange={(e) => setYear(e.target.value)}>
            {yearOptions().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('eval.groupBy')}
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value)}>
            <option value="unit">{t('employees.unit')}</option>
            <option value="agency">{t('profile.agency')}</option>
          </select>
        </label>
      </div>
      <QueryState query={query}>
        {(d) => (
          <>
            <div className="stats">
              <Stat label={t('dashboard.headcount')} value={num(d.total.headcount, 0)} />
              <Stat label={t('plans.pnsMeeting')} value={pct(d.total.pnsShareMeeting)} hint={t('dashboard.jpComplianceHint', { meeting: d.total.pnsMeetingCount, pns: d.total.pnsCount })} />
              <Stat label={t('compliance.below')} value={num(d.belowMinimumCount, 0)} />
              <Stat label={t('plans.pppkOver')} value={num(d.total.pppkOverMaximumCount, 0)} />
              <Stat label={t('compliance.meanJp')} value={num(d.total.meanJp, 1)} />
            </div>
            <Card title={t('compliance.byGroup')}>
              <SimpleBars
                layout="vertical"
                caption={t('dashboard.jpByUnitCaption', { year: d.year })}
                data={d.groups.map((g) => ({ name: g.name ?? g.code ?? '', share: Math.round((g.pnsShareMeeting ?? 0) * 100) }))}
                nameKey="name"
                dataKey="share"
                domain={[0, 100]}
                format={(v) => `${v}%`}
              />
              <div className="table-wrap" tabIndex={0}>
                <table>
                  <caption className="visually-hidden">{t('compliance.byGroup')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{groupBy === 'agency' ? t('profile.agency') : t('employees.unit')}</th>
                      <th scope="col" className="num">{t('dashboard.headcount')}</th>
                      <th scope="col" className="num">PNS</th>
                      <th scope="col" className="num">{t('plans.pnsMeeting')}</th>
                      <th scope="col" className="num">PPPK</th>
                      <th scope="col" className="num">{t('plans.pppkOver')}</th>
                      <th scope="col" className="num">{t('compliance.meanJp')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.groups.map((g) => (
                      <tr key={g.unitId ?? g.agencyId ?? g.code}>
                        <td>{g.name}</td>
                        <td className="num">{g.headcount}</td>
                        <td className="num">{g.pnsCount}</td>
                        <td className="num">
                          {g.pnsMeetingCount} ({pct(g.pnsShareMeeting)})
                        </td>
                        <td className="num">{g.pppkCount}</td>
                        <td className="num">{g.pppkOverMaximumCount}</td>
                        <td className="num">{num(g.meanJp, 1)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Card>
            <Card title={t('compliance.belowList', { count: d.belowMinimumCount })}>
              {d.belowMinimum.length === 0 ? (
                <p className="state empty">{t('compliance.allMeet')}</p>
              ) : (
                <div className="table-wrap" tabIndex={0}>
                  <table>
                    <caption className="visually-hidden">{t('compliance.belowList', { count: d.belowMinimumCount })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('employees.name')}</th>
                        <th scope="col">{t('employees.unit')}</th>
                        <th scope="col" className="num">JP</th>
                        <th scope="col" className="num">{t('plans.shortfall')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.belowMinimum.map((s) => (
                        <tr key={s.employeeId}>
                          <td>
                            <Link to={`/employees/${s.employeeId}`}>{s.fullName}</Link>
                            <div className="mono muted small">{s.nip}</div>
                          </td>
                          <td>{s.unitName}</td>
                          <td className="num">{s.jp}</td>
                          <td className="num">{s.shortfall}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </Card>
          </>
        )}
      </QueryState>
    </>
  );
}
