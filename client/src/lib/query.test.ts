import { describe, expect, it } from 'vitest';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { refreshQueries } from './query';

describe('refreshQueries', () => {
  it('asks again when a change lands while the first fetch is still on its way', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let server = 'before';
    let calls = 0;
    const observer = new QueryObserver(client, {
      queryKey: ['grid'],
      queryFn: async () => {
        calls++;
        const answer = server;
        await new Promise((r) => setTimeout(r, 30));
        return answer;
      },
    });
    const unsubscribe = observer.subscribe(() => {});
    await new Promise((r) => setTimeout(r, 5));
    server = 'after';
    await refreshQueries(client, ['grid']);
    expect(calls).toBe(2);
    expect(client.getQueryData(['grid'])).toBe('after');
    unsubscribe();
  });
});
