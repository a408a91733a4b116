import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { refreshQueries } from '../../lib/query';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Badge, Card, Field, FormActions, FormError, PageHeader, QueryState } from '../../components/ui';
import { thisYear, useParam, yearOptions } from '../../lib/hooks';
import { firstInvalid, type Checks } from '../../lib/forms';

export const planTone = (s: Schemas['PlanStatus']) => (s === 'Approved' ? 'good' : s === 'Submitted' ? 'info' : 'neutral');

export default function PlansPage() {
  const { t, te, num } = useI18n();
  const user = useUser();
  const [year, setYear] = useParam('year');
  const [creating, setCreating] = useState(false);
  const plans = useQuery({
    queryKey: ['development-plans', year],
    queryFn: async () => unwrap(await api.GET('/api/v1/development-plans', { params: { query: { year: year ? Number(year) : undefined, pageSize: 100 } } })),
  });
  return (
    <>
      <PageHeader
        title={t('plans.title')}
        subtitle={t('plans.subtitle')}
        actions={can.manage(user.role) && !creating ? <button type="button" onClick={() => setCreating(true)}>{t('plans.new')}</button> : null}
      />
      {creating ? <PlanForm onClose={() => setCreating(false)} /> : null}
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
      <QueryState query={plans} isEmpty={(d) => d.items.length === 0} empty={t('plans.none')}>
        {(d) => (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('plans.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plans.planTitle')}</th>
                  <th scope="col" className="num">{t('common.year')}</th>
                  <th scope="col">{t('training.status')}</th>
                  <th scope="col" className="num">{t('plans.items')}</th>
                  <th scope="col" className="num">{t('plans.totalCost')}</th>
                  <th scope="col" className="num">{t('plans.ceiling')}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={`/plans/${p.id}`}>{p.title}</Link>
                    </td>
                    <td className="num">{p.year}</td>
                    <td>
                      <Badge tone={planTone(p.status)}>{te('PlanStatus', p.status)}</Badge>
                    </td>
                    <td className="num">{p.itemCount}</td>
                    <td className="num">{num(p.totalCost, 0)}</td>
                    <td className="num">{p.budgetCeiling === null ? '–' : num(p.budgetCeiling, 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </>
  );
}

function PlanForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [year, setYear] = useState(String(thisYear() + 1));
  const [ceiling, setCeiling] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [checks, setChecks] = useState<Checks>({});
  const agencies = useQuery({
    queryKey: ['agencies'],
    queryFn: async () => unwrap(await api.GET('/api/v1/agencies', { params: { query: { pageSize: 500 } } })),
    enabled: can.isNational(user),
  });
  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/development-plans', {
          params: { header: { 'Idempotency-Key': idempotencyKey() } },
          body: { title: title.trim(), year: Number(year), budgetCeiling: ceiling === '' ? null : Number(ceiling), agencyId: agencyId || user.agency?.id || null },
        }),
      ),
    onSuccess: (plan) => {
      void refreshQueries(queryClient, ['development-plans']);
      navigate(`/plans/${plan.id}`);
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = {
      title: !title.trim() ? 'form.required' : null,
      budgetCeiling: ceiling !== '' && !(Number(ceiling) >= 0) ? 'form.notNegative' : null,
      agencyId: can.isNational(user) && !agencyId ? 'form.required' : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) create.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  return (
    <Card title={t('plans.new')}>
      <form onSubmit={submit} noValidate className="form-grid">
        {can.isNational(user) ? (
          <Field label={t('profile.agency')} name="agencyId" error={create.error} message={msg('agencyId')}>
            {(p) => (
              <select {...p} value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
                <option value="">{t('form.choose')}</option>
                {agencies.data?.items.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.code} — {a.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label={t('plans.planTitle')} name="title" error={create.error} message={msg('title')}>
          {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t('common.year')} name="year" error={create.error}>
          {(p) => (
            <select {...p} value={year} onChange={(e) => setYear(e.target.value)}>
              {yearOptions().map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('plans.ceiling')} name="budgetCeiling" error={create.error} message={msg('budgetCeiling')} hint={t('plans.ceilingHint')}>
          {(p) => <input {...p} type="number" min={0} value={ceiling} onChange={(e) => setCeiling(e.target.value)} />}
        </Field>
        <FormError error={create.error} fields={['title', 'year', 'budgetCeiling', 'agencyId']} />
        <FormActions pending={create.isPending} onCancel={onClose} />
      </form>
    </Card>
  );
}
