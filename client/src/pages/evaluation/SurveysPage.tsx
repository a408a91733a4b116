import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { Badge, Card, ErrorBox, Loading, PageHeader, QueryState } from '../../components/ui';
import { SimpleBars, palette } from '../../components/charts/charts';
import { useParam, yearOptions } from '../../lib/hooks';
import { can, useUser } from '../../auth/AuthProvider';
import { SurveyForm } from './SurveyForm';

type Survey = Schemas['SatisfactionSurveyDto'];
const gradeTone = (g: Schemas['ServiceGrade']) => (g === 'A' ? 'good' : g === 'B' ? 'info' : g === 'C' ? 'warn' : 'bad');

export default function SurveysPage() {
  const { t, num, date } = useI18n();
  const [year, setYear] = useParam('year');
  const [selected, setSelected] = useState<Survey | null>(null);
  const [creating, setCreating] = useState(false);
  const user = useUser();
  const surveys = useQuery({
    queryKey: ['satisfaction-surveys', year],
    queryFn: async () => unwrap(await api.GET('/api/v1/satisfaction-surveys', { params: { query: { year: year ? Number(year) : undefined, pageSize: 200 } } })),
  });
  return (
    <>
      <PageHeader
        title={t('surveys.title')}
        subtitle={t('surveys.subtitle')}
        actions={can.manage(user.role) && user.agency && !creating ? <button type="button" onClick={() => setCreating(true)}>{t('surveys.new')}</button> : null}
      />
      {creating ? <SurveyForm onClose={() => setCreating(false)} /> : null}
      <div className="filters">
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
      <QueryState query={surveys} isEmpty={(d) => d.items.length === 0} empty={t('surveys.none')}>
        {(d) => (
          <>
            <div className="table-wrap" tabIndex={0}>
              <table>
                <caption className="visually-hidden">{t('surveys.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('surveys.survey')}</th>
                    <th scope="col">{t('employees.unit')}</th>
                    <th scope="col">{t('surveys.period')}</th>
                    <th scope="col" className="num">{t('surveys.respondents')}</th>
                    <th scope="col" className="num">{t('surveys.index')}</th>
                    <th scope="col">{t('surveys.grade')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <button type="button" className="link" aria-pressed={selected?.id === s.id} onClick={() => setSelected(s)}>
                          {s.title}
                        </button>
                      </td>
                      <td>{s.unit?.name}</td>
                      <td>
                        {date(s.periodStart)} – {date(s.periodEnd)}
                      </td>
                      <td className="num">{s.respondentCount}</td>
                      <td className="num">{num(s.unitIndex, 2)}</td>
                      <td>
                        <Badge tone={gradeTone(s.grade)}>
                          {s.grade} · {s.gradeLabel}
                        </Badge>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {selected ? <SurveyDetail survey={selected} /> : <p className="muted">{t('surveys.pick')}</p>}
            <Comparison surveys={d.items} />
          </>
        )}
      </QueryState>
    </>
  );
}

function SurveyDetail({ survey }: { survey: Survey }) {
  const { t, num } = useI18n();
  return (
    <Card title={survey.title}>
      <p>
        {t('surveys.indexLine', { index: num(survey.index, 3), unitIndex: num(survey.unitIndex, 2), grade: survey.grade, label: survey.gradeLabel })}
      </p>
      <SimpleBars
        layout="vertical"
        caption={t('surveys.elementsCaption')}
        data={survey.elements.map((e) => ({ name: `U${e.number} ${e.name}`, average: Number(e.average.toFixed(2)) }))}
        nameKey="name"
        dataKey="average"
        domain={[1, 4]}
        color={palette.current}
      />
    </Card>
  );
}

function Comparison({ surveys }: { surveys: Survey[] }) {
  const { t, num } = useI18n();
  const units = [...new Map(surveys.map((s) => [s.unit?.id, s.unit])).values()].filter(Boolean) as Schemas['UnitReferenceDto'][];
  const [unitId, setUnitId] = useState('');
  const [sessionId, setSessionId] = useState('');
  const sessions = useQuery({
    queryKey: ['training-sessions', 'completed-all'],
    queryFn: async () => unwrap(await api.GET('/api/v1/training-sessions', { params: { query: { status: 'Completed', pageSize: 200 } } })),
  });
  const comparison = useQuery({
    queryKey: ['satisfaction-surveys', 'comparison', unitId, sessionId],
    queryFn: async () => unwrap(await api.GET('/api/v1/satisfaction-surveys/comparison', { params: { query: { unitId, sessionId } } })),
    enabled: !!unitId && !!sessionId,
  });
  return (
    <Card title={t('surveys.comparison')}>
      <p className="muted">{t('surveys.comparisonHelp')}</p>
      <div className="filters">
        <label>
          {t('employees.unit')}
          <select value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            <option value="">{t('form.choose')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sessions.session')}
          <select value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
            <option value="">{t('form.choose')}</option>
            {sessions.data?.items.map((s) => (
              <option key={s.id} value={s.id}>
                {s.program.code} {s.code}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!unitId || !sessionId ? null : comparison.isPending ? (
        <Loading />
      ) : comparison.isError ? (
        <ErrorBox error={comparison.error} />
      ) : (
        <>
          <p role="status">
            {t('surveys.difference', {
              before: num(comparison.data.before?.unitIndex, 2),
              after: num(comparison.data.after?.unitIndex, 2),
              difference: num(comparison.data.difference, 2),
            })}
          </p>
          {comparison.data.note ? <p className="muted">{comparison.data.note}</p> : null}
          <SimpleBars
            caption={t('surveys.comparisonCaption')}
            data={[
              { name: t('surveys.before'), index: Number((comparison.data.before?.unitIndex ?? 0).toFixed(2)) },
              { name: t('surveys.after'), index: Number((comparison.data.after?.unitIndex ?? 0).toFixed(2)) },
            ]}
            nameKey="name"
            dataKey="index"
            domain={[0, 100]}
            height={220}
          />
        </>
      )}
    </Card>
  );
}
