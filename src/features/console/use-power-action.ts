import { App } from 'antd';
import { useState } from 'react';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { useErrorText } from '../../components/api-error-alert';
import { useActionMutation } from '../../entities/vm/use-action-mutation';
import type { PowerAction, SimpleCall } from '../../entities/vm/vm-actions';
import { useT } from '../../i18n/i18n-context';

/** What the console needs of each action's mutation (method syntax: each action's own hook fits). */
interface PowerMutation {
  run(params: { VMID: string }, callbacks: { onSuccess(): void; onError(error: unknown): void }): void;
  isPending: boolean;
}

/**
 * Runs the catalogue's power actions on the VM, asking first (`asking`, shown as an ActionDialog) where
 * the action can lose work. Through useActionMutation, so a second click while one is in flight is
 * ignored and the global cache invalidation refreshes the VM's state (and with it the console).
 */
export function usePowerAction(vm: VMInstanceInfo) {
  const { t } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<PowerAction | null>(null);
  // One hook per call the catalogue can name, so each keeps its own pending state and guard.
  const mutations: Record<SimpleCall['name'], PowerMutation> = {
    StartVMInstance: useActionMutation('StartVMInstance'),
    StopVMInstance: useActionMutation('StopVMInstance'),
    RestartVMInstance: useActionMutation('RestartVMInstance'),
    PoweroffVMInstance: useActionMutation('PoweroffVMInstance'),
    DeleteVMInstance: useActionMutation('DeleteVMInstance'),
  };

  const send = (def: PowerAction) =>
    mutations[def.call.name].run(
      { VMID: vm.VMID },
      {
        onSuccess: () => {
          setAsking(null);
          void message.success(t(def.power.done, { name: vm.Name }));
        },
        onError: (error) => {
          setAsking(null);
          void message.error(errorText(error));
        },
      },
    );

  const run = (def: PowerAction) => (def.power.confirm ? setAsking(def) : send(def));
  const pending = (Object.keys(mutations) as SimpleCall['name'][]).find((name) => mutations[name].isPending);
  return { run, send, asking, cancel: () => setAsking(null), pending };
}
