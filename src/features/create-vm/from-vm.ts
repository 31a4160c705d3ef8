import { chargeTypeField, gpuField, ipVersionField } from '../../../contract/fields';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { WIZARD_DEFAULTS, type WizardDraft } from './wizard-schema';

const SUFFIX = '-copy';

/** "web" -> "web-copy", shortened so the result still fits the 30-character rule. */
export function copyName(name: string): string {
  return `${name.slice(0, 30 - SUFFIX.length)}${SUFFIX}`;
}

/** "Create similar": the wizard's values taken from an existing VM (never its password). */
export function draftFromVm(vm: VMInstanceInfo): WizardDraft {
  const boot = vm.DiskInfos?.find((d) => d.Type === 'Boot');
  const data = vm.DiskInfos?.find((d) => d.Type === 'Data');
  const lan = vm.IPInfos?.find((ip) => ip.NicType === 'LAN' || ip.Type === 'Private');
  const wan = vm.IPInfos?.find((ip) => ip.NicType === 'WAN' || ip.Type === 'Public');
  return {
    ...WIZARD_DEFAULTS,
    CompanyID: vm.CompanyID,
    ChargeType: chargeTypeField.safeParse(vm.ChargeType).data ?? 'Dynamic',
    ProjectID: vm.ProjectID || undefined,
    VMType: vm.VMType,
    CPU: vm.CPU,
    Memory: vm.Memory,
    GPU: gpuField.safeParse(vm.GPU).data,
    ImageID: vm.ImageID,
    BootDiskSetType: boot?.StorageSetType,
    BootDiskSpace: boot?.Size ?? WIZARD_DEFAULTS.BootDiskSpace,
    DataDiskSetType: data?.StorageSetType,
    DataDiskSpace: data?.Size ?? 0,
    VPCID: vm.VPCID,
    SubnetID: vm.SubnetID,
    LANSGID: lan?.SGID || undefined,
    WANSGID: wan?.SGID || undefined,
    PublicIp: wan !== undefined,
    IPVersion: ipVersionField.safeParse(wan?.IPVersion).data ?? 'IPv4',
    Name: copyName(vm.Name),
    Remark: vm.Remark ?? '',
  };
}
