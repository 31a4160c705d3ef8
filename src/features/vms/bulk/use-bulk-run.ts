import { useRef, useState } from 'react';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { useActionMutation } from '../../../entities/vm/use-action-mutation';
import type { SimpleCall, VmAction } from '../../../entities/vm/vm-actions';
import { runLimited } from './run-limited';

type BulkItemStatus = 'queued' | 'sending' | 'sent' | 'failed';
export interface BulkItem {
  vm: VMInstanceInfo;
  status: BulkItemStatus;
  error?: unknown;
}
export interface BulkRun {
  action: VmAction;
  items: BulkItem[];
  /** All calls have answered; the panel now follows the VMs to their target state. */
  settled: boolean;
}

const CONCURRENCY = 4;

/** One mutation per bulk action, so every call is a React Query mutation the global invalidation sees. */
function useBulkCalls(): Record<SimpleCall['name'], (vmId: string) => Promise<unknown>> {
  const start = useActionMutation('StartVMInstance');
  const stop = useActionMutation('StopVMInstance');
  const restart = useActionMutation('RestartVMInstance');
  const powerOff = useActionMutation('PoweroffVMInstance');
  const remove = useActionMutation('DeleteVMInstance');
  return {
    StartVMInstance: (VMID) => start.mutateAsync({ VMID }),
    StopVMInstance: (VMID) => stop.mutateAsync({ VMID }),
    RestartVMInstance: (VMID) => restart.mutateAsync({ VMID }),
    PoweroffVMInstance: (VMID) => powerOff.mutateAsync({ VMID }),
    DeleteVMInstance: (VMID) => remove.mutateAsync({ VMID }),
  };
}

/** Sends one action to many VMs, four at a time, recording each VM's answer. */
export function useBulkRun() {
  const calls = useBulkCalls();
  const [run, setRun] = useState<BulkRun | null>(null);
  const running = useRef(false);

  const update = (vmId: string, patch: Partial<BulkItem>) =>
    setRun((r) => r && { ...r, items: r.items.map((i) => (i.vm.VMID === vmId ? { ...i, ...patch } : i)) });

  const send = async (action: VmAction, vms: VMInstanceInfo[]) => {
    const name = action.call?.name;
    if (!name || running.current) return;
    running.current = true;
    await runLimited(vms, CONCURRENCY, async (vm) => {
      update(vm.VMID, { status: 'sending', error: undefined });
      try {
        await calls[name](vm.VMID);
        update(vm.VMID, { status: 'sent' });
      } catch (error) {
        update(vm.VMID, { status: 'failed', error });
      }
    });
    running.current = false;
    setRun((r) => r && { ...r, settled: true });
  };

  const start = (action: VmAction, vms: VMInstanceInfo[]) => {
    if (running.current) return;
    setRun({ action, items: vms.map((vm) => ({ vm, status: 'queued' })), settled: false });
    void send(action, vms);
  };

  const retryFailed = () => {
    if (!run || running.current) return;
    const failed = run.items.filter((i) => i.status === 'failed').map((i) => i.vm);
    setRun({ ...run, settled: false, items: run.items.map((i) => (i.status === 'failed' ? { ...i, status: 'queued' } : i)) });
    void send(run.action, failed);
  };

  return { run, start, retryFailed, dismiss: () => setRun(null) };
}
