import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { Card, Field, FormError } from '../../components/ui';
import { firstInvalid, orNull, type Checks } from '../../lib/forms';

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
        <div className="form-actions">
          <button type="submit" disabled={add.isPending}>
            {t('plans.addItem')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Card>
  );
}
