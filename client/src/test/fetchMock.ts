/**
 * The API client keeps the fetch it was created with, so the test setup installs one fetch that
 * hands each request to the handler of the running test.
 */
export type Handler = (request: Request) => Response | Promise<Response>;

let handler: Handler = (request) => {
  throw new Error(`unexpected request ${request.method} ${request.url}`);
};

export const requests: Request[] = [];

export function setFetch(next: Handler) {
  handler = next;
  requests.length = 0;
}

export async function delegatingFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : new Request(input, init);
  requests.push(request.clone());
  return handler(request);
}

export function json(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problem(status: number, title: string, detail?: string, errors?: Record<string, string[]>): Response {
  return json({ status, title, detail, errors, traceId: '00-test' }, status, 'application/problem+json');
}
