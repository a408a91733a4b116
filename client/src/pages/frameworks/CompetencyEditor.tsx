import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyKey, unwrap, type Schemas } from '../../api/client';
import { refreshQueries } from '../../lib/query';
import { useI18n } from '../../i18n';
import { Card, EnumSelect, Field, FormActions, FormError } from '../../components/ui';
import { codePattern, firstInvalid, orNull, type Checks } from '../../lib/forms';
import { useUser } from '../../auth/AuthProvider';

type Node = Schemas['CompetencyNodeDto'];
type Framework = Schemas['CompetencyFrameworkDto'];
type Kind = Schemas['CompetencyGroupKind'];
type ItemType = Schemas['CompetencyItemType'];

/** Adds a competency or group to a draft framework, or changes one (with its levels and indicators). */
export function CompetencyEditor({
  frameworkId,
  levels,
  groups,
  node,
  onClose,
}: {
  frameworkId: string;
  levels: Schemas['ProficiencyLevelDto'][];
  groups: Node[];
  node?: Node;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [code, setCode] = useState(node?.code ?? '');
  const [name, setName] = useState(node?.name ?? '');
  const [alternativeName, setAlternativeName] = useState(node?.alternativeName ?? '');
  const [description, setDescription] = useState(node?.description ?? '');
  const [groupKind, setGroupKind] = useState<Kind>(node?.groupKind ?? 'Teknis');
  const [itemType, setItemType] = useState<ItemType>(node?.itemType ?? 'Competency');
  const [parentId, setParentId] = useState(node?.parentId ?? '');
  const [levelTexts, setLevelTexts] = useState(() =>
    levels.map((l) => {
      const existing = node?.levels.find((x) => x.level === l.level);
      return { level: l.level, description: existing?.description ?? '', indicators: existing?.indicators.join('\n') ?? '' };
    }),
  );
  const [checks, setChecks] = useState<Checks>({});
  const body = () => ({
    code: code.trim(),
    name: name.trim(),
    alternativeName: orNull(alternativeName),
    description: orNull(description),
    groupKind,
    itemType,
    parentId: parentId || null,
    sortOrder: node?.sortOrder ?? null,
    // null keeps the item's related-competency links as they are.
    relatedCompetencyIds: null,
    levels:
      itemType === 'Group'
        ? []
        : levelTexts
            .filter((l) => l.description.trim() || l.indicators.trim())
            .map((l) => ({ level: l.level, description: l.description.trim(), indicators: l.indicators.split('\n').map((x) => x.trim()).filter(Boolean) })),
  });
  const save = useMutation({
    mutationFn: async () =>
      node
        ? unwrap(await api.PUT('/api/v1/competencies/{id}', { params: { path: { id: node.id }, header: { 'If-Match': node.eTag } }, body: body() }))
        : unwrap(
            await api.POST('/api/v1/competency-frameworks/{id}/competencies', {
              params: { path: { id: frameworkId }, header: { 'Idempotency-Key': idempotencyKey() } },
              body: body(),
            }),
          ),
    onSuccess: () => {
      void refreshQueries(queryClient, ['framework', frameworkId]);
      void refreshQueries(queryClient, ['frameworks']);
      onClose();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = {
      code: !code.trim() ? 'form.required' : !codePattern.test(code.trim()) ? 'form.code' : null,
      name: !name.trim() ? 'form.required' : null,
      levels: itemType === 'Competency' && levelTexts.some((l) => !l.description.trim() && l.indicators.trim()) ? 'competency.levelNeedsDescription' : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) save.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  return (
    <Card title={node ? t('competency.edit', { name: node.name }) : t('competency.add')}>
      <form onSubmit={submit} noValidate className="form-grid" aria-label={node ? t('competency.edit', { name: node.name }) : t('competency.add')}>
        <Field label={t('competency.itemType')} name="itemType" error={save.error}>
          {(p) => (
            <select {...p} value={itemType} onChange={(e) => setItemType(e.target.value as ItemType)}>
              <option value="Competency">{t('profile.competency')}</option>
              <option value="Group">{t('frameworks.group')}</option>
            </select>
          )}
        </Field>
        <Field label={t('common.code')} name="code" error={save.error} message={msg('code')}>
          {(p) => <input {...p} value={code} onChange={(e) => setCode(e.target.value)} placeholder="T.01" />}
        </Field>
        <Field label={t('common.name')} name="name" error={save.error} message={msg('name')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('competency.alternativeName')} name="alternativeName" error={save.error}>
          {(p) => <input {...p} value={alternativeName} onChange={(e) => setAlternativeName(e.target.value)} />}
        </Field>
        <Field label={t('tna.kind')} name="groupKind" error={save.error}>
          {(p) => <EnumSelect {...p} enumName="CompetencyGroupKind" values={(['Manajerial', 'SosialKultural', 'Teknis'] as const)} value={groupKind} onChange={setGroupKind} />}
        </Field>
        <Field label={t('competency.parent')} name="parentId" error={save.error}>
          {(p) => (
            <select {...p} value={parentId} onChange={(e) => setParentId(e.target.value)}>
              <option value="">{t('competency.noParent')}</option>
              {groups
                .filter((g) => g.id !== node?.id)
                .map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.code} — {g.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <div className="span-all">
          <Field label={t('frameworks.description')} name="description" error={save.error}>
            {(p) => <textarea {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}
          </Field>
        </div>
        {itemType === 'Competency' ? (
          <fieldset className="span-all">
            <legend>{t('competency.levels')}</legend>
            {msg('levels') ? <p className="field-errors">{msg('levels')}</p> : null}
            <div className="levels-editor">
              {levelTexts.map((l, i) => (
                <div key={l.level} className="level-editor">
                  <strong>
                    {l.level}. {levels[i]?.name}
                  </strong>
                  <Field label={t('frameworks.description')} name={`levels[${i}].description`} error={save.error}>
                    {(p) => (
                      <textarea {...p} value={l.description} onChange={(e) => setLevelTexts(levelTexts.map((x, k) => (k === i ? { ...x, description: e.target.value } : x)))} />
                    )}
                  </Field>
                  <Field label={t('competency.indicatorsOnePerLine')} name={`levels[${i}].indicators`} error={save.error}>
                    {(p) => (
                      <textarea {...p} value={l.indicators} onChange={(e) => setLevelTexts(levelTexts.map((x, k) => (k === i ? { ...x, indicators: e.target.value } : x)))} />
                    )}
                  </Field>
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}
        <FormError error={save.error} fields={['code', 'name', 'alternativeName', 'description', 'groupKind', 'itemType', 'parentId', 'levels']} />
        <FormActions pending={save.isPending} onCancel={onClose} />
      </form>
    </Card>
  );
}

/** The form for a new draft framework: code, names and the proficiency scale. */
/** A new draft framework with its scale, or a change of a draft's name, description, language and level names (its code stays). */
export function FrameworkForm({
  framework,
  onClose,
  onSaved,
  onReload,
}: {
  /** The draft to change; without it, a new one. */
  framework?: Framework;
  onClose: () => void;
  onSaved: (framework: Framework) => void;
  onReload?: () => void;
}) {
  const { t } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const [code, setCode] = useState(framework?.code ?? '');
  const [name, setName] = useState(framework?.name ?? '');
  const [alternativeName, setAlternativeName] = useState(framework?.alternativeName ?? '');
  const [description, setDescription] = useState(framework?.description ?? '');
  const [language, setLanguage] = useState(framework?.language ?? 'id');
  const [levels, setLevels] = useState(() =>
    framework?.proficiencyLevels.length
      ? framework.proficiencyLevels.map((l) => ({ level: l.level, name: l.name, description: l.description }))
      : [1, 2, 3, 4, 5].map((level) => ({ level, name: t('competency.defaultLevelName', { level }), description: null as string | null })),
  );
  const [checks, setChecks] = useState<Checks>({});
  const save = useMutation({
    mutationFn: async () => {
      const body = {
        name: name.trim(),
        alternativeName: orNull(alternativeName),
        description: orNull(description),
        language,
        proficiencyLevels: levels.map((l) => ({ level: l.level, name: l.name.trim(), description: l.description })),
      };
      if (framework)
        return unwrap(await api.PUT('/api/v1/competency-frameworks/{id}', { params: { path: { id: framework.id }, header: { 'If-Match': framework.eTag } }, body }));
      return unwrap(
        await api.POST('/api/v1/competency-frameworks', {
          params: { header: { 'Idempotency-Key': idempotencyKey() } },
          // An agency's framework for agency staff; a national one for a national administrator.
          body: { ...body, code: code.trim(), ownerAgencyId: user.agency?.id ?? null, competencies: [] },
        }),
      );
    },
    onSuccess: (f) => {
      void refreshQueries(queryClient, ['frameworks']);
      onSaved(f);
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = {
      code: framework ? null : !code.trim() ? 'form.required' : !codePattern.test(code.trim()) ? 'form.code' : null,
      name: !name.trim() ? 'form.required' : null,
      proficiencyLevels: levels.some((l) => !l.name.trim()) ? 'competency.levelNames' : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) save.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  const title = framework ? t('frameworks.edit') : t('frameworks.new');
  return (
    <Card title={title}>
      <form onSubmit={submit} noValidate className="form-grid" aria-label={title}>
        <Field label={t('common.code')} name="code" error={save.error} message={msg('code')}>
          {(p) => <input {...p} value={code} readOnly={!!framework} onChange={(e) => setCode(e.target.value)} placeholder={framework ? undefined : 'TEKNIS-PERENCANAAN'} />}
        </Field>
        <Field label={t('common.name')} name="name" error={save.error} message={msg('name')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('competency.alternativeName')} name="alternativeName" error={save.error}>
          {(p) => <input {...p} value={alternativeName} onChange={(e) => setAlternativeName(e.target.value)} />}
        </Field>
        <Field label={t('frameworks.language')} name="language" error={save.error}>
          {(p) => (
            <select {...p} value={language} onChange={(e) => setLanguage(e.target.value)}>
              {['id', 'en'].includes(language) ? null : <option value={language}>{language}</option>}
              <option value="id">Bahasa Indonesia</option>
              <option value="en">English</option>
            </select>
          )}
        </Field>
        <div className="span-all">
          <Field label={t('frameworks.description')} name="description" error={save.error}>
            {(p) => <textarea {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}
          </Field>
        </div>
        <fieldset className="span-all">
          <legend>{t('frameworks.levels')}</legend>
          {msg('proficiencyLevels') ? <p className="field-errors">{msg('proficiencyLevels')}</p> : null}
          <div className="form-grid">
            {levels.map((l, i) => (
              <Field key={l.level} label={t('competency.levelName', { level: l.level })} name={`proficiencyLevels[${i}].name`} error={save.error}>
                {(p) => <input {...p} value={l.name} onChange={(e) => setLevels(levels.map((x, k) => (k === i ? { ...x, name: e.target.value } : x)))} />}
              </Field>
            ))}
          </div>
        </fieldset>
        <FormError error={save.error} fields={['code', 'name', 'alternativeName', 'description', 'language', 'proficiencyLevels']} onReload={onReload} />
        <FormActions pending={save.isPending} onCancel={onClose} />
      </form>
    </Card>
  );
}
