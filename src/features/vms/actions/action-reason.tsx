import { Button, Space, Typography } from 'antd';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { useT } from '../../../i18n/i18n-context';
import { stateText } from '../../../entities/vm/format';
import type { Permission, VmAction } from '../../../entities/vm/vm-actions';
import type { RequestVmAction } from './use-vm-action-host';
import { findVmAction } from '../../../entities/vm/vm-actions';

type Denied = Extract<Permission, { allowed: false }>;

export function useReasonText() {
  const { t } = useT();
  return (p: Denied) => t(p.reason, p.vars?.state ? { state: stateText(p.vars.state, t) } : undefined);
}

/** Why an action is unavailable, and a button for the action that would make it available. */
export function ActionReason({ permission, vm, request }: { permission: Denied; vm: VMInstanceInfo; request: RequestVmAction }) {
  const { t } = useT();
  const text = useReasonText();
  const fix: VmAction | undefined = permission.fix ? findVmAction(permission.fix) : undefined;
  return (
    <Space direction="vertical" size={4}>
      <Typography.Text>{text(permission)}</Typography.Text>
      {permission.fix && fix && fix.isAllowed(vm).allowed && (
        <Button size="small" type="primary" onClick={() => request(fix.action, vm)}>
          {t(`vms.fix.${permission.fix}`)}
        </Button>
      )}
    </Space>
  );
}
