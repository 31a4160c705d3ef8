import { Button, Popover, Space } from 'antd';
import { useId } from 'react';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { useT } from '../../../i18n/i18n-context';
import { ActionReason, useReasonText } from './action-reason';
import type { RequestVmAction } from './use-vm-action-host';
import { vmActions, type VmAction } from '../../../entities/vm/vm-actions';

function ActionButton({ action, vm, request }: { action: VmAction; vm: VMInstanceInfo; request: RequestVmAction }) {
  const { t } = useT();
  const reasonText = useReasonText();
  const reasonId = useId();
  const permission = action.isAllowed(vm);
  if (permission.allowed) {
    return (
      <Button danger={action.danger} onClick={() => request(action.action, vm)}>
        {t(action.label)}
      </Button>
    );
  }
  // A disabled button gets no pointer events, so the wrapper opens the explanation (and its fix) on hover or focus.
  return (
    <Popover content={<ActionReason permission={permission} vm={vm} request={request} />} trigger={['hover', 'focus']}>
      <span tabIndex={0} style={{ display: 'inline-block', cursor: 'not-allowed' }}>
        <Button disabled danger={action.danger} aria-describedby={reasonId} style={{ pointerEvents: 'none' }}>
          {t(action.label)}
        </Button>
        <span id={reasonId} className="visually-hidden">{reasonText(permission)}</span>
      </span>
    </Popover>
  );
}

/** The detail page's buttons: every catalogue action, disabled ones explaining why. */
export function VmActionBar({ vm, request }: { vm: VMInstanceInfo; request: RequestVmAction }) {
  const { t } = useT();
  return (
    <Space wrap role="toolbar" aria-label={t('vms.detail.actions')}>
      {vmActions.map((a) => (
        <ActionButton key={a.action} action={a} vm={vm} request={request} />
      ))}
    </Space>
  );
}
