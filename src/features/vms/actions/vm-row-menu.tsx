import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip } from 'antd';
import { useRef, useState } from 'react';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { useT } from '../../../i18n/i18n-context';
import { ActionReason } from './action-reason';
import type { RequestVmAction } from './use-vm-action-host';
import { vmActions } from '../../../entities/vm/vm-actions';

/**
 * A row's action menu, from the catalogue; a disabled item explains itself (and offers the fix) on hover.
 * The items (with their tooltips) are built only while the menu is open: a list renders one menu per row.
 */
export function VmRowMenu({ vm, request }: { vm: VMInstanceInfo; request: RequestVmAction }) {
  const { t } = useT();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // Until first opened, the row holds a plain button: a Dropdown per row (its trigger wrapper and listeners)
  // is most of a long list's render. The first click mounts the Dropdown, open.
  const [armed, setArmed] = useState(false);
  const items = !open ? [] : vmActions.map((a) => {
    const permission = a.isAllowed(vm);
    const label = t(a.label);
    return {
      key: a.action,
      danger: a.danger,
      disabled: !permission.allowed,
      label: permission.allowed ? (
        label
      ) : (
        <Tooltip placement="left" title={<ActionReason permission={permission} vm={vm} request={request} />}>
          <span style={{ display: 'block' }}>{label}</span>
        </Tooltip>
      ),
    };
  });
  const trigger = (
    <Button
      ref={button}
      size="small"
      aria-label={t('vms.list.actionsFor', { name: vm.Name })}
      aria-haspopup="menu"
      aria-expanded={open}
      onClick={armed ? undefined : () => (setArmed(true), setOpen(true))}
    >
      {t('vms.list.actions')} <DownOutlined aria-hidden />
    </Button>
  );
  if (!armed) return trigger;
  return (
    // autoFocus: opened with Enter, the menu takes the focus, so the arrow keys walk it at once.
    <Dropdown
      trigger={['click']}
      autoFocus
      open={open}
      onOpenChange={setOpen}
      menu={{
        items,
        onClick: ({ key, domEvent }) => {
          // Enter on an item would also press whatever the new dialog focuses (closing it at once).
          domEvent.preventDefault();
          setOpen(false);
          // The dialog gives the focus back to the menu's button, not to the item that disappears.
          button.current?.focus();
          request(key as (typeof vmActions)[number]['action'], vm);
        },
      }}
    >
      {trigger}
    </Dropdown>
  );
}
