import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api, idempotencyKey, unwrap } from '../../api/client';
import { refreshQueries } from '../../lib/query';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Badge, Card, ErrorBox, Loading, PageHeader } from '../../components/ui';
import { SessionList } from './SessionsPage';
import { ProgramEditor } from './ProgramEditor';
import { useState } from 'react';

export default function ProgramPage() {
  const { id = '' } = useParams();
  const { t, te, num, date } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const program = useQuery({
    queryKey: ['training-program', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/training-programs/{id}', { params: { path: { id } } })),
  });
  const toggle = useMutation({
    mutationFn: async (active: boolean) => {
      const params = { path: { id }, header: { 'If-Match': program.data?.eTag ?? '', 'Idempotency-Key': idempotencyKey() } };
      return active
        ? unwrap(await api.POST('/api/v1/training-programs/{id}/activate', { params }))
        : unwrap(await api.POST('/api/v1/training-programs/{id}/deactivate', { params }));
    },
    onSuccess: () => {
      void refreshQueries(queryClient, ['training-program', id]);
      void refreshQueries(queryClient, ['training-programs']);
    },
  });
  if (program.isPending) return <Loading />;
  if (program.isError) return <ErrorBox error={program.error} onRetry={() => void program.refetch()} />;
  const p = program.data;
  return (
    <>
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to="/training/programs">{t('programs.title')}</Link> / <span>{p.code}</span>
      </nav>
      <PageHeader
        title={p.title}
        subtitle={
          <>
            <span className="mono">{p.code}</span> · {te('DevelopmentForm', p.form)} · {te('DevelopmentCategory', p.category)} · {p.jp} JP
            {!p.isActive ? <> · <Badge tone="warn">{t('programs.inactive')}</Badge></> : null}
          </>
        }
        actions={
          can.manage(user.role) && (p.agencyId ? p.agencyId === user.agency?.id : user.role === 'SystemAdmin') ? (
            <>
              {!editing ? (
                <button type="button" className="secondary" onClick={() => setEditing(true)}>
                  {t('programs.edit')}
                </button>
              ) : null}
              <button type="button" className={p.isActive ? 'danger' : ''} disabled={toggle.isPending} onClick={() => toggle.mutate(!p.isActive)}>
                {p.isActive ? t('programs.deactivate') : t('programs.activate')}
              </button>
            </>
          ) : null
        }
      />
      {toggle.error ? <ErrorBox error={toggle.error} /> : null}
      {editing ? <ProgramEditor key={p.eTag} program={p} onClose={() => setEditing(false)} /> : null}
      {p.description ? <p>{p.description}</p> : null}
      <dl className="facts">
        <div>
          <dt>{t('programs.delivery')}</dt>
          <dd>{te('DeliveryMode', p.deliveryMode)}</dd>
        </div>
        <div>
          <dt>{t('programs.cost')}</dt>
          <dd>{num(p.costPerParticipant, 0)}</dd>
        </div>
        <div>
          <dt>{t('programs.provider')}</dt>
          <dd>
            {p.provider?.name ?? '–'}
            {p.provider?.agreementNumber ? (
              <div className="muted small">
                {t('programs.agreement', { number: p.provider.agreementNumber, from: date(p.provider.agreementValidFrom), until: date(p.provider.agreementValidUntil) })}
              </div>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('programs.capacity')}</dt>
          <dd>{p.annualCapacity ?? t('programs.noLimit')}</dd>
        </div>
      </dl>
      <Card title={t('programs.targets')}>
        {p.targets.length === 0 ? (
          <p className="state empty">{t('programs.noTargets')}</p>
        ) : (
          <ul>
            {p.targets.map((x) => (
              <li key={x.competencyId}>
                <span className="mono">{x.code}</span> {x.name} — {t('tna.targetLevel')} {x.targetLevel}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {can.readSessions(user.role) ? (
        <Card title={t('sessions.title')}>
          <SessionList programId={id} allowCreate={can.manage(user.role) && p.isActive} />
        </Card>
      ) : null}
    </>
  );
}
