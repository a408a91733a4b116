import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { fetchFile, saveBlob, uploadFile, type Schemas } from '../api/client';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n';
import { can, useUser } from '../auth/AuthProvider';
import { Card, ErrorBox, Field, PageHeader, Stat } from '../components/ui';
import { useParam } from '../lib/hooks';
import { RowTable, UploadProgress } from '../components/uploads';

type Kind = 'employees' | 'assessments' | 'scores';
type Result = Schemas['EmployeeImportResultDto'] | Schemas['AssessmentImportResultDto'] | Schemas['ScoreImportResultDto'];
type RowMessage = Schemas['ImportRowMessage'];

const paths: Record<Kind, string> = {
  employees: '/api/v1/employees/import',
  assessments: '/api/v1/assessments/import',
  scores: '/api/v1/scores/import',
};

export default function ImportsPage() {
  const { t, num } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const kinds = (['employees', 'assessments', 'scores'] as const).filter((k) => (k === 'employees' ? can.manage(user.role) : can.assess(user.role)));
  const [kindParam, setKind] = useParam('kind', kinds[0] ?? 'scores');
  const kind = (kinds.includes(kindParam as Kind) ? kindParam : kinds[0]) as Kind;
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [mode, setMode] = useState<'Insert' | 'Upsert'>('Insert');
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMissingFile(!file);
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    setProgress({ sent: 0, total: file.size });
    try {
      const params: Record<string, string | boolean | undefined> = { dryRun: dryRun ? true : undefined };
      if (kind === 'employees') params.mode = mode;
      const answer = await uploadFile<Result>(paths[kind], file, params, (sent, total) => setProgress({ sent, total }));
      setResult(answer);
      if (!answer.dryRun) void queryClient.invalidateQueries();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function template() {
    try {
      const { blob, fileName } = await fetchFile(`${paths[kind]}/template`, {});
      saveBlob(blob, fileName);
    } catch (err) {
      setError(err);
    }
  }

  const rowErrors: RowMessage[] = isApiError(error) ? error.rowErrors : [];
  return (
    <>
      <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} />
      <div className="tabs" role="tablist" aria-label={t('imports.title')}>
        {kinds.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={kind === k}
            className={kind === k ? 'active' : ''}
            onClick={() => {
              setKind(k);
              setResult(null);
              setError(null);
            }}
          >
            {t(`imports.kind.${k}`)}
          </button>
        ))}
      </div>
      <Card>
        <p className="muted">{t(`imports.help.${kind}`)}</p>
        <form onSubmit={submit} className="form-grid" aria-label={t(`imports.kind.${kind}`)}>
          <Field label={t('imports.file')} name="file" error={error} message={missingFile ? t('form.required') : null} hint={t('imports.fileHint')}>
            {(p) => <input {...p} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
          </Field>
          {kind === 'employees' ? (
            <Field label={t('imports.mode')} name="mode" error={error}>
              {(p) => (
                <select {...p} value={mode} onChange={(e) => setMode(e.target.value as 'Insert' | 'Upsert')}>
                  <option value="Insert">{t('imports.modeInsert')}</option>
                  <option value="Upsert">{t('imports.modeUpsert')}</option>
                </select>
              )}
            </Field>
          ) : null}
          <label className="choice">
            <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} /> {t('imports.dryRun')}
          </label>
          <div className="form-actions">
            <button type="submit" disabled={busy}>
              {busy ? t('imports.uploading') : dryRun ? t('imports.check') : t('imports.import')}
            </button>
            <button type="button" className="secondary" onClick={() => void template()}>
              {t('imports.template')}
            </button>
            {busy && progress ? <UploadProgress sent={progress.sent} total={progress.total} /> : null}
          </div>
        </form>
      </Card>
      {error && !rowErrors.length ? <ErrorBox error={error} /> : null}
      {rowErrors.length && isApiError(error) ? (
        <Card title={t('imports.rejected')}>
          <p className="state error" role="alert">
            {error.detail}
            {error.errorCount !== undefined && error.errorCount > rowErrors.length ? ` ${t('imports.truncated', { shown: rowErrors.length, total: error.errorCount })}` : ''}
          </p>
          <RowTable rows={rowErrors} caption={t('imports.rowErrors')} />
        </Card>
      ) : null}
      {result ? (
        <Card title={result.dryRun ? t('imports.dryRunResult') : t('imports.done')}>
          <div className="stats" role="status">
            <Stat label={t('imports.rows')} value={num(result.rowCount, 0)} />
            {'insertedCount' in result ? <Stat label={result.dryRun ? t('imports.wouldInsert') : t('imports.inserted')} value={num(result.insertedCount, 0)} /> : null}
            {'updatedCount' in result ? <Stat label={result.dryRun ? t('imports.wouldUpdate') : t('imports.updated')} value={num(result.updatedCount, 0)} /> : null}
            {'addedCount' in result ? <Stat label={result.dryRun ? t('imports.wouldInsert') : t('imports.inserted')} value={num(result.addedCount, 0)} /> : null}
            {'replacedCount' in result ? <Stat label={t('imports.replaced')} value={num(result.replacedCount, 0)} /> : null}
            {'skippedCount' in result ? <Stat label={t('imports.skipped')} value={num(result.skippedCount, 0)} /> : null}
            <Stat label={t('imports.warnings')} value={num(result.warningCount, 0)} />
          </div>
          {result.dryRun ? <p className="muted">{t('imports.dryRunHint')}</p> : null}
          {result.warnings.length ? <RowTable rows={result.warnings} caption={t('imports.warnings')} /> : null}
        </Card>
      ) : null}
    </>
  );
}
