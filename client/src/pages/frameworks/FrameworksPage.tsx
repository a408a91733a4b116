import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { Badge, Empty, ErrorBox, Loading, PageHeader, Pager } from '../../components/ui';
import { useParam } from '../../lib/hooks';
import { can, useUser } from '../../auth/AuthProvider';
import { FrameworkForm } from './CompetencyEditor';
import { FrameworkPublicationCard } from './FrameworkPublication';

const PAGE_SIZE = 25;
export const statusTone = (s: Schemas['FrameworkStatus']) => (s === 'Published' ? 'good' : s === 'Draft' ? 'info' : 'neutral');

export default function FrameworksPage() {
  const { t, te, date } = useI18n();
  const [status, setStatus] = useParam('status');
  const [search, setSearch] = useParam('q');
  const [pageText, setPage] = useParam('page', '1');
  const page = Math.max(1, Number(pageText) || 1);
  const user = useUser();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const query = useQuery({
    queryKey: ['frameworks', { status, search, page }],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/competency-frameworks', {
          params: { query: { status: (status || undefined) as Schemas['FrameworkStatus'] | undefined, search: search || undefined, page, pageSize: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title={t('frameworks.title')}
        subtitle={t('frameworks.subtitle')}
        actions={
          can.manage(user.role) && !creating ? (
            <>
              <Link className="button secondary" to="/frameworks/import">
                {t('frameworks.import')}
              </Link>
              <button type="button" onClick={() => setCreating(true)}>
                {t('frameworks.new')}
              </button>
            </>
          ) : null
        }
      />
      {creating ? <FrameworkForm onClose={() => setCreating(false)} onSaved={(f) => navigate(`/frameworks/${f.id}`)} /> : null}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('common.search')}
          <input type="search" defaultValue={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          {t('frameworks.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('common.all')}</option>
            {(['Draft', 'Published', 'Retired'] as const).map((s) => (
              <option key={s} value={s}>
                {te('FrameworkStatus', s)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorBox error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty>{t('frameworks.none')}</Empty>
      ) : (
        <>
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('frameworks.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('common.code')}</th>
                  <th scope="col">{t('common.name')}</th>
                  <th scope="col" className="num">{t('frameworks.version')}</th>
                  <th scope="col">{t('frameworks.status')}</th>
                  <th scope="col">{t('frameworks.owner')}</th>
                  <th scope="col" className="num">{t('frameworks.competencies')}</th>
                  <th scope="col">{t('frameworks.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((f) => (
                  <tr key={f.id}>
                    <td className="mono">{f.code}</td>
                    <td>
                      <Link to={`/frameworks/${f.id}`}>{f.name}</Link>
                      {f.alternativeName ? <div className="muted small">{f.alternativeName}</div> : null}
                    </td>
                    <td className="num">{f.version}</td>
                    <td>
                      <Badge tone={statusTone(f.status)}>{te('FrameworkStatus', f.status)}</Badge>
                    </td>
                    <td>{f.ownerAgencyName ?? t('frameworks.national')}</td>
                    <td className="num">{f.competencyCount}</td>
                    <td>{date(f.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={PAGE_SIZE} total={query.data.totalCount} onPage={(p) => setPage(String(p))} />
        </>
      )}
      {can.manage(user.role) && user.agency ? <FrameworkPublicationCard agencyId={user.agency.id} /> : null}
    </>
  );
}
