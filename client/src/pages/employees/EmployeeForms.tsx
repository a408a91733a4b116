import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { useUser } from '../../auth/AuthProvider';
import { Card, EnumSelect, Field, FormActions, FormError } from '../../components/ui';
import { firstInvalid, orNull, type Checks } from '../../lib/forms';
import { refreshQueries } from '../../lib/query';

type Employee = Schemas['EmployeeDto'];
const nipPattern = /^\d{18}$/;
const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Creates an employee, or changes one (the API's rules: an 18-digit NIP, a grade of the employee type). */
export function EmployeeForm({ employee, onClose, onSaved }: { employee?: Employee; onClose: () => void; onSaved: (e: Employee) => void }) {
  const { t, te } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const [nip, setNip] = useState(employee?.nip ?? '');
  const [fullName, setFullName] = useState(employee?.fullName ?? '');
  const [frontTitle, setFrontTitle] = useState(employee?.frontTitle ?? '');
  const [backTitle, setBackTitle] = useState(employee?.backTitle ?? '');
  const [employeeType, setEmployeeType] = useState<Schemas['EmployeeType']>(employee?.employeeType ?? 'Pns');
  const [gender, setGender] = useState<Schemas['Gender']>(employee?.gender ?? 'Female');
  const [gradeCode, setGradeCode] = useState(employee?.grade?.code ?? '');
  const [birthDate, setBirthDate] = useState(employee?.birthDate ?? '');
  const [email, setEmail] = useState(employee?.email ?? '');
  const [phone, setPhone] = useState(employee?.phone ?? '');
  const [isActive, setIsActive] = useState(employee?.isActive ?? true);
  const [checks, setChecks] = useState<Checks>({});
  const grades = useQuery({
    queryKey: ['grades', employeeType],
    queryFn: async () => unwrap(await api.GET('/api/v1/grades', { params: { query: { employeeType } } })),
  });
  const save = useMutation({
    mutationFn: async () => {
      const common = {
        nip: nip.trim(),
        fullName: fullName.trim(),
        frontTitle: orNull(frontTitle),
        backTitle: orNull(backTitle),
        employeeType,
        gender,
        gradeCode: gradeCode || null,
        birthDate: birthDate || null,
        email: orNull(email),
        phone: orNull(phone),
      };
      if (employee)
        return unwrap(await api.PUT('/api/v1/employees/{id}', { params: { path: { id: employee.id }, header: { 'If-Match': employee.eTag } }, body: { ...common, isActive } }));
      return unwrap(
        await api.POST('/api/v1/employees', {
          params: { header: { 'Idempotency-Key': idempotencyKey() } },
          body: { ...common, agencyId: user.agency?.id ?? null, positionId: null, positionStartDate: null },
        }),
      );
    },
    onSuccess: (e) => {
      void refreshQueries(queryClient, ['employees']);
      void refreshQueries(queryClient, ['employee', e.id]);
      onSaved(e);
    },
  });
  function submit(ev: FormEvent) {
    ev.preventDefault();
    const next: Checks = {
      nip: !nip.trim() ? 'form.required' : !nipPattern.test(nip.trim()) ? 'employee.nipFormat' : null,
      fullName: !fullName.trim() ? 'form.required' : null,
      email: email.trim() && !emailPattern.test(email.trim()) ? 'employee.emailFormat' : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) save.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  const title = employee ? t('employee.edit') : t('employee.new');
  return (
    <Card title={title}>
      <form onSubmit={submit} noValidate className="form-grid" aria-label={title}>
        <Field label={t('employees.nip')} name="nip" error={save.error} message={msg('nip')} hint={t('employee.nipHint')}>
          {(p) => <input {...p} inputMode="numeric" value={nip} onChange={(e) => setNip(e.target.value)} />}
        </Field>
        <Field label={t('employee.fullName')} name="fullName" error={save.error} message={msg('fullName')}>
          {(p) => <input {...p} value={fullName} onChange={(e) => setFullName(e.target.value)} />}
        </Field>
        <Field label={t('employee.frontTitle')} name="frontTitle" error={save.error}>
          {(p) => <input {...p} value={frontTitle} onChange={(e) => setFrontTitle(e.target.value)} placeholder="Dr." />}
        </Field>
        <Field label={t('employee.backTitle')} name="backTitle" error={save.error}>
          {(p) => <input {...p} value={backTitle} onChange={(e) => setBackTitle(e.target.value)} placeholder="S.Kom." />}
        </Field>
        <Field label={t('employees.type')} name="employeeType" error={save.error}>
          {(p) => (
            <select
              {...p}
              value={employeeType}
              onChange={(e) => {
                setEmployeeType(e.target.value as Schemas['EmployeeType']);
                setGradeCode('');
              }}
            >
              <option value="Pns">{te('EmployeeType', 'Pns')}</option>
              <option value="Pppk">{te('EmployeeType', 'Pppk')}</option>
            </select>
          )}
        </Field>
        <Field label={t('employees.grade')} name="gradeCode" error={save.error}>
          {(p) => (
            <select {...p} value={gradeCode} onChange={(e) => setGradeCode(e.target.value)}>
              <option value="">{t('form.choose')}</option>
              {grades.data?.map((g) => (
                <option key={g.code} value={g.code}>
                  {g.code} — {g.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('employee.gender')} name="gender" error={save.error}>
          {(p) => (
            <select {...p} value={gender} onChange={(e) => setGender(e.target.value as Schemas['Gender'])}>
              <option value="Female">{te('Gender', 'Female')}</option>
              <option value="Male">{te('Gender', 'Male')}</option>
            </select>
          )}
        </Field>
        <Field label={t('employee.birthDate')} name="birthDate" error={save.error}>
          {(p) => <input {...p} type="date" value={birthDate} onChange={(e) => setBirthDate(e.target.value)} />}
        </Field>
        <Field label={t('employee.email')} name="email" error={save.error} message={msg('email')}>
          {(p) => <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={t('employee.phone')} name="phone" error={save.error}>
          {(p) => <input {...p} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />}
        </Field>
        {employee ? (
          <label className="choice">
            <input type="checkbox" checked={isActive} onChange={(e) => setIsActive(e.target.checked)} /> {t('employees.active')}
          </label>
        ) : null}
        <FormError error={save.error} fields={['nip', 'fullName', 'frontTitle', 'backTitle', 'employeeType', 'gradeCode', 'gender', 'birthDate', 'email', 'phone']} />
        <FormActions pending={save.isPending} onCancel={onClose} />
      </form>
    </Card>
  );
}

/** Records an assessed level of one of the employee's competencies. */
export function AssessmentForm({
  employeeId,
  competencies,
  selfOnly,
  onClose,
}: {
  employeeId: string;
  competencies: { id: string; code: string; name: string }[];
  selfOnly: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [competencyId, setCompetencyId] = useState('');
  const [level, setLevel] = useState('3');
  const [method, setMethod] = useState<Schemas['AssessmentMethod']>(selfOnly ? 'Self' : 'Supervisor');
  const [assessedOn, setAssessedOn] = useState(new Date().toISOString().slice(0, 10));
  const [note, setNote] = useState('');
  const [checks, setChecks] = useState<Checks>({});
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/assessments', {
          params: { header: { 'Idempotency-Key': idempotencyKey() } },
          body: { employeeId, competencyId, level: Number(level), method, assessedOn, assessorName: null, evidenceNote: orNull(note), evidenceUrl: null },
        }),
      ),
    onSuccess: () => {
      void refreshQueries(queryClient, ['employee', employeeId]);
      void refreshQueries(queryClient, ['tna/gaps']);
      onClose();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = {
      competencyId: !competencyId ? 'form.required' : null,
      level: !/^[1-5]$/.test(level) ? 'skj.levelRange' : null,
      assessedOn: !assessedOn ? 'form.required' : assessedOn > new Date().toISOString().slice(0, 10) ? 'assessment.notFuture' : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) save.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  const methods: Schemas['AssessmentMethod'][] = selfOnly ? ['Self'] : ['Supervisor', 'Peer', 'AssessmentCentre', 'Test', 'Self'];
  return (
    <Card title={t('assessment.record')}>
      <form onSubmit={submit} noValidate className="form-grid" aria-label={t('assessment.record')}>
        <Field label={t('profile.competency')} name="competencyId" error={save.error} message={msg('competencyId')}>
          {(p) => (
            <select {...p} value={competencyId} onChange={(e) => setCompetencyId(e.target.value)}>
              <option value="">{t('form.choose')}</option>
              {competencies.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.code} — {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('profile.level')} name="level" error={save.error} message={msg('level')}>
          {(p) => <input {...p} type="number" min={1} max={5} value={level} onChange={(e) => setLevel(e.target.value)} />}
        </Field>
        <Field label={t('profile.method')} name="method" error={save.error}>
          {(p) => <EnumSelect {...p} enumName="AssessmentMethod" values={methods} value={method} onChange={setMethod} />}
        </Field>
        <Field label={t('assessment.date')} name="assessedOn" error={save.error} message={msg('assessedOn')}>
          {(p) => <input {...p} type="date" value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} />}
        </Field>
        <div className="span-all">
          <Field label={t('assessment.evidence')} name="evidenceNote" error={save.error}>
            {(p) => <textarea {...p} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
        </div>
        <FormError error={save.error} fields={['competencyId', 'level', 'method', 'assessedOn', 'evidenceNote']} />
        <FormActions pending={save.isPending} onCancel={onClose} />
      </form>
    </Card>
  );
}

/** Corrects an assessment: a new one supersedes it, with the reason; the original stays in the history. */
export function CorrectionForm({ assessment, onClose }: { assessment: Schemas['AssessmentDto']; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [level, setLevel] = useState(String(assessment.level));
  const [method, setMethod] = useState(assessment.method);
  const [assessedOn, setAssessedOn] = useState(assessment.assessedOn);
  const [reason, setReason] = useState('');
  const [checks, setChecks] = useState<Checks>({});
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/assessments/{id}/corrections', {
          params: { path: { id: assessment.id }, header: { 'Idempotency-Key': idempotencyKey() } },
          body: { level: Number(level), method, assessedOn, reason: reason.trim(), assessorName: assessment.assessorName || null, evidenceNote: assessment.evidenceNote, evidenceUrl: assessment.evidenceUrl },
        }),
      ),
    onSuccess: () => {
      void refreshQueries(queryClient, ['employee', assessment.employeeId]);
      onClose();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = { level: !/^[1-5]$/.test(level) ? 'skj.levelRange' : null, reason: !reason.trim() ? 'form.required' : null };
    setChecks(next);
    if (!firstInvalid(next)) save.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  const title = t('assessment.correctTitle', { name: assessment.competencyName });
  return (
    <form onSubmit={submit} noValidate className="form-grid" aria-label={title}>
      <p className="span-all">
        <strong>{title}</strong>
      </p>
      <Field label={t('profile.level')} name="level" error={save.error} message={msg('level')}>
        {(p) => <input {...p} type="number" min={1} max={5} value={level} onChange={(e) => setLevel(e.target.value)} />}
      </Field>
      <Field label={t('profile.method')} name="method" error={save.error}>
        {(p) => <EnumSelect {...p} enumName="AssessmentMethod" values={(['Supervisor', 'Peer', 'AssessmentCentre', 'Test', 'Self', 'PostTraining'] as const)} value={method} onChange={setMethod} />}
      </Field>
      <Field label={t('assessment.date')} name="assessedOn" error={save.error}>
        {(p) => <input {...p} type="date" value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} />}
      </Field>
      <div className="span-all">
        <Field label={t('assessment.reason')} name="reason" error={save.error} message={msg('reason')}>
          {(p) => <textarea {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      <FormError error={save.error} fields={['level', 'method', 'assessedOn', 'reason']} />
      <FormActions pending={save.isPending} onCancel={onClose} />
    </form>
  );
}
