import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { Card, EnumSelect, Field, FormActions, FormError } from '../../components/ui';
import { codePattern, firstInvalid, type Checks } from '../../lib/forms';
import { refreshQueries } from '../../lib/query';

type UnitNode = Schemas['UnitNodeDto'];
type Position = Schemas['PositionDto'];
export const unitKinds: Schemas['UnitKind'][] = ['SekretariatDaerah', 'SekretariatDprd', 'Inspektorat', 'Dinas', 'Badan', 'Kecamatan', 'Kelurahan', 'Bagian', 'Bidang', 'Subbagian', 'Seksi', 'Upt', 'Lainnya'];
const positionTypes: Schemas['PositionType'][] = [
  'JptUtama', 'JptMadya', 'JptPratama', 'Administrator', 'Pengawas', 'Pelaksana', 'FungsionalAhliPertama', 'FungsionalAhliMuda', 'FungsionalAhliMadya',
  'FungsionalAhliUtama', 'FungsionalPemula', 'FungsionalTerampil', 'FungsionalMahir', 'FungsionalPenyelia',
];
const eselons: Schemas['Eselon'][] = ['Ia', 'Ib', 'IIa', 'IIb', 'IIIa', 'IIIb', 'IVa', 'IVb', 'Va'];

export function flattenUnits(nodes: UnitNode[], depth = 0): { node: UnitNode; depth: number }[] {
  return nodes.flatMap((n) => [{ node: n, depth }, ...flattenUnits(n.children, depth + 1)]);
}

/** The units a unit may move under: every one but itself and those below it. */
export function parentChoices(nodes: UnitNode[], moving?: string): { node: UnitNode; depth: number }[] {
  const prune = (list: UnitNode[]): UnitNode[] => list.filter((n) => n.id !== moving).map((n) => ({ ...n, children: prune(n.children) }));
  return flattenUnits(moving ? prune(nodes) : nodes);
}

function UnitOptions({ units, moving }: { units: UnitNode[]; moving?: string }) {
  return (
    <>
      {parentChoices(units, moving).map(({ node, depth }) => (
        <option key={node.id} value={node.id}>
          {'\u00a0'.repeat(depth * 3)}
          {node.name}
        </option>
      ))}
    </>
  );
}

/** Delete, after a confirmation; a refusal (409: still in use) is shown by the caller's form. */
function DeleteButton({ label, confirm, pending, onDelete }: { label: string; confirm: string; pending: boolean; onDelete: () => void }) {
  return (
    <button
      type="button"
      className="danger"
      disabled={pending}
      onClick={() => {
        if (window.confirm(confirm)) onDelete();
      }}
    >
      {label}
    </button>
  );
}

/**
 * A new unit, or a change of one (code, name, kind, parent, order, active) with its ETag; a unit
 * with nothing in it can be deleted from here too.
 */
