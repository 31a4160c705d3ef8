import { Descriptions, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { useT } from '../../../i18n/i18n-context';
import type { MessageKey } from '../../../i18n/messages';
import { chargeTypeText, formatTime, memoryGb, privateIps } from '../../../entities/vm/format';
import { publicIps } from '../../../entities/vm/vm-actions';
import { VmStateTag } from '../../../entities/vm/vm-state-tag';

/** The VMInstanceInfo fields that have a label: a field without one fails the typecheck where it is listed. */
type LabelledField = { [K in keyof VMInstanceInfo]-?: `vms.field.${K}` extends MessageKey ? K : never }[keyof VMInstanceInfo];
type Field = [key: LabelledField, value: ReactNode];

/** Every VMInstanceInfo field, grouped as a user thinks of them. */
export function VmOverview({ vm }: { vm: VMInstanceInfo }) {
  const { t, language } = useT();
  const time = (s: number | undefined) => formatTime(s, language) || '—';
  const groups: [title: MessageKey, fields: Field[]][] = [
    ['vms.group.overview', [
      ['Name', vm.Name],
      ['VMID', <Typography.Text copyable key="id">{vm.VMID}</Typography.Text>],
      ['State', <VmStateTag state={vm.State} key="state" />],
      ['Remark', vm.Remark],
      ['Region', vm.Region],
      ['CompanyID', vm.CompanyID],
      ['Email', vm.Email],
      ['ProjectName', vm.ProjectName ? `${vm.ProjectName} (${vm.ProjectID})` : vm.ProjectID],
      ['CreateTime', time(vm.CreateTime)],
      ['UpdateTime', time(vm.UpdateTime)],
    ]],
    ['vms.group.spec', [
      ['CPU', vm.CPU],
      ['Memory', t('vms.spec.memory', { n: memoryGb(vm.Memory) })],
      ['GPU', vm.GPU ?? 0],
      ['VMType', vm.VMTypeAlias ? `${vm.VMTypeAlias} (${vm.VMType})` : vm.VMType],
      ['SetID', vm.SetID],
      ['SetArch', vm.SetArch],
      ['HostIP', vm.HostIP],
    ]],
    ['vms.group.image', [
      ['ImageID', vm.ImageID],
      ['OSName', vm.OSName],
      ['OSType', vm.OSType],
    ]],
    ['vms.group.network', [
      ['VPCName', vm.VPCName ? `${vm.VPCName} (${vm.VPCID})` : vm.VPCID],
      ['SubnetName', vm.SubnetName ? `${vm.SubnetName} (${vm.SubnetID})` : vm.SubnetID],
      ['IPInfos', [...privateIps(vm), ...publicIps(vm).map((ip) => ip.IP)].join(', ')],
    ]],
    ['vms.group.billing', [
      ['ChargeType', chargeTypeText(vm.ChargeType, t)],
      ['ExpireTime', time(vm.ExpireTime)],
    ]],
  ];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {groups.map(([title, fields]) => (
        <Descriptions key={title} title={t(title)} bordered size="small" column={{ xs: 1, md: 2 }}>
          {fields.map(([key, value]) => (
            <Descriptions.Item key={key} label={t(`vms.field.${key}`)}>
              {value === undefined || value === '' ? '—' : value}
            </Descriptions.Item>
          ))}
        </Descriptions>
      ))}
    </Space>
  );
}
