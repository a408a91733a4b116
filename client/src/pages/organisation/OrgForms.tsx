import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { Card, Field, FormError } from '../../components/ui';
import { codePattern, firstInvalid, type Checks } from '../../lib/forms';
import { refreshQueries } from '../../lib/query';

type UnitNode = Schemas['UnitNodeDto'];
export const unitKinds: Schemas['UnitKind'][] = ['SekretariatDaerah', 'SekretariatDprd', 'Inspektorat', 'Dinas', 'Badan', 'Kecamatan', 'Kelurahan', 'Bagian', 'Bidang', 'Subbagian', 'Seksi', 'Upt', 'Lainnya'];
const positionTypes: Schemas['PositionType'][] = [
  'JptUtama', 'JptMadya', 'JptPratama', 'Administrator', 'Pengawas', 'Pelaksana', 'FungsionalAhliPertama', 'FungsionalAhliMuda', 'FungsionalAhliMadya',
  'FungsionalAhliUtama', 'FungsionalPemula', 'FungsionalTerampil', 'FungsionalMahir', 'FungsionalPenyelia',
];
const eselons: Schemas['Eselon'][] = ['Ia', 'Ib', 'IIa', 'IIb', 'IIIa', 'IIIb', 'IVa', 'IVb', 'Va'];

export function flattenUnits(nodes: UnitNode[], depth = 0): { node: UnitNode; depth: number }[] {
  return nodes.flatMap((n) => [{ node: n, depth }, ...flattenUnits(n.children, depth + 1)]);
}

export function UnitForm({ agencyId, units, parentId, onClose }: { agencyId: string; units: UnitNode[]; parentId?: string; onClose: () => void }) {
  const { t, te } = useI18n();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Schemas['UnitKind']>('Bidang');
  const [parent, setParent] = useState(parentId ?? '');
  const [checks, setChecks] = useState<Checks>({});
  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/agencies/{id}/units', {
          params: { path: { id: agencyId }, header: { 'Idempotency-Key': idempotencyKey() } },
          body: { code: code.trim(), name: name.trim(), kind, parentId: parent || null, sortOrder: 0 },
        }),
      ),
    onSuccess: () => {
      void refreshQueries(queryClient, ['units', agencyId]);
      onClose();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = { code: !code.trim() ? 'form.required' : !codePattern.test(code.trim()) ? 'form.code' : null, name: !name.trim() ? 'form.required' : null };
    setChecks(next);
    if (!firstInvalid(next)) create.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  return (
    <Card title={t('org.newUnit')}>
      <form onSubmit={submit} noValidate className="form-grid" aria-label={t('org.newUnit')}>
        <Field label={t('common.code')} name="code" error={create.error} message={msg('code')}>
          {(p) => <input {...p} value={code} onChange={(e) => setCode(e.target.value)} />}
        </Field>
        <Field label={t('common.name')} name="name" error={create.error} message={msg('name')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('tna.kind')} name="kind" error={create.error}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as Schemas['UnitKind'])}>
              {unitKinds.map((k) => (
                <option key={k} value={k}>
                  {te('UnitKind', k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('competency.parent')} name="parentId" error={create.error}>
          {(p) => (
            <select {...p} value={parent} onChange={(e) => setParent(e.target.value)}>
              <option value="">{t('competency.noParent')}</option>
              {flattenUnits(units).map(({ node, depth }) => (
                <option key={node.id} value={node.id}>
                  {'\u00a0'.repeat(depth * 3)}
                  {node.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormError error={create.error} fields={['code', 'name', 'kind', 'parentId']} />
        <div className="form-actions">
          <button type="submit" disabled={create.isPending}>
            {t('common.save')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Card>
  );
}

export function PositionForm({ units, unitId, onClose }: { units: UnitNode[]; unitId?: string; onClose: () => void }) {
  const { t, te } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [type, setType] = useState<Schemas['PositionType']>('Pelaksana');
  const [eselon, setEselon] = useState<Schemas['Eselon']>('Va');
  const [unit, setUnit] = useState(unitId ?? '');
  const [propose, setPropose] = useState(true);
  const [checks, setChecks] = useState<Checks>({});
  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/positions', {
          params: { header: { 'Idempotency-Key': idempotencyKey() } },
          body: { code: code.trim(), name: name.trim(), type, eselon, unitId: unit, proposeStandard: propose },
        }),
      ),
    onSuccess: (p) => {
      void refreshQueries(queryClient, ['positions']);
      navigate(`/organisation/positions/${p.id}`);
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = {
      code: !code.trim() ? 'form.required' : !codePattern.test(code.trim()) ? 'form.code' : null,
      name: !name.trim() ? 'form.required' : null,
      unitId: !unit ? 'form.required' : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) create.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  return (
    <Card title={t('org.newPosition')}>
      <form onSubmit={submit} noValidate className="form-grid" aria-label={t('org.newPosition')}>
        <Field label={t('common.code')} name="code" error={create.error} message={msg('code')}>
          {(p) => <input {...p} value={code} onChange={(e) => setCode(e.target.value)} />}
        </Field>
        <Field label={t('common.name')} name="name" error={create.error} message={msg('name')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('tna.kind')} name="type" error={create.error}>
          {(p) => (
            <select {...p} value={type} onChange={(e) => setType(e.target.value as Schemas['PositionType'])}>
              {positionTypes.map((k) => (
                <option key={k} value={k}>
                  {te('PositionType', k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('org.eselon')} name="eselon" error={create.error}>
          {(p) => (
            <select {...p} value={eselon} onChange={(e) => setEselon(e.target.value as Schemas['Eselon'])}>
              {eselons.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('employees.unit')} name="unitId" error={create.error} message={msg('unitId')}>
          {(p) => (
            <select {...p} value={unit} onChange={(e) => setUnit(e.target.value)}>
              <option value="">{t('form.choose')}</option>
              {flattenUnits(units).map(({ node, depth }) => (
                <option key={node.id} value={node.id}>
                  {'\u00a0'.repeat(depth * 3)}
                  {node.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="choice">
          <input type="checkbox" checked={propose} onChange={(e) => setPropose(e.target.checked)} /> {t('org.proposeStandard')}
        </label>
        <FormError error={create.error} fields={['code', 'name', 'type', 'eselon', 'unitId']} />
        <div className="form-actions">
          <button type="submit" disabled={create.isPending}>
            {t('common.save')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Card>
  );
}
