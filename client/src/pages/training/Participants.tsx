import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { refreshQueries } from '../../lib/query';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Badge, Card, ErrorBox, QueryState } from '../../components/ui';
import type { Session } from './SessionPage';
import { FollowUps } from './FollowUps';

type Enrollment = Schemas['EnrollmentDto'];

const statusTone = (s: Schemas['EnrollmentStatus']) =>
  s === 'Completed' ? 'good' : s === 'Waitlisted' ? 'warn' : s === 'Dropped' || s === 'NoShow' ? 'bad' : 'info';

export function useEnrollments(sessionId: string) {
  return useQuery({
    queryKey: ['session', sessionId, 'enrollments'],
    queryFn: async () => unwrap(await api.GET('/api/v1/training-sessions/{id}/enrollments', { params: { path: { id: sessionId }, query: { pageSize: 500 } } })),
  });
}

export function Participants({ session }: { session: Session }) {
  const { t, te, pct } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const enrollments = useEnrollments(session.id);
  const manage = can.manage(user.role);
  const [followUpOf, setFollowUpOf] = useState<Enrollment | null>(null);
  const refresh = () => {
    void refreshQueries(queryClient, ['session', session.id]);
    void refreshQueries(queryClient, ['training-session', session.id]);
  };
  const change = useMutation({
    mutationFn: async ({ enrollment, what }: { enrollment: Enrollment; what: 'drop' | 'no-show' | 'complete' }) => {
      const path = { id: enrollment.id };
      const header = { 'If-Match': enrollment.eTag, 'Idempotency-Key': idempotencyKey() };
      if (what === 'drop') {
        const reason = window.prompt(t('participants.dropReason')) ?? '';
        return unwrap(await api.POST('/api/v1/enrollments/{id}/drop', { params: { path, header }, body: { reason: reason || null } }));
      }
      if (what === 'no-show') return unwrap(await api.POST('/api/v1/enrollments/{id}/no-show', { params: { path, header } }));
      return unwrap(await api.POST('/api/v1/enrollments/{id}/complete', { params: { path, header }, body: { certificateNumber: null, completedOn: null } }));
    },
    onSuccess: refresh,
  });

  const open = session.status === 'Planned' || session.status === 'Open';
  return (
    <div className="stack">
      {manage && open ? <EnrolForm session={session} enrolledIds={new Set(enrollments.data?.items.map((e) => e.employee.id))} onDone={refresh} /> : null}
      {manage && !open && session.status !== 'Cancelled' ? <p className="muted">{t('participants.closed')}</p> : null}
      <Card title={t('sessions.participants')}>
        {change.error ? <ErrorBox error={change.error} /> : null}
        <QueryState query={enrollments} isEmpty={(d) => d.items.length === 0} empty={t('participants.none')}>
          {(d) => (
            <div className="table-wrap" tabIndex={0}>
              <table data-testid="participants">
                <caption className="visually-hidden">{t('sessions.participants')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">#</th>
                    <th scope="col">{t('employees.name')}</th>
                    <th scope="col">{t('employees.nip')}</th>
                    <th scope="col">{t('training.status')}</th>
                    <th scope="col" className="num">{t('participants.attendance')}</th>
                    <th scope="col" className="num">JP</th>
                    <th scope="col">{t('common.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((e) => (
                    <tr key={e.id}>
                      <td className="num">{e.queueNumber}</td>
                      <td>
                        <Link to={`/employees/${e.employee.id}`}>{e.employee.fullName}</Link>
                      </td>
                      <td className="mono">{e.employee.nip}</td>
                      <td>
                        <Badge tone={statusTone(e.status)}>{te('EnrollmentStatus', e.status)}</Badge>
                        {e.waitlistPosition ? <span className="muted small"> {t('participants.waitlistPosition', { position: e.waitlistPosition })}</span> : null}
                        {e.statusReason ? <div className="muted small">{e.statusReason}</div> : null}
                      </td>
                      <td className="num">{pct(e.attendanceShare)}</td>
                      <td className="num">{e.creditedJp ?? '–'}</td>
                      <td className="row-actions">
                          {e.status === 'Completed' ? (
                            <button type="button" className="link" onClick={() => setFollowUpOf(e)}>
                              {t('followUps.open')}
                              <span className="visually-hidden"> {e.employee.fullName}</span>
                            </button>
                          ) : null}
                      {manage ? (
                        <>
                          {e.status === 'Registered' || e.status === 'Waitlisted' || e.status === 'Attending' ? (
                            <button type="button" className="link" disabled={change.isPending} onClick={() => change.mutate({ enrollment: e, what: 'drop' })}>
                              {t('participants.drop')}
                              <span className="visually-hidden"> {e.employee.fullName}</span>
                            </button>
                          ) : null}
                          {e.status === 'Registered' && (session.status === 'Running' || session.status === 'Completed') ? (
                            <button type="button" className="link" disabled={change.isPending} onClick={() => change.mutate({ enrollment: e, what: 'no-show' })}>
                              {t('participants.noShow')}
                              <span className="visually-hidden"> {e.employee.fullName}</span>
                            </button>
                          ) : null}
                          {(e.status === 'Registered' || e.status === 'Attending') && (session.status === 'Running' || session.status === 'Completed') ? (
                            <button type="button" className="link" disabled={change.isPending} onClick={() => change.mutate({ enrollment: e, what: 'complete' })}>
                              {t('participants.complete')}
                              <span className="visually-hidden"> {e.employee.fullName}</span>
                            </button>
                          ) : null}
                        </>
                      ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryState>
      </Card>
      {followUpOf ? <FollowUps key={followUpOf.id} enrollment={followUpOf} onClose={() => setFollowUpOf(null)} /> : null}
    </div>
  );
}

function EnrolForm({ session, enrolledIds, onDone }: { session: Session; enrolledIds: Set<string>; onDone: () => void }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<string | null>(null);
  const candidates = useQuery({
    queryKey: ['employees', 'enrol-search', search],
    queryFn: async () => unwrap(await api.GET('/api/v1/employees', { params: { query: { search, isActive: true, pageSize: 10, agencyId: session.agencyId ?? undefined } } })),
    enabled: search.trim().length >= 2,
  });
  const enrol = useMutation({
    mutationFn: async (ids: string[]) =>
      unwrap(
        await api.POST('/api/v1/training-sessions/{id}/enrollments/batch', {
          params: { path: { id: session.id }, header: { 'Idempotency-Key': idempotencyKey() } },
          body: { employeeIds: ids, planItemId: null },
        }),
      ),
    onSuccess: (r) => {
      setSelected(new Set());
      setResult(t('participants.enrolled', { registered: r.registered, waitlisted: r.waitlisted }));
      onDone();
    },
  });
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  return (
    <Card title={t('participants.enrol')}>
      <div className="filters">
        <label>
          {t('participants.findEmployee')}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('employees.searchPlaceholder')} />
        </label>
      </div>
      {search.trim().length < 2 ? (
        <p className="muted">{t('participants.searchHint')}</p>
      ) : candidates.isPending ? (
        <p className="muted">{t('common.loading')}</p>
      ) : candidates.isError ? (
        <ErrorBox error={candidates.error} />
      ) : candidates.data.items.length === 0 ? (
        <p className="muted">{t('employees.noMatch', { search })}</p>
      ) : (
        <fieldset className="choices">
          <legend className="visually-hidden">{t('participants.choose')}</legend>
          {candidates.data.items.map((c) => {
            const already = enrolledIds.has(c.id);
            return (
              <label key={c.id} className="choice">
                <input type="checkbox" checked={selected.has(c.id)} disabled={already} onChange={() => toggle(c.id)} />
                {c.displayName} <span className="mono muted">{c.nip}</span>
                {already ? <Badge>{t('participants.already')}</Badge> : null}
              </label>
            );
          })}
        </fieldset>
      )}
      {enrol.error ? <ErrorBox error={enrol.error} /> : null}
      {result ? (
        <p className="state good" role="status">
          {result}
        </p>
      ) : null}
      <button type="button" disabled={selected.size === 0 || enrol.isPending} onClick={() => enrol.mutate([...selected])}>
        {t('participants.enrolSelected', { count: selected.size })}
      </button>
    </Card>
  );
}
