import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Marks queries stale after a change and fetches the shown ones again. A first fetch still on
 * its way started before the change and would answer with the old state; invalidation alone
 * joins it instead of asking again, so it is cancelled first.
 */
export async function refreshQueries(queryClient: QueryClient, queryKey: QueryKey): Promise<void> {
  await queryClient.cancelQueries({ queryKey });
  await queryClient.invalidateQueries({ queryKey });
}
