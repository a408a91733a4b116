import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { Badge, Card, FormError, QueryState } from '../../components/ui';
import { refreshQueries } from '../../lib/query';

type Agency = Schemas['AgencyDto'];

/** Opens or closes an agency's published frameworks to the public CASE reader, with the agency's ETag. */
export function usePublication() {
  const queryClient = useQueryClient();
  const refresh = () => {
    void refreshQueries(queryClient, ['agency']);
    void refreshQueries(queryClient, ['agencies']);
  };
  const mutation = useMutation({
    mutationFn: async (agency: Agency) =>
      unwrap(
        await api.PUT('/api/v1/agencies/{id}/framework-publication', {
          params: { path: { id: agency.id }, header: { 'If-Match': agency.eTag } },
          body: { publish: !agency.publishesFrameworks },
        }),
      ),
    onSuccess: refresh,
  });
  return { mutation, refresh };
}

export function PublicationBadge({ agency }: { agency: Agency }) {
  const { t } = useI18n();
  return <Badge tone={agency.publishesFrameworks ? 'good' : 'neutral'}>{agency.publishesFrameworks ? t('publication.open') : t('publication.closed')}</Badge>;
}

/** For an agency's admin, on the frameworks page: whether anyone may read its published frameworks through CASE. */
export function FrameworkPublicationCard({ agencyId }: { agencyId: string }) {
  const { t } = useI18n();
  const agency = useQuery({
    queryKey: ['agency', agencyId],
    queryFn: async () => unwrap(await api.GET('/api/v1/agencies/{id}', { params: { path: { id: agencyId } } })),
  });
  const { mutation, refresh } = usePublication();
  return (
    <Card title={t('publication.title')}>
      <QueryState query={agency}>
        {(a) => (
          <>
            <p>
              <PublicationBadge agency={a} /> {a.publishesFrameworks ? t('publication.openHelp') : t('publication.closedHelp')}
            </p>
            <FormError error={mutation.error} fields={[]} onReload={refresh} />
            <button type="button" className="secondary" disabled={mutation.isPending} onClick={() => mutation.mutate(a)}>
              {a.publishesFrameworks ? t('publication.close') : t('publication.publish')}
            </button>
          </>
        )}
      </QueryState>
    </Card>
  );
}
