import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, unwrap, uploadFile, type Schemas } from '../../api/client';
import { isApiError } from '../../api/problem';
import { useI18n } from '../../i18n';
import { can, useUser } from '../../auth/AuthProvider';
import { Card, ErrorBox, Field, PageHeader, Stat } from '../../components/ui';
import { RowTable, UploadProgress } from '../../components/uploads';
import { codePattern } from '../../lib/forms';
import { refreshQueries } from '../../lib/query';

type Result = Schemas['FrameworkImportResultDto'];
type Note = Schemas['FrameworkImportNoteDto'];
type Format = 'case' | 'moodle-csv';

const formatOf = (file: File): Format => (/\.csv$/i.test(file.name) || file.type === 'text/csv' ? 'moodle-csv' : 'case');

/**
 * A framework from a CASE package (JSON) or a Moodle competency framework CSV: a dry run first
 * shows what would be mapped, skipped and adjusted; the import then makes it a new draft.
 */
export default function FrameworkImportPage() {
  const { t } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const national = can.isNational(user);
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<Format>('case');
  const [code, setCode] = useState('');
  const [owner, setOwner] = useState('');
  const [checks, setChecks] = useState<{ file?: boolean; code?: boolean }>({});
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<Result | null>(null);
  // What the last successful dry run read: the import is offered for exactly that.
  const [checked, setChecked] = useState<string | null>(null);
  const agencies = useQuery({
    queryKey: ['agencies'],
    queryFn: async () => unwrap(await api.GET('/api/v1/agencies', { params: { query: { pageSize: 500 } } })),
    enabled: national,
  });
  const key = file ? [file.name, file.size, file.lastModified, format, code.trim(), owner].join('|') : null;

  async function run(dryRun: boolean) {
    const next = { file: !file, code: code.trim() !== '' && !codePattern.test(code.trim()) };
    setChecks(next);
    if (!file || next.code) return;
    setBusy(true);
    setError(null);
    setResult(null);
    setProgress({ sent: 0, total: file.size });
    try {
      const answer = await uploadFile<Result>(
        '/api/v1/competency-frameworks/import',
        file,
        { format, dryRun: dryRun ? true : undefined, code: code.trim() || undefined, ownerAgencyId: owner || undefined },
        (sent, total) => setProgress({ sent, total }),
      );
      setResult(answer);
      setChecked(dryRun ? key : null);
      if (!dryRun) void refreshQueries(queryClient, ['frameworks']);
    } catch (err) {
      setError(err);
      setChecked(null);
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(true);
  }

  const rowErrors = isApiError(error) ? error.rowErrors : [];
  return (
    <>
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to="/frameworks">{t('frameworks.title')}</Link> / <span>{t('frameworkImport.title')}</span>
      </nav>
      <PageHeader title={t('frameworkImport.title')} subtitle={t('frameworkImport.subtitle')} />
      <Card>
        <form onSubmit={submit} noValidate className="form-grid" aria-label={t('frameworkImport.title')}>
          <Field label={t('frameworkImport.file')} name="file" error={error} message={checks.file ? t('form.required') : null} hint={t('frameworkImport.fileHint')}>
            {(p) => (
              <input
                {...p}
                type="file"
                accept=".json,.csv,application/json,text/csv"
                onChange={(e) => {
                  const chosen = e.target.files?.[0] ?? null;
                  setFile(chosen);
                  if (chosen) setFormat(formatOf(chosen));
                  setResult(null);
                  setError(null);
                }}
              />
            )}
          </Field>
          <Field label={t('frameworkImport.format')} name="format" error={error}>
            {(p) => (
              <select {...p} value={format} onChange={(e) => setFormat(e.target.value as Format)}>
                <option value="case">{t('frameworkImport.case')}</option>
                <option value="moodle-csv">{t('frameworkImport.moodle')}</option>
              </select>
            )}
          </Field>
          <Field label={t('common.code')} name="code" error={error} message={checks.code ? t('form.code') : null} hint={t('frameworkImport.codeHint')}>
            {(p) => <input {...p} value={code} onChange={(e) => setCode(e.target.value)} />}
          </Field>
          {national ? (
            <Field label={t('frameworks.owner')} name="ownerAgencyId" error={error}>
              {(p) => (
                <select {...p} value={owner} onChange={(e) => setOwner(e.target.value)}>
                  <option value="">{t('frameworks.national')}</option>
                  {agencies.data?.items.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.code} — {a.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <div className="form-actions">
            <button type="submit" className={checked === key && key ? 'secondary' : undefined} disabled={busy}>
              {busy ? t('imports.uploading') : t('frameworkImport.check')}
            </button>
            <button type="button" disabled={busy || !key || checked !== key} onClick={() => void run(false)}>
              {t('frameworkImport.import')}
            </button>
            {busy && progress ? <UploadProgress sent={progress.sent} total={progress.total} /> : null}
          </div>
          {!checked || checked !== key ? <p className="muted span-all">{t('frameworkImport.checkFirst')}</p> : null}
        </form>
      </Card>
      {error && !rowErrors.length ? <ErrorBox error={error} /> : null}
      {rowErrors.length && isApiError(error) ? (
        <Card title={t('imports.rejected')}>
          <p className="state error" role="alert">
            {error.detail}
          </p>
          <RowTable rows={rowErrors} caption={t('imports.rowErrors')} />
        </Card>
      ) : null}
      {result ? <ImportReport result={result} /> : null}
    </>
  );
}

function ImportReport({ result }: { result: Result }) {
  const { t, num } = useI18n();
  const { report, framework } = result;
  const m = report.mapped;
  return (
    <Card title={result.dryRun ? t('imports.dryRunResult') : t('imports.done')}>
      <p>
        {t('frameworkImport.source', { title: report.sourceTitle ?? '–', format: report.format === 'case' ? t('frameworkImport.case') : t('frameworkImport.moodle') })}{' '}
        {result.dryRun ? (
          t('frameworkImport.wouldBe', { code: framework.code })
        ) : (
          <Link to={`/frameworks/${framework.id}`}>{t('frameworkImport.open', { code: framework.code })}</Link>
        )}
      </p>
      <div className="stats" role="status">
        <Stat label={t('frameworkImport.groups')} value={num(m.groups, 0)} />
        <Stat label={t('frameworkImport.competencies')} value={num(m.competencies, 0)} />
        <Stat label={t('frameworkImport.levels')} value={num(m.proficiencyLevels, 0)} />
        <Stat label={t('frameworkImport.levelDescriptions')} value={num(m.levelDescriptions, 0)} />
        <Stat label={t('frameworkImport.related')} value={num(m.relatedLinks, 0)} />
        <Stat label={t('imports.skipped')} value={num(report.skippedCount, 0)} />
        <Stat label={t('frameworkImport.adjusted')} value={num(report.adjustedCount, 0)} />
      </div>
      {result.dryRun ? <p className="muted">{t('frameworkImport.dryRunHint')}</p> : null}
      <NoteTable notes={report.skipped} total={report.skippedCount} caption={t('frameworkImport.skippedList')} testId="skipped" />
      <NoteTable notes={report.adjusted} total={report.adjustedCount} caption={t('frameworkImport.adjustedList')} testId="adjusted" />
    </Card>
  );
}

function NoteTable({ notes, total, caption, testId }: { notes: Note[]; total: number; caption: string; testId: string }) {
  const { t } = useI18n();
  if (!notes.length) return null;
  return (
    <div className="table-wrap" tabIndex={0}>
      <table data-testid={testId}>
        <caption>
          {caption}
          {total > notes.length ? ` — ${t('imports.truncated', { shown: notes.length, total })}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('frameworkImport.subject')}</th>
            <th scope="col">{t('imports.message')}</th>
          </tr>
        </thead>
        <tbody>
          {notes.map((n, i) => (
            <tr key={i}>
              <td className="mono">{n.subject}</td>
              <td>{n.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
