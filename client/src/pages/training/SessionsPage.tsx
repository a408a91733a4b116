import { useState, type FormEvent } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { refreshQueries } from '../../lib/query';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Badge, Card, Empty, ErrorBox, Field, FormActions, FormError, Loading, PageHeader, Pager } from '../../components/ui';
import { useParam, yearOptions } from '../../lib/hooks';
import { codePattern, firstInvalid, orNull, type Checks } from '../../lib/forms';

const PAGE_SIZE = 25;
const statuses = ['Planned', 'Open', 'Running', 'Completed', 'Cancelled'] as const;

export const sessionTone = (s: Schemas['SessionStatus']) =>
  s === 'Completed' ? 'good' : s === 'Cancelled' ? 'bad' : s === 'Running' ? 'warn' : s === 'Open' ? 'info' : 'neutral';

export default function SessionsPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('sessions.title')} subtitle={t('sessions.subtitle')} />
      <SessionList allowCreate />
    </>
  );
}

/** Sessions with filters (all, or one programme's), and the form for a new one. */
export function SessionList({ programId, allowCreate }: { programId?: string; allowCreate?: boolean }) {
  const { t, te, date } = useI18n();
  const user = useUser();
  const [status, setStatus] = useParam('status');
  const [year, setYear] = useParam('year');
  const [pageText, setPage] = useParam('page', '1');
  const [creating, setCreating] = useState(false);
  const page = Math.max(1, Number(pageText) || 1);
  const query = useQuery({
    queryKey: ['training-sessions', { programId, status, year, page }],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/training-sessions', {
          params: {
            query: {
              programId,
              status: (status || undefined) as Schemas['SessionStatus'] | undefined,
              year: year ? Number(year) : undefined,
              page,
              pageSize: PAGE_SIZE,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const mayCreate = allowCreate && can.manage(user.role);
  return (
    <>
      <div className="filters">
        <label>
          {t('training.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('common.all')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {te('SessionStatus', s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('common.year')}
          <select value={year} onChange={(e) => setYear(e.target.value)}>
            <option value="">{t('common.all')}</option>
            {yearOptions().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {mayCreate && !creating ? (
          <button type="button" onClick={() => setCreating(true)}>
            {t('sessions.new')}
          </button>
        ) : null}
      </div>
      {creating ? <SessionForm programId={programId} onClose={() => setCreating(false)} /> : null}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorBox error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty>{t('sessions.none')}</Empty>
      ) : (
        <>
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('sessions.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sessions.session')}</th>
                  {programId ? null : <th scope="col">{t('training.program')}</th>}
                  <th scope="col">{t('training.dates')}</th>
                  <th scope="col">{t('sessions.location')}</th>
                  <th scope="col" className="num">{t('sessions.places')}</th>
                  <th scope="col">{t('training.status')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <Link to={`/training/sessions/${s.id}`}>{s.code}</Link>
                      {s.title ? <div className="muted small">{s.title}</div> : null}
                      {s.agencyId === null ? <Badge tone="info">{t('frameworks.national')}</Badge> : null}
                    </td>
                    {programId ? null : <td>{s.program.title}</td>}
                    <td>
                      {date(s.startDate)} – {date(s.endDate)}
                    </td>
                    <td>{s.location ?? '–'}</td>
                    <td className="num">
                      {s.placesTaken}/{s.capacity}
                      {s.waitlisted ? <div className="muted small">{t('sessions.waitlistedN', { count: s.waitlisted })}</div> : null}
                    </td>
                    <td>
                      <Badge tone={sessionTone(s.status)}>{te('SessionStatus', s.status)}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={PAGE_SIZE} total={query.data.totalCount} onPage={(p) => setPage(String(p))} />
        </>
      )}
    </>
  );
}

function SessionForm({ programId, onClose }: { programId?: string; onClose: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const programs = useQuery({
    queryKey: ['training-programs', 'active-all'],
    queryFn: async () => unwrap(await api.GET('/api/v1/training-programs', { params: { query: { isActive: true, pageSize: 500 } } })),
    enabled: !programId,
  });
  const [program, setProgram] = useState(programId ?? '');
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [capacity, setCapacity] = useState('30');
  const [location, setLocation] = useState('');
  const [organiser, setOrganiser] = useState('');
  const [checks, setChecks] = useState<Checks>({});
  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/training-sessions', {
          params: { header: { 'Idempotency-Key': idempotencyKey() } },
          body: {
            programId: program,
            agencyId: user.agency?.id ?? null,
            code: code.trim(),
            title: orNull(title),
            startDate: start,
            endDate: end,
            capacity: Number(capacity),
            location: orNull(location),
            organiser: orNull(organiser),
            onlineLink: null,
            meetingDays: null,
          },
        }),
      ),
    onSuccess: (s) => {
      void refreshQueries(queryClient, ['training-sessions']);
      navigate(`/training/sessions/${s.id}`);
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = {
      programId: !program ? 'form.required' : null,
      code: !code.trim() ? 'form.required' : !codePattern.test(code.trim()) ? 'form.code' : null,
      startDate: !start ? 'form.required' : null,
      endDate: !end ? 'form.required' : start && end < start ? 'form.endBeforeStart' : null,
      capacity: !Number.isInteger(Number(capacity)) || Number(capacity) < 1 ? 'form.positive' : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) create.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  return (
    <Card title={t('sessions.new')}>
      <form onSubmit={submit} noValidate className="form-grid" aria-label={t('sessions.new')}>
        {programId ? null : (
          <Field label={t('training.program')} name="programId" error={create.error} message={msg('programId')}>
            {(p) => (
              <select {...p} value={program} onChange={(e) => setProgram(e.target.value)}>
                <option value="">{t('form.choose')}</option>
                {programs.data?.items.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.code} — {x.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('common.code')} name="code" error={create.error} message={msg('code')} hint={t('sessions.codeHint')}>
          {(p) => <input {...p} value={code} onChange={(e) => setCode(e.target.value)} />}
        </Field>
        <Field label={t('sessions.sessionTitle')} name="title" error={create.error}>
          {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t('sessions.start')} name="startDate" error={create.error} message={msg('startDate')}>
          {(p) => <input {...p} type="date" value={start} onChange={(e) => setStart(e.target.value)} />}
        </Field>
        <Field label={t('sessions.end')} name="endDate" error={create.error} message={msg('endDate')}>
          {(p) => <input {...p} type="date" value={end} onChange={(e) => setEnd(e.target.value)} />}
        </Field>
        <Field label={t('sessions.capacity')} name="capacity" error={create.error} message={msg('capacity')}>
          {(p) => <input {...p} type="number" min={1} value={capacity} onChange={(e) => setCapacity(e.target.value)} />}
        </Field>
        <Field label={t('sessions.location')} name="location" error={create.error}>
          {(p) => <input {...p} value={location} onChange={(e) => setLocation(e.target.value)} />}
        </Field>
        <Field label={t('sessions.organiser')} name="organiser" error={create.error}>
          {(p) => <input {...p} value={organiser} onChange={(e) => setOrganiser(e.target.value)} />}
        </Field>
        <FormError error={create.error} fields={['programId', 'code', 'title', 'startDate', 'endDate', 'capacity', 'location', 'organiser']} />
        <FormActions pending={create.isPending} onCancel={onClose} />
      </form>
    </Card>
  );
}
