import { useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Lookups } from './use-lookups';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { firstSpec } from './spec-options';
import { commonLinuxImage, mostUsed } from './wizard-defaults';
import type { WizardContext, WizardDraft, WizardField, WizardValues } from './wizard-schema';

const empty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * A fresh wizard starts with a complete, cheap VM, so the price shows on the first step: the first VM type
 * offered, its smallest size, a common Linux base image, the first storage type for the system disk, and the
 * VPC and subnet: the only one, or the one the tenant's VMs use most (quick create: else the first). Each field is filled once, only while empty, and
 * never for a restored draft or "Create similar" (`enabled` false): those bring their own values.
 * Filled without marking the form dirty: leaving an untouched wizard asks nothing.
 */
export function useWizardDefaults(
  form: UseFormReturn<WizardDraft, WizardContext, WizardValues>,
  lookups: Lookups,
  enabled: boolean,
  quick: boolean,
  /** The tenant's newest VMs: their most used VPC and subnet are the default where there is a choice. */
  recent: readonly VMInstanceInfo[] | undefined,
): void {
  const filled = useRef(new Set<WizardField>());
  useEffect(() => {
    if (!enabled) return;
    const fill = (field: WizardField, value: string | number | undefined) => {
      if (value === undefined || filled.current.has(field)) return;
      filled.current.add(field);
      if (empty(form.getValues(field))) form.setValue(field, value, { shouldDirty: false });
    };
    fill('VMType', lookups.vmTypes.data?.[0]?.VMType);
    const spec = firstSpec(lookups.vmTypes.data?.find((t) => t.VMType === form.getValues('VMType'))?.Specs);
    fill('CPU', spec?.CPU);
    fill('Memory', spec?.Memory);
    fill('ImageID', commonLinuxImage(lookups.images.data)?.ImageID);
    fill('BootDiskSetType', lookups.storageTypes.data?.[0]?.StorageType);
    // The only one, else the one the tenant's VMs use most; quick create, which asks nothing about the
    // network, falls back to the first.
    const vpcs = lookups.vpcs.data;
    if (vpcs?.length && recent) {
      const used = mostUsed(recent.map((vm) => vm.VPCID));
      const vpc = vpcs.length === 1 ? vpcs[0] : (vpcs.find((v) => v.VPCID === used) ?? (quick ? vpcs[0] : undefined));
      fill('VPCID', vpc?.VPCID);
    }
    const subnets = lookups.subnets.data;
    const vpcId = form.getValues('VPCID');
    if (subnets?.length && recent && subnets.every((s) => s.VPCID === undefined || s.VPCID === vpcId)) {
      const used = mostUsed(recent.filter((vm) => vm.VPCID === vpcId).map((vm) => vm.SubnetID));
      const subnet = subnets.length === 1 ? subnets[0] : (subnets.find((s) => s.SubnetID === used) ?? (quick ? subnets[0] : undefined));
      fill('SubnetID', subnet?.SubnetID);
    }
  });
}
