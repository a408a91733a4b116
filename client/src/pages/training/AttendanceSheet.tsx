import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { refreshQueries } from '../../lib/query';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Badge, Card, FormError, QueryState } from '../../components/ui';
import type { Session } from './SessionPage';

export function AttendanceSheet({ session }: { session: Session }) {
  const { t, te, pct, date } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const [changes, setChanges] = useState<Map<string, boolean>>(new Map());
  const sheet = useQuery({
    queryKey: ['session', session.id, 'attendance'],
    queryFn: async () => unwrap(await api.GET('/api/v1/training-sessions/{id}/attendance', { params: { path: { id: session.id } } })),
  });
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PUT('/api/v1/training-sessions/{id}/attendance', {
          params: { path: { id: session.id } },
          body: {
            entries: [...changes].map(([key, present]) => {
              const [enrollmentId, day] = key.split('|');
              return { enrollmentId, date: day, present, note: null };
            }),
          },
        }),
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(['session', session.id, 'attendance'], data);
      void refreshQueries(queryClient, ['session', session.id, 'enrollments']);
      setChanges(new Map());
    },
  });
  const editable = can.assess(user.role) && session.status !== 'Planned' && session.status !== 'Cancelled' && session.status !== 'Completed';
  return (
    <Card
      title={t('sessions.attendance')}
      actions={
        editable ? (
          <button type="button" disabled={changes.size === 0 || save.isPending} onClick={() => save.mutate()}>
            {t('attendance.save', { count: changes.size })}
          </button>
        ) : null
      }
    >
      {!editable && session.status === 'Planned' ? <p className="muted">{t('attendance.notOpen')}</p> : null}
      <FormError error={save.error} fields={[]} />
      <QueryState query={sheet} isEmpty={(d) => d.rows.length === 0} empty={t('participants.none')}>
        {(d) => (
          <div className="table-wrap" tabIndex={0}>
            <table className="sheet">
              <caption className="muted">{t('attendance.caption', { min: pct(d.minAttendanceShare) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('employees.name')}</th>
                  {d.meetingDays.map((day) => (
                    <th key={day} scope="col" className="num">
                      {date(day)}
                    </th>
                  ))}
                  <th scope="col" className="num">{t('participants.attendance')}</th>
                </tr>
              </thead>
              <tbody>
                {d.rows.map((r) => (
                  <tr key={r.enrollmentId}>
                    <th scope="row">
                      {r.employee.fullName}
                      <div className="muted small">{te('EnrollmentStatus', r.status)}</div>
                    </th>
                    {d.meetingDays.map((day, i) => {
                      const key = `${r.enrollmentId}|${day}`;
                      const value = changes.has(key) ? changes.get(key)! : r.days[i] ?? false;
                      return (
                        <td key={day} className="num">
                          <input
                            type="checkbox"
                            aria-label={t('attendance.present', { name: r.employee.fullName, date: date(day) })}
                            checked={value}
                            disabled={!editable || !(r.status === 'Registered' || r.status === 'Attending')}
                            onChange={(e) => {
                              const next = new Map(changes);
                              if ((r.days[i] ?? false) === e.target.checked) next.delete(key);
                              else next.set(key, e.target.checked);
                              setChanges(next);
                            }}
                          />
                        </td>
                      );
                    })}
                    <td className="num">
                      {pct(r.attendanceShare)} {r.meetsMinimum ? null : <Badge tone="warn">{t('attendance.below')}</Badge>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </Card>
  );
}
