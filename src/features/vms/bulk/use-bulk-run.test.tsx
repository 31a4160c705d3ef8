import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error';
import { filtersOf, parseView } from '../../../entities/vm/vm-list-params';
import { vmQueries } from '../../../entities/vm/vm-queries';
import { findVmAction } from '../../../entities/vm/vm-actions';
import { demoRegion, describeVm, hookWrapper } from '../../../hook-test-wrapper';
import { useBulkRun } from './use-bulk-run';

let region: string;
beforeAll(async () => {
  region = await demoRegion();
});

describe('useBulkRun against the console', () => {
  it('stops several VMs, records the refusal of one that is already stopped, and invalidates the lists', async () => {
    const { wrapper, queryClient } = hookWrapper(region);
    const scope = { region, companyId: undefined };
    const list = vmQueries.list(scope, filtersOf(parseView(new URLSearchParams())), 1, 20);
    await queryClient.fetchQuery(list);
    const vms = await Promise.all(['vm-demo0006', 'vm-othr0001', 'vm-demo0007'].map((id) => describeVm(region, id).catch(() => null)));
    const mine = vms.filter((vm) => vm !== null);
    // The demo tenant sees its own VMs only: the other tenant's VM is not among them.
    expect(mine.map((vm) => [vm.VMID, vm.State])).toEqual([['vm-demo0006', 'Running'], ['vm-demo0007', 'Stopped']]);

    const { result } = renderHook(() => useBulkRun(), { wrapper });
    act(() => result.current.start(findVmAction('stop'), mine));
    await waitFor(() => expect(result.current.run?.settled).toBe(true));
    const items = result.current.run?.items ?? [];
    expect(items.map((i) => [i.vm.VMID, i.status])).toEqual([['vm-demo0006', 'sent'], ['vm-demo0007', 'failed']]);
    expect(items[1]?.error).toBeInstanceOf(ApiError);
    expect(items[1]?.error).toMatchObject({ retCode: 1005 });
    expect(queryClient.getQueryState(list.queryKey)?.isInvalidated).toBe(true);
    expect(['Stopping', 'Stopped']).toContain((await describeVm(region, 'vm-demo0006')).State);
  });

  it('ignores a second start while a run is going, and retries only the failed VMs', async () => {
    const { wrapper } = hookWrapper(region);
    const { result } = renderHook(() => useBulkRun(), { wrapper });
    const stopped = await describeVm(region, 'vm-demo0007');
    const running = await describeVm(region, 'vm-demo0005');
    act(() => {
      result.current.start(findVmAction('start'), [stopped, running]);
      result.current.start(findVmAction('stop'), [running]);
    });
    expect(result.current.run?.action.action).toBe('start');
    await waitFor(() => expect(result.current.run?.settled).toBe(true));
    expect(result.current.run?.items.map((i) => i.status)).toEqual(['sent', 'failed']);
    act(() => result.current.retryFailed());
    expect(result.current.run?.items.map((i) => i.status)).toEqual(['sent', 'sending']);
    await waitFor(() => expect(result.current.run?.settled).toBe(true));
    expect(result.current.run?.items.map((i) => i.status)).toEqual(['sent', 'failed']);
  });
});
