import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, fetchFile, saveBlob, unwrap } from '../api/client';
import { useI18n } from '../i18n';
import { Card, ErrorBox, Field, PageHeader } from '../components/ui';
import { thisYear, yearOptions } from '../lib/hooks';

type Kind = 'scores' | 'gaps' | 'learning-hours';

export default function ExportsPage() {
  const { t, num } = useI18n();
  const [kind, setKind] = useState<Kind>('scores');
  const [format, setFormat] = useState<'csv' | 'xlsx'>('csv');
  const [separator, setSeparator] = useState<'comma' | 'semicolon'>('comma');
  const [bom, setBom] = useState(false);
  const [year, setYear] = useState(String(thisYear()));
  const [programId, setProgramId] = useState('');
  const [frameworkId, setFrameworkId] = useState('');
  const [busy, setBusy] = useState(false);
  const [bytes, setBytes] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const programs = useQuery({
    queryKey: ['training-programs', 'all'],
    queryFn: async () => unwrap(await api.GET('/api/v1/training-programs', { params: { query: { pageSize: 500 } } })),
    enabled: kind === 'scores',
  });
  const frameworks = useQuery({
    queryKey: ['frameworks', 'published'],
    queryFn: async () => unwrap(await api.GET('/api/v1/competency-frameworks', { params: { query: { status: 'Published', pageSize: 100 } } })),
    enabled: kind === 'gaps',
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setBytes(0);
    setError(null);
    setDone(null);
    try {
      const params: Record<string, string | number | boolean | undefined> = {
        format,
        year: year || undefined,
        separator: format === 'csv' && separator === 'semicolon' ? 'semicolon' : undefined,
        bom: format === 'csv' && bom ? true : undefined,
      };
      if (kind === 'scores') params.programId = programId || undefined;
      if (kind === 'gaps') params.frameworkId = frameworkId || undefined;
      const { blob, fileName } = await fetchFile(`/api/v1/exports/${kind}`, params, setBytes);
      saveBlob(blob, fileName);
      setDone(t('exports.done', { file: fileName, size: num(blob.size / 1024, 1) }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeader title={t('exports.title')} subtitle={t('exports.subtitle')} />
      <Card>
        <form onSubmit={submit} className="form-grid" aria-label={t('exports.title')}>
          <fieldset className="span-all">
            <legend>{t('exports.what')}</legend>
            {(['scores', 'gaps', 'learning-hours'] as const).map((k) => (
              <label key={k} className="choice">
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`exports.kind.${k}`)}
                <span className="muted small"> — {t(`exports.kindHelp.${k}`)}</span>
              </label>
            ))}
          </fieldset>
          <Field label={t('common.year')} name="year" error={error}>
            {(p) => (
              <select {...p} value={year} onChange={(e) => setYear(e.target.value)}>
                {kind === 'gaps' ? <option value="">{t('exports.today')}</option> : null}
                {yearOptions().map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {kind === 'scores' ? (
            <Field label={t('training.program')} name="programId" error={error}>
              {(p) => (
                <select {...p} value={programId} onChange={(e) => setProgramId(e.target.value)}>
                  <option value="">{t('common.all')}</option>
                  {programs.data?.items.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.code} — {x.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          {kind === 'gaps' ? (
            <Field label={t('tna.framework')} name="frameworkId" error={error}>
              {(p) => (
                <select {...p} value={frameworkId} onChange={(e) => setFrameworkId(e.target.value)}>
                  <option value="">{t('common.all')}</option>
                  {frameworks.data?.items.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.code} — {x.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <Field label={t('exports.format')} name="format" error={error}>
            {(p) => (
              <select {...p} value={format} onChange={(e) => setFormat(e.target.value as 'csv' | 'xlsx')}>
                <option value="csv">CSV</option>
                <option value="xlsx">Excel (XLSX)</option>
              </select>
            )}
          </Field>
          {format === 'csv' ? (
            <>
              <Field label={t('exports.separator')} name="separator" error={error}>
                {(p) => (
                  <select {...p} value={separator} onChange={(e) => setSeparator(e.target.value as 'comma' | 'semicolon')}>
                    <option value="comma">{t('exports.comma')}</option>
                    <option value="semicolon">{t('exports.semicolon')}</option>
                  </select>
                )}
              </Field>
              <label className="choice">
                <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> {t('exports.bom')}
              </label>
            </>
          ) : null}
          <div className="form-actions span-all">
            <button type="submit" disabled={busy}>
              {busy ? t('exports.downloading') : t('exports.download')}
            </button>
            {busy ? (
              <span role="status" aria-live="polite" className="muted">
                <span className="spinner" aria-hidden="true" /> {t('exports.progress', { size: num(bytes / 1024, 1) })}
              </span>
            ) : null}
          </div>
        </form>
        {error ? <ErrorBox error={error} /> : null}
        {done ? (
          <p className="state good" role="status">
            {done}
          </p>
        ) : null}
      </Card>
    </>
  );
}
