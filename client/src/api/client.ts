import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { ApiError } from './problem';
import { session } from '../auth/session';

export type Schemas = components['schemas'];

/** The typed client over the API of this origin (Vite proxies /api in development). */
export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
});

const auth: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    // A token that expired or was revoked: forget it so that the app shows the sign-in page.
    if (response.status === 401 && session.token()) session.expire();
    return response;
  },
};
api.use(auth);

type Result<T> = { data?: T; error?: unknown; response: Response };

/** The body of a successful answer, or an ApiError carrying the problem details. */
export function unwrap<T>(result: Result<T>): T {
  if (result.error !== undefined || !result.response.ok) {
    throw ApiError.from(result.response, result.error);
  }
  return result.data as T;
}

/** Fetches a file (an export or a template) with the signed-in user's token. */
export async function fetchFile(
  path: string,
  params: Record<string, string | number | boolean | undefined>,
  onProgress?: (bytes: number) => void,
): Promise<{ blob: Blob; fileName: string }> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const token = session.token();
  const response = await fetch(`${path}${query.size ? `?${query}` : ''}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (response.status === 401 && token) session.expire();
    throw ApiError.from(response, body);
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const fileName = match ? decodeURIComponent(match[1] ?? match[2]) : path.split('/').pop() ?? 'download';
  if (!onProgress || !response.body) return { blob: await response.blob(), fileName };
  // Exports stream: count the bytes as they come so that a long one shows progress.
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
    onProgress(bytes);
  }
  return { blob: new Blob(chunks as BlobPart[], { type: response.headers.get('Content-Type') ?? 'application/octet-stream' }), fileName };
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A fresh Idempotency-Key for a POST that a retry must not repeat. */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}

/**
 * Uploads a file as multipart/form-data (field "file"), reporting the bytes sent, as the
 * imports do; fetch cannot report upload progress, XMLHttpRequest can.
 */
export function uploadFile<T>(
  path: string,
  file: File,
  params: Record<string, string | number | boolean | undefined>,
  onProgress?: (sent: number, total: number) => void,
): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${path}${query.size ? `?${query}` : ''}`);
    const token = session.token();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Idempotency-Key', idempotencyKey());
    xhr.upload.onprogress = (e) => onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      if (xhr.status === 401 && token) session.expire();
      const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : undefined;
      reject(new ApiError(xhr.status, record, xhr.getResponseHeader('Retry-After')));
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
