import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { isApiError } from '../../api/problem';
import { refreshQueries } from '../../lib/query';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Card, EnumSelect, Field, FormActions, FormError, QueryState } from '../../components/ui';
import { codePattern, firstInvalid, type Checks } from '../../lib/forms';
import type { Session } from '../training/SessionPage';

type Phase = Schemas['ScorePhase'];
type Instrument = Schemas['ScoreInstrumentDto'];

export function useScoreGrid(sessionId: string) {
  return useQuery({
    queryKey: ['session', sessionId, 'scores'],
    queryFn: async () => unwrap(await api.GET('/api/v1/training-sessions/{id}/scores', { params: { path: { id: sessionId } } })),
  });
}

const cellKey = (enrollmentId: string, instrumentId: string, phase: Phase) => `${enrollmentId}|${instrumentId}|${phase}`;

export function ScoreGrid({ session }: { session: Session }) {
  const { t, te, num } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const grid = useScoreGrid(session.id);
  const [drafts, setDrafts] = useState<Map<string, string>>(new Map());
  const [followUp, setFollowUp] = useState(false);
  const [adding, setAdding] = useState(false);
  const [submitted, setSubmitted] = useState<string[]>([]);
  const editable = can.assess(user.role);

  const recorded = useMemo(() => {
    const map = new Map<string, number>();
    for (const row of grid.data?.rows ?? []) for (const s of row.scores) map.set(cellKey(row.enrollmentId, s.instrumentId, s.phase), s.value);
    return map;
  }, [grid.data]);
  const instruments = new Map((grid.data?.instruments ?? []).map((i) => [i.id, i]));

  const localError = (key: string): string | null => {
    const text = drafts.get(key);
    if (text === undefined || text.trim() === '') return null;
    const value = Number(text.replace(',', '.'));
    const instrument = instruments.get(key.split('|')[1]);
    if (Number.isNaN(value)) return t('scores.notNumber');
    if (instrument && (value < instrument.minScore || value > instrument.maxScore)) return t('scores.outOfRange', { min: num(instrument.minScore), max: num(instrument.maxScore) });
    if (instrument?.kind === 'CompetencyLevel' && !Number.isInteger(value)) return t('form.wholeNumber');
    return null;
  };

  const save = useMutation({
    mutationFn: async (keys: string[]) => {
      setSubmitted(keys);
      return unwrap(
        await api.PUT('/api/v1/training-sessions/{id}/scores', {
          params: { path: { id: session.id } },
          body: {
            entries: keys.map((key) => {
              const [enrollmentId, instrumentId, phase] = key.split('|');
              const text = drafts.get(key)!.trim();
              return { enrollmentId, instrumentId, phase: phase as Phase, value: text === '' ? null : Number(text.replace(',', '.')) };
            }),
          },
        }),
      );
    },
    onSuccess: (data) => {
      queryClient.setQueryData(['session', session.id, 'scores'], data);
      void refreshQueries(queryClient, ['session', session.id, 'evaluation']);
      void refreshQueries(queryClient, ['evaluations']);
      setDrafts(new Map());
    },
  });

  // The API names a failing entry by its index in what was sent: entries[3].value.
  const apiErrors = new Map<string, string[]>();
  if (isApiError(save.error)) {
    for (const [field, messages] of Object.entries(save.error.errors)) {
      const match = /^entries\[(\d+)\]/.exec(field);
      const key = match ? submitted[Number(match[1])] : undefined;
      if (key) apiErrors.set(key, [...(apiErrors.get(key) ?? []), ...messages]);
    }
  }

  const changed = [...drafts.keys()].filter((k) => {
    const text = drafts.get(k)!.trim();
    const before = recorded.get(k);
    return text === '' ? before !== undefined : Number(text.replace(',', '.')) !== before;
  });
  const invalid = changed.some((k) => localError(k) !== null);
  const phases: Phase[] = followUp ? ['Pre', 'Post', 'FollowUp'] : ['Pre', 'Post'];
  const levelInstruments = (grid.data?.instruments ?? []).filter((i) => i.kind === 'CompetencyLevel');

  return (
    <div className="stack">
      {editable && can.manage(user.role) ? (
        adding ? (
          <InstrumentForm session={session} onClose={() => setAdding(false)} />
        ) : (
          <div>
            <button type="button" className="secondary" onClick={() => setAdding(true)}>
              {t('scores.addInstrument')}
            </button>
          </div>
        )
      ) : null}
      <Card
        title={t('sessions.scores')}
        actions={
          <div className="actions">
            <label className="inline">
              <input type="checkbox" checked={followUp} onChange={(e) => setFollowUp(e.target.checked)} /> {t('scores.showFollowUp')}
            </label>
            {editable ? (
              <button type="button" disabled={changed.length === 0 || invalid || save.isPending} onClick={() => save.mutate(changed)}>
                {save.isPending ? t('common.saving') : t('scores.save', { count: changed.length })}
              </button>
            ) : null}
          </div>
        }
      >
        {save.isSuccess && drafts.size === 0 ? (
          <p className="state good" role="status">
            {t('scores.saved')}
          </p>
        ) : null}
        <FormError error={save.error} fields={['entries']} />
        {editable && levelInstruments.length ? <Reassess sessionId={session.id} instruments={levelInstruments} /> : null}
        <QueryState query={grid} isEmpty={(d) => d.instruments.length === 0 || d.rows.length === 0} empty={t('scores.empty')}>
          {(d) => (
            <div className="table-wrap" tabIndex={0}>
              <table className="sheet" data-testid="score-grid">
                <caption className="visually-hidden">{t('sessions.scores')}</caption>
                <thead>
                  <tr>
                    <th scope="col" rowSpan={2}>
                      {t('employees.name')}
                    </th>
                    {d.instruments.map((i) => (
                      <th key={i.id} scope="colgroup" colSpan={phases.length} className="num">
                        {i.code} <span className="muted small">({te('InstrumentKind', i.kind)}, {num(i.minScore)}–{num(i.maxScore)})</span>
                      </th>
                    ))}
                  </tr>
                  <tr>
                    {d.instruments.flatMap((i) =>
                      phases.map((p) => (
                        <th key={`${i.id}${p}`} scope="col" className="num">
                          {te('ScorePhase', p)}
                        </th>
                      )),
                    )}
                  </tr>
                </thead>
                <tbody>
                  {d.rows.map((r) => (
                    <tr key={r.enrollmentId}>
                      <th scope="row">
                        {r.employee.fullName}
                        <div className="mono muted small">{r.employee.nip}</div>
                      </th>
                      {d.instruments.flatMap((i) =>
                        phases.map((p) => {
                          const key = cellKey(r.enrollmentId, i.id, p);
                          const value = drafts.has(key) ? drafts.get(key)! : recorded.has(key) ? String(recorded.get(key)) : '';
                          const messages = [localError(key), ...(apiErrors.get(key) ?? [])].filter(Boolean) as string[];
                          const errorId = `err-${key.replace(/\|/g, '-')}`;
                          return (
                            <td key={key} className={`num${messages.length ? ' invalid' : ''}`}>
                              <input
                                className="score"
                                inputMode="decimal"
                                aria-label={t('scores.cell', { name: r.employee.fullName, instrument: i.code, phase: te('ScorePhase', p) })}
                                aria-invalid={messages.length ? true : undefined}
                                aria-describedby={messages.length ? errorId : undefined}
                                value={value}
                                readOnly={!editable}
                                data-cell={`${r.employee.nip}|${i.code}|${p}`}
                                onChange={(e) => setDrafts(new Map(drafts).set(key, e.target.value))}
                              />
                              {messages.length ? (
                                <div id={errorId} className="field-errors small">
                                  {messages.join(' ')}
                                </div>
                              ) : null}
                            </td>
                          );
                        }),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryState>
      </Card>
    </div>
  );
}

function InstrumentForm({ session, onClose }: { session: Session; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const program = useQuery({
    queryKey: ['training-program', session.program.id],
    queryFn: async () => unwrap(await api.GET('/api/v1/training-programs/{id}', { params: { path: { id: session.program.id } } })),
  });
  const [kind, setKind] = useState<Instrument['kind']>('Test');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [max, setMax] = useState('100');
  const [competencyId, setCompetencyId] = useState('');
  const [checks, setChecks] = useState<Checks>({});
  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/training-sessions/{id}/instruments', {
          params: { path: { id: session.id }, header: { 'Idempotency-Key': idempotencyKey() } },
          body: {
            kind,
            code: code.trim(),
            name: name.trim(),
            maxScore: kind === 'Test' ? Number(max) : null,
            competencyId: kind === 'CompetencyLevel' ? competencyId || null : null,
          },
        }),
      ),
    onSuccess: () => {
      void refreshQueries(queryClient, ['session', session.id]);
      onClose();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = {
      code: !code.trim() ? 'form.required' : !codePattern.test(code.trim()) ? 'form.code' : null,
      name: !name.trim() ? 'form.required' : null,
      maxScore: kind === 'Test' && !(Number(max) > 0) ? 'form.positive' : null,
      competencyId: kind === 'CompetencyLevel' && !competencyId ? 'form.required' : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) create.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  return (
    <Card title={t('scores.addInstrument')}>
      <form onSubmit={submit} noValidate className="form-grid">
        <Field label={t('scores.kind')} name="kind" error={create.error}>
          {(p) => <EnumSelect {...p} enumName="InstrumentKind" values={(['Test', 'CompetencyLevel'] as const)} value={kind} onChange={setKind} />}
        </Field>
        <Field label={t('common.code')} name="code" error={create.error} message={msg('code')}>
          {(p) => <input {...p} value={code} onChange={(e) => setCode(e.target.value)} placeholder="TEST" />}
        </Field>
        <Field label={t('common.name')} name="name" error={create.error} message={msg('name')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        {kind === 'Test' ? (
          <Field label={t('scores.maxScore')} name="maxScore" error={create.error} message={msg('maxScore')}>
            {(p) => <input {...p} type="number" min={1} value={max} onChange={(e) => setMax(e.target.value)} />}
          </Field>
        ) : (
          <Field label={t('profile.competency')} name="competencyId" error={create.error} message={msg('competencyId')}>
            {(p) => (
              <select {...p} value={competencyId} onChange={(e) => setCompetencyId(e.target.value)}>
                <option value="">{t('form.choose')}</option>
                {program.data?.targets.map((x) => (
                  <option key={x.competencyId} value={x.competencyId}>
                    {x.code} — {x.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <FormError error={create.error} fields={['kind', 'code', 'name', 'maxScore', 'competencyId']} />
        <FormActions pending={create.isPending} onCancel={onClose} />
      </form>
    </Card>
  );
}

/** Post-training levels become assessments (updating current levels by the agency's rules). */
function Reassess({ sessionId, instruments }: { sessionId: string; instruments: Instrument[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const record = useMutation({
    mutationFn: async (instrument: Instrument) =>
      unwrap(
        await api.POST('/api/v1/training-sessions/{id}/instruments/{instrumentId}/reassessments', {
          params: { path: { id: sessionId, instrumentId: instrument.id }, query: { phase: 'Post' }, header: { 'Idempotency-Key': idempotencyKey() } },
        }),
      ),
    onSuccess: () => void refreshQueries(queryClient, ['employee']),
  });
  return (
    <div className="reassess">
      {instruments.map((i) => (
        <button key={i.id} type="button" className="secondary" disabled={record.isPending} onClick={() => record.mutate(i)}>
          {t('scores.reassess', { instrument: i.code })}
        </button>
      ))}
      {record.data ? (
        <p className="state good" role="status">
          {t('scores.reassessed', { recorded: record.data.recorded, already: record.data.alreadyRecorded })}
        </p>
      ) : null}
      {record.error ? <FormError error={record.error} fields={[]} /> : null}
    </div>
  );
}
