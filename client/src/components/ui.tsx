import { useId, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useI18n } from '../i18n';
import { isApiError } from '../api/problem';

export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle ? <p className="muted">{subtitle}</p> : null}
      </div>
      {actions ? <div className="actions">{actions}</div> : null}
    </header>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="state loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return <div className="state empty">{children ?? t('common.empty')}</div>;
}

/** An error from the API (problem details) or from the network, with a retry when given. */
export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  let title = t('error.generic');
  let detail: string | undefined;
  let extra: string[] = [];
  if (isApiError(error)) {
    title = statusTitle(error.status, t);
    detail = error.detail ?? error.title;
    extra = error.otherErrors([]);
  } else if (error instanceof TypeError) {
    title = t('error.network');
  } else if (error instanceof Error) {
    detail = error.message;
  }
  return (
    <div className="state error" role="alert">
      <strong>{title}</strong>
      {detail ? <p>{detail}</p> : null}
      {extra.length ? (
        <ul>
          {extra.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      {onRetry ? (
        <button type="button" className="secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

function statusTitle(status: number, t: ReturnType<typeof useI18n>['t']): string {
  switch (status) {
    case 400:
      return t('error.400');
    case 401:
      return t('error.401');
    case 403:
      return t('error.403');
    case 404:
      return t('error.404');
    case 409:
      return t('error.409');
    case 412:
      return t('error.412');
    case 413:
      return t('error.413');
    case 415:
      return t('error.415');
    case 422:
      return t('error.422');
    case 429:
      return t('error.429');
    case 503:
      return t('error.503');
    default:
      return t('error.generic');
  }
}

/** Loading and error states of a query; children get the data. */
export function QueryState<T>({
  query,
  children,
  isEmpty,
  empty,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <Empty>{empty}</Empty>;
  return <>{children(query.data)}</>;
}

export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const { t, num } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pager" aria-label={t('common.pagination')}>
      <button type="button" className="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('common.previous')}
      </button>
      <span>{t('common.pageOf', { page: num(page, 0), pages: num(pages, 0), total: num(total, 0) })}</span>
      <button type="button" className="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('common.next')}
      </button>
    </nav>
  );
}

/** A labelled form control with the API's messages for its field beneath it. */
export function Field({
  label,
  name,
  error,
  hint,
  message,
  children,
}: {
  label: string;
  name: string;
  error?: unknown;
  hint?: string;
  /** A message of the client's own checks, shown before the API's. */
  message?: string | null;
  children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string; name: string }) => ReactNode;
}) {
  const id = useId();
  const messages = [...(message ? [message] : []), ...(isApiError(error) ? error.fieldErrors(name) : [])];
  const described = [hint ? `${id}-hint` : null, messages.length ? `${id}-err` : null].filter(Boolean).join(' ');
  return (
    <div className={`field${messages.length ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, name, 'aria-invalid': messages.length ? true : undefined, 'aria-describedby': described || undefined })}
      {hint ? (
        <small id={`${id}-hint`} className="muted">
          {hint}
        </small>
      ) : null}
      {messages.length ? (
        <ul id={`${id}-err`} className="field-errors">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A select of an API enum's values, each labelled in the user's language (enum.{enumName}.{value}). */
export function EnumSelect<T extends string>({
  enumName,
  values,
  value,
  onChange,
  ...props
}: {
  enumName: string;
  values: readonly T[];
  value: T;
  onChange: (value: T) => void;
  id?: string;
  name?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const { te } = useI18n();
  return (
    <select {...props} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {values.map((v) => (
        <option key={v} value={v}>
          {te(enumName, v)}
        </option>
      ))}
    </select>
  );
}

/** The buttons that end a form: submit (disabled while the request runs), cancel when the form can be closed, and any others after them. */
export function FormActions({ pending, submitLabel, onCancel, children }: { pending: boolean; submitLabel?: string; onCancel?: () => void; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <button type="submit" disabled={pending}>
        {submitLabel ?? t('common.save')}
      </button>
      {onCancel ? (
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      ) : null}
      {children}
    </div>
  );
}

/**
 * The problem of a failed submit that no field claims (title, detail, other fields' messages).
 * A 412 (someone else changed the record since it was loaded) offers onReload when given: the
 * form then starts again from the current record.
 */
export function FormError({ error, fields, onReload }: { error: unknown; fields: string[]; onReload?: () => void }) {
  const { t } = useI18n();
  if (!error) return null;
  if (!isApiError(error)) return <ErrorBox error={error} />;
  const others = error.otherErrors(fields);
  const hasFieldErrors = Object.keys(error.errors).length > others.length;
  const conflict = error.status === 412;
  return (
    <div className="state error" role="alert">
      <strong>{hasFieldErrors ? t('error.fields') : conflict ? t('error.412') : error.title}</strong>
      {error.detail && !conflict ? <p>{error.detail}</p> : null}
      {others.length ? (
        <ul>
          {others.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      {conflict && onReload ? (
        <button type="button" className="secondary" onClick={onReload}>
          {t('common.reload')}
        </button>
      ) : null}
    </div>
  );
}

export function Badge({ tone = 'neutral', children }: { tone?: 'neutral' | 'good' | 'warn' | 'bad' | 'info'; children: ReactNode }) {
  return <span className={`badge ${tone}`}>{children}</span>;
}

export function Stat({ label, value, hint }: { label: string; value: ReactNode; hint?: ReactNode }) {
  return (
    <div className="stat">
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
      {hint ? <div className="stat-hint muted">{hint}</div> : null}
    </div>
  );
}

export function Card({ title, children, actions, className }: { title?: string; children: ReactNode; actions?: ReactNode; className?: string }) {
  return (
    <section className={`card${className ? ` ${className}` : ''}`}>
      {title || actions ? (
        <div className="card-head">
          {title ? <h2>{title}</h2> : <span />}
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}
