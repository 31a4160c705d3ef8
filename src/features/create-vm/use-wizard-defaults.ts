import { useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Lookups } from './use-lookups';
import { commonLinuxImage, smallestSpec } from './wizard-defaults';
import type { WizardContext, WizardDraft, WizardField, WizardValues } from './wizard-schema';

const empty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * A fresh wizard starts with a complete, cheap VM, so the price shows on the first step: the first VM type
 * offered, its smallest size, a common Linux base image, the first storage type for the system disk, and the
 * VPC and subnet when the tenant has only one of each (quick create: the first of each). Each field is filled once, only while empty, and
 * never for a restored draft or "Create similar" (`enabled` false): those bring their own values.
 * Filled without marking the form dirty: leaving an untouched wizard asks nothing.
 */
export function useWizardDefaults(form: UseFormReturn<WizardDraft, WizardContext, WizardValues>, lookups: Lookups, enabled: boolean, quick = false): void {
  const filled = useRef(new Set<WizardField>());
  useEffect(() => {
    if (!enabled) return;
    const fill = (field: WizardField, value: string | number | undefined) => {
      if (value === undefined || filled.current.has(field)) return;
      filled.current.add(field);
      if (empty(form.getValues(field))) form.setValue(field, value, { shouldDirty: false });
    };
    fill('VMType', lookups.vmTypes.data?.[0]?.VMType);
    const spec = smallestSpec(lookups.vmTypes.data?.find((t) => t.VMType === form.getValues('VMType')));
    fill('CPU', spec?.CPU);
    fill('Memory', spec?.Memory);
    fill('ImageID', commonLinuxImage(lookups.images.data)?.ImageID);
    fill('BootDiskSetType', lookups.storageTypes.data?.[0]?.StorageType);
    // Quick create asks nothing about the network: it takes the first VPC and subnet, as the common case.
    if (lookups.vpcs.data?.length === 1 || (quick && lookups.vpcs.data?.length)) fill('VPCID', lookups.vpcs.data[0].VPCID);
    if ((lookups.subnets.data?.length === 1 || (quick && lookups.subnets.data?.length)) && form.getValues('VPCID') === lookups.vpcs.data?.[0]?.VPCID) {
      fill('SubnetID', lookups.subnets.data[0].SubnetID);
    }
  });
}
