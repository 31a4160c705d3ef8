import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import { call } from '../../api/client';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { errorText } from '../../components/api-error-alert';
import { scopeParams, useScope } from '../../entities/tenant/scope';
import { useT } from '../../i18n/i18n-context';
import type { PowerActionDef } from './power-actions';

/**
 * Runs a power action on the VM, asking first where the action can lose work. A mutation, so the
 * global cache invalidation refreshes the VM's state (and with it whether the console connects).
 */
export function usePowerAction(vm: VMInstanceInfo) {
  const { t } = useT();
  const scope = useScope();
  const { modal, message } = App.useApp();
  const mutation = useMutation({
    mutationFn: (def: PowerActionDef) => call(def.action, { ...scopeParams(scope), VMID: vm.VMID }),
    onSuccess: (_data, def) => message.success(t(def.done, { name: vm.Name })),
    onError: (error) => message.error(errorText(error, t)),
  });
  const run = (def: PowerActionDef) => {
    if (!def.confirm) return mutation.mutate(def);
    modal.confirm({
      title: t(def.confirm.title, { name: vm.Name }),
      content: t(def.confirm.body),
      okText: t(def.label),
      okButtonProps: { danger: def.danger },
      cancelText: t('common.cancel'),
      onOk: () => mutation.mutateAsync(def).catch(() => undefined),
    });
  };
  return { run, pending: mutation.isPending ? mutation.variables?.action : undefined };
}
