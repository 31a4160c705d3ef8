import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { CopyText } from '../../../components/copy-text';
import { chargeTypeText, formatTime, isoTime, memoryGb, privateIps, specText, stateText } from '../../../entities/vm/format';
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
  /** Pixels: fixed widths let the browser lay the table out once, without antd measuring the cells. */
  width: number;
  render(vm: VMInstanceInfo, t: T, language: string, ctx: VmColumnContext): ReactNode;
  csv(vm: VMInstanceInfo, t: T, language: string, ctx: VmColumnContext): string[];
  csvTitles?: MessageKey[];
}

// Plain elements: a cell is rendered for every row and column, so no antd component in it.
const lines = (items: (string | undefined)[]) => (
  <div className="cell-lines">
    {items.filter(Boolean).map((item, i) => (
      <span key={i}>{item}</span>
    ))}
  </div>
);

export const vmColumns: readonly VmColumn[] = [
  {
    key: 'name',
    title: 'vms.column.name',
    fixed: true,
    width: 200,
    render: (vm) => (
      <div className="cell-lines">
        <Link to={vmDetail(vm.VMID)}>{vm.Name}</Link>
        <span className="cell-secondary">
          <CopyText text={vm.VMID} />
        </span>
      </div>
    ),
    csv: (vm) => [vm.Name, vm.VMID],
    csvTitles: ['vms.column.name', 'vms.field.VMID'],
  },
  {
    // Shown only in an admin's all-tenants view (see ownerColumnShown).
    key: 'owner',
    title: 'vms.column.owner',
    width: 200,
    render: (vm, _t, _l, ctx) =>
      lines([vm.CompanyID ? `${ctx.tenantName?.(vm.CompanyID) ?? ''} (${vm.CompanyID})`.trim() : undefined, vm.Email]),
    csv: (vm, _t, _l, ctx) => [
      vm.CompanyID ? (ctx.tenantName?.(vm.CompanyID) ?? '') : '',
      vm.CompanyID ? String(vm.CompanyID) : '',
      vm.Email ?? '',
    ],
    csvTitles: ['vms.owner.name', 'vms.owner.companyId', 'vms.owner.email'],
  },
  { key: 'state', title: 'vms.column.state', width: 150, render: (vm) => <VmStateTag state={vm.State} />, csv: (vm, t) => [stateText(vm.State, t)] },
  {
    key: 'spec',
    title: 'vms.column.spec',
    width: 170,
    render: (vm, t) => specText(vm, t),
    // Numbers a spreadsheet can sum, one per column (memory in GB, as the list shows it).
    csv: (vm) => [String(vm.CPU ?? ''), String(memoryGb(vm.Memory)), String(vm.GPU ?? 0)],
    csvTitles: ['vms.csv.cpu', 'vms.csv.memoryGb', 'vms.csv.gpu'],
  },
  {
    key: 'image',
    title: 'vms.column.image',
    width: 190,
    render: (vm) => lines([vm.OSName, vm.ImageID]),
    csv: (vm) => [vm.OSName ?? '', vm.ImageID ?? ''],
    csvTitles: ['vms.field.OSName', 'vms.field.ImageID'],
  },
  {
    key: 'ips',
    title: 'vms.column.ips',
    width: 200,
    // Each address with its own copy button (issue 17).
    render: (vm, t) => (
      <div className="cell-lines">
        {privateIps(vm).map((ip) => (
          <span key={ip}>
            <CopyText text={ip} label={t('vms.ip.private', { ip })} />
          </span>
        ))}
        {publicIps(vm).flatMap((ip) =>
          ip.IP
            ? [
                <span key={ip.IP}>
                  <CopyText text={ip.IP} label={t('vms.ip.public', { ip: ip.IP })} />
                </span>,
              ]
            : [],
        )}
      </div>
    ),
    csv: (vm) => [privateIps(vm).join(' '), publicIps(vm).map((ip) => ip.IP).join(' ')],
    csvTitles: ['vms.ip.privateTitle', 'vms.ip.publicTitle'],
  },
  {
    key: 'network',
    title: 'vms.column.network',
    width: 170,
    render: (vm) => lines([vm.VPCName || vm.VPCID, vm.SubnetName || vm.SubnetID]),
    csv: (vm) => [vm.VPCName || vm.VPCID || '', vm.SubnetName || vm.SubnetID || ''],
    csvTitles: ['vms.field.VPCName', 'vms.field.SubnetName'],
  },
  {
    key: 'billing',
    title: 'vms.column.billing',
    width: 190,
    render: (vm, t, language) =>
      lines([
        chargeTypeText(vm.ChargeType, t),
        vm.ExpireTime ? t('vms.billing.expires', { time: formatTime(vm.ExpireTime, language) }) : undefined,
      ]),
    csv: (vm, t) => [chargeTypeText(vm.ChargeType, t), isoTime(vm.ExpireTime)],
    csvTitles: ['vms.field.ChargeType', 'vms.field.ExpireTime'],
  },
  {
    key: 'created',
    title: 'vms.column.created',
    width: 170,
    render: (vm, _t, language) => formatTime(vm.CreateTime, language),
    csv: (vm) => [isoTime(vm.CreateTime)],
  },
];
