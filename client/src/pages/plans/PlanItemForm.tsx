import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { Card, Field, FormActions, FormError } from '../../components/ui';
import { firstInvalid, orNull, type Checks } from '../../lib/forms';
import { useScrolledIntoView } from '../../lib/hooks';

type Plan = Schemas['DevelopmentPlanDto'];

/** Adds an item by hand: a competency from the priorities, for one employee, with a programme and a quarter. */
export function PlanItemForm({ plan, onSaved, onClose }: { plan: Plan; onSaved: (plan: Plan) => void; onClose: () => void }) {
  const { t } = useI18n();
  const [competencyId, setCompetencyId] = useState('');
  const [search, setSearch] = useState('');
  const [employeeId, setEmployeeId] = useState('');
  const [programId, setProgramId] = useState('');
  const [quarter, setQuarter] = useState('1');
  const [note, setNote] = useState('');
  const [checks, setChecks] = useState<Checks>({});
  const priorities = useQuery({
    queryKey: ['tna/priorities', 'plan', plan.agencyId],
    queryFn: async () => unwrap(await api.GET('/api/v1/tna/priorities', { params: { query: { agencyId: plan.agencyId, top: 50 } } })),
  });
  const employees = useQuery({
    queryKey: ['employees', 'plan-pick', search],
    queryFn: async () => unwrap(await api.GET('/api/v1/employees', { params: { query: { agencyId: plan.agencyId, search, isActive: true, pageSize: 20 } } })),
    enabled: search.trim().length >= 2,
  });
  const programs = useQuery({
    queryKey: ['training-programs', 'competency', competencyId],
    queryFn: async () => unwrap(await api.GET('/api/v1/training-programs', { params: { query: { competencyId, isActive: true, pageSize: 100 } } })),
    enabled: !!competencyId,
  });
  const add = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/development-plans/{id}/items', {
          params: { path: { id: plan.id }, header: { 'If-Match': plan.eTag, 'Idempotency-Key': idempotencyKey() } },
          body: {
            competencyId,
            employeeId,
            programId: programId || null,
            plannedQuarter: Number(quarter),
            note: orNull(note),
            unitId: null,
            participantCount: null,
            plannedJp: null,
            plannedCost: null,
          },
        }),
      ),
    onSuccess: onSaved,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = { competencyId: !competencyId ? 'form.required' : null, employeeId: !employeeId ? 'form.required' : null };
    setChecks(next);
    if (!firstInvalid(next)) add.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  return (
    <Card title={t('plans.addItem')}>
      <form onSubmit={submit} noValidate className="form-grid" aria-label={t('plans.addItem')}>
        <Field label={t('profile.competency')} name="competencyId" error={add.error} message={msg('competencyId')} hint={t('plans.fromPriorities')}>
          {(p) => (
            <select
              {...p}
              value={competencyId}
              onChange={(e) => {
                setCompetencyId(e.target.value);
                setProgramId('');
              }}
            >
              <option value="">{t('form.choose')}</option>
              {priorities.data?.competencies.map((c) => (
                <option key={c.competencyId} value={c.competencyId ?? ''}>
                  {c.rank}. {c.competencyCode} — {c.competencyName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('participants.findEmployee')} name="search">
          {(p) => <input {...p} type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('employees.searchPlaceholder')} />}
        </Field>
        <Field label={t('plans.employee')} name="employeeId" error={add.error} message={msg('employeeId')}>
          {(p) => (
            <select {...p} value={employeeId} onChange={(e) => setEmployeeId(e.target.value)}>
              <option value="">{search.trim().length < 2 ? t('participants.searchHint') : t('form.choose')}</option>
              {employees.data?.items.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.displayName} ({x.nip})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('training.program')} name="programId" error={add.error}>
          {(p) => (
            <select {...p} value={programId} onChange={(e) => setProgramId(e.target.value)} disabled={!competencyId}>
              <option value="">{t('plans.noProgram')}</option>
              {programs.data?.items.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.code} — {x.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('plans.quarter')} name="plannedQuarter" error={add.error}>
          {(p) => (
            <select {...p} value={quarter} onChange={(e) => setQuarter(e.target.value)}>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={q}>
                  Q{q}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('followUps.notes')} name="note" error={add.error}>
          {(p) => <input {...p} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <FormError error={add.error} fields={['competencyId', 'employeeId', 'programId', 'plannedQuarter', 'note']} />
        <FormActions pending={add.isPending} submitLabel={t('plans.addItem')} onCancel={onClose} />
      </form>
    </Card>
  );
}

type Item = Plan['items'][number];

/**
 * Changes an item of a draft plan: its programme, quarter, JP, cost, participants (a group item)
 * and note; the competency and who it is for stay. JP and cost left empty come from the programme.
 */
export function PlanItemEditForm({ plan, item, onSaved, onClose, onReload }: { plan: Plan; item: Item; onSaved: (plan: Plan) => void; onClose: () => void; onReload: () => void }) {
  const { t } = useI18n();
  const [programId, setProgramId] = useState(item.program?.id ?? '');
  const [quarter, setQuarter] = useState(String(item.plannedQuarter));
  const [jp, setJp] = useState(String(item.plannedJp));
  const [cost, setCost] = useState(String(item.plannedCost));
  const [participants, setParticipants] = useState(String(item.participantCount));
  const [note, setNote] = useState(item.note ?? '');
  const [checks, setChecks] = useState<Checks>({});
  const group = !item.employee && !!item.unit;
  const shown = useScrolledIntoView<HTMLFormElement>();
  const programs = useQuery({
    queryKey: ['training-programs', 'competency', item.competency.id],
    queryFn: async () => unwrap(await api.GET('/api/v1/training-programs', { params: { query: { competencyId: item.competency.id, isActive: true, pageSize: 100 } } })),
  });
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PUT('/api/v1/development-plans/{id}/items/{itemId}', {
          params: { path: { id: plan.id, itemId: item.id }, header: { 'If-Match': plan.eTag } },
          body: {
            competencyId: item.competency.id,
            employeeId: item.employee?.id ?? null,
            unitId: group ? item.unit!.id : null,
            programId: programId || null,
            plannedQuarter: Number(quarter),
            plannedJp: jp.trim() === '' ? null : Number(jp),
            plannedCost: cost.trim() === '' ? null : Number(cost),
            participantCount: group ? Number(participants) : null,
            note: orNull(note),
          },
        }),
      ),
    onSuccess: onSaved,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const whole = (v: string, min: number) => v.trim() === '' || (Number.isInteger(Number(v)) && Number(v) >= min);
    const next: Checks = {
      plannedJp: whole(jp, 0) ? null : 'form.wholeNumber',
      plannedCost: cost.trim() === '' || Number(cost) >= 0 ? null : 'form.notNegative',
      participantCount: !group ? null : participants.trim() === '' ? 'form.required' : whole(participants, 1) ? null : 'form.positive',
    };
    setChecks(next);
    if (!firstInvalid(next)) save.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  const title = t('plans.editItem');
  return (
    <Card title={title}>
      <p>
        <span className="mono">{item.competency.code}</span> {item.competency.name} · {item.employee ? `${item.employee.name} (${item.employee.nip})` : item.unit?.name}
      </p>
      <form ref={shown} onSubmit={submit} noValidate className="form-grid" aria-label={title}>
        <Field label={t('training.program')} name="programId" error={save.error} hint={t('plans.programHint')}>
          {(p) => (
            <select
              {...p}
              value={programId}
              onChange={(e) => {
                setProgramId(e.target.value);
                // Another programme brings its own JP and cost unless typed in again.
                setJp('');
                setCost('');
              }}
            >
              <option value="">{t('plans.noProgram')}</option>
              {item.program && !programs.data?.items.some((x) => x.id === item.program!.id) ? (
                <option value={item.program.id}>
                  {item.program.code} — {item.program.title}
                </option>
              ) : null}
              {programs.data?.items.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.code} — {x.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('plans.quarter')} name="plannedQuarter" error={save.error}>
          {(p) => (
            <select {...p} value={quarter} onChange={(e) => setQuarter(e.target.value)}>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={q}>
                  Q{q}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('plans.jpPerParticipant')} name="plannedJp" error={save.error} message={msg('plannedJp')} hint={t('plans.fromProgram')}>
          {(p) => <input {...p} type="number" min={0} value={jp} onChange={(e) => setJp(e.target.value)} />}
        </Field>
        <Field label={t('plans.cost')} name="plannedCost" error={save.error} message={msg('plannedCost')} hint={t('plans.fromProgram')}>
          {(p) => <input {...p} type="number" min={0} value={cost} onChange={(e) => setCost(e.target.value)} />}
        </Field>
        {group ? (
          <Field label={t('plans.participants')} name="participantCount" error={save.error} message={msg('participantCount')}>
            {(p) => <input {...p} type="number" min={1} value={participants} onChange={(e) => setParticipants(e.target.value)} />}
          </Field>
        ) : null}
        <Field label={t('followUps.notes')} name="note" error={save.error}>
          {(p) => <input {...p} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <FormError error={save.error} fields={['programId', 'plannedQuarter', 'plannedJp', 'plannedCost', 'participantCount', 'note']} onReload={onReload} />
        <FormActions pending={save.isPending} onCancel={onClose} />
      </form>
    </Card>
  );
}
