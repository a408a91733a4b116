import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n';
import { Card, Field, FormActions, FormError } from '../../components/ui';
import { firstInvalid, orNull, type Checks } from '../../lib/forms';
import { refreshQueries } from '../../lib/query';
import type { Session } from './SessionPage';

/** Changes a session's dates, capacity and place; the meeting days follow the dates unless listed. */
export function SessionEditor({ session, onClose }: { session: Session; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(session.title ?? '');
  const [start, setStart] = useState(session.startDate);
  const [end, setEnd] = useState(session.endDate);
  const [capacity, setCapacity] = useState(String(session.capacity));
  const [location, setLocation] = useState(session.location ?? '');
  const [organiser, setOrganiser] = useState(session.organiser ?? '');
  const [link, setLink] = useState(session.onlineLink ?? '');
  const [days, setDays] = useState(session.meetingDays.join('\n'));
  const [checks, setChecks] = useState<Checks>({});
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PUT('/api/v1/training-sessions/{id}', {
          params: { path: { id: session.id }, header: { 'If-Match': session.eTag } },
          body: {
            title: orNull(title),
            startDate: start,
            endDate: end,
            capacity: Number(capacity),
            location: orNull(location),
            organiser: orNull(organiser),
            onlineLink: orNull(link),
            meetingDays: days
              .split(/\s+/)
              .map((d) => d.trim())
              .filter(Boolean),
          },
        }),
      ),
    onSuccess: () => {
      void refreshQueries(queryClient, ['training-session', session.id]);
      void refreshQueries(queryClient, ['session', session.id]);
      void refreshQueries(queryClient, ['training-sessions']);
      onClose();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const listed = days.split(/\s+/).filter(Boolean);
    const next: Checks = {
      startDate: !start ? 'form.required' : null,
      endDate: !end ? 'form.required' : end < start ? 'form.endBeforeStart' : null,
      capacity: !/^\d+$/.test(capacity) || Number(capacity) < 1 ? 'form.positive' : null,
      meetingDays: listed.some((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || d < start || d > end) ? 'sessions.meetingDaysRange' : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) save.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  return (
    <Card title={t('sessions.edit')}>
      <form onSubmit={submit} noValidate className="form-grid" aria-label={t('sessions.edit')}>
        <Field label={t('sessions.sessionTitle')} name="title" error={save.error}>
          {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t('sessions.start')} name="startDate" error={save.error} message={msg('startDate')}>
          {(p) => <input {...p} type="date" value={start} onChange={(e) => setStart(e.target.value)} />}
        </Field>
        <Field label={t('sessions.end')} name="endDate" error={save.error} message={msg('endDate')}>
          {(p) => <input {...p} type="date" value={end} onChange={(e) => setEnd(e.target.value)} />}
        </Field>
        <Field label={t('sessions.capacity')} name="capacity" error={save.error} message={msg('capacity')}>
          {(p) => <input {...p} type="number" min={1} value={capacity} onChange={(e) => setCapacity(e.target.value)} />}
        </Field>
        <Field label={t('sessions.location')} name="location" error={save.error}>
          {(p) => <input {...p} value={location} onChange={(e) => setLocation(e.target.value)} />}
        </Field>
        <Field label={t('sessions.organiser')} name="organiser" error={save.error}>
          {(p) => <input {...p} value={organiser} onChange={(e) => setOrganiser(e.target.value)} />}
        </Field>
        <Field label={t('sessions.onlineLink')} name="onlineLink" error={save.error}>
          {(p) => <input {...p} type="url" value={link} onChange={(e) => setLink(e.target.value)} placeholder="https://" />}
        </Field>
        <Field label={t('sessions.meetingDays')} name="meetingDays" error={save.error} message={msg('meetingDays')} hint={t('sessions.meetingDaysHint')}>
          {(p) => <textarea {...p} rows={4} value={days} onChange={(e) => setDays(e.target.value)} />}
        </Field>
        <FormError error={save.error} fields={['title', 'startDate', 'endDate', 'capacity', 'location', 'organiser', 'onlineLink', 'meetingDays']} />
        <FormActions pending={save.isPending} onCancel={onClose} />
      </form>
    </Card>
  );
}
