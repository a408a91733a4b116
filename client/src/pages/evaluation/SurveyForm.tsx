import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyKey, unwrap } from '../../api/client';
import { useI18n, type MessageKey } from '../../i18n';
import { useUser } from '../../auth/AuthProvider';
import { Card, Field, FormActions, FormError } from '../../components/ui';
import { firstInvalid, type Checks } from '../../lib/forms';
import { refreshQueries } from '../../lib/query';
import { flattenUnits } from '../organisation/OrgForms';
import { parseResponses } from '../../lib/ikm';

const elements = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const SHOWN_PROBLEMS = 10;

/**
 * Records an IKM survey: from the respondents' answers (pasted or read from a CSV file, checked
 * and previewed as element averages here; the API computes the index), or from the nine element
 * averages (NRR, 1–4) tabulated elsewhere.
 */
export function SurveyForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const [unitId, setUnitId] = useState('');
  const [title, setTitle] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [respondents, setRespondents] = useState('');
  const [averages, setAverages] = useState<string[]>(elements.map(() => ''));
  const [source, setSource] = useState<'responses' | 'averages'>('responses');
  const [answers, setAnswers] = useState('');
  const [fileError, setFileError] = useState(false);
  const parsed = useMemo(() => parseResponses(answers), [answers]);
  const [checks, setChecks] = useState<Checks>({});
  const units = useQuery({
    queryKey: ['units', user.agency?.id],
    queryFn: async () => unwrap(await api.GET('/api/v1/agencies/{id}/units', { params: { path: { id: user.agency?.id ?? '' } } })),
    enabled: !!user.agency,
  });
  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/satisfaction-surveys', {
          params: { header: { 'Idempotency-Key': idempotencyKey() } },
          body: {
            unitId,
            title: title.trim(),
            periodStart: start,
            periodEnd: end,
            ...(source === 'responses'
              ? { responses: parsed.responses, respondentCount: null, elementAverages: null }
              : { responses: null, respondentCount: Number(respondents), elementAverages: averages.map((a) => Number(a.replace(',', '.'))) }),
          },
        }),
      ),
    onSuccess: () => {
      void refreshQueries(queryClient, ['satisfaction-surveys']);
      onClose();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Checks = {
      unitId: !unitId ? 'form.required' : null,
      title: !title.trim() ? 'form.required' : null,
      periodStart: !start ? 'form.required' : null,
      periodEnd: !end ? 'form.required' : end < start ? 'form.endBeforeStart' : null,
      responses: source !== 'responses' ? null : parsed.problems.length ? 'surveys.fixLines' : parsed.responses.length === 0 ? 'surveys.noResponses' : null,
      respondentCount: source !== 'averages' ? null : !/^\d+$/.test(respondents) || Number(respondents) < 1 ? 'form.positive' : null,
      elementAverages: source !== 'averages' ? null : averages.some((a) => {
        const v = Number(a.replace(',', '.'));
        return a.trim() === '' || Number.isNaN(v) || v < 1 || v > 4;
      })
        ? 'surveys.averageRange'
        : null,
    };
    setChecks(next);
    if (!firstInvalid(next)) create.mutate();
  }
  const msg = (k: string) => (checks[k] ? t(checks[k]!) : null);
  return (
    <Card title={t('surveys.new')}>
      <form onSubmit={submit} noValidate className="form-grid" aria-label={t('surveys.new')}>
        <Field label={t('employees.unit')} name="unitId" error={create.error} message={msg('unitId')}>
          {(p) => (
            <select {...p} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
              <option value="">{t('form.choose')}</option>
              {flattenUnits(units.data?.items ?? []).map(({ node, depth }) => (
                <option key={node.id} value={node.id}>
                  {'\u00a0'.repeat(depth * 3)}
                  {node.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('surveys.survey')} name="title" error={create.error} message={msg('title')}>
          {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t('surveys.periodStart')} name="periodStart" error={create.error} message={msg('periodStart')}>
          {(p) => <input {...p} type="date" value={start} onChange={(e) => setStart(e.target.value)} />}
        </Field>
        <Field label={t('surveys.periodEnd')} name="periodEnd" error={create.error} message={msg('periodEnd')}>
          {(p) => <input {...p} type="date" value={end} onChange={(e) => setEnd(e.target.value)} />}
        </Field>
        <fieldset className="span-all choices-inline">
          <legend>{t('surveys.source')}</legend>
          <label className="choice">
            <input type="radio" name="source" checked={source === 'responses'} onChange={() => setSource('responses')} /> {t('surveys.fromResponses')}
          </label>
          <label className="choice">
            <input type="radio" name="source" checked={source === 'averages'} onChange={() => setSource('averages')} /> {t('surveys.fromAverages')}
          </label>
        </fieldset>
        {source === 'responses' ? (
          <>
            <div className="span-all">
              <Field label={t('surveys.answers')} name="responses" error={create.error} message={msg('responses')} hint={t('surveys.answersHint')}>
                {(p) => <textarea {...p} rows={8} className="mono" value={answers} onChange={(e) => setAnswers(e.target.value)} placeholder={'4\t3\t3\t4\t3\t3\t4\t4\t3'} />}
              </Field>
            </div>
            <Field label={t('surveys.answersFile')} name="answersFile" message={fileError ? t('surveys.fileUnreadable') : null}>
              {(p) => (
                <input
                  {...p}
                  type="file"
                  accept=".csv,.txt,text/csv,text/plain"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    setFileError(false);
                    if (file) file.text().then(setAnswers, () => setFileError(true));
                  }}
                />
              )}
            </Field>
            <ResponsesPreview parsed={parsed} />
          </>
        ) : (
          <>
            <Field label={t('surveys.respondents')} name="respondentCount" error={create.error} message={msg('respondentCount')}>
              {(p) => <input {...p} type="number" min={1} value={respondents} onChange={(e) => setRespondents(e.target.value)} />}
            </Field>
            <fieldset className="span-all">
              <legend>{t('surveys.elementAverages')}</legend>
              {msg('elementAverages') ? <p className="field-errors">{msg('elementAverages')}</p> : null}
              <div className="form-grid">
                {elements.map((n, i) => (
                  <Field key={n} label={`U${n}. ${t(`surveys.element.${n}` as MessageKey)}`} name={`elementAverages[${i}]`} error={create.error}>
                    {(p) => <input {...p} inputMode="decimal" value={averages[i]} onChange={(e) => setAverages(averages.map((a, k) => (k === i ? e.target.value : a)))} />}
                  </Field>
                ))}
              </div>
            </fieldset>
          </>
        )}
        <FormError error={create.error} fields={['unitId', 'title', 'periodStart', 'periodEnd', 'responses', 'respondentCount', 'elementAverages']} />
        <FormActions pending={create.isPending} onCancel={onClose} />
      </form>
    </Card>
  );
}

/** What was read from the answers: respondents, the lines to fix, and each element's average. */
function ResponsesPreview({ parsed }: { parsed: ReturnType<typeof parseResponses> }) {
  const { t, num } = useI18n();
  const { responses, problems, averages } = parsed;
  if (!responses.length && !problems.length) return null;
  return (
    <div className="span-all">
      <p role="status">{t('surveys.read', { count: responses.length })}</p>
      {problems.length ? (
        <ul className="field-errors">
          {problems.slice(0, SHOWN_PROBLEMS).map((p) => (
            <li key={p.line}>{t(p.kind === 'count' ? 'surveys.lineCount' : 'surveys.lineValue', { line: p.line })}</li>
          ))}
          {problems.length > SHOWN_PROBLEMS ? <li>{t('surveys.moreLines', { count: problems.length - SHOWN_PROBLEMS })}</li> : null}
        </ul>
      ) : null}
      {responses.length ? (
        <div className="table-wrap" tabIndex={0}>
          <table className="compact">
            <caption>{t('surveys.previewCaption')}</caption>
            <thead>
              <tr>
                {elements.map((n) => (
                  <th key={n} scope="col" className="num" title={t(`surveys.element.${n}` as MessageKey)}>
                    U{n}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {averages.map((a, i) => (
                  <td key={i} className="num">
                    {a === null ? '–' : num(a, 2)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
