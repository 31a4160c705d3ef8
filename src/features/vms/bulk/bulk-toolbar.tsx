import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { useActingTenant } from '../../../entities/tenant/use-acting-tenant';
import { useT } from '../../../i18n/i18n-context';
import { useReasonText } from '../actions/action-reason';
import { planBulk } from './bulk-plan';
import { useReturnFocus } from '../actions/use-return-focus';
import { vmActions, type VmAction } from '../../../entities/vm/vm-actions';

interface BulkToolbarProps {
  selected: VMInstanceInfo[];
  onRun(action: VmAction, vms: VMInstanceInfo[]): void;
  busy: boolean;
  /** In an admin's all-tenants view: a tenant's name by CompanyID, so a confirmation names whose VMs it touches. */
  tenantName?: (companyId: number) => string | undefined;
}

/** "Demo tenant (200000001), Other tenant (200000002)": the tenants the VMs belong to, in CompanyID order. */
function tenantsOf(vms: readonly VMInstanceInfo[], tenantName: (companyId: number) => string | undefined): string[] {
  const ids = [...new Set(vms.map((vm) => vm.CompanyID).filter((id): id is number => id !== undefined))].sort((a, b) => a - b);
  return ids.map((id) => (tenantName(id) ? `${tenantName(id)} (${id})` : String(id)));
}

/** Bulk start / stop / restart / power off / delete on the selection; ineligible VMs are named and skipped. */
export function BulkToolbar({ selected, onRun, busy, tenantName }: BulkToolbarProps) {
  const { t } = useT();
  const tenant = useActingTenant();
  const reasonText = useReasonText();
  const [pending, setPending] = useState<VmAction | null>(null);
  const returnFocus = useReturnFocus();
  const close = () => {
    setPending(null);
    returnFocus.restore();
  };
  const plan = pending ? planBulk(pending, selected) : null;
  const label = pending ? t(pending.label) : '';
  const tenants = plan && tenantName ? tenantsOf(plan.eligible, tenantName) : [];
  const title = pending && plan
    ? tenant
      ? t('vms.bulk.confirmTenant', { action: label, count: plan.eligible.length, tenant: tenant.label })
      : t('vms.bulk.confirm', { action: label, count: plan.eligible.length })
    : '';
  return (
    <Space wrap role="toolbar" aria-label={t('vms.bulk.toolbar')}>
      <Typography.Text>{t('vms.bulk.selected', { count: selected.length })}</Typography.Text>
      {vmActions.filter((a) => a.bulk).map((a) => (
        <Button
          key={a.action}
          danger={a.danger}
          disabled={busy || selected.length === 0 || planBulk(a, selected).eligible.length === 0}
          onClick={() => {
            returnFocus.remember();
            setPending(a);
          }}
        >
          {t(a.label)}
        </Button>
      ))}
      {pending && plan && (
        <Modal
          open
          title={title}
          okText={t('vms.bulk.run', { action: label, count: plan.eligible.length })}
          okButtonProps={{ danger: pending.danger, disabled: plan.eligible.length === 0 }}
          onCancel={close}
          onOk={() => {
            close();
            onRun(pending, plan.eligible);
          }}
        >
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              {plan.skipped.length > 0
                ? t('vms.bulk.plan', { action: label, count: plan.eligible.length, total: selected.length })
                : t('vms.bulk.planAll', { action: label, count: plan.eligible.length })}
            </Typography.Paragraph>
            {tenants.length > 0 && (
              <Typography.Paragraph strong style={{ marginBottom: 0 }}>
                {t('tenants.bulkSpan', { count: tenants.length, names: tenants.join(', ') })}
              </Typography.Paragraph>
            )}
            {plan.skipped.map((g) => (
              <Alert
                key={g.reason + JSON.stringify(g.vars)}
                type="info"
                showIcon
                title={t('vms.bulk.skipped', { count: g.vms.length, reason: reasonText({ allowed: false, reason: g.reason, vars: g.vars }) })}
                description={g.vms.map((v) => `${v.Name} (${v.VMID})`).join(', ')}
              />
            ))}
            {pending.action === 'powerOff' && <Alert type="warning" showIcon title={t('vms.powerOff.risk')} />}
            {pending.action === 'delete' && <Alert type="warning" showIcon title={t('vms.bulk.deleteNote')} />}
          </Space>
        </Modal>
      )}
    </Space>
  );
}
