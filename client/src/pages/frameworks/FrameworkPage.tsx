import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, fetchFile, idempotencyKey, saveBlob, unwrap, type Schemas } from '../../api/client';
import { refreshQueries } from '../../lib/query';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Badge, Card, ErrorBox, Loading, PageHeader, QueryState } from '../../components/ui';
import { statusTone } from './FrameworksPage';
import { CompetencyEditor, FrameworkForm } from './CompetencyEditor';

type Node = Schemas['CompetencyNodeDto'];

export default function FrameworkPage() {
  const { id = '' } = useParams();
  const { t, te, date } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const framework = useQuery({
    queryKey: ['framework', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/competency-frameworks/{id}', { params: { path: { id } } })),
  });
  const tree = useQuery({
    queryKey: ['framework', id, 'tree'],
    queryFn: async () => unwrap(await api.GET('/api/v1/competency-frameworks/{id}/competencies', { params: { path: { id } } })),
  });

  const lifecycle = useMutation({
    mutationFn: async (action: 'publish' | 'retire' | 'new-version' | 'delete') => {
      const eTag = framework.data?.eTag ?? '';
      const path = { path: { id } };
      if (action === 'delete') {
        unwrap(await api.DELETE('/api/v1/competency-frameworks/{id}', { params: { ...path, header: { 'If-Match': eTag } } }));
        return null;
      }
      if (action === 'publish')
        return unwrap(await api.POST('/api/v1/competency-frameworks/{id}/publish', { params: { ...path, header: { 'If-Match': eTag, 'Idempotency-Key': idempotencyKey() } } }));
      if (action === 'retire')
        return unwrap(await api.POST('/api/v1/competency-frameworks/{id}/retire', { params: { ...path, header: { 'If-Match': eTag, 'Idempotency-Key': idempotencyKey() } } }));
      return unwrap(await api.POST('/api/v1/competency-frameworks/{id}/new-version', { params: { ...path, header: { 'Idempotency-Key': idempotencyKey() } } }));
    },
    onSuccess: (result, action) => {
      void refreshQueries(queryClient, ['frameworks']);
      void refreshQueries(queryClient, ['framework', id]);
      if (action === 'new-version' && result?.id) navigate(`/frameworks/${result.id}`);
      if (action === 'delete') navigate('/frameworks');
    },
  });

  const [editing, setEditing] = useState<Node | 'new' | null>(null);
  const [editingFramework, setEditingFramework] = useState(false);
  const removeNode = useMutation({
    mutationFn: async (node: Node) => unwrap(await api.DELETE('/api/v1/competencies/{id}', { params: { path: { id: node.id }, header: { 'If-Match': node.eTag } } })),
    onSuccess: () => void refreshQueries(queryClient, ['framework', id]),
  });
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  async function exportAs(format: 'case' | 'moodle-csv') {
    setExporting(true);
    setExportError(null);
    try {
      const { blob, fileName } = await fetchFile(`/api/v1/competency-frameworks/${id}/export`, { format });
      saveBlob(blob, fileName);
    } catch (e) {
      setExportError(e);
    } finally {
      setExporting(false);
    }
  }

  if (framework.isPending) return <Loading />;
  if (framework.isError) return <ErrorBox error={framework.error} onRetry={() => void framework.refetch()} />;
  const f = framework.data;
  const mayManage = can.manage(user.role) && (f.ownerAgencyId ? f.ownerAgencyId === user.agency?.id || user.role === 'SystemAdmin' : user.role === 'SystemAdmin');

  return (
    <>
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to="/frameworks">{t('frameworks.title')}</Link> / <span>{f.code}</span>
      </nav>
      <PageHeader
        title={f.name}
        subtitle={
          <>
            <span className="mono">{f.code}</span> · {t('frameworks.versionN', { version: f.version })} · <Badge tone={statusTone(f.status)}>{te('FrameworkStatus', f.status)}</Badge>
            {f.publishedAt ? ` · ${t('frameworks.publishedOn', { date: date(f.publishedAt) })}` : ''}
          </>
        }
        actions={
          <>
            <button type="button" className="secondary" disabled={exporting} onClick={() => void exportAs('case')}>
              {t('frameworks.exportCase')}
            </button>
            <button type="button" className="secondary" disabled={exporting} onClick={() => void exportAs('moodle-csv')}>
              {t('frameworks.exportMoodle')}
            </button>
            {mayManage && f.status === 'Draft' ? (
              <>
                {!editingFramework ? (
                  <button type="button" className="secondary" onClick={() => setEditingFramework(true)}>
                    {t('frameworks.edit')}
                  </button>
                ) : null}
                <button type="button" disabled={lifecycle.isPending} onClick={() => lifecycle.mutate('publish')}>
                  {t('frameworks.publish')}
                </button>
                <button
                  type="button"
                  className="danger"
                  disabled={lifecycle.isPending}
                  onClick={() => {
                    if (window.confirm(t('frameworks.deleteConfirm'))) lifecycle.mutate('delete');
                  }}
                >
                  {t('frameworks.deleteDraft')}
                </button>
              </>
            ) : null}
            {mayManage && f.status === 'Published' ? (
              <>
                <button type="button" disabled={lifecycle.isPending} onClick={() => lifecycle.mutate('new-version')}>
                  {t('frameworks.newVersion')}
                </button>
                <button
                  type="button"
                  className="danger"
                  disabled={lifecycle.isPending}
                  onClick={() => {
                    if (window.confirm(t('frameworks.retireConfirm'))) lifecycle.mutate('retire');
                  }}
                >
                  {t('frameworks.retire')}
                </button>
              </>
            ) : null}
          </>
        }
      />
      {lifecycle.error ? <ErrorBox error={lifecycle.error} /> : null}
      {exportError ? <ErrorBox error={exportError} /> : null}
      {editingFramework && f.status === 'Draft' ? (
        <FrameworkForm
          key={f.eTag}
          framework={f}
          onClose={() => setEditingFramework(false)}
          onSaved={(saved) => {
            queryClient.setQueryData(['framework', id], saved);
            setEditingFramework(false);
          }}
          onReload={() => void refreshQueries(queryClient, ['framework', id])}
        />
      ) : null}
      {f.alternativeName ? <p className="muted">{f.alternativeName}</p> : null}
      {f.description ? <p>{f.description}</p> : null}
      <Card title={t('frameworks.levels')}>
        <ol className="levels">
          {f.proficiencyLevels.map((l) => (
            <li key={l.level}>
              <strong>
                {l.level}. {l.name}
              </strong>
              {l.description ? <span className="muted"> — {l.description}</span> : null}
            </li>
          ))}
        </ol>
      </Card>
      {editing && tree.data ? (
        <CompetencyEditor
          key={editing === 'new' ? 'new' : editing.id}
          frameworkId={id}
          levels={f.proficiencyLevels}
          groups={flatten(tree.data.items).filter((n) => n.itemType === 'Group')}
          node={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <Card
        title={t('frameworks.tree')}
        actions={
          mayManage && f.status === 'Draft' && !editing ? (
            <button type="button" onClick={() => setEditing('new')}>
              {t('competency.add')}
            </button>
          ) : null
        }
      >
        {removeNode.error ? <ErrorBox error={removeNode.error} /> : null}
        <QueryState query={tree} isEmpty={(d) => d.items.length === 0} empty={t('frameworks.emptyTree')}>
          {(d) => (
            <ul className="tree">
              {d.items.map((n) => (
                <TreeNode
                  key={n.id}
                  node={n}
                  level={1}
                  onEdit={mayManage && f.status === 'Draft' ? setEditing : undefined}
                  onRemove={
                    mayManage && f.status === 'Draft'
                      ? (node) => {
                          if (window.confirm(t('competency.removeConfirm', { name: node.name }))) removeNode.mutate(node);
                        }
                      : undefined
                  }
                />
              ))}
            </ul>
          )}
        </QueryState>
      </Card>
    </>
  );
}

function flatten(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

function TreeNode({ node, level, onEdit, onRemove }: { node: Node; level: number; onEdit?: (node: Node) => void; onRemove?: (node: Node) => void }) {
  const { t, te } = useI18n();
  const [open, setOpen] = useState(level === 1);
  const hasDetails = node.children.length > 0 || node.levels.length > 0 || !!node.description;
  return (
    <li>
      <button type="button" className="tree-toggle" onClick={() => setOpen(!open)} disabled={!hasDetails} aria-expanded={hasDetails ? open : undefined}>
        <span aria-hidden="true">{hasDetails ? (open ? '▾' : '▸') : '•'}</span> <span className="mono">{node.code}</span> {node.name}{' '}
        <Badge tone={node.itemType === 'Group' ? 'info' : 'neutral'}>{node.itemType === 'Group' ? t('frameworks.group') : te('CompetencyGroupKind', node.groupKind)}</Badge>
      </button>
      {onEdit ? (
        <button type="button" className="link" onClick={() => onEdit(node)}>
          {t('competency.editShort')}
          <span className="visually-hidden"> {node.name}</span>
        </button>
      ) : null}
      {onRemove ? (
        <button type="button" className="link" onClick={() => onRemove(node)}>
          {t('skj.remove')}
          <span className="visually-hidden"> {node.name}</span>
        </button>
      ) : null}
      {open ? (
        <div className="tree-body">
          {node.description ? <p className="muted">{node.description}</p> : null}
          {node.levels.length ? (
            <table className="compact">
              <caption className="visually-hidden">{t('frameworks.levelsOf', { name: node.name })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">{t('profile.level')}</th>
                  <th scope="col">{t('frameworks.description')}</th>
                  <th scope="col">{t('frameworks.indicators')}</th>
                </tr>
              </thead>
              <tbody>
                {node.levels.map((l) => (
                  <tr key={l.level}>
                    <td className="num">{l.level}</td>
                    <td>{l.description}</td>
                    <td>
                      {l.indicators.length ? (
                        <ul>
                          {l.indicators.map((i, k) => (
                            <li key={k}>{i}</li>
                          ))}
                        </ul>
                      ) : (
                        '–'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {node.children.length ? (
            <ul>
              {node.children.map((c) => (
                <TreeNode key={c.id} node={c} level={level + 1} onEdit={onEdit} onRemove={onRemove} />
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
