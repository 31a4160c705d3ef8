import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { call } from '../../api/client';
import type { ActionRequest, MutatingAction } from '../../../contract/contract';
import { scopeParams, useScope } from '../tenant/scope';

export type VmCallParams<A extends MutatingAction> = Omit<ActionRequest<A>, 'Region' | 'CompanyID'>;

/**
 * One platform call in the current scope, sent at most once at a time: `run` ignores a second
 * click or Enter while the first is in flight (the pending flag alone lags a render behind).
 */
export function useVmMutation<A extends MutatingAction>(action: A) {
  const scope = useScope();
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: (params: VmCallParams<A>) => call(action, { ...scopeParams(scope), ...params } as ActionRequest<A>),
    onSettled: () => {
      inFlight.current = false;
    },
  });
  const run = (params: VmCallParams<A>, callbacks?: { onSuccess?(): void }) => {
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate(params, { onSuccess: () => callbacks?.onSuccess?.() });
  };
  return { run, isPending: mutation.isPending, error: mutation.error, reset: mutation.reset };
}
