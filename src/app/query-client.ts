import { MutationCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';
import { activityQueries } from '../entities/activity/activity-queries';

/**
 * Reads may be retried once, but not when the platform answered (a RetCode is an answer, not a
 * glitch) nor when the session is gone. Mutations are never retried. After any successful
 * mutation every cached read is invalidated: cheap here, and never stale; after a failed one, the activity log.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) =>
          failures < 1 && !(error instanceof ApiError && (error.retCode !== undefined || error.status === 401)),
        refetchOnWindowFocus: false,
        staleTime: 5_000,
      },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      onSuccess: () => client.invalidateQueries(),
      // A refused mutation changes nothing to read, but it is an event the activity log now shows.
      onError: () => client.invalidateQueries({ queryKey: activityQueries.all() }),
    }),
  });
  return client;
}
