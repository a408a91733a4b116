import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { Card, EnumSelect, Field, FormActions, FormError, QueryState } from '../../components/ui';
import { codePattern, firstInvalid, type Checks } from '../../lib/forms';
import { refreshQueries } from '../../lib/query';
import { useScrolledIntoView } from '../../lib/hooks';
import { PublicationBadge, usePublication } from '../frameworks/FrameworkPublication';

type Agency = Schemas['AgencyDto'];
const agencyKinds: Schemas['AgencyKind'][] = ['Kementerian', 'LembagaPemerintahNonKementerian', 'PemerintahProvinsi', 'PemerintahKabupaten', 'PemerintahKota', 'Kecamatan', 'Lainnya'];

/** SystemAdmin: the agencies with the size of their organisation; register one or change one's name, region and kind. */
export function Agencies() {
  const { t, te } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const agencies = useQuery({
    queryKey: ['agencies'],
    queryFn: async () => unwrap(await api.GET('/api/v1/agencies', { params: { query: { pageSize: 500 } } })),
  });
  const current = agencies.data?.items.find((a) => a.id === editing);
  const publication = usePublication();
  return (
    <Card title={t('admin.agencies')}>
      {current ? <AgencyForm key={current.eTag} agency={current} onClose={() => setEditing(null)} /> : null}
      <FormError error={publication.mutation.error} fields={[]} onReload={publication.refresh} />
      <QueryState query={agencies}>
        {(d) => (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('admin.agencies')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('common.code')}</th>
                  <th scope="col">{t('common.name')}</th>
                  <th scope="col">{t('tna.kind')}</th>
                  <th scope="col" className="num">{t('org.units')}</th>
                  <th scope="col" className="num">{t('org.positions')}</th>
                  <th scope="col" className="num">{t('employees.title')}</th>
                  <th scope="col">{t('publication.column')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((a) => (
                  <tr key={a.id}>
                    <td className="mono">{a.code}</td>
                    <td>
                      {a.name}
                      <div className="muted small">{a.region}</div>
                    </td>
                    <td>{te('AgencyKind', a.kind)}</td>
                    <td className="num">{a.unitCount}</td>
                    <td className="num">{a.positionCount}</td>
                    <td className="num">{a.employeeCount}</td>
                    <td>
                      <PublicationBadge agency={a} />
                    </td>
                    <td>
                      <button type="button" className="link" onClick={() => setEditing(a.id)}>
                        {t('admin.editAgency')}
                        <span className="visually-hidden"> {a.code}</span>
                      </button>{' '}
                      <button type="button" className="link" disabled={publication.mutation.isPending} onClick={() => publication.mutation.mutate(a)}>
                        {a.publishesFrameworks ? t('publication.close') : t('publication.publish')}
                        <span className="visually-hidden"> ({a.code})</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      <AgencyForm />
    </Card>
  );
}

/** A new agency, or a change of one (its code stays) with its ETag. */
function AgencyForm({ agency, onClose }: { agency?: Agency; onClose?: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [code, setCode] = useState(agency?.code ?? '');
  const [name, setName] = useState(agency?.name ?? '');
  const [region, setRegion] = useState(agency?.region ?? '');
  const [kind, setKind] = useState<Schemas['AgencyKind']>(agency?.kind ?? 'PemerintahKabupaten');
  const [checks, setChecks] = useState<Checks>({});
  const shown = useScrolledIntoView<HTMLFormElement>();
  const refresh = () => void refreshQueries(queryClient, ['agencies']);
  const save = useMutation({
    mutationFn: async () => {
      const body = { name: name.trim(), region: region.trim(), kind };
      return agency
        ? unwrap(await api.PUT('/api/v1/agencies/{id}', { params: { path: { id: agency.id }, header: { 'If-Match': agency.eTag } }, body }))
        : unwrap(await api.POST('/api/v1/agencies', { params: { header: { 'Idempotency-Key': idempotencyKey() } }, body: { ...body, code: code.trim() } }));
    },
    onSuccess: () => {
      refresh();
      void refreshQueries(queryClient, ['me']);
      if (agency) onClose?.();
      else {
        setCode('');
        setName('');
        setRegion('');
      }
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = {
      code: agency ? null : !code.trim() ? 'form.required' : !codePattern.test(code.trim()) ? 'form.code' : null,
      name: !name.trim() ? 'form.required' : null,
      region: !region.trim() ? 'form.required' : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) save.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  const title = agency ? t('admin.editAgencyOf', { code: agency.code }) : t('admin.newAgency');
  return (
    <form ref={agency ? shown : undefined} onSubmit={submit} noValidate className="form-grid" aria-label={title}>
      <h3 className="span-all">{title}</h3>
      <Field label={t('common.code')} name="code" error={save.error} message={msg('code')} hint={agency ? t('admin.codeStays') : undefined}>
        {(p) => <input {...p} value={code} readOnly={!!agency} onChange={(e) => setCode(e.target.value)} />}
      </Field>
      <Field label={t('common.name')} name="name" error={save.error} message={msg('name')}>
        {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={t('admin.region')} name="region" error={save.error} message={msg('region')}>
        {(p) => <input {...p} value={region} onChange={(e) => setRegion(e.target.value)} />}
      </Field>
      <Field label={t('tna.kind')} name="kind" error={save.error}>
        {(p) => <EnumSelect {...p} enumName="AgencyKind" values={agencyKinds} value={kind} onChange={setKind} />}
      </Field>
      <FormError error={save.error} fields={['code', 'name', 'region', 'kind']} onReload={refresh} />
      <FormActions pending={save.isPending} submitLabel={agency ? t('common.save') : t('admin.newAgency')} onCancel={onClose} />
    </form>
  );
}
