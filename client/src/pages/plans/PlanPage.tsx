import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { refreshQueries } from '../../lib/query';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Badge, Card, ErrorBox, Field, FormActions, FormError, Loading, PageHeader, QueryState, Stat } from '../../components/ui';
import { useParam } from '../../lib/hooks';
import { planTone } from './PlansPage';
import { PlanItemEditForm, PlanItemForm } from './PlanItemForm';

type Plan = Schemas['DevelopmentPlanDto'];
type Report = Schemas['PlanGenerationReportDto'];

export default function PlanPage() {
  const { id = '' } = useParams();
  const { t, te, num, dateTime } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const [tab, setTab] = useParam('tab', 'items');
  const [report, setReport] = useState<Report | null>(null);
  const [adding, setAdding] = useState(false);
  const [editingItem, setEditingItem] = useState<string | null>(null);
  const plan = useQuery({
    queryKey: ['development-plan', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/development-plans/{id}', { params: { path: { id } } })),
  });
  const refresh = (data?: Plan) => {
    if (data) queryClient.setQueryData(['development-plan', id], data);
    void refreshQueries(queryClient, ['development-plans']);
    void refreshQueries(queryClient, ['development-plan', id]);
  };
  const workflow = useMutation({
    mutationFn: async (what: 'submit' | 'approve' | 'return') => {
      const header = { 'If-Match': plan.data?.eTag ?? '', 'Idempotency-Key': idempotencyKey() };
      const path = { id };
      if (what === 'submit') return unwrap(await api.POST('/api/v1/development-plans/{id}/submit', { params: { path, header } }));
      if (what === 'approve') {
        const note = window.prompt(t('plans.approveNote')) ?? '';
        return unwrap(await api.POST('/api/v1/development-plans/{id}/approve', { params: { path, header }, body: { note: note || null } }));
      }
      const reason = window.prompt(t('plans.returnReason'));
      if (!reason) return undefined;
      return unwrap(await api.POST('/api/v1/development-plans/{id}/return', { params: { path, header }, body: { reason } }));
    },
    onSuccess: (data) => refresh(data),
  });
  const removeItem = useMutation({
    mutationFn: async (itemId: string) =>
      unwrap(await api.DELETE('/api/v1/development-plans/{id}/items/{itemId}', { params: { path: { id, itemId }, header: { 'If-Match': plan.data?.eTag ?? '' } } })),
    onSuccess: (data) => refresh(data),
  });

  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ErrorBox error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  const manage = can.manage(user.role);
  const draft = p.status === 'Draft';
  const tabs = [
    { key: 'items', label: t('plans.items') },
    { key: 'jp', label: t('plans.jpCheck') },
    { key: 'history', label: t('plans.history') },
  ];
  return (
    <>
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to="/plans">{t('plans.title')}</Link> / <span>{p.title}</span>
      </nav>
      <PageHeader
        title={p.title}
        subtitle={
          <>
            {p.year} · <Badge tone={planTone(p.status)}>{te('PlanStatus', p.status)}</Badge>
            {p.decisionNote ? ` · ${p.decisionNote}` : ''}
          </>
        }
        actions={
          manage ? (
            <>
              {draft ? (
                <button type="button" disabled={workflow.isPending} onClick={() => workflow.mutate('submit')}>
                  {t('plans.submit')}
                </button>
              ) : null}
              {p.status === 'Submitted' ? (
                <>
                  <button type="button" disabled={workflow.isPending} onClick={() => workflow.mutate('approve')}>
                    {t('plans.approve')}
                  </button>
                  <button type="button" className="danger" disabled={workflow.isPending} onClick={() => workflow.mutate('return')}>
                    {t('plans.return')}
                  </button>
                </>
              ) : null}
            </>
          ) : null
        }
      />
      {workflow.error ? <ErrorBox error={workflow.error} /> : null}
      <div className="stats">
        <Stat label={t('plans.items')} value={num(p.items.length, 0)} />
        <Stat label={t('plans.participants')} value={num(p.participantCount, 0)} />
        <Stat label={t('plans.totalCost')} value={num(p.totalCost, 0)} />
        <Stat label={t('plans.ceiling')} value={p.budgetCeiling === null ? '–' : num(p.budgetCeiling, 0)} hint={p.budgetRemaining !== null ? t('plans.remaining', { amount: num(p.budgetRemaining, 0) }) : undefined} />
        <Stat label={t('plans.closure')} value={num(p.expectedGapClosure, 1)} hint={t('plans.closureHint')} />
      </div>
      {manage && draft ? <Generate plan={p} onDone={(r) => { setReport(r); refresh(r.plan); }} /> : null}
      {report ? <GenerationReport report={report} /> : null}
      <div className="tabs" role="tablist" aria-label={p.title}>
        {tabs.map((x) => (
          <button key={x.key} type="button" role="tab" aria-selected={tab === x.key} className={tab === x.key ? 'active' : ''} onClick={() => setTab(x.key)}>
            {x.label}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'items' && adding ? (
          <PlanItemForm
            plan={p}
            onClose={() => setAdding(false)}
            onSaved={(data) => {
              setAdding(false);
              refresh(data);
            }}
          />
        ) : null}
        {tab === 'items' && editingItem && draft && p.items.some((i) => i.id === editingItem) ? (
          <PlanItemEditForm
            key={`${editingItem}-${p.eTag}`}
            plan={p}
            item={p.items.find((i) => i.id === editingItem)!}
            onClose={() => setEditingItem(null)}
            onSaved={(data) => {
              setEditingItem(null);
              refresh(data);
            }}
            onReload={() => refresh()}
          />
        ) : null}
        {tab === 'items' ? (
          <Card
            title={t('plans.items')}
            actions={
              manage && draft && !adding ? (
                <button type="button" className="secondary" onClick={() => setAdding(true)}>
                  {t('plans.addItem')}
                </button>
              ) : null
            }
          >
            {removeItem.error ? <ErrorBox error={removeItem.error} /> : null}
            {p.items.length === 0 ? (
              <p className="state empty">{t('plans.noItems')}</p>
            ) : (
              <div className="table-wrap" tabIndex={0}>
                <table>
                  <caption className="visually-hidden">{t('plans.items')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('profile.competency')}</th>
                      <th scope="col">{t('training.program')}</th>
                      <th scope="col">{t('plans.who')}</th>
                      <th scope="col" className="num">{t('plans.quarter')}</th>
                      <th scope="col" className="num">JP</th>
                      <th scope="col" className="num">{t('plans.cost')}</th>
                      <th scope="col">{t('plans.source')}</th>
                      {manage && draft ? <th scope="col">{t('common.actions')}</th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {p.items.map((i) => (
                      <tr key={i.id}>
                        <td>
                          <span className="mono">{i.competency.code}</span> {i.competency.name}
                        </td>
                        <td>{i.program ? i.program.title : '–'}</td>
                        <td>{i.employee ? `${i.employee.name}` : i.unit ? `${i.unit.name} (${i.participantCount})` : '–'}</td>
                        <td className="num">Q{i.plannedQuarter}</td>
                        <td className="num">{i.plannedJp}</td>
                        <td className="num">{num(i.plannedCost, 0)}</td>
                        <td>{te('PlanItemSource', i.source)}</td>
                        {manage && draft ? (
                          <td>
                            <button type="button" className="link" onClick={() => setEditingItem(i.id)}>
                              {t('competency.editShort')}
                              <span className="visually-hidden"> {i.competency.name}</span>
                            </button>{' '}
                            <button type="button" className="link" disabled={removeItem.isPending} onClick={() => removeItem.mutate(i.id)}>
                              {t('skj.remove')}
                              <span className="visually-hidden"> {i.competency.name}</span>
                            </button>
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        ) : null}
        {tab === 'jp' ? <JpCheck id={id} /> : null}
        {tab === 'history' ? <History id={id} dateTime={dateTime} /> : null}
      </div>
    </>
  );
}

function Generate({ plan, onDone }: { plan: Plan; onDone: (report: Report) => void }) {
  const { t } = useI18n();
  const [budget, setBudget] = useState(plan.budgetCeiling === null ? '' : String(plan.budgetCeiling));
  const [invalid, setInvalid] = useState(false);
  const generate = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/development-plans/{id}/generate', {
          params: { path: { id: plan.id }, header: { 'If-Match': plan.eTag, 'Idempotency-Key': idempotencyKey() } },
          body: { budget: budget === '' ? null : Number(budget), leftOutLimit: 100 },
        }),
      ),
    onSuccess: onDone,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const bad = budget !== '' && (!(Number(budget) >= 0) || (plan.budgetCeiling !== null && Number(budget) > plan.budgetCeiling));
    setInvalid(bad);
    if (!bad) generate.mutate();
  }
  return (
    <Card title={t('plans.generate')}>
      <p className="muted">{t('plans.generateHelp')}</p>
      <form onSubmit={submit} noValidate className="form-grid">
        <Field label={t('plans.budget')} name="budget" error={generate.error} message={invalid ? t('plans.budgetRange') : null} hint={t('plans.budgetHint')}>
          {(p) => <input {...p} type="number" min={0} value={budget} onChange={(e) => setBudget(e.target.value)} />}
        </Field>
        <FormError error={generate.error} fields={['budget']} />
        <FormActions pending={generate.isPending} submitLabel={generate.isPending ? t('plans.generating') : t('plans.generateButton')} />
      </form>
    </Card>
  );
}

function GenerationReport({ report }: { report: Report }) {
  const { t, te, num } = useI18n();
  const reasons = Object.entries(report.leftOutByReason ?? {}).filter(([, n]) => (n ?? 0) > 0);
  return (
    <Card title={t('plans.report')}>
      <div className="stats" role="status">
        <Stat label={t('plans.chosen')} value={num(report.chosenCount, 0)} hint={t('plans.ofCandidates', { count: report.candidateCount })} />
        <Stat label={t('plans.budgetUsed')} value={num(report.budgetUsed, 0)} hint={t('plans.ofBudget', { budget: num(report.budgetForGenerated, 0) })} />
        <Stat label={t('plans.closure')} value={num(report.gapClosure, 1)} hint={t('plans.upperBound', { bound: num(report.upperBound, 1), method: te('OptimizationMethod', report.method) })} />
        <Stat label={t('plans.leftOut')} value={num(reasons.reduce((s, [, n]) => s + (n ?? 0), 0), 0)} hint={reasons.map(([r, n]) => `${te('LeftOutReason', r)}: ${n}`).join(' · ')} />
      </div>
      {report.leftOut.length ? (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <caption>{t('plans.leftOutList')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.reason')}</th>
                <th scope="col" className="num">{t('plans.cost')}</th>
                <th scope="col" className="num">JP</th>
                <th scope="col" className="num">{t('plans.closure')}</th>
              </tr>
            </thead>
            <tbody>
              {report.leftOut.map((l, i) => (
                <tr key={i}>
                  <td>{te('LeftOutReason', l.reason)}</td>
                  <td className="num">{num(l.cost, 0)}</td>
                  <td className="num">{l.jp}</td>
                  <td className="num">{num(l.gapClosure, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Card>
  );
}

function JpCheck({ id }: { id: string }) {
  const { t, pct } = useI18n();
  const query = useQuery({
    queryKey: ['development-plan', id, 'jp-check'],
    queryFn: async () => unwrap(await api.GET('/api/v1/development-plans/{id}/jp-check', { params: { path: { id }, query: { limit: 50 } } })),
  });
  return (
    <Card title={t('plans.jpCheck')}>
      <QueryState query={query}>
        {(d) => (
          <>
            <div className="stats">
              <Stat label={t('plans.pnsMeeting')} value={pct(d.pnsShareMeeting)} hint={t('dashboard.jpComplianceHint', { meeting: d.pnsMeetingCount, pns: d.pnsCount })} />
              <Stat label={t('plans.short')} value={d.shortCount} hint={t('profile.jpMinimum', { min: d.minimumJp })} />
              <Stat label={t('plans.pppkOver')} value={d.pppkOverCount} hint={t('profile.jpMaximum', { max: d.pppkMaximumJp })} />
            </div>
            {d.shortOfMinimum.length ? (
              <div className="table-wrap" tabIndex={0}>
                <table>
                  <caption>{t('plans.shortList')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('employees.name')}</th>
                      <th scope="col" className="num">{t('plans.earned')}</th>
                      <th scope="col" className="num">{t('plans.planned')}</th>
                      <th scope="col" className="num">{t('plans.shortfall')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.shortOfMinimum.map((s) => (
                      <tr key={s.employeeId}>
                        <td>
                          <Link to={`/employees/${s.employeeId}`}>{s.name}</Link>
                        </td>
                        <td className="num">{s.earnedJp}</td>
                        <td className="num">{s.plannedJp}</td>
                        <td className="num">{s.shortfall}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </>
        )}
      </QueryState>
    </Card>
  );
}

function History({ id, dateTime }: { id: string; dateTime: (iso: string) => string }) {
  const { t, te } = useI18n();
  const query = useQuery({
    queryKey: ['development-plan', id, 'history'],
    queryFn: async () => unwrap(await api.GET('/api/v1/development-plans/{id}/history', { params: { path: { id } } })),
  });
  return (
    <Card title={t('plans.history')}>
      <QueryState query={query} isEmpty={(d) => d.length === 0}>
        {(d) => (
          <ol className="history">
            {d.map((e) => (
              <li key={e.id}>
                <strong>{te('PlanEventKind', e.kind)}</strong> — {dateTime(e.at)} {e.userName ? `· ${e.userName}` : ''}
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </Card>
  );
}
