import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api, unwrap, type Schemas } from '../../api/client';
import { isApiError } from '../../api/problem';
import { refreshQueries } from '../../lib/query';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Card, ErrorBox, FormError, Loading, PageHeader } from '../../components/ui';
import { PositionForm } from './OrgForms';
import { CompetencyPicker } from '../../components/CompetencyPicker';

interface Row {
  competencyId: string;
  code: string;
  name: string;
  frameworkCode: string;
  groupKind: Schemas['CompetencyGroupKind'];
  requiredLevel: string;
  weight: string;
}

const MIN_WEIGHT = 0.1;
const MAX_WEIGHT = 10;

export default function PositionPage() {
  const { id = '' } = useParams();
  const { t, te } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const position = useQuery({
    queryKey: ['position', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/positions/{id}', { params: { path: { id } } })),
  });
  const standards = useQuery({
    queryKey: ['position', id, 'standards'],
    queryFn: async () => unwrap(await api.GET('/api/v1/positions/{id}/standards', { params: { path: { id } } })),
  });
  const [editing, setEditing] = useState(false);
  const agencyId = position.data?.agencyId ?? '';
  const units = useQuery({
    queryKey: ['units', agencyId],
    queryFn: async () => unwrap(await api.GET('/api/v1/agencies/{id}/units', { params: { path: { id: agencyId } } })),
    enabled: editing && !!agencyId,
  });
  const [rows, setRows] = useState<Row[] | null>(null);
  useEffect(() => {
    if (standards.data && rows === null)
      setRows(
        standards.data.items.map((i) => ({
          competencyId: i.competencyId,
          code: i.competencyCode,
          name: i.competencyName,
          frameworkCode: i.frameworkCode,
          groupKind: i.groupKind,
          requiredLevel: String(i.requiredLevel),
          weight: String(i.weight),
        })),
      );
  }, [standards.data, rows]);

  const save = useMutation({
    mutationFn: async (items: Row[]) =>
      unwrap(
        await api.PUT('/api/v1/positions/{id}/standards', {
          params: { path: { id }, header: { 'If-Match': standards.data?.eTag ?? '' } },
          body: { items: items.map((r) => ({ competencyId: r.competencyId, requiredLevel: Number(r.requiredLevel), weight: Number(r.weight.replace(',', '.')) })) },
        }),
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(['position', id, 'standards'], data);
      void refreshQueries(queryClient, ['positions']);
      void refreshQueries(queryClient, ['employee']);
      setRows(null);
    },
  });

  const rowError = (r: Row, index: number): string[] => {
    const messages: string[] = [];
    const level = Number(r.requiredLevel);
    const weight = Number(r.weight.replace(',', '.'));
    if (!Number.isInteger(level) || level < 1 || level > 5) messages.push(t('skj.levelRange'));
    if (Number.isNaN(weight) || weight < MIN_WEIGHT || weight > MAX_WEIGHT) messages.push(t('skj.weightRange'));
    if (isApiError(save.error)) messages.push(...save.error.fieldErrors(`items[${index}]`));
    return messages;
  };

  if (position.isPending) return <Loading />;
  if (position.isError) return <ErrorBox error={position.error} onRetry={() => void position.refetch()} />;
  const p = position.data;
  const editable = can.manage(user.role);
  const current = rows ?? [];
  const invalid = current.some((r, i) => rowError(r, i).length > 0);
  const dirty = rows !== null && standards.data !== undefined && JSON.stringify(current.map((r) => [r.competencyId, Number(r.requiredLevel), Number(r.weight)])) !== JSON.stringify(standards.data.items.map((i) => [i.competencyId, i.requiredLevel, i.weight]));
  const update = (index: number, patch: Partial<Row>) => setRows(current.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  return (
    <>
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to="/organisation">{t('org.title')}</Link> / <span>{p.name}</span>
      </nav>
      <PageHeader
        title={p.name}
        subtitle={
          <>
            <span className="mono">{p.code}</span> · {te('PositionType', p.type)}{p.eselon ? ` · ${t('org.eselon')} ${p.eselon}` : ''} · {p.unit?.name} · {t('org.people', { count: p.employeeCount })}
            {!p.isActive ? ` · ${t('employees.inactive')}` : ''}
          </>
        }
        actions={
          editable && !editing ? (
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              {t('org.editPosition')}
            </button>
          ) : null
        }
      />
      {editing ? (
        units.isError ? (
          <ErrorBox error={units.error} onRetry={() => void units.refetch()} />
        ) : units.data ? (
          <PositionForm key={p.eTag} units={units.data.items} position={p} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
        ) : (
          <Loading />
        )
      ) : null}
      <Card
        title={t('skj.title')}
        actions={
          editable ? (
            <div className="actions">
              <button type="button" className="secondary" disabled={!dirty || save.isPending} onClick={() => setRows(null)}>
                {t('skj.reset')}
              </button>
              <button type="button" disabled={!dirty || invalid || save.isPending} onClick={() => save.mutate(current)}>
                {save.isPending ? t('common.saving') : t('skj.save')}
              </button>
            </div>
          ) : null
        }
      >
        <p className="muted">{t('skj.help')}</p>
        <FormError error={save.error} fields={['items']} />
        {save.isSuccess && rows === null ? (
          <p className="state good" role="status">
            {t('skj.saved')}
          </p>
        ) : null}
        {standards.isPending || rows === null ? (
          standards.isError ? <ErrorBox error={standards.error} onRetry={() => void standards.refetch()} /> : <Loading />
        ) : (
          <>
            {current.length === 0 ? <p className="state empty">{t('skj.empty')}</p> : null}
            {current.length ? (
              <div className="table-wrap" tabIndex={0}>
                <table data-testid="skj">
                  <caption className="visually-hidden">{t('skj.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('profile.competency')}</th>
                      <th scope="col">{t('tna.kind')}</th>
                      <th scope="col" className="num">{t('profile.requiredLevel')}</th>
                      <th scope="col" className="num">{t('skj.weight')}</th>
                      {editable ? <th scope="col">{t('common.actions')}</th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {current.map((r, i) => {
                      const errors = rowError(r, i);
                      return (
                        <tr key={r.competencyId} className={errors.length ? 'invalid' : undefined}>
                          <td>
                            <span className="mono">{r.code}</span> {r.name}
                            <div className="muted small">{r.frameworkCode}</div>
                            {errors.length ? (
                              <div id={`skj-err-${i}`} className="field-errors small">
                                {errors.join(' ')}
                              </div>
                            ) : null}
                          </td>
                          <td>{te('CompetencyGroupKind', r.groupKind)}</td>
                          <td className="num">
                            {editable ? (
                              <input
                                className="score"
                                type="number"
                                min={1}
                                max={5}
                                aria-label={t('skj.levelOf', { name: r.name })}
                                aria-invalid={errors.length ? true : undefined}
                                aria-describedby={errors.length ? `skj-err-${i}` : undefined}
                                value={r.requiredLevel}
                                onChange={(e) => update(i, { requiredLevel: e.target.value })}
                              />
                            ) : (
                              r.requiredLevel
                            )}
                          </td>
                          <td className="num">
                            {editable ? (
                              <input
                                className="score"
                                inputMode="decimal"
                                aria-label={t('skj.weightOf', { name: r.name })}
                                aria-invalid={errors.length ? true : undefined}
                                aria-describedby={errors.length ? `skj-err-${i}` : undefined}
                                value={r.weight}
                                onChange={(e) => update(i, { weight: e.target.value })}
                              />
                            ) : (
                              r.weight
                            )}
                          </td>
                          {editable ? (
                            <td>
                              <button type="button" className="link" onClick={() => setRows(current.filter((_, k) => k !== i))}>
                                {t('skj.remove')}
                                <span className="visually-hidden"> {r.name}</span>
                              </button>
                            </td>
                          ) : null}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            ) : null}
            {editable ? <AddCompetency exclude={new Set(current.map((r) => r.competencyId))} onAdd={(row) => setRows([...current, row])} /> : null}
          </>
        )}
      </Card>
    </>
  );
}

function AddCompetency({ exclude, onAdd }: { exclude: Set<string>; onAdd: (row: Row) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="add-row">
      <legend>{t('skj.add')}</legend>
      <CompetencyPicker
        exclude={(id) => exclude.has(id)}
        onAdd={(n, framework) =>
          onAdd({ competencyId: n.id, code: n.code, name: n.name, frameworkCode: framework?.code ?? '', groupKind: n.groupKind, requiredLevel: '3', weight: '1' })
        }
      />
    </fieldset>
  );
}
