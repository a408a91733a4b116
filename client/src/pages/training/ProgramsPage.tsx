import { useState, type FormEvent } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { refreshQueries } from '../../lib/query';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Badge, Card, Empty, EnumSelect, ErrorBox, Field, FormActions, FormError, Loading, PageHeader, Pager } from '../../components/ui';
import { useParam } from '../../lib/hooks';
import { codePattern, developmentForms, firstInvalid, orNull, type Checks } from '../../lib/forms';

const PAGE_SIZE = 25;

export default function ProgramsPage() {
  const { t, te, num } = useI18n();
  const user = useUser();
  const [search, setSearch] = useParam('q');
  const [pageText, setPage] = useParam('page', '1');
  const [creating, setCreating] = useState(false);
  const page = Math.max(1, Number(pageText) || 1);
  const query = useQuery({
    queryKey: ['training-programs', { search, page }],
    queryFn: async () => unwrap(await api.GET('/api/v1/training-programs', { params: { query: { search: search || undefined, page, pageSize: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title={t('programs.title')}
        subtitle={t('programs.subtitle')}
        actions={can.manage(user.role) && !creating ? <button type="button" onClick={() => setCreating(true)}>{t('programs.new')}</button> : null}
      />
      {creating ? <ProgramForm onClose={() => setCreating(false)} /> : null}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('common.search')}
          <input type="search" defaultValue={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
      </form>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorBox error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty>{t('programs.none')}</Empty>
      ) : (
        <>
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('programs.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('common.code')}</th>
                  <th scope="col">{t('programs.programTitle')}</th>
                  <th scope="col">{t('programs.form')}</th>
                  <th scope="col">{t('programs.delivery')}</th>
                  <th scope="col" className="num">JP</th>
                  <th scope="col" className="num">{t('programs.cost')}</th>
                  <th scope="col" className="num">{t('programs.sessions')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((p) => (
                  <tr key={p.id}>
                    <td className="mono">{p.code}</td>
                    <td>
                      <Link to={`/training/programs/${p.id}`}>{p.title}</Link>
                      {!p.isActive ? <Badge tone="warn">{t('programs.inactive')}</Badge> : null}
                      {p.agencyId === null ? <Badge tone="info">{t('frameworks.national')}</Badge> : null}
                      {p.providerName ? <div className="muted small">{p.providerName}</div> : null}
                    </td>
                    <td>{te('DevelopmentForm', p.form)}</td>
                    <td>{te('DeliveryMode', p.deliveryMode)}</td>
                    <td className="num">{p.jp}</td>
                    <td className="num">{num(p.costPerParticipant, 0)}</td>
                    <td className="num">{p.sessionCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={PAGE_SIZE} total={query.data.totalCount} onPage={(p) => setPage(String(p))} />
        </>
      )}
    </>
  );
}

function ProgramForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [form, setForm] = useState<Schemas['DevelopmentForm']>('Technical');
  const [delivery, setDelivery] = useState<Schemas['DeliveryMode']>('InPerson');
  const [jp, setJp] = useState('');
  const [cost, setCost] = useState('0');
  const [provider, setProvider] = useState('');
  const [description, setDescription] = useState('');
  const [checks, setChecks] = useState<Checks>({});
  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/training-programs', {
          params: { header: { 'Idempotency-Key': idempotencyKey() } },
          body: {
            agencyId: user.agency?.id ?? null,
            code: code.trim(),
            title: title.trim(),
            form,
            deliveryMode: delivery,
            jp: jp === '' ? null : Number(jp),
            costPerParticipant: Number(cost),
            providerName: orNull(provider),
            description: orNull(description),
            annualCapacity: null,
            agreementNumber: null,
            agreementValidFrom: null,
            agreementValidUntil: null,
            targets: [],
          },
        }),
      ),
    onSuccess: (p) => {
      void refreshQueries(queryClient, ['training-programs']);
      navigate(`/training/programs/${p.id}`);
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = {
      code: !code.trim() ? 'form.required' : !codePattern.test(code.trim()) ? 'form.code' : null,
      title: !title.trim() ? 'form.required' : null,
      jp: jp !== '' && (!Number.isInteger(Number(jp)) || Number(jp) < 0) ? 'form.wholeNumber' : null,
      costPerParticipant: cost === '' || Number(cost) < 0 || Number.isNaN(Number(cost)) ? 'form.notNegative' : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) create.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  return (
    <Card title={t('programs.new')}>
      <form onSubmit={submit} noValidate className="form-grid">
        <Field label={t('common.code')} name="code" error={create.error} message={msg('code')} hint={t('form.codeHint')}>
          {(p) => <input {...p} value={code} onChange={(e) => setCode(e.target.value)} />}
        </Field>
        <Field label={t('programs.programTitle')} name="title" error={create.error} message={msg('title')}>
          {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t('programs.form')} name="form" error={create.error}>
          {(p) => <EnumSelect {...p} enumName="DevelopmentForm" values={developmentForms} value={form} onChange={setForm} />}
        </Field>
        <Field label={t('programs.delivery')} name="deliveryMode" error={create.error}>
          {(p) => <EnumSelect {...p} enumName="DeliveryMode" values={(['InPerson', 'Online', 'Blended'] as const)} value={delivery} onChange={setDelivery} />}
        </Field>
        <Field label="JP" name="jp" error={create.error} message={msg('jp')} hint={t('programs.jpHint')}>
          {(p) => <input {...p} type="number" min={0} value={jp} onChange={(e) => setJp(e.target.value)} />}
        </Field>
        <Field label={t('programs.cost')} name="costPerParticipant" error={create.error} message={msg('costPerParticipant')}>
          {(p) => <input {...p} type="number" min={0} value={cost} onChange={(e) => setCost(e.target.value)} />}
        </Field>
        <Field label={t('programs.provider')} name="providerName" error={create.error}>
          {(p) => <input {...p} value={provider} onChange={(e) => setProvider(e.target.value)} />}
        </Field>
        <Field label={t('frameworks.description')} name="description" error={create.error}>
          {(p) => <textarea {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <FormError error={create.error} fields={['code', 'title', 'form', 'deliveryMode', 'jp', 'costPerParticipant', 'providerName', 'description']} />
        <FormActions pending={create.isPending} onCancel={onClose} />
      </form>
    </Card>
  );
}
