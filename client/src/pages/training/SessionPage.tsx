import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { refreshQueries } from '../../lib/query';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Badge, ErrorBox, Loading, PageHeader } from '../../components/ui';
import { useParam } from '../../lib/hooks';
import { sessionTone } from './SessionsPage';
import { Participants } from './Participants';
import { AttendanceSheet } from './AttendanceSheet';
import { ScoreGrid } from '../evaluation/ScoreGrid';
import { SessionEvaluation } from '../evaluation/SessionEvaluation';
import { Reaction } from './Reaction';
import { SessionEditor } from './SessionEditor';
import { useState } from 'react';

export type Session = Schemas['TrainingSessionDto'];

export default function SessionPage() {
  const { id = '' } = useParams();
  const { t, te, date } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const [tab, setTab] = useParam('tab', 'participants');
  const [editing, setEditing] = useState(false);
  const session = useQuery({
    queryKey: ['training-session', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/training-sessions/{id}', { params: { path: { id } } })),
  });
  const action = useMutation({
    mutationFn: async (what: 'open' | 'start' | 'complete' | 'cancel') => {
      const eTag = session.data?.eTag ?? '';
      const header = { 'If-Match': eTag, 'Idempotency-Key': idempotencyKey() };
      const path = { id };
      switch (what) {
        case 'open':
          return unwrap(await api.POST('/api/v1/training-sessions/{id}/open', { params: { path, header } }));
        case 'start':
          return unwrap(await api.POST('/api/v1/training-sessions/{id}/start', { params: { path, header } }));
        case 'complete':
          return unwrap(await api.POST('/api/v1/training-sessions/{id}/complete', { params: { path, header }, body: { completeParticipants: true } }));
        case 'cancel': {
          const reason = window.prompt(t('sessions.cancelReason'));
          if (!reason) return null;
          return unwrap(await api.POST('/api/v1/training-sessions/{id}/cancel', { params: { path, header }, body: { reason } }));
        }
      }
    },
    onSuccess: () => {
      void refreshQueries(queryClient, ['training-session', id]);
      void refreshQueries(queryClient, ['training-sessions']);
      void refreshQueries(queryClient, ['session', id]);
    },
  });

  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorBox error={session.error} onRetry={() => void session.refetch()} />;
  const s = session.data;
  const manage = can.manage(user.role);
  const tabs = [
    { key: 'participants', label: t('sessions.participants') },
    { key: 'attendance', label: t('sessions.attendance') },
    { key: 'scores', label: t('sessions.scores') },
    { key: 'evaluation', label: t('sessions.evaluation') },
    { key: 'reaction', label: t('reaction.tab') },
  ];
  return (
    <>
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to="/training/sessions">{t('sessions.title')}</Link> / <Link to={`/training/programs/${s.program.id}`}>{s.program.code}</Link> / <span>{s.code}</span>
      </nav>
      <PageHeader
        title={`${s.program.title} — ${s.code}`}
        subtitle={
          <>
            {date(s.startDate)} – {date(s.endDate)} · {s.location ?? t('sessions.noLocation')} · <Badge tone={sessionTone(s.status)}>{te('SessionStatus', s.status)}</Badge>
          </>
        }
        actions={
          manage ? (
            <>
              {!editing && s.status !== 'Completed' && s.status !== 'Cancelled' ? (
                <button type="button" className="secondary" onClick={() => setEditing(true)}>
                  {t('sessions.edit')}
                </button>
              ) : null}
              {s.status === 'Planned' ? (
                <button type="button" disabled={action.isPending} onClick={() => action.mutate('open')}>
                  {t('sessions.open')}
                </button>
              ) : null}
              {s.status === 'Open' ? (
                <button type="button" disabled={action.isPending} onClick={() => action.mutate('start')}>
                  {t('sessions.start_')}
                </button>
              ) : null}
              {s.status === 'Running' ? (
                <button type="button" disabled={action.isPending} onClick={() => action.mutate('complete')}>
                  {t('sessions.complete')}
                </button>
              ) : null}
              {s.status === 'Planned' || s.status === 'Open' || s.status === 'Running' ? (
                <button type="button" className="danger" disabled={action.isPending} onClick={() => action.mutate('cancel')}>
                  {t('sessions.cancel')}
                </button>
              ) : null}
            </>
          ) : null
        }
      />
      {action.error ? <ErrorBox error={action.error} /> : null}
      {editing ? <SessionEditor key={s.eTag} session={s} onClose={() => setEditing(false)} /> : null}
      {action.data && 'completed' in action.data ? (
        <p className="state good" role="status">
          {t('sessions.completedSummary', { completed: action.data.completed, noShows: action.data.noShows, below: action.data.belowAttendance.length })}
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t('sessions.places')}</dt>
          <dd>
            {s.placesTaken}/{s.capacity}
            {s.waitlisted ? ` · ${t('sessions.waitlistedN', { count: s.waitlisted })}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('sessions.meetingDays')}</dt>
          <dd>{s.meetingDays.length}</dd>
        </div>
        <div>
          <dt>{t('sessions.organiser')}</dt>
          <dd>{s.organiser ?? '–'}</dd>
        </div>
        <div>
          <dt>JP</dt>
          <dd>{s.program.jp}</dd>
        </div>
        {s.cancellationReason ? (
          <div>
            <dt>{t('sessions.cancelledBecause')}</dt>
            <dd>{s.cancellationReason}</dd>
          </div>
        ) : null}
      </dl>
      <div className="tabs" role="tablist" aria-label={t('sessions.session')}>
        {tabs.map((x) => (
          <button key={x.key} type="button" role="tab" aria-selected={tab === x.key} className={tab === x.key ? 'active' : ''} onClick={() => setTab(x.key)}>
            {x.label}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'participants' ? <Participants session={s} /> : null}
        {tab === 'attendance' ? <AttendanceSheet session={s} /> : null}
        {tab === 'scores' ? <ScoreGrid session={s} /> : null}
        {tab === 'evaluation' ? <SessionEvaluation session={s} /> : null}
        {tab === 'reaction' ? <Reaction session={s} /> : null}
      </div>
    </>
  );
}
