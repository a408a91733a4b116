import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { AssessmentForm, CorrectionForm, EmployeeForm } from './EmployeeForms';
import type { Schemas } from '../../api/client';
import { Assignments, ExternalLearningForm } from './ProfileExtras';
import { Badge, Card, Empty, ErrorBox, Loading, PageHeader, Pager, QueryState, Stat } from '../../components/ui';
import { RequiredCurrentRadar } from '../../components/charts/charts';
import { thisYear, yearOptions } from '../../lib/hooks';

export default function EmployeeProfilePage() {
  const { id = '' } = useParams();
  const { t, te, date } = useI18n();
  const user = useUser();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const employee = useQuery({
    queryKey: ['employee', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/employees/{id}', { params: { path: { id } } })),
  });

  if (employee.isPending) return <Loading />;
  if (employee.isError) return <ErrorBox error={employee.error} onRetry={() => void employee.refetch()} />;
  const e = employee.data;

  return (
    <>
      {user.role !== 'Employee' ? (
        <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
          <Link to="/employees">{t('employees.title')}</Link> / <span>{e.displayName}</span>
        </nav>
      ) : null}
      <PageHeader
        title={e.displayName}
        subtitle={
          <>
            <span className="mono">{e.nip}</span> · {te('EmployeeType', e.employeeType)} · {e.grade ? `${e.grade.code} ${e.grade.name}` : '–'}
            {!e.isActive ? <> · <Badge tone="warn">{t('employees.inactive')}</Badge></> : null}
          </>
        }
        actions={
          can.manage(user.role) && !editing ? (
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              {t('employee.edit')}
            </button>
          ) : null
        }
      />
      {editing ? (
        <EmployeeForm
          employee={e}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : null}
      {saved ? (
        <p className="state good" role="status">
          {t('employee.saved')}
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t('employees.position')}</dt>
          <dd>{e.position?.name ?? t('profile.noPosition')}{e.position ? ` (${te('PositionType', e.position.type)})` : ''}</dd>
        </div>
        <div>
          <dt>{t('employees.unit')}</dt>
          <dd>{e.unit?.name ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('profile.agency')}</dt>
          <dd>{e.agency?.name ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('profile.positionSince')}</dt>
          <dd>{date(e.positionStartDate)}</dd>
        </div>
      </dl>
      <CompetencyProfile id={id} />
      <div className="grid-2">
        <Assessments id={id} />
        <Trainings id={id} />
      </div>
      <LearningHours id={id} />
      <Assignments employee={e} />
    </>
  );
}

function CompetencyProfile({ id }: { id: string }) {
  const { t, te, num, date } = useI18n();
  const user = useUser();
  const [recording, setRecording] = useState(false);
  const ownRecord = user.employee?.id === id;
  const mayRecord = can.assess(user.role) || (user.role === 'Employee' && ownRecord);
  const profile = useQuery({
    queryKey: ['employee', id, 'profile'],
    queryFn: async () => unwrap(await api.GET('/api/v1/employees/{id}/competency-profile', { params: { path: { id } } })),
  });
  return (
    <Card
      title={t('profile.competencies')}
      actions={
        mayRecord && !recording && profile.data?.items.length ? (
          <button type="button" className="secondary" onClick={() => setRecording(true)}>
            {user.role === 'Employee' ? t('assessment.self') : t('assessment.record')}
          </button>
        ) : null
      }
    >
      {recording && profile.data ? (
        <AssessmentForm
          employeeId={id}
          selfOnly={user.role === 'Employee'}
          competencies={profile.data.items.map((i) => ({ id: i.competencyId, code: i.competencyCode, name: i.competencyName }))}
          onClose={() => setRecording(false)}
        />
      ) : null}
      <QueryState query={profile} isEmpty={(p) => p.items.length === 0} empty={t('profile.noStandard')}>
        {(p) => {
          const max = Math.max(5, ...p.items.map((i) => Math.max(i.requiredLevel, i.currentLevel ?? 0)));
          return (
            <>
              <div className="stats">
                <Stat label={t('profile.required')} value={num(p.summary.requiredCount, 0)} />
                <Stat label={t('profile.met')} value={num(p.summary.metCount, 0)} />
                <Stat label={t('profile.gaps')} value={num(p.summary.gapCount, 0)} hint={t('profile.totalGap', { gap: p.summary.totalGap })} />
                <Stat label={t('profile.notAssessed')} value={num(p.summary.notAssessedCount, 0)} />
                <Stat
                  label={t('profile.jpm')}
                  value={p.jobPersonMatch?.value === null || p.jobPersonMatch?.value === undefined ? '–' : num(p.jobPersonMatch.value, 1) + '%'}
                  hint={p.jobPersonMatch ? te('JpmCategory', p.jobPersonMatch.category) : undefined}
                />
              </div>
              <div className="grid-2">
                <div data-testid="radar">
                  <RequiredCurrentRadar
                    caption={t('profile.radarCaption', { position: p.position?.name ?? '' })}
                    max={max}
                    labels={{ required: t('profile.requiredLevel'), current: t('profile.currentLevel') }}
                    data={p.items.map((i) => ({ name: i.competencyCode, required: i.requiredLevel, current: i.currentLevel }))}
                  />
                </div>
                <div className="table-wrap" tabIndex={0}>
                  <table>
                    <caption>{t('profile.gapTable')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('profile.competency')}</th>
                        <th scope="col" className="num">{t('profile.requiredLevel')}</th>
                        <th scope="col" className="num">{t('profile.currentLevel')}</th>
                        <th scope="col" className="num">{t('profile.gap')}</th>
                        <th scope="col">{t('profile.status')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {p.items.map((i) => (
                        <tr key={i.competencyId}>
                          <td>
                            <span className="mono">{i.competencyCode}</span> {i.competencyName}
                            {i.levelAssessedOn ? <div className="muted small">{t('profile.assessedOn', { date: date(i.levelAssessedOn), method: te('AssessmentMethod', i.levelMethod) })}</div> : null}
                          </td>
                          <td className="num">{i.requiredLevel}</td>
                          <td className="num">{i.currentLevel ?? '–'}</td>
                          <td className="num">{i.gap ?? '–'}</td>
                          <td>
                            <Badge tone={i.status === 'Met' ? 'good' : i.status === 'Gap' ? 'bad' : 'neutral'}>{te('RequirementStatus', i.status)}</Badge>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}

function Assessments({ id }: { id: string }) {
  const { t, te, date } = useI18n();
  const user = useUser();
  const [correcting, setCorrecting] = useState<Schemas['AssessmentDto'] | null>(null);
  const [page, setPage] = useState(1);
  const pageSize = 10;
  const query = useQuery({
    queryKey: ['employee', id, 'assessments', page],
    queryFn: async () => unwrap(await api.GET('/api/v1/employees/{id}/assessments', { params: { path: { id }, query: { page, pageSize } } })),
  });
  return (
    <Card title={t('profile.assessments')}>
      {correcting ? <CorrectionForm key={correcting.id} assessment={correcting} onClose={() => setCorrecting(null)} /> : null}
      <QueryState query={query} isEmpty={(d) => d.items.length === 0} empty={t('profile.noAssessments')}>
        {(d) => (
          <>
            <div className="table-wrap" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('common.date')}</th>
                    <th scope="col">{t('profile.competency')}</th>
                    <th scope="col" className="num">{t('profile.level')}</th>
                    <th scope="col">{t('profile.method')}</th>
                    {can.assess(user.role) ? <th scope="col">{t('common.actions')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((a) => (
                    <tr key={a.id}>
                      <td>{date(a.assessedOn)}</td>
                      <td>
                        <span className="mono">{a.competencyCode}</span> {a.competencyName}
                        {a.correctionReason ? <div className="muted small">{t('assessment.corrected', { reason: a.correctionReason })}</div> : null}
                      </td>
                      <td className="num">{a.level}</td>
                      <td>{te('AssessmentMethod', a.method)}</td>
                      {can.assess(user.role) ? (
                        <td>
                          {a.supersededById ? null : (
                            <button type="button" className="link" onClick={() => setCorrecting(a)}>
                              {t('assessment.correct')}
                              <span className="visually-hidden"> {a.competencyName}</span>
                            </button>
                          )}
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {d.totalCount > pageSize ? <Pager page={page} pageSize={pageSize} total={d.totalCount} onPage={setPage} /> : null}
          </>
        )}
      </QueryState>
    </Card>
  );
}

function Trainings({ id }: { id: string }) {
  const { t, te, date } = useI18n();
  const user = useUser();
  const query = useQuery({
    queryKey: ['employee', id, 'enrollments'],
    queryFn: async () => unwrap(await api.GET('/api/v1/employees/{id}/enrollments', { params: { path: { id } } })),
  });
  return (
    <Card title={t('profile.trainings')}>
      <QueryState query={query} isEmpty={(d) => d.length === 0} empty={t('profile.noTrainings')}>
        {(d) => (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('training.program')}</th>
                  <th scope="col">{t('training.dates')}</th>
                  <th scope="col">{t('training.status')}</th>
                  <th scope="col" className="num">JP</th>
                </tr>
              </thead>
              <tbody>
                {d.map((en) => (
                  <tr key={en.id}>
                    <td>
                      {user.role !== 'Employee' ? (
                        <Link to={`/training/sessions/${en.session.id}`}>{en.session.program.title}</Link>
                      ) : (
                        en.session.program.title
                      )}
                      <div className="muted small">{en.session.code}</div>
                    </td>
                    <td>
                      {date(en.session.startDate)} – {date(en.session.endDate)}
                    </td>
                    <td>{te('EnrollmentStatus', en.status)}</td>
                    <td className="num">{en.creditedJp ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </Card>
  );
}

function LearningHours({ id }: { id: string }) {
  const { t, te, date } = useI18n();
  const user = useUser();
  const [adding, setAdding] = useState(false);
  const [year, setYear] = useState(thisYear());
  const query = useQuery({
    queryKey: ['employee', id, 'learning-hours', year],
    queryFn: async () => unwrap(await api.GET('/api/v1/employees/{id}/learning-hours', { params: { path: { id }, query: { year } } })),
  });
  return (
    <Card
      title={t('profile.jpLedger')}
      actions={
        <div className="actions">
        {can.manage(user.role) && !adding ? (
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            {t('learning.add')}
          </button>
        ) : null}
        <label className="inline">
          {t('common.year')}{' '}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {yearOptions().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        </div>
      }
    >
      {adding ? <ExternalLearningForm employeeId={id} onClose={() => setAdding(false)} /> : null}
      <QueryState query={query}>
        {(d) => (
          <>
            <p>
              {t('profile.jpTotal', { total: d.totalJp, year: d.year })}{' '}
              <Badge tone={d.status === 'BelowMinimum' || d.status === 'AboveMaximum' ? 'bad' : 'good'}>{te('JpStatus', d.status)}</Badge>
              {d.minimumJp !== null ? <span className="muted"> {t('profile.jpMinimum', { min: d.minimumJp })}</span> : null}
              {d.maximumJp !== null ? <span className="muted"> {t('profile.jpMaximum', { max: d.maximumJp })}</span> : null}
            </p>
            {d.entries.length === 0 ? (
              <Empty>{t('profile.noLearning')}</Empty>
            ) : (
              <div className="table-wrap" tabIndex={0}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('common.date')}</th>
                      <th scope="col">{t('profile.activity')}</th>
                      <th scope="col">{t('profile.form')}</th>
                      <th scope="col">{t('profile.source')}</th>
                      <th scope="col" className="num">JP</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.entries.map((e) => (
                      <tr key={e.id}>
                        <td>{date(e.date)}</td>
                        <td>
                          {e.title}
                          {e.provider ? <div className="muted small">{e.provider}</div> : null}
                        </td>
                        <td>{te('DevelopmentForm', e.form)}</td>
                        <td>{te('LearningSource', e.source)}</td>
                        <td className="num">{e.jp}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </QueryState>
    </Card>
  );
}
