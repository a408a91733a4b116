import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n, type MessageKey } from '../../i18n';
import { useUser } from '../../auth/AuthProvider';
import { Card, EnumSelect, Field, FormActions, FormError, QueryState } from '../../components/ui';
import { refreshQueries } from '../../lib/query';

type Settings = Schemas['TnaSettingsDto'];
type NumberKey =
  | 'minAnnualJpPns' | 'maxAnnualJpPns' | 'maxAnnualJpPppk' | 'minAttendanceShare' | 'gapWeight' | 'criticalityWeight' | 'peopleWeight'
  | 'recencyWeight' | 'recencyHorizonMonths' | 'jpmOptimalThreshold' | 'jpmAdequateThreshold';
const numberFields: { key: NumberKey; label: MessageKey; step: string }[] = [
  { key: 'minAnnualJpPns', label: 'settings.minAnnualJpPns', step: '1' },
  { key: 'maxAnnualJpPns', label: 'settings.maxAnnualJpPns', step: '1' },
  { key: 'maxAnnualJpPppk', label: 'settings.maxAnnualJpPppk', step: '1' },
  { key: 'minAttendanceShare', label: 'settings.minAttendanceShare', step: '0.01' },
  { key: 'gapWeight', label: 'settings.gapWeight', step: '0.05' },
  { key: 'criticalityWeight', label: 'settings.criticalityWeight', step: '0.05' },
  { key: 'peopleWeight', label: 'settings.peopleWeight', step: '0.05' },
  { key: 'recencyWeight', label: 'settings.recencyWeight', step: '0.05' },
  { key: 'recencyHorizonMonths', label: 'settings.recencyHorizonMonths', step: '1' },
  { key: 'jpmOptimalThreshold', label: 'settings.jpmOptimalThreshold', step: '1' },
  { key: 'jpmAdequateThreshold', label: 'settings.jpmAdequateThreshold', step: '1' },
];

/** The agency's training-needs rules: JP limits, attendance minimum, priority weights, JPM thresholds. */
export function TnaSettings() {
  const { t } = useI18n();
  const user = useUser();
  const agencyId = user.agency?.id;
  const query = useQuery({
    queryKey: ['tna/settings', agencyId],
    queryFn: async () => unwrap(await api.GET('/api/v1/tna/settings', { params: { query: { agencyId } } })),
  });
  return (
    <Card title={t('settings.title')}>
      <p className="muted">{t('settings.help')}</p>
      <QueryState query={query}>{(d) => <SettingsForm key={d.eTag} settings={d} agencyId={agencyId ?? null} />}</QueryState>
    </Card>
  );
}

function SettingsForm({ settings, agencyId }: { settings: Settings; agencyId: string | null }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<NumberKey, string>>(() => Object.fromEntries(numberFields.map((f) => [f.key, String(settings[f.key])])) as Record<NumberKey, string>);
  const [validity, setValidity] = useState(settings.validityMonths === null ? '' : String(settings.validityMonths));
  const [rule, setRule] = useState(settings.currentLevelRule);
  const [variant, setVariant] = useState(settings.jpmCategoryVariant);
  const [bad, setBad] = useState<Set<string>>(new Set());
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PUT('/api/v1/tna/settings', {
          params: { header: { 'If-Match': settings.eTag } },
          body: {
            agencyId,
            ...(Object.fromEntries(numberFields.map((f) => [f.key, Number(values[f.key])])) as Record<NumberKey, number>),
            validityMonths: validity === '' ? null : Number(validity),
            currentLevelRule: rule,
            jpmCategoryVariant: variant,
            jpConversions: settings.jpConversions,
            methodPriority: settings.methodPriority,
          },
        }),
      ),
    onSuccess: () => {
      void refreshQueries(queryClient, ['tna/settings']);
      void refreshQueries(queryClient, ['tna/gaps']);
      void refreshQueries(queryClient, ['compliance']);
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const wrong = new Set(numberFields.filter((f) => values[f.key].trim() === '' || Number.isNaN(Number(values[f.key])) || Number(values[f.key]) < 0).map((f) => f.key));
    if (Number(values.minAttendanceShare) > 1) wrong.add('minAttendanceShare');
    setBad(wrong);
    if (wrong.size === 0) save.mutate();
  }
  return (
    <form onSubmit={submit} noValidate className="form-grid" aria-label={t('settings.title')}>
      {settings.isNationalDefault ? <p className="state warn span-all">{t('settings.nationalDefault')}</p> : null}
      {numberFields.map((f) => (
        <Field key={f.key} label={t(f.label)} name={f.key} error={save.error} message={bad.has(f.key) ? t('settings.invalid') : null}>
          {(p) => <input {...p} type="number" step={f.step} min={0} value={values[f.key]} onChange={(e) => setValues({ ...values, [f.key]: e.target.value })} />}
        </Field>
      ))}
      <Field label={t('settings.validityMonths')} name="validityMonths" error={save.error} hint={t('settings.validityHint')}>
        {(p) => <input {...p} type="number" min={1} value={validity} onChange={(e) => setValidity(e.target.value)} />}
      </Field>
      <Field label={t('settings.currentLevelRule')} name="currentLevelRule" error={save.error}>
        {(p) => <EnumSelect {...p} enumName="CurrentLevelRule" values={(['MethodPriorityFirst', 'NewestFirst'] as const)} value={rule} onChange={setRule} />}
      </Field>
      <Field label={t('settings.jpmVariant')} name="jpmCategoryVariant" error={save.error}>
        {(p) => <EnumSelect {...p} enumName="JpmVariant" values={(['Uncapped', 'Capped'] as const)} value={variant} onChange={setVariant} />}
      </Field>
      <FormError error={save.error} fields={[...numberFields.map((f) => f.key), 'validityMonths', 'currentLevelRule', 'jpmCategoryVariant']} />
      {save.isSuccess ? (
        <p className="state good" role="status">
          {t('settings.saved')}
        </p>
      ) : null}
      <FormActions pending={save.isPending} />
    </form>
  );
}
