import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { call } from '../../api/client';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { scopeParams, useScope } from '../../entities/tenant/scope';
import { runLimited } from './run-limited';
import type { VmAction } from '../../entities/vm/vm-actions';
import { vmQueries } from '../../entities/vm/vm-queries';

export type BulkItemStatus = 'queued' | 'sending' | 'sent' | 'failed';
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

/** Sends one action to many VMs, four at a time, recording each VM's answer. */
export function useBulkRun() {
  const scope = useScope();
  const queryClient = useQueryClient();
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
        await call(name, { ...scopeParams(scope), VMID: vm.VMID });
        update(vm.VMID, { status: 'sent' });
      } catch (error) {
        update(vm.VMID, { status: 'failed', error });
      }
    });
    running.current = false;
    setRun((r) => r && { ...r, settled: true });
    await queryClient.invalidateQueries({ queryKey: vmQueries.all(scope) });
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
