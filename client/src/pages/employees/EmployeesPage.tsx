import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { can, useUser } from '../../auth/AuthProvider';
import { EmployeeForm } from './EmployeeForms';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n';
import { Badge, Empty, ErrorBox, Loading, PageHeader, Pager } from '../../components/ui';
import { useParam } from '../../lib/hooks';

const PAGE_SIZE = 25;

export default function EmployeesPage() {
  const { t, te } = useI18n();
  const [search, setSearch] = useParam('q');
  const [pageText, setPage] = useParam('page', '1');
  const [active, setActive] = useParam('active', 'true');
  const [draft, setDraft] = useState(search);
  const [creating, setCreating] = useState(false);
  const user = useUser();
  const navigate = useNavigate();
  const page = Math.max(1, Number(pageText) || 1);

  // Search as the user types, after a short pause.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (draft !== search) setSearch(draft);
    }, 350);
    return () => clearTimeout(timer);
  }, [draft, search, setSearch]);

  const query = useQuery({
    queryKey: ['employees', { search, page, active }],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/employees', {
          params: {
            query: {
              search: search || undefined,
              page,
              pageSize: PAGE_SIZE,
              isActive: active === 'all' ? undefined : active === 'true',
              sort: 'name',
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title={t('employees.title')}
        subtitle={query.data ? t('employees.count', { count: query.data.totalCount }) : undefined}
        actions={
          can.manage(user.role) && !creating ? (
            <button type="button" onClick={() => setCreating(true)}>
              {t('employee.new')}
            </button>
          ) : null
        }
      />
      {creating ? <EmployeeForm onClose={() => setCreating(false)} onSaved={(e) => navigate(`/employees/${e.id}`)} /> : null}
      <form className="filters" role="search" onSubmit={(e) => { e.preventDefault(); setSearch(draft); }}>
        <label>
          {t('employees.search')}
          <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder={t('employees.searchPlaceholder')} />
        </label>
        <label>
          {t('employees.status')}
          <select value={active} onChange={(e) => setActive(e.target.value)}>
            <option value="true">{t('employees.active')}</option>
            <option value="false">{t('employees.inactive')}</option>
            <option value="all">{t('common.all')}</option>
          </select>
        </label>
      </form>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorBox error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty>{search ? t('employees.noMatch', { search }) : t('employees.none')}</Empty>
      ) : (
        <>
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('employees.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('employees.nip')}</th>
                  <th scope="col">{t('employees.name')}</th>
                  <th scope="col">{t('employees.position')}</th>
                  <th scope="col">{t('employees.unit')}</th>
                  <th scope="col">{t('employees.type')}</th>
                  <th scope="col">{t('employees.grade')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((e) => (
                  <tr key={e.id}>
                    <td className="mono">{e.nip}</td>
                    <td>
                      <Link to={`/employees/${e.id}`}>{e.displayName}</Link>
                      {!e.isActive ? <Badge tone="warn">{t('employees.inactive')}</Badge> : null}
                    </td>
                    <td>{e.position?.name ?? '–'}</td>
                    <td>{e.unit?.name ?? '–'}</td>
                    <td>{te('EmployeeType', e.employeeType)}</td>
                    <td>{e.gradeCode ?? '–'}</td>
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
