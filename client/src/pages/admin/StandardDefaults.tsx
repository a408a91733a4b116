import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { useUser } from '../../auth/AuthProvider';
import { Badge, Card, FormError, QueryState } from '../../components/ui';
import { refreshQueries } from '../../lib/query';

/** The levels proposed for the national managerial and socio-cultural competencies of new positions, per position type. */
export function StandardDefaults() {
  const { t } = useI18n();
  const user = useUser();
  const agencyId = user.agency?.id;
  const query = useQuery({
    queryKey: ['standard-defaults', agencyId],
    queryFn: async () => unwrap(await api.GET('/api/v1/standard-defaults', { params: { query: { agencyId } } })),
  });
  return (
    <Card title={t('defaults.title')}>
      <p className="muted">{t('defaults.help')}</p>
      <QueryState query={query}>{(d) => <DefaultsForm key={JSON.stringify(d.items)} defaults={d} agencyId={agencyId ?? null} />}</QueryState>
    </Card>
  );
}

function DefaultsForm({ defaults, agencyId }: { defaults: Schemas['StandardDefaultsDto']; agencyId: string | null }) {
  const { t, te } = useI18n();
  const queryClient = useQueryClient();
  const [levels, setLevels] = useState<Record<string, string>>(() =>
    Object.fromEntries(defaults.items.map((i) => [i.positionType, i.isAgencyOverride || !agencyId ? String(i.requiredLevel ?? '') : ''])),
  );
  const invalid = Object.values(levels).some((v) => v !== '' && !/^[1-5]$/.test(v));
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PUT('/api/v1/standard-defaults', {
          body: { agencyId, items: defaults.items.map((i) => ({ positionType: i.positionType, requiredLevel: levels[i.positionType] === '' ? null : Number(levels[i.positionType]) })) },
        }),
      ),
    onSuccess: () => void refreshQueries(queryClient, ['standard-defaults']),
  });
  return (
    <>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption className="visually-hidden">{t('defaults.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tna.kind')}</th>
              <th scope="col" className="num">{t('defaults.national')}</th>
              <th scope="col" className="num">{agencyId ? t('defaults.agency') : t('profile.requiredLevel')}</th>
            </tr>
          </thead>
          <tbody>
            {defaults.items.map((i) => (
              <tr key={i.positionType}>
                <td>
                  {te('PositionType', i.positionType)} <span className="muted small">({te('PositionCategory', i.category)})</span>
                  {i.isAgencyOverride ? <Badge tone="info">{t('defaults.override')}</Badge> : null}
                </td>
                <td className="num">{i.nationalLevel ?? '–'}</td>
                <td className="num">
                  <input
                    className="score"
                    type="number"
                    min={1}
                    max={5}
                    aria-label={t('defaults.levelOf', { type: te('PositionType', i.positionType) })}
                    aria-invalid={levels[i.positionType] !== '' && !/^[1-5]$/.test(levels[i.positionType]) ? true : undefined}
                    value={levels[i.positionType]}
                    placeholder={agencyId ? String(i.nationalLevel ?? '') : ''}
                    onChange={(e) => setLevels({ ...levels, [i.positionType]: e.target.value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {invalid ? <p className="field-errors">{t('skj.levelRange')}</p> : null}
      <FormError error={save.error} fields={[]} />
      {save.isSuccess ? (
        <p className="state good" role="status">
          {t('settings.saved')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" disabled={invalid || save.isPending} onClick={() => save.mutate()}>
          {t('common.save')}
        </button>
      </div>
    </>
  );
}