export function UnitForm({
  agencyId,
  units,
  parentId,
  unit,
  onClose,
  onDeleted,
}: {
  agencyId: string;
  units: UnitNode[];
  parentId?: string;
  /** The unit to change; without it, a new one. */
  unit?: UnitNode;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [code, setCode] = useState(unit?.code ?? '');
  const [name, setName] = useState(unit?.name ?? '');
  const [kind, setKind] = useState<Schemas['UnitKind']>(unit?.kind ?? 'Bidang');
  const [parent, setParent] = useState(unit ? unit.parentId ?? '' : parentId ?? '');
  const [sortOrder, setSortOrder] = useState(String(unit?.sortOrder ?? 0));
  const [isActive, setActive] = useState(unit?.isActive ?? true);
  const [checks, setChecks] = useState<Checks>({});
  const refresh = () => {
    void refreshQueries(queryClient, ['units', agencyId]);
    void refreshQueries(queryClient, ['positions']);
  };
  const save = useMutation({
    mutationFn: async () => {
      const common = { code: code.trim(), name: name.trim(), kind, parentId: parent || null, sortOrder: Number(sortOrder) };
      return unit
        ? unwrap(await api.PUT('/api/v1/units/{id}', { params: { path: { id: unit.id }, header: { 'If-Match': unit.eTag } }, body: { ...common, isActive } }))
        : unwrap(await api.POST('/api/v1/agencies/{id}/units', { params: { path: { id: agencyId }, header: { 'Idempotency-Key': idempotencyKey() } }, body: common }));
    },
    onSuccess: () => {
      refresh();
      onClose();
    },
  });
  const remove = useMutation({
    mutationFn: async (u: UnitNode) => unwrap(await api.DELETE('/api/v1/units/{id}', { params: { path: { id: u.id }, header: { 'If-Match': u.eTag } } })),
    onSuccess: () => {
      refresh();
      onDeleted?.();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    remove.reset();
    const next: Checks = {
      code: !code.trim() ? 'form.required' : !codePattern.test(code.trim()) ? 'form.code' : null,
      name: !name.trim() ? 'form.required' : null,
      sortOrder: !/^\d+$/.test(sortOrder.trim()) ? 'form.wholeNumber' : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) save.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  const title = unit ? t('org.editUnit') : t('org.newUnit');
  const error = save.error ?? remove.error;
  return (
    <Card title={title}>
      <form onSubmit={submit} noValidate className="form-grid" aria-label={title}>
        <Field label={t('common.code')} name="code" error={error} message={msg('code')}>
          {(p) => <input {...p} value={code} onChange={(e) => setCode(e.target.value)} />}
        </Field>
        <Field label={t('common.name')} name="name" error={error} message={msg('name')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('tna.kind')} name="kind" error={error}>
          {(p) => <EnumSelect {...p} enumName="UnitKind" values={unitKinds} value={kind} onChange={setKind} />}
        </Field>
        <Field label={t('competency.parent')} name="parentId" error={error} hint={unit ? t('org.moveHint') : undefined}>
          {(p) => (
            <select {...p} value={parent} onChange={(e) => setParent(e.target.value)}>
              <option value="">{t('competency.noParent')}</option>
              <UnitOptions units={units} moving={unit?.id} />
            </select>
          )}
        </Field>
        <Field label={t('org.sortOrder')} name="sortOrder" error={error} message={msg('sortOrder')}>
          {(p) => <input {...p} type="number" min={0} value={sortOrder} onChange={(e) => setSortOrder(e.target.value)} />}
        </Field>
        {unit ? (
          <label className="choice">
            <input type="checkbox" checked={isActive} onChange={(e) => setActive(e.target.checked)} /> {t('employees.active')}
          </label>
        ) : null}
        <FormError error={error} fields={['code', 'name', 'kind', 'parentId', 'sortOrder', 'isActive']} onReload={refresh} />
        <FormActions pending={save.isPending} onCancel={onClose}>
          {unit ? (
            <DeleteButton
              label={t('org.deleteUnit')}
              confirm={t('org.deleteUnitConfirm', { name: unit.name })}
              pending={remove.isPending}
              onDelete={() => {
                save.reset();
                remove.mutate(unit);
              }}
            />
          ) : null}
        </FormActions>
      </form>
    </Card>
  );
}

/**
 * A new position (with its standard proposed from the defaults), or a change of one with its
 * ETag (moving it to another unit moves its holders); one nobody holds or held can be deleted.
 */
export function PositionForm({
  units,
  unitId,
  position,
  onClose,
  onSaved,
}: {
  units: UnitNode[];
  unitId?: string;
  /** The position to change; without it, a new one. */
  position?: Position;
  onClose: () => void;
  onSaved?: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [code, setCode] = useState(position?.code ?? '');
  const [name, setName] = useState(position?.name ?? '');
  const [type, setType] = useState<Schemas['PositionType']>(position?.type ?? 'Pelaksana');
  const [eselon, setEselon] = useState<Schemas['Eselon'] | ''>(position?.eselon ?? '');
  const [unit, setUnit] = useState(position?.unit?.id ?? unitId ?? '');
  const [isActive, setActive] = useState(position?.isActive ?? true);
  const [propose, setPropose] = useState(true);
  const [checks, setChecks] = useState<Checks>({});
  const refresh = () => {
    void refreshQueries(queryClient, ['positions']);
    if (position) void refreshQueries(queryClient, ['position', position.id]);
    void refreshQueries(queryClient, ['units']);
  };
  const save = useMutation({
    mutationFn: async () => {
      const common = { code: code.trim(), name: name.trim(), type, eselon: eselon || null, unitId: unit };
      return position
        ? unwrap(await api.PUT('/api/v1/positions/{id}', { params: { path: { id: position.id }, header: { 'If-Match': position.eTag } }, body: { ...common, isActive } }))
        : unwrap(await api.POST('/api/v1/positions', { params: { header: { 'Idempotency-Key': idempotencyKey() } }, body: { ...common, proposeStandard: propose } }));
    },
    onSuccess: (p) => {
      refresh();
      if (position) {
        queryClient.setQueryData(['position', position.id], p);
        onSaved?.();
      } else navigate(`/organisation/positions/${p.id}`);
    },
  });
  const remove = useMutation({
    mutationFn: async (p: Position) => unwrap(await api.DELETE('/api/v1/positions/{id}', { params: { path: { id: p.id }, header: { 'If-Match': p.eTag } } })),
    onSuccess: () => {
      void refreshQueries(queryClient, ['positions']);
      void refreshQueries(queryClient, ['units']);
      navigate('/organisation');
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    remove.reset();
    const next: Checks = {
      code: !code.trim() ? 'form.required' : !codePattern.test(code.trim()) ? 'form.code' : null,
      name: !name.trim() ? 'form.required' : null,
      unitId: !unit ? 'form.required' : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) save.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  const title = position ? t('org.editPosition') : t('org.newPosition');
  const error = save.error ?? remove.error;
  return (
    <Card title={title}>
      <form onSubmit={submit} noValidate className="form-grid" aria-label={title}>
        <Field label={t('common.code')} name="code" error={error} message={msg('code')}>
          {(p) => <input {...p} value={code} onChange={(e) => setCode(e.target.value)} />}
        </Field>
        <Field label={t('common.name')} name="name" error={error} message={msg('name')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('tna.kind')} name="type" error={error}>
          {(p) => <EnumSelect {...p} enumName="PositionType" values={positionTypes} value={type} onChange={setType} />}
        </Field>
        <Field label={t('org.eselon')} name="eselon" error={error}>
          {(p) => (
            <select {...p} value={eselon} onChange={(e) => setEselon(e.target.value as Schemas['Eselon'] | '')}>
              <option value="">{t('org.noEselon')}</option>
              {eselons.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('employees.unit')} name="unitId" error={error} message={msg('unitId')} hint={position ? t('org.moveHolders') : undefined}>
          {(p) => (
            <select {...p} value={unit} onChange={(e) => setUnit(e.target.value)}>
              <option value="">{t('form.choose')}</option>
              <UnitOptions units={units} />
            </select>
          )}
        </Field>
        {position ? (
          <label className="choice">
            <input type="checkbox" checked={isActive} onChange={(e) => setActive(e.target.checked)} /> {t('employees.active')}
          </label>
        ) : (
          <label className="choice">
            <input type="checkbox" checked={propose} onChange={(e) => setPropose(e.target.checked)} /> {t('org.proposeStandard')}
          </label>
        )}
        <FormError error={error} fields={['code', 'name', 'type', 'eselon', 'unitId', 'isActive']} onReload={refresh} />
        <FormActions pending={save.isPending} onCancel={onClose}>
          {position ? (
            <DeleteButton
              label={t('org.deletePosition')}
              confirm={t('org.deletePositionConfirm', { name: position.name })}
              pending={remove.isPending}
              onDelete={() => {
                save.reset();
                remove.mutate(position);
              }}
            />
          ) : null}
        </FormActions>
      </form>
    </Card>
  );
}
