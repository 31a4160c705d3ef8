import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { call } from '../../api/client';
import type { ActionRequest, ActionResponse, MutatingAction } from '../../../contract/contract';
import { scopeParams, useScope, type ScopeKey } from '../tenant/scope';

/** What `runAsync` answers for a second click while the first is in flight. */
export const IGNORED = Symbol('ignored');

/** A mutating action's parameters without the scope, which the hook adds. */
export type ActionParams<A extends MutatingAction> = Omit<ActionRequest<A>, 'Region' | 'CompanyID'>;

interface RunCallbacks<A extends MutatingAction> {
  onSuccess?(data: ActionResponse<A>): void;
  onError?(error: unknown): void;
}

interface Options<A extends MutatingAction> {
  /** The scope to act in; the page's scope when left out (the wizard names the tenant a VM is for). */
  scope?: ScopeKey;
  /**
   * What "the same request" means for the double-click guard: by default one request of this action at
   * a time; a key per VM lets several VMs start at once while each ignores its own second click.
   */
  key?(params: ActionParams<A>): string;
}

/**
 * One mutating platform call in a scope. `run` and `runAsync` ignore a second click or Enter while the
 * first is in flight (the pending flag alone lags a render behind); `mutateAsync` is for runs that do their own
 * pacing (bulk). Both go through React Query, so the global MutationCache invalidation sees them.
 */
export function useActionMutation<A extends MutatingAction>(action: A, options: Options<A> = {}) {
  const pageScope = useScope();
  const scope = options.scope ?? pageScope;
  const inFlight = useRef(new Set<string>());
  const mutation = useMutation({
    mutationFn: (params: ActionParams<A>) => call(action, { ...scopeParams(scope), ...params } as ActionRequest<A>),
  });
  const keyOf = (params: ActionParams<A>) => options.key?.(params) ?? '';

  /** For a caller that awaits: `ignored` when the same request is already in flight; a failure rejects. */
  const runAsync = async (params: ActionParams<A>): Promise<ActionResponse<A> | typeof IGNORED> => {
    const key = keyOf(params);
    if (inFlight.current.has(key)) return IGNORED;
    inFlight.current.add(key);
    try {
      return await mutation.mutateAsync(params);
    } finally {
      inFlight.current.delete(key);
    }
  };

  // Through the promise, not mutate()'s per-call callbacks: those fire only for the latest call,
  // and with a key per VM an earlier VM's guard must still be released.
  const run = (params: ActionParams<A>, callbacks: RunCallbacks<A> = {}) => {
    runAsync(params).then(
      (data) => data !== IGNORED && callbacks.onSuccess?.(data),
      (error: unknown) => callbacks.onError?.(error),
    );
  };

  return {
    run,
    runAsync,
    mutateAsync: mutation.mutateAsync,
    isPending: mutation.isPending,
    error: mutation.error,
    variables: mutation.variables,
    reset: mutation.reset,
  };
}
