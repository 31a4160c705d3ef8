import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { chargeTypeText, formatTime, privateIps, specText, stateText } from '../../../entities/vm/format';
import { publicIps } from '../../../entities/vm/vm-actions';
import { VmStateTag } from '../../../entities/vm/vm-state-tag';
import { vmDetail } from '../../../paths';
import type { Translate as T } from '../../../i18n/i18n-context';
import type { MessageKey } from '../../../i18n/messages';


export type VmColumnKey = 'name' | 'owner' | 'state' | 'spec' | 'image' | 'ips' | 'network' | 'billing' | 'created';

/** What a column may need beyond the row: tenant names for the admin's all-tenants view. */
export interface VmColumnContext {
  tenantName?: (companyId: number) => string | undefined;
}

/** One list column: how it renders and what it writes to the CSV export (the same visible columns). */
export interface VmColumn {
  key: VmColumnKey;
  title: MessageKey;
  /** The name column identifies the row and cannot be hidden. */
  fixed?: boolean;
  render(vm: VMInstanceInfo, t: T, language: string, ctx: VmColumnContext): ReactNode;
  csv(vm: VMInstanceInfo, t: T, language: string, ctx: VmColumnContext): string[];
  csvTitles?: MessageKey[];
}

const lines = (items: (string | undefined)[]) => (
  <Space direction="vertical" size={0}>
    {items.filter(Boolean).map((item, i) => (
      <span key={i}>{item}</span>
    ))}
  </Space>
);

export const vmColumns: readonly VmColumn[] = [
  {
    key: 'name',
    title: 'vms.column.name',
    fixed: true,
    render: (vm) => (
      <Space direction="vertical" size={0}>
        <Link to={vmDetail(vm.VMID)}>{vm.Name}</Link>
        <Typography.Text type="secondary" copyable={{ text: vm.VMID }} style={{ fontSize: 12 }}>
          {vm.VMID}
        </Typography.Text>
      </Space>
    ),
    csv: (vm) => [vm.Name, vm.VMID],
    csvTitles: ['vms.column.name', 'vms.field.VMID'],
  },
  {
    // Shown only in an admin's all-tenants view (see ownerColumnShown).
    key: 'owner',
    title: 'vms.column.owner',
    render: (vm, _t, _l, ctx) =>
      lines([vm.CompanyID ? `${ctx.tenantName?.(vm.CompanyID) ?? ''} (${vm.CompanyID})`.trim() : undefined, vm.Email]),
    csv: (vm, _t, _l, ctx) => [
      vm.CompanyID ? (ctx.tenantName?.(vm.CompanyID) ?? '') : '',
      vm.CompanyID ? String(vm.CompanyID) : '',
      vm.Email ?? '',
    ],
    csvTitles: ['vms.owner.name', 'vms.owner.companyId', 'vms.owner.email'],
  },
  { key: 'state', title: 'vms.column.state', render: (vm) => <VmStateTag state={vm.State} />, csv: (vm, t) => [stateText(vm.State, t)] },
  { key: 'spec', title: 'vms.column.spec', render: (vm, t) => specText(vm, t), csv: (vm, t) => [specText(vm, t)] },
  {
    key: 'image',
    title: 'vms.column.image',
    render: (vm) => lines([vm.OSName, vm.ImageID]),
    csv: (vm) => [vm.OSName ?? '', vm.ImageID ?? ''],
    csvTitles: ['vms.field.OSName', 'vms.field.ImageID'],
  },
  {
    key: 'ips',
    title: 'vms.column.ips',
    render: (vm, t) =>
      lines([
        ...privateIps(vm).map((ip) => t('vms.ip.private', { ip })),
        ...publicIps(vm).map((ip) => t('vms.ip.public', { ip: ip.IP ?? '' })),
      ]),
    csv: (vm) => [privateIps(vm).join(' '), publicIps(vm).map((ip) => ip.IP).join(' ')],
    csvTitles: ['vms.ip.privateTitle', 'vms.ip.publicTitle'],
  },
  {
    key: 'network',
    title: 'vms.column.network',
    render: (vm) => lines([vm.VPCName || vm.VPCID, vm.SubnetName || vm.SubnetID]),
    csv: (vm) => [vm.VPCName || vm.VPCID || '', vm.SubnetName || vm.SubnetID || ''],
    csvTitles: ['vms.field.VPCName', 'vms.field.SubnetName'],
  },
  {
    key: 'billing',
    title: 'vms.column.billing',
    render: (vm, t, language) =>
      lines([
        chargeTypeText(vm.ChargeType, t),
        vm.ExpireTime ? t('vms.billing.expires', { time: formatTime(vm.ExpireTime, language) }) : undefined,
      ]),
    csv: (vm, t, language) => [chargeTypeText(vm.ChargeType, t), formatTime(vm.ExpireTime, language)],
    csvTitles: ['vms.field.ChargeType', 'vms.field.ExpireTime'],
  },
  {
    key: 'created',
    title: 'vms.column.created',
    render: (vm, _t, language) => formatTime(vm.CreateTime, language),
    csv: (vm, _t, language) => [formatTime(vm.CreateTime, language)],
  },
];
