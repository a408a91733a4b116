import { useState, type FormEvent } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { useUser } from '../../auth/AuthProvider';
import { Badge, Card, ErrorBox, Field, FormActions, FormError, PageHeader, Pager, QueryState } from '../../components/ui';
import { useParam } from '../../lib/hooks';
import { firstInvalid, type Checks } from '../../lib/forms';
import { refreshQueries } from '../../lib/query';
import { correctionTone } from './MyDataPage';
import { TnaSettings } from './TnaSettings';
import { StandardDefaults } from './StandardDefaults';
import { Agencies } from './Agencies';

/** Administration: the audit log, correction requests, and for a SystemAdmin agencies and API clients. */
export default function AdminPage() {
  const { t } = useI18n();
  const user = useUser();
  const sysadmin = user.role === 'SystemAdmin';
  const tabs = [
    { key: 'audit', label: t('admin.audit') },
    { key: 'corrections', label: t('admin.corrections') },
    { key: 'settings', label: t('settings.title') },
    { key: 'defaults', label: t('defaults.title') },
    ...(sysadmin ? [{ key: 'agencies', label: t('admin.agencies') }, { key: 'clients', label: t('admin.clients') }] : []),
  ];
  const [tab, setTab] = useParam('tab', 'audit');
  return (
    <>
      <PageHeader title={t('admin.title')} subtitle={t('admin.subtitle')} />
      <div className="tabs" role="tablist" aria-label={t('admin.title')}>
        {tabs.map((x) => (
          <button key={x.key} type="button" role="tab" aria-selected={tab === x.key} className={tab === x.key ? 'active' : ''} onClick={() => setTab(x.key)}>
            {x.label}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'audit' ? <AuditLog /> : null}
        {tab === 'corrections' ? <Corrections /> : null}
        {tab === 'settings' ? <TnaSettings /> : null}
        {tab === 'defaults' ? <StandardDefaults /> : null}
        {tab === 'agencies' && sysadmin ? <Agencies /> : null}
        {tab === 'clients' && sysadmin ? <ApiClients /> : null}
      </div>
    </>
  );
}

/** The kinds of audit line the API records (AuditActions). */
const auditActions = ['SignIn', 'SignInFailed', 'Read', 'Change', 'Import', 'Export'] as const;

function AuditLog() {
  const { t, te, dateTime } = useI18n();
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [page, setPage] = useState(1);
  const pageSize = 50;
  const query = useQuery({
    queryKey: ['audit-log', action, from, page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/audit-log', {
          params: { query: { action: action || undefined, from: from ? new Date(`${from}T00:00:00`).toISOString() : undefined, page, pageSize } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <Card title={t('admin.audit')}>
      <div className="filters">
        <label>
          {t('admin.action')}
          <select value={action} onChange={(e) => { setAction(e.target.value); setPage(1); }}>
            <option value="">{t('common.all')}</option>
            {auditActions.map((a) => (
              <option key={a} value={a}>
                {te('AuditAction', a)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('admin.since')}
          <input type="date" value={from} onChange={(e) => { setFrom(e.target.value); setPage(1); }} />
        </label>
      </div>
      <QueryState query={query} isEmpty={(d) => d.items.length === 0} empty={t('admin.noAudit')}>
        {(d) => (
          <>
            <div className="table-wrap" tabIndex={0}>
              <table>
                <caption className="visually-hidden">{t('admin.audit')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.when')}</th>
                    <th scope="col">{t('admin.who')}</th>
                    <th scope="col">{t('admin.action')}</th>
                    <th scope="col">{t('admin.target')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((e) => (
                    <tr key={e.id}>
                      <td>{dateTime(e.at)}</td>
                      <td>{e.userName ?? '–'}</td>
                      <td>
                        <Badge tone={e.action === 'SignInFailed' ? 'bad' : 'neutral'}>{te('AuditAction', e.action)}</Badge>
                      </td>
                      <td className="mono small">
                        {e.target}
                        {e.subjectId ? ` · ${e.subjectId}` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager page={page} pageSize={pageSize} total={d.totalCount} onPage={setPage} />
          </>
        )}
      </QueryState>
    </Card>
  );
}

function Corrections() {
  const { t, te, date } = useI18n();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<'' | Schemas['CorrectionStatus']>('Open');
  const query = useQuery({
    queryKey: ['correction-requests', status],
    queryFn: async () => unwrap(await api.GET('/api/v1/correction-requests', { params: { query: { status: status || undefined, pageSize: 200 } } })),
  });
  const close = useMutation({
    mutationFn: async ({ request, outcome }: { request: Schemas['CorrectionRequestDto']; outcome: Schemas['CorrectionStatus'] }) => {
      const resolution = window.prompt(outcome === 'Resolved' ? t('admin.resolution') : t('admin.rejection'));
      if (resolution === null) return null;
      return unwrap(
        await api.POST('/api/v1/correction-requests/{id}/close', {
          params: { path: { id: request.id }, header: { 'If-Match': request.eTag, 'Idempotency-Key': idempotencyKey() } },
          body: { outcome, resolution: resolution.trim() || null },
        }),
      );
    },
    onSuccess: () => void refreshQueries(queryClient, ['correction-requests']),
  });
  return (
    <Card title={t('admin.corrections')}>
      <div className="filters">
        <label>
          {t('training.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as '' | Schemas['CorrectionStatus'])}>
            <option value="">{t('common.all')}</option>
            {(['Open', 'Resolved', 'Rejected'] as const).map((s) => (
              <option key={s} value={s}>
                {te('CorrectionStatus', s)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {close.error ? <ErrorBox error={close.error} /> : null}
      <QueryState query={query} isEmpty={(d) => d.items.length === 0} empty={t('privacy.noRequests')}>
        {(d) => (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('admin.corrections')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('common.date')}</th>
                  <th scope="col">{t('employees.name')}</th>
                  <th scope="col">{t('privacy.topic')}</th>
                  <th scope="col">{t('privacy.whatIsWrong')}</th>
                  <th scope="col">{t('training.status')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((r) => (
                  <tr key={r.id}>
                    <td>{date(r.filedAt)}</td>
                    <td>
                      <Link to={`/employees/${r.employeeId}`}>{r.employeeName}</Link>
                      <div className="mono muted small">{r.nip}</div>
                    </td>
                    <td>{te('CorrectionTopic', r.topic)}</td>
                    <td>
                      {r.description}
                      {r.resolution ? <div className="muted small">{r.resolution}</div> : null}
                    </td>
                    <td>
                      <Badge tone={correctionTone(r.status)}>{te('CorrectionStatus', r.status)}</Badge>
                    </td>
                    <td className="row-actions">
                      {r.status === 'Open' ? (
                        <>
                          <button type="button" className="link" disabled={close.isPending} onClick={() => close.mutate({ request: r, outcome: 'Resolved' })}>
                            {t('admin.resolve')}
                          </button>
                          <button type="button" className="link" disabled={close.isPending} onClick={() => close.mutate({ request: r, outcome: 'Rejected' })}>
                            {t('admin.reject')}
                          </button>
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
  );
}

function ApiClients() {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const [clientId, setClientId] = useState('');
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<Schemas['ApiClientSecretDto'] | null>(null);
  const [checks, setChecks] = useState<Checks>({});
  const clients = useQuery({ queryKey: ['api-clients'], queryFn: async () => unwrap(await api.GET('/api/v1/api-clients')) });
  const create = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/api-clients', { params: { header: { 'Idempotency-Key': idempotencyKey() } }, body: { clientId: clientId.trim(), name: name.trim(), agencyId: null } })),
    onSuccess: (s) => {
      setSecret(s);
      setClientId('');
      setName('');
      void refreshQueries(queryClient, ['api-clients']);
    },
  });
  const change = useMutation({
    mutationFn: async ({ id, what }: { id: string; what: 'rotate' | 'activate' | 'deactivate' }) => {
      const params = { path: { id }, header: { 'Idempotency-Key': idempotencyKey() } };
      if (what === 'rotate') {
        setSecret(unwrap(await api.POST('/api/v1/api-clients/{id}/rotate-secret', { params })));
        return;
      }
      if (what === 'activate') unwrap(await api.POST('/api/v1/api-clients/{id}/activate', { params }));
      else unwrap(await api.POST('/api/v1/api-clients/{id}/deactivate', { params }));
    },
    onSuccess: () => void refreshQueries(queryClient, ['api-clients']),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = { clientId: !clientId.trim() ? 'form.required' : null, name: !name.trim() ? 'form.required' : null };
    setChecks(next);
    if (!firstInvalid(next)) create.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  return (
    <Card title={t('admin.clients')}>
      <p className="muted">{t('admin.clientsHelp')}</p>
      {secret ? (
        <div className="state warn" role="status">
          <strong>{t('admin.secretOnce', { client: secret.client.clientId })}</strong>
          <p className="mono">{secret.clientSecret}</p>
        </div>
      ) : null}
      {change.error ? <ErrorBox error={change.error} /> : null}
      <QueryState query={clients} isEmpty={(d) => d.length === 0} empty={t('admin.noClients')}>
        {(d) => (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('admin.clients')}</caption>
              <thead>
                <tr>
                  <th scope="col">Client ID</th>
                  <th scope="col">{t('common.name')}</th>
                  <th scope="col">{t('admin.lastToken')}</th>
                  <th scope="col">{t('training.status')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {d.map((c) => (
                  <tr key={c.id}>
                    <td className="mono">{c.clientId}</td>
                    <td>{c.name}</td>
                    <td>{c.lastTokenAt ? dateTime(c.lastTokenAt) : '–'}</td>
                    <td>{c.isActive ? <Badge tone="good">{t('employees.active')}</Badge> : <Badge tone="warn">{t('employees.inactive')}</Badge>}</td>
                    <td className="row-actions">
                      <button type="button" className="link" onClick={() => change.mutate({ id: c.id, what: 'rotate' })}>
                        {t('admin.rotate')}
                      </button>
                      <button type="button" className="link" onClick={() => change.mutate({ id: c.id, what: c.isActive ? 'deactivate' : 'activate' })}>
                        {c.isActive ? t('admin.deactivate') : t('admin.activate')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      <form onSubmit={submit} noValidate className="form-grid" aria-label={t('admin.newClient')}>
        <Field label="Client ID" name="clientId" error={create.error} message={msg('clientId')}>
          {(p) => <input {...p} value={clientId} onChange={(e) => setClientId(e.target.value)} />}
        </Field>
        <Field label={t('common.name')} name="name" error={create.error} message={msg('name')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <FormError error={create.error} fields={['clientId', 'name']} />
        <FormActions pending={create.isPending} submitLabel={t('admin.newClient')} />
      </form>
    </Card>
  );
}
