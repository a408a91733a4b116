import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router-dom';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { Badge, Card, PageHeader, QueryState } from '../../components/ui';
import { Heatmap } from '../../components/charts/Heatmap';
import { SimpleBars } from '../../components/charts/charts';
import { useParam } from '../../lib/hooks';

export default function TnaPage() {
  const { t } = useI18n();
  const [tab, setTab] = useParam('tab', 'heatmap');
  const [frameworkId, setFrameworkId] = useParam('framework');
  const frameworks = useQuery({
    queryKey: ['frameworks', 'published'],
    queryFn: async () => unwrap(await api.GET('/api/v1/competency-frameworks', { params: { query: { status: 'Published', pageSize: 100 } } })),
  });
  const tabs: { key: string; label: string }[] = [
    { key: 'heatmap', label: t('tna.heatmap') },
    { key: 'priorities', label: t('tna.priorities') },
    { key: 'recommendations', label: t('tna.recommendations') },
  ];
  return (
    <>
      <PageHeader title={t('tna.title')} subtitle={t('tna.subtitle')} />
      <div className="filters">
        <label>
          {t('tna.framework')}
          <select value={frameworkId} onChange={(e) => setFrameworkId(e.target.value)}>
            <option value="">{t('common.all')}</option>
            {frameworks.data?.items.map((f) => (
              <option key={f.id} value={f.id}>
                {f.code} — {f.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="tabs" role="tablist" aria-label={t('tna.title')}>
        {tabs.map((x) => (
          <button key={x.key} type="button" role="tab" aria-selected={tab === x.key} className={tab === x.key ? 'active' : ''} onClick={() => setTab(x.key)}>
            {x.label}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'heatmap' ? <GapHeatmap frameworkId={frameworkId} /> : tab === 'priorities' ? <Priorities frameworkId={frameworkId} /> : <Recommendations frameworkId={frameworkId} />}
      </div>
    </>
  );
}

function GapHeatmap({ frameworkId }: { frameworkId: string }) {
  const { t, num, pct, date } = useI18n();
  const gaps = useQuery({
    queryKey: ['tna/gaps', 'unit,competency', frameworkId],
    queryFn: async () => unwrap(await api.GET('/api/v1/tna/gaps', { params: { query: { groupBy: 'unit,competency', frameworkId: frameworkId || undefined } } })),
  });
  return (
    <Card title={t('tna.heatmapTitle')}>
      <QueryState query={gaps} isEmpty={(d) => d.groups.length === 0} empty={t('tna.noGaps')}>
        {(d) => {
          const rows = new Map<string, string>();
          const columns = new Map<string, { label: string; title: string }>();
          for (const g of d.groups) {
            if (g.unitId) rows.set(g.unitId, g.unitName ?? g.unitCode ?? '');
            if (g.competencyId) columns.set(g.competencyId, { label: g.competencyCode ?? '', title: g.competencyName ?? '' });
          }
          const max = Math.max(1, ...d.groups.map((g) => g.meanGap ?? 0));
          return (
            <>
              <p className="muted">{t('tna.heatmapHelp', { asOf: date(d.asOf) })}</p>
              <Heatmap
                caption={t('tna.heatmapCaption')}
                rows={[...rows].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label))}
                columns={[...columns].map(([key, c]) => ({ key, ...c })).sort((a, b) => a.label.localeCompare(b.label))}
                cells={d.groups.map((g) => ({
                  row: g.unitId ?? '',
                  column: g.competencyId ?? '',
                  value: g.meanGap,
                  title: t('tna.cellTitle', {
                    competency: g.competencyName,
                    headcount: g.headcount,
                    withGap: g.withGapCount,
                    share: pct(g.shareMeetingStandard),
                    never: g.neverAssessedCount,
                  }),
                }))}
                max={max}
                format={(v) => num(v, 2)}
              />
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}

function priorityName(p: Schemas['PriorityDto']) {
  return p.competencyName ?? p.groupName ?? p.competencyCode ?? p.groupCode ?? '';
}

function Priorities({ frameworkId }: { frameworkId: string }) {
  const { t, te, num } = useI18n();
  const query = useQuery({
    queryKey: ['tna/priorities', frameworkId],
    queryFn: async () => unwrap(await api.GET('/api/v1/tna/priorities', { params: { query: { frameworkId: frameworkId || undefined, top: 20 } } })),
  });
  return (
    <Card title={t('tna.priorities')}>
      <QueryState query={query} isEmpty={(d) => d.competencies.length === 0} empty={t('tna.noPriorities')}>
        {(d) => (
          <>
            <SimpleBars
              layout="vertical"
              caption={t('tna.priorityCaption')}
              data={d.competencies.slice(0, 10).map((p) => ({ name: `${p.competencyCode ?? ''} ${priorityName(p)}`.trim(), score: Number(p.score.toFixed(3)) }))}
              nameKey="name"
              dataKey="score"
            />
            <div className="table-wrap" tabIndex={0}>
              <table>
                <caption className="visually-hidden">{t('tna.priorities')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">#</th>
                    <th scope="col">{t('profile.competency')}</th>
                    <th scope="col">{t('tna.kind')}</th>
                    <th scope="col" className="num">{t('tna.affected')}</th>
                    <th scope="col" className="num">{t('tna.requiredBy')}</th>
                    <th scope="col" className="num">{t('tna.meanGap')}</th>
                    <th scope="col" className="num">{t('tna.neverAssessed')}</th>
                    <th scope="col" className="num">{t('tna.score')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.competencies.map((p) => (
                    <tr key={`${p.competencyId}-${p.rank}`}>
                      <td className="num">{p.rank}</td>
                      <td>
                        <span className="mono">{p.competencyCode}</span> {priorityName(p)}
                      </td>
                      <td>{te('CompetencyGroupKind', p.groupKind)}</td>
                      <td className="num">{p.affectedCount}</td>
                      <td className="num">{p.requiredByCount}</td>
                      <td className="num">{num(p.meanGap, 2)}</td>
                      <td className="num">{p.neverAssessedCount}</td>
                      <td className="num">{num(p.score, 3)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </QueryState>
    </Card>
  );
}

function Recommendations({ frameworkId }: { frameworkId: string }) {
  const { t, num } = useI18n();
  const query = useQuery({
    queryKey: ['tna/recommendations', frameworkId],
    queryFn: async () => unwrap(await api.GET('/api/v1/tna/recommendations', { params: { query: { frameworkId: frameworkId || undefined, top: 10, peopleLimit: 10 } } })),
  });
  return (
    <QueryState query={query} isEmpty={(d) => d.recommendations.length === 0} empty={t('tna.noRecommendations')}>
      {(d) => (
        <div className="stack">
          {d.recommendations.map((r) => (
            <Card key={`${r.priority.competencyId}-${r.priority.rank}`} title={`${r.priority.rank}. ${r.priority.competencyCode ?? ''} ${priorityName(r.priority)}`}>
              <p className="muted">{t('tna.recommendationLead', { affected: r.priority.affectedCount, gap: num(r.priority.meanGap, 2) })}</p>
              {r.programs.length === 0 ? (
                <p className="state empty">{t('tna.noProgram')}</p>
              ) : (
                <div className="table-wrap" tabIndex={0}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('training.program')}</th>
                        <th scope="col" className="num">{t('tna.targetLevel')}</th>
                        <th scope="col" className="num">{t('tna.beneficiaries')}</th>
                        <th scope="col" className="num">{t('tna.closesGap')}</th>
                        <th scope="col" className="num">JP</th>
                        <th scope="col" className="num">{t('tna.totalCost')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.programs.map((p) => (
                        <tr key={p.programId}>
                          <td>
                            <NavLink to={`/training/programs/${p.programId}`}>{p.title}</NavLink> <Badge>{p.code}</Badge>
                          </td>
                          <td className="num">{p.targetLevel}</td>
                          <td className="num">{p.beneficiaryCount}</td>
                          <td className="num">{p.closesGapCount}</td>
                          <td className="num">{p.jp}</td>
                          <td className="num">{num(p.totalCost, 0)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </Card>
          ))}
        </div>
      )}
    </QueryState>
  );
}
