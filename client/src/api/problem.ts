import type { components } from './schema';

type RowMessage = components['schemas']['ImportRowMessage'];

/** An RFC 9457 problem details answer, as the API sends for every error. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  /** Field (camelCase, as in the request) to its messages. */
  readonly errors: Record<string, string[]>;
  /** Row-level errors of a rejected import (422). */
  readonly rowErrors: RowMessage[];
  readonly errorCount?: number;
  readonly traceId?: string;
  readonly retryAfter?: string;

  constructor(status: number, body: Record<string, unknown> | undefined, retryAfter?: string | null) {
    const title = typeof body?.title === 'string' ? body.title : `HTTP ${status}`;
    super(typeof body?.detail === 'string' ? body.detail : title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = typeof body?.detail === 'string' ? body.detail : undefined;
    this.errors = isErrorMap(body?.errors) ? body.errors : {};
    this.rowErrors = Array.isArray(body?.rowErrors) ? (body.rowErrors as RowMessage[]) : [];
    this.errorCount = typeof body?.errorCount === 'number' ? body.errorCount : undefined;
    this.traceId = typeof body?.traceId === 'string' ? body.traceId : undefined;
    this.retryAfter = retryAfter ?? undefined;
  }

  static from(response: Response, body: unknown): ApiError {
    const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : undefined;
    return new ApiError(response.status, record, response.headers?.get('Retry-After'));
  }

  /** Messages for one field: an exact key, or keys under it ("levels[0].name" for "levels"). */
  fieldErrors(field: string): string[] {
    const lower = field.toLowerCase();
    return Object.entries(this.errors)
      .filter(([key]) => {
        const k = key.toLowerCase();
        return k === lower || k.startsWith(`${lower}.`) || k.startsWith(`${lower}[`);
      })
      .flatMap(([, messages]) => messages);
  }

  /** Messages whose field none of the given fields claims: shown with the form as a whole. */
  otherErrors(fields: string[]): string[] {
    const claimed = fields.map((f) => f.toLowerCase());
    return Object.entries(this.errors)
      .filter(([key]) => {
        const k = key.toLowerCase();
        return !claimed.some((c) => k === c || k.startsWith(`${c}.`) || k.startsWith(`${c}[`));
      })
      .flatMap(([key, messages]) => messages.map((m) => (key === 'body' ? m : `${key}: ${m}`)));
  }
}

function isErrorMap(value: unknown): value is Record<string, string[]> {
  return !!value && typeof value === 'object' && Object.values(value).every((v) => Array.isArray(v));
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
