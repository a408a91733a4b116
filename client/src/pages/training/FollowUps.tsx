import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Card, EnumSelect, Field, FormActions, FormError, QueryState } from '../../components/ui';
import { firstInvalid, orNull, type Checks } from '../../lib/forms';
import { refreshQueries } from '../../lib/query';

type Enrollment = Schemas['EnrollmentDto'];
const kinds: Schemas['FollowUpKind'][] = ['PeriodicDiscussion', 'Mentoring', 'Coaching', 'WorkplaceObservation', 'Other'];

/** Follow-up activities after a completed training (mentoring, coaching, observation). */
export function FollowUps({ enrollment, onClose }: { enrollment: Enrollment; onClose: () => void }) {
  const { t, te, date } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const [day, setDay] = useState(new Date().toISOString().slice(0, 10));
  const [kind, setKind] = useState<Schemas['FollowUpKind']>('Mentoring');
  const [mentor, setMentor] = useState('');
  const [notes, setNotes] = useState('');
  const [checks, setChecks] = useState<Checks>({});
  const list = useQuery({
    queryKey: ['enrollment', enrollment.id, 'follow-ups'],
    queryFn: async () => unwrap(await api.GET('/api/v1/enrollments/{id}/follow-ups', { params: { path: { id: enrollment.id } } })),
  });
  const add = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/enrollments/{id}/follow-ups', {
          params: { path: { id: enrollment.id }, header: { 'Idempotency-Key': idempotencyKey() } },
          body: { date: day, kind, mentorName: orNull(mentor), mentorEmployeeId: null, notes: orNull(notes) },
        }),
      ),
    onSuccess: () => {
      setNotes('');
      void refreshQueries(queryClient, ['enrollment', enrollment.id, 'follow-ups']);
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = { date: !day ? 'form.required' : enrollment.completedOn && day < enrollment.completedOn ? 'followUps.afterCompletion' : null };
    setChecks(next);
    if (!firstInvalid(next)) add.mutate();
  }
  return (
    <Card
      title={t('followUps.title', { name: enrollment.employee.fullName })}
      actions={
        <button type="button" className="secondary" onClick={onClose}>
          {t('followUps.close')}
        </button>
      }
    >
      <QueryState query={list} isEmpty={(d) => d.length === 0} empty={t('followUps.none')}>
        {(d) => (
          <ul>
            {d.map((f) => (
              <li key={f.id}>
                {date(f.date)} — <strong>{te('FollowUpKind', f.kind)}</strong>
                {f.mentorName ? ` (${f.mentorName})` : ''}
                {f.notes ? `: ${f.notes}` : ''}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {can.assess(user.role) ? (
        <form onSubmit={submit} noValidate className="form-grid" aria-label={t('followUps.add')}>
          <Field label={t('common.date')} name="date" error={add.error} message={checks.date ? t(checks.date) : null}>
            {(p) => <input {...p} type="date" value={day} onChange={(e) => setDay(e.target.value)} />}
          </Field>
          <Field label={t('tna.kind')} name="kind" error={add.error}>
            {(p) => <EnumSelect {...p} enumName="FollowUpKind" values={kinds} value={kind} onChange={setKind} />}
          </Field>
          <Field label={t('followUps.mentor')} name="mentorName" error={add.error}>
            {(p) => <input {...p} value={mentor} onChange={(e) => setMentor(e.target.value)} />}
          </Field>
          <Field label={t('followUps.notes')} name="notes" error={add.error}>
            {(p) => <input {...p} value={notes} onChange={(e) => setNotes(e.target.value)} />}
          </Field>
          <FormError error={add.error} fields={['date', 'kind', 'mentorName', 'notes']} />
          <FormActions pending={add.isPending} submitLabel={t('followUps.add')} />
        </form>
      ) : null}
    </Card>
  );
}
