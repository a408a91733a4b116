import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Badge, Card, Empty, ErrorBox, Loading, PageHeader, Pager, QueryState } from '../../components/ui';
import { useParam } from '../../lib/hooks';
import { flattenUnits, PositionForm, UnitForm } from './OrgForms';

type UnitNode = Schemas['UnitNodeDto'];
const PAGE_SIZE = 25;

export default function OrganisationPage() {
  const { t } = useI18n();
  const user = useUser();
  const national = can.isNational(user);
  const [agencyParam, setAgency] = useParam('agency');
  const [unitId, setUnit] = useParam('unit');
  const agencies = useQuery({
    queryKey: ['agencies'],
    queryFn: async () => unwrap(await api.GET('/api/v1/agencies', { params: { query: { pageSize: 500 } } })),
    enabled: national,
  });
  const agencyId = national ? agencyParam || agencies.data?.items[0]?.id || '' : user.agency?.id ?? '';
  const [creating, setCreating] = useState<'unit' | 'position' | 'edit' | null>(null);
  const manage = can.manage(user.role);
  const tree = useQuery({
    queryKey: ['units', agencyId],
    queryFn: async () => unwrap(await api.GET('/api/v1/agencies/{id}/units', { params: { path: { id: agencyId } } })),
    enabled: !!agencyId,
  });
  const selected = unitId && tree.data ? flattenUnits(tree.data.items).find((u) => u.node.id === unitId)?.node : undefined;

  return (
    <>
      <PageHeader
        title={t('org.title')}
        subtitle={t('org.subtitle')}
        actions={
          manage && tree.data && !creating ? (
            <>
              {selected ? (
                <button type="button" className="secondary" onClick={() => setCreating('edit')}>
                  {t('org.editUnit')}
                  <span className="visually-hidden"> {selected.name}</span>
                </button>
              ) : null}
              <button type="button" className="secondary" onClick={() => setCreating('unit')}>
                {t('org.newUnit')}
              </button>
              <button type="button" onClick={() => setCreating('position')}>
                {t('org.newPosition')}
              </button>
            </>
          ) : null
        }
      />
      {creating === 'unit' && tree.data ? <UnitForm agencyId={agencyId} units={tree.data.items} parentId={unitId || undefined} onClose={() => setCreating(null)} /> : null}
      {creating === 'edit' && tree.data && selected ? (
        <UnitForm
          key={selected.eTag}
          agencyId={agencyId}
          units={tree.data.items}
          unit={selected}
          onClose={() => setCreating(null)}
          onDeleted={() => {
            setCreating(null);
            setUnit('');
          }}
        />
      ) : null}
      {creating === 'position' && tree.data ? <PositionForm units={tree.data.items} unitId={unitId || undefined} onClose={() => setCreating(null)} /> : null}
      {national ? (
        <div className="filters">
          <label>
            {t('profile.agency')}
            <select value={agencyId} onChange={(e) => setAgency(e.target.value)}>
              {agencies.data?.items.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.code} — {a.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      {agencies.isError ? <ErrorBox error={agencies.error} /> : null}
      <div className="grid-2 org">
        <Card title={t('org.units')}>
          {!agencyId ? (
            agencies.isPending ? <Loading /> : <Empty />
          ) : (
            <QueryState query={tree} isEmpty={(d) => d.items.length === 0} empty={t('org.noUnits')}>
              {(d) => (
                <>
                  <p className="muted">{t('org.unitCount', { count: d.unitCount })}</p>
                  <button type="button" className={`link${unitId ? '' : ' current'}`} aria-pressed={!unitId} onClick={() => setUnit('')}>
                    {t('org.allUnits')}
                  </button>
                  <ul className="tree">
                    {d.items.map((n) => (
                      <UnitItem key={n.id} node={n} selected={unitId} onSelect={setUnit} depth={0} />
                    ))}
                  </ul>
                </>
              )}
            </QueryState>
          )}
        </Card>
        <Positions agencyId={agencyId} unitId={unitId} />
      </div>
    </>
  );
}

function UnitItem({ node, selected, onSelect, depth }: { node: UnitNode; selected: string; onSelect: (id: string) => void; depth: number }) {
  const { t, te } = useI18n();
  const [open, setOpen] = useState(depth < 1);
  return (
    <li>
      <span className="unit-row">
        {node.children.length ? (
          <button type="button" className="tree-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
            <span className="visually-hidden">{node.name}</span>
          </button>
        ) : (
          <span className="tree-spacer" aria-hidden="true">•</span>
        )}
        <button type="button" className={`link${selected === node.id ? ' current' : ''}`} aria-pressed={selected === node.id} onClick={() => onSelect(node.id)}>
          {node.name}
        </button>
        <span className="muted small">
          {te('UnitKind', node.kind)} · {t('org.people', { count: node.employeeCount })}
        </span>
        {!node.isActive ? <Badge tone="warn">{t('employees.inactive')}</Badge> : null}
      </span>
      {open && node.children.length ? (
        <ul>
          {node.children.map((c) => (
            <UnitItem key={c.id} node={c} selected={selected} onSelect={onSelect} depth={depth + 1} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function Positions({ agencyId, unitId }: { agencyId: string; unitId: string }) {
  const { t, te } = useI18n();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['positions', { agencyId, unitId, search, page }],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/positions', {
          params: { query: { agencyId: agencyId || undefined, unitId: unitId || undefined, search: search || undefined, page, pageSize: PAGE_SIZE } },
        }),
      ),
    enabled: !!agencyId,
    placeholderData: keepPreviousData,
  });
  return (
    <Card title={t('org.positions')}>
      <div className="filters">
        <label>
          {t('common.search')}
          <input
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(1);
            }}
          />
        </label>
      </div>
      {query.isPending ? (
        query.fetchStatus === 'idle' ? <Empty /> : <Loading />
      ) : query.isError ? (
        <ErrorBox error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty>{t('org.noPositions')}</Empty>
      ) : (
        <>
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('org.positions')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('org.position')}</th>
                  <th scope="col">{t('tna.kind')}</th>
                  <th scope="col" className="num">{t('org.holders')}</th>
                  <th scope="col" className="num">SKJ</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={`/organisation/positions/${p.id}`}>{p.name}</Link>
                      <div className="muted small">
                        <span className="mono">{p.code}</span> · {p.unit?.name}
                      </div>
                    </td>
                    <td>{te('PositionType', p.type)}</td>
                    <td className="num">{p.employeeCount}</td>
                    <td className="num">{p.standardCount ? p.standardCount : <Badge tone="warn">{t('org.noSkj')}</Badge>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={PAGE_SIZE} total={query.data.totalCount} onPage={setPage} />
        </>
      )}
    </Card>
  );
}
