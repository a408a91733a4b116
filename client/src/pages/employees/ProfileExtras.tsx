import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Badge, Card, EnumSelect, Field, FormActions, FormError, QueryState } from '../../components/ui';
import { developmentForms, firstInvalid, orNull, type Checks } from '../../lib/forms';
import { refreshQueries } from '../../lib/query';

/** The employee's positions over time, and a move to another position (AgencyAdmin). */
export function Assignments({ employee }: { employee: Schemas['EmployeeDto'] }) {
  const { t, te, date } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const [moving, setMoving] = useState(false);
  const [search, setSearch] = useState('');
  const [positionId, setPositionId] = useState('');
  const [startDate, setStartDate] = useState(new Date().toISOString().slice(0, 10));
  const [note, setNote] = useState('');
  const [checks, setChecks] = useState<Checks>({});
  const history = useQuery({
    queryKey: ['employee', employee.id, 'assignments'],
    queryFn: async () => unwrap(await api.GET('/api/v1/employees/{id}/assignments', { params: { path: { id: employee.id } } })),
  });
  const positions = useQuery({
    queryKey: ['positions', 'pick', employee.agency?.id, search],
    queryFn: async () => unwrap(await api.GET('/api/v1/positions', { params: { query: { agencyId: employee.agency?.id, search: search || undefined, pageSize: 50 } } })),
    enabled: moving,
  });
  const assign = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/employees/{id}/assignments', {
          params: { path: { id: employee.id }, header: { 'If-Match': employee.eTag, 'Idempotency-Key': idempotencyKey() } },
          body: { positionId, startDate, note: orNull(note) },
        }),
      ),
    onSuccess: () => {
      setMoving(false);
      void refreshQueries(queryClient, ['employee', employee.id]);
      void refreshQueries(queryClient, ['employees']);
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = { positionId: !positionId ? 'form.required' : null, startDate: !startDate ? 'form.required' : null };
    setChecks(next);
    if (!firstInvalid(next)) assign.mutate();
  }
  return (
    <Card
      title={t('assignment.title')}
      actions={
        can.manage(user.role) && !moving ? (
          <button type="button" className="secondary" onClick={() => setMoving(true)}>
            {t('assignment.assign')}
          </button>
        ) : null
      }
    >
      {moving ? (
        <form onSubmit={submit} noValidate className="form-grid" aria-label={t('assignment.assign')}>
          <Field label={t('assignment.search')} name="search">
            {(p) => <input {...p} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
          </Field>
          <Field label={t('assignment.position')} name="positionId" error={assign.error} message={checks.positionId ? t(checks.positionId) : null}>
            {(p) => (
              <select {...p} value={positionId} onChange={(e) => setPositionId(e.target.value)}>
                <option value="">{t('form.choose')}</option>
                {positions.data?.items.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name} — {x.unit?.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('assignment.startDate')} name="startDate" error={assign.error} message={checks.startDate ? t(checks.startDate) : null}>
            {(p) => <input {...p} type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />}
          </Field>
          <Field label={t('assignment.note')} name="note" error={assign.error}>
            {(p) => <input {...p} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <FormError error={assign.error} fields={['positionId', 'startDate', 'note']} />
          <FormActions pending={assign.isPending} onCancel={() => setMoving(false)} />
        </form>
      ) : null}
      <QueryState query={history} isEmpty={(d) => d.length === 0} empty={t('assignment.none')}>
        {(d) => (
          <ol className="history">
            {d.map((a) => (
              <li key={a.id}>
                <strong>{a.position?.name}</strong> ({te('PositionType', a.position?.type)}) · {a.unit?.name} · {date(a.startDate)} – {a.endDate ? date(a.endDate) : ''}
                {a.isCurrent ? <Badge tone="info">{t('assignment.current')}</Badge> : null}
                {a.note ? <div className="muted small">{a.note}</div> : null}
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </Card>
  );
}

/** Records a development activity outside the system's trainings in the JP ledger. */
export function ExternalLearningForm({ employeeId, onClose }: { employeeId: string; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [form, setForm] = useState<Schemas['DevelopmentForm']>('Seminar');
  const [jp, setJp] = useState('');
  const [provider, setProvider] = useState('');
  const [certificate, setCertificate] = useState('');
  const [checks, setChecks] = useState<Checks>({});
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/employees/{id}/learning-hours', {
          params: { path: { id: employeeId }, header: { 'Idempotency-Key': idempotencyKey() } },
          body: { title: title.trim(), date, form, jp: Number(jp), provider: orNull(provider), certificateNumber: orNull(certificate) },
        }),
      ),
    onSuccess: () => {
      void refreshQueries(queryClient, ['employee', employeeId, 'learning-hours']);
      void refreshQueries(queryClient, ['compliance']);
      onClose();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = {
      title: !title.trim() ? 'form.required' : null,
      date: !date ? 'form.required' : null,
      jp: !/^\d+$/.test(jp) || Number(jp) < 1 || Number(jp) > 1000 ? 'learning.jpRange' : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) save.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  return (
    <form onSubmit={submit} noValidate className="form-grid" aria-label={t('learning.add')}>
      <Field label={t('learning.title')} name="title" error={save.error} message={msg('title')}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('common.date')} name="date" error={save.error} message={msg('date')}>
        {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <Field label={t('profile.form')} name="form" error={save.error}>
        {(p) => <EnumSelect {...p} enumName="DevelopmentForm" values={developmentForms} value={form} onChange={setForm} />}
      </Field>
      <Field label="JP" name="jp" error={save.error} message={msg('jp')}>
        {(p) => <input {...p} type="number" min={1} value={jp} onChange={(e) => setJp(e.target.value)} />}
      </Field>
      <Field label={t('learning.provider')} name="provider" error={save.error}>
        {(p) => <input {...p} value={provider} onChange={(e) => setProvider(e.target.value)} />}
      </Field>
      <Field label={t('learning.certificate')} name="certificateNumber" error={save.error}>
        {(p) => <input {...p} value={certificate} onChange={(e) => setCertificate(e.target.value)} />}
      </Field>
      <FormError error={save.error} fields={['title', 'date', 'form', 'jp', 'provider', 'certificateNumber']} />
      <FormActions pending={save.isPending} onCancel={onClose} />
    </form>
  );
}
