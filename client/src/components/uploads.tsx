import type { Schemas } from '../api/client';
import { useI18n } from '../i18n';

type RowMessage = Schemas['ImportRowMessage'];

/** Rows of an import's errors or warnings: row, column and message. */
export function RowTable({ rows, caption }: { rows: RowMessage[]; caption: string }) {
  const { t } = useI18n();
  return (
    <div className="table-wrap" tabIndex={0}>
      <table data-testid="row-errors">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t('imports.row')}</th>
            <th scope="col">{t('imports.column')}</th>
            <th scope="col">{t('imports.message')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td className="num">{r.row}</td>
              <td>{r.column ?? '–'}</td>
              <td>{r.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An upload's progress bar, then "checking" once every byte is sent. */
export function UploadProgress({ sent, total }: { sent: number; total: number }) {
  const { t, num } = useI18n();
  return (
    <span role="status" aria-live="polite" className="inline">
      <progress max={total || 1} value={sent} aria-label={t('imports.progress')} /> {sent >= total ? t('imports.checking') : `${num((sent / (total || 1)) * 100, 0)}%`}
    </span>
  );
}
