import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n';
import { can, useUser } from '../auth/AuthProvider';
import { Card, ErrorBox, Loading, PageHeader, Stat } from '../components/ui';
import { SimpleBars, palette } from '../components/charts/charts';
import { thisYear, useParam, weightedMean, yearOptions } from '../lib/hooks';

export default function DashboardPage() {
  const user = useUser();
  if (user.role === 'Employee') return <Navigate to="/me" replace />;
  return <Dashboard />;
}

function Dashboard() {
  const { t, num, pct } = useI18n();
  const user = useUser();
  const analyst = can.analyse(user.role);
  const [yearText, setYear] = useParam('year', String(thisYear()));
  const year = Number(yearText);

  const gaps = useQuery({
    queryKey: ['tna/gaps', 'unit'],
    queryFn: async () => unwrap(await api.GET('/api/v1/tna/gaps', { params: { query: { groupBy: 'unit' } } })),
    enabled: analyst,
  });
  const compliance = useQuery({
    queryKey: ['compliance', year, 'unit'],
    queryFn: async () => unwrap(await api.GET('/api/v1/learning-hours/compliance', { params: { query: { year, groupBy: 'unit', limit: 1 } } })),
    enabled: analyst,
  });
  const sessions = useQuery({
    queryKey: ['training-sessions', 'year', year],
    queryFn: async () => unwrap(await api.GET('/api/v1/training-sessions', { params: { query: { year, pageSize: 1 } } })),
  });
  const evaluations = useQuery({
    queryKey: ['evaluations', 'Program', year],
    queryFn: async () => unwrap(await api.GET('/api/v1/evaluations', { params: { query: { groupBy: 'Program', year } } })),
    enabled: analyst,
  });

  const meanGain = evaluations.data
    ? weightedMean(evaluations.data.groups.map((g) => ({ value: g.comparison.meanIndividualGain, weight: g.comparison.individualGainCount })))
    : null;
  const total = gaps.data?.total;

  const value = (q: { isPending: boolean; isError: boolean; fetchStatus: string }, text: string) =>
    q.isPending && q.fetchStatus !== 'idle' ? '…' : q.isError ? t('common.unavailable') : text;

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        subtitle={user.agency?.name ?? t('topbar.national')}
        actions={
          <label className="inline">
            {t('common.year')}{' '}
            <select value={yearText} onChange={(e) => setYear(e.target.value)}>
              {yearOptions().map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        }
      />
      <div className="stats">
        {analyst ? (
          <>
            <Stat label={t('dashboard.headcount')} value={value(gaps, num(total?.headcount, 0))} hint={t('dashboard.headcountHint')} />
            <Stat
              label={t('dashboard.meetingStandard')}
              value={value(gaps, pct(total?.shareMeetingStandard))}
              hint={total ? t('dashboard.meetingStandardHint', { meeting: num(total.meetingStandardCount, 0), assessed: num(total.fullyAssessedCount, 0) }) : undefined}
            />
            <Stat label={t('dashboard.meanGap')} value={value(gaps, num(total?.meanGap, 2))} hint={t('dashboard.meanGapHint')} />
            <Stat
              label={t('dashboard.jpCompliance')}
              value={value(compliance, pct(compliance.data?.total.pnsShareMeeting))}
              hint={compliance.data ? t('dashboard.jpComplianceHint', { meeting: num(compliance.data.total.pnsMeetingCount, 0), pns: num(compliance.data.total.pnsCount, 0) }) : undefined}
            />
          </>
        ) : null}
        <Stat label={t('dashboard.trainings', { year })} value={value(sessions, num(sessions.data?.totalCount, 0))} hint={t('dashboard.trainingsHint')} />
        {analyst ? <Stat label={t('dashboard.meanGain')} value={value(evaluations, num(meanGain, 2))} hint={t('dashboard.meanGainHint')} /> : null}
      </div>

      {analyst ? (
        <div className="grid-2">
          <Card title={t('dashboard.byUnit')}>
            {gaps.isPending ? (
              <Loading />
            ) : gaps.isError ? (
              <ErrorBox error={gaps.error} onRetry={() => void gaps.refetch()} />
            ) : (
              <SimpleBars
                layout="vertical"
                caption={t('dashboard.byUnitCaption')}
                data={gaps.data.groups
                  .filter((g) => g.shareMeetingStandard !== null)
                  .map((g) => ({ name: g.unitName ?? g.unitCode ?? '', share: Math.round((g.shareMeetingStandard ?? 0) * 100) }))}
                nameKey="name"
                dataKey="share"
                domain={[0, 100]}
                format={(v) => `${v}%`}
                color={palette.current}
              />
            )}
          </Card>
          <Card title={t('dashboard.jpByUnit')}>
            {compliance.isPending ? (
              <Loading />
            ) : compliance.isError ? (
              <ErrorBox error={compliance.error} onRetry={() => void compliance.refetch()} />
            ) : (
              <SimpleBars
                layout="vertical"
                caption={t('dashboard.jpByUnitCaption', { year })}
                data={compliance.data.groups.map((g) => ({ name: g.name ?? g.code ?? '', share: Math.round((g.pnsShareMeeting ?? 0) * 100) }))}
                nameKey="name"
                dataKey="share"
                domain={[0, 100]}
                format={(v) => `${v}%`}
              />
            )}
          </Card>
          <Card title={t('dashboard.gainByProgram', { year })}>
            {evaluations.isPending ? (
              <Loading />
            ) : evaluations.isError ? (
              <ErrorBox error={evaluations.error} onRetry={() => void evaluations.refetch()} />
            ) : evaluations.data.groups.length === 0 ? (
              <p className="state empty">{t('dashboard.noEvaluations')}</p>
            ) : (
              <SimpleBars
                layout="vertical"
                caption={t('dashboard.gainCaption')}
                data={evaluations.data.groups.map((g) => ({ name: g.name, gain: Number((g.comparison.meanIndividualGain ?? 0).toFixed(2)) }))}
                nameKey="name"
                dataKey="gain"
                domain={[0, 1]}
              />
            )}
          </Card>
        </div>
      ) : null}
    </>
  );
}
