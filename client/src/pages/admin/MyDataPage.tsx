import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyKey, saveBlob, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { useUser } from '../../auth/AuthProvider';
import { Badge, Card, EnumSelect, ErrorBox, Field, FormActions, FormError, PageHeader, QueryState } from '../../components/ui';
import { refreshQueries } from '../../lib/query';

export const topics: Schemas['CorrectionTopic'][] = ['PersonalDetails', 'Position', 'Assessment', 'Training', 'LearningHours', 'Scores', 'Other'];
export const correctionTone = (s: Schemas['CorrectionStatus']) => (s === 'Resolved' ? 'good' : s === 'Rejected' ? 'bad' : 'warn');

/** A person's rights over their data: a copy of everything held, and requests to correct it. */
export default function MyDataPage() {
  const { t, te, date } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const [topic, setTopic] = useState<Schemas['CorrectionTopic']>('PersonalDetails');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const requests = useQuery({
    queryKey: ['me', 'correction-requests'],
    queryFn: async () => unwrap(await api.GET('/api/v1/me/correction-requests')),
    enabled: !!user.employee,
  });
  const file = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/me/correction-requests', {
          params: { header: { 'Idempotency-Key': idempotencyKey() } },
          body: { topic, description: description.trim() },
        }),
      ),
    onSuccess: () => {
      setDescription('');
      void refreshQueries(queryClient, ['me', 'correction-requests']);
    },
  });
  async function download() {
    setDownloadError(null);
    try {
      const data = unwrap(await api.GET('/api/v1/me/data'));
      saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), `data-saya-${new Date().toISOString().slice(0, 10)}.json`);
    } catch (e) {
      setDownloadError(e);
    }
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    setMissing(!description.trim());
    if (description.trim()) file.mutate();
  }
  return (
    <>
      <PageHeader title={t('privacy.title')} subtitle={t('privacy.subtitle')} />
      {!user.employee ? (
        <p className="state empty">{t('me.noEmployee')}</p>
      ) : (
        <>
          <Card title={t('privacy.copy')}>
            <p>{t('privacy.copyHelp')}</p>
            <button type="button" onClick={() => void download()}>
              {t('privacy.download')}
            </button>
            {downloadError ? <ErrorBox error={downloadError} /> : null}
          </Card>
          <Card title={t('privacy.correction')}>
            <form onSubmit={submit} noValidate className="form-grid" aria-label={t('privacy.correction')}>
              <Field label={t('privacy.topic')} name="topic" error={file.error}>
                {(p) => <EnumSelect {...p} enumName="CorrectionTopic" values={topics} value={topic} onChange={setTopic} />}
              </Field>
              <div className="span-all">
                <Field label={t('privacy.whatIsWrong')} name="description" error={file.error} message={missing ? t('form.required') : null}>
                  {(p) => <textarea {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}
                </Field>
              </div>
              <FormError error={file.error} fields={['topic', 'description']} />
              <FormActions pending={file.isPending} submitLabel={t('privacy.file')} />
            </form>
            <QueryState query={requests} isEmpty={(d) => d.length === 0} empty={t('privacy.noRequests')}>
              {(d) => (
                <div className="table-wrap" tabIndex={0}>
                  <table>
                    <caption>{t('privacy.myRequests')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('common.date')}</th>
                        <th scope="col">{t('privacy.topic')}</th>
                        <th scope="col">{t('privacy.whatIsWrong')}</th>
                        <th scope="col">{t('training.status')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.map((r) => (
                        <tr key={r.id}>
                          <td>{date(r.filedAt)}</td>
                          <td>{te('CorrectionTopic', r.topic)}</td>
                          <td>
                            {r.description}
                            {r.resolution ? <div className="muted small">{r.resolution}</div> : null}
                          </td>
                          <td>
                            <Badge tone={correctionTone(r.status)}>{te('CorrectionStatus', r.status)}</Badge>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </QueryState>
          </Card>
        </>
      )}
    </>
  );
}
