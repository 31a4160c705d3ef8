import { App } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { useErrorText } from '../../../components/api-error-alert';
import { useActionMutation } from '../../../entities/vm/use-action-mutation';
import { useT } from '../../../i18n/i18n-context';
import { vmConsole } from '../../../paths';
import { markResized } from './resized-vms';
import { useReturnFocus } from './use-return-focus';
import { findVmAction, type VmActionId } from '../../../entities/vm/vm-actions';

// Each dialog (with its form library and zod rules) loads when it is first opened, not with the page.
const DefaultGatewayDialog = lazy(() => import('./default-gateway-dialog').then((m) => ({ default: m.DefaultGatewayDialog })));
const DeleteDialog = lazy(() => import('./delete-dialog').then((m) => ({ default: m.DeleteDialog })));
const ReinstallDialog = lazy(() => import('./reinstall-dialog').then((m) => ({ default: m.ReinstallDialog })));
const ResetPasswordDialog = lazy(() => import('./reset-password-dialog').then((m) => ({ default: m.ResetPasswordDialog })));
const ResizeDialog = lazy(() => import('./resize-dialog').then((m) => ({ default: m.ResizeDialog })));
const SimpleActionDialog = lazy(() => import('./simple-action-dialog').then((m) => ({ default: m.SimpleActionDialog })));

export type RequestVmAction = (id: VmActionId, vm: VMInstanceInfo) => void;

/**
 * Runs a catalogue action on one VM: straight away (start), after a confirmation, or through its
 * dialog. Pages render `element` once; the dialog lives outside the table so a refresh never closes it.
 */
export function useVmActionHost(opts: { onDeleted?(): void } = {}): { request: RequestVmAction; element: ReactNode } {
  const { t } = useT();
  const errorText = useErrorText();
  const { message, notification } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState<{ id: VmActionId; vm: VMInstanceInfo } | null>(null);
  const returnFocus = useReturnFocus();
  // Several VMs may start at once; each ignores its own second click while its call is in flight.
  const start = useActionMutation('StartVMInstance', { key: (p) => p.VMID });

  const request: RequestVmAction = (id, vm) => {
    const action = findVmAction(id);
    if (!action.isAllowed(vm).allowed) return;
    if (id === 'console') navigate(vmConsole(vm.VMID));
    else if (id === 'start') {
      start.run({ VMID: vm.VMID }, {
        onSuccess: () => message.success(t('vms.done', { action: t('vms.action.start'), name: vm.Name })),
        onError: (error) =>
          notification.error({ title: t('vms.failed', { action: t('vms.action.start'), name: vm.Name }), description: errorText(error) }),
      });
    } else {
      returnFocus.remember();
      setOpen({ id, vm });
    }
  };

  const close = () => {
    setOpen(null);
    returnFocus.restore();
  };
  let element: ReactNode = null;
  if (open) {
    const { id, vm } = open;
    const key = `${id}:${vm.VMID}`;
    if (id === 'resetPassword') element = <ResetPasswordDialog key={key} vm={vm} onClose={close} />;
    else if (id === 'reinstall') element = <ReinstallDialog key={key} vm={vm} onClose={close} />;
    else if (id === 'setDefaultGateway') element = <DefaultGatewayDialog key={key} vm={vm} onClose={close} />;
    else if (id === 'delete') element = <DeleteDialog key={key} vm={vm} onClose={close} onDeleted={opts.onDeleted} />;
    else if (id === 'resize') element = <ResizeDialog key={key} vm={vm} onClose={close} onResized={() => markResized(vm.VMID)} />;
    else element = <SimpleActionDialog key={key} action={findVmAction(id)} vm={vm} onClose={close} />;
  }
  return { request, element: element && <Suspense fallback={null}>{element}</Suspense> };
}
