import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';
import { useI18n } from '../i18n';

type CompetencyNode = Schemas['CompetencyNodeDto'];

/**
 * Chooses a competency of a published framework (the framework first, then one of its
 * competencies that is not excluded) and hands it to onAdd; used by the SKJ editor and the
 * programme's target competencies.
 */
export function CompetencyPicker({
  exclude,
  onAdd,
  buttonClassName,
}: {
  exclude: (competencyId: string) => boolean;
  onAdd: (competency: CompetencyNode, framework: Schemas['CompetencyFrameworkSummaryDto'] | undefined) => void;
  buttonClassName?: string;
}) {
  const { t } = useI18n();
  const [frameworkId, setFrameworkId] = useState('');
  const [competencyId, setCompetencyId] = useState('');
  const frameworks = useQuery({
    queryKey: ['frameworks', 'published'],
    queryFn: async () => unwrap(await api.GET('/api/v1/competency-frameworks', { params: { query: { status: 'Published', pageSize: 100 } } })),
  });
  const tree = useQuery({
    queryKey: ['framework', frameworkId, 'tree'],
    queryFn: async () => unwrap(await api.GET('/api/v1/competency-frameworks/{id}/competencies', { params: { path: { id: frameworkId } } })),
    enabled: !!frameworkId,
  });
  const options = useMemo(() => {
    const out: CompetencyNode[] = [];
    const walk = (nodes: CompetencyNode[]) => {
      for (const n of nodes) {
        if (n.itemType === 'Competency') out.push(n);
        walk(n.children);
      }
    };
    walk(tree.data?.items ?? []);
    return out.filter((n) => !exclude(n.id));
  }, [tree.data, exclude]);
  return (
    <div className="filters">
      <label>
        {t('tna.framework')}
        <select
          value={frameworkId}
          onChange={(e) => {
            setFrameworkId(e.target.value);
            setCompetencyId('');
          }}
        >
          <option value="">{t('form.choose')}</option>
          {frameworks.data?.items.map((f) => (
            <option key={f.id} value={f.id}>
              {f.code} — {f.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('profile.competency')}
        <select value={competencyId} onChange={(e) => setCompetencyId(e.target.value)} disabled={!frameworkId}>
          <option value="">{t('form.choose')}</option>
          {options.map((n) => (
            <option key={n.id} value={n.id}>
              {n.code} — {n.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className={buttonClassName}
        disabled={!competencyId}
        onClick={() => {
          const chosen = options.find((o) => o.id === competencyId);
          if (chosen) onAdd(chosen, frameworks.data?.items.find((f) => f.id === frameworkId));
          setCompetencyId('');
        }}
      >
        {t('skj.addButton')}
      </button>
    </div>
  );
}
