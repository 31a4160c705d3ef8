import { useQuery } from '@tanstack/react-query';
import type { ImageInfo } from '../../../contract/describe-image';
import { lookupQueries } from '../../entities/vm/lookup-queries';
import type { ScopeKey } from '../../entities/tenant/scope';
import type { WizardContext, WizardDraft } from './wizard-schema';

export function isWindowsImage(image: Pick<ImageInfo, 'OSType' | 'OSName'> | undefined): boolean {
  return /windows/i.test(image?.OSType ?? '') || /windows/i.test(image?.OSName ?? '');
}

/**
 * The catalogue the wizard chooses from, for the tenant the VM is for. Tenant-owned lists (VPCs,
 * subnets, security groups, public IPs) wait until an admin has named that tenant.
 */
export function useLookups(scope: ScopeKey, draft: WizardDraft, tenantChosen: boolean) {
  const vmTypes = useQuery(lookupQueries.vmTypes(scope));
  const storageTypes = useQuery(lookupQueries.storageTypes(scope));
  const images = useQuery(lookupQueries.images(scope));
  const vpcs = useQuery({ ...lookupQueries.vpcs(scope), enabled: tenantChosen });
  const subnets = useQuery({ ...lookupQueries.subnets(scope, draft.VPCID ?? ''), enabled: tenantChosen && !!draft.VPCID });
  const securityGroups = useQuery({ ...lookupQueries.securityGroups(scope), enabled: tenantChosen });
  const eips = useQuery({ ...lookupQueries.eips(scope), enabled: tenantChosen });

  const vmType = vmTypes.data?.find((t) => t.VMType === draft.VMType);
  const image = images.data?.find((i) => i.ImageID === draft.ImageID);
  const vpc = vpcs.data?.find((v) => v.VPCID === draft.VPCID);
  const subnet = subnets.data?.find((s) => s.SubnetID === draft.SubnetID);
  const operators = [...new Set((eips.data ?? []).map((e) => e.OperatorName).filter((o): o is string => !!o))];
  return {
    vmTypes, storageTypes, images, vpcs, subnets, securityGroups, eips,
    vmType, image, vpc, subnet, operators, tenantChosen,
  };
}

export type Lookups = ReturnType<typeof useLookups>;

/** The facts the schema needs, read from the lookups for the current choices. */
export function wizardContextOf(lookups: Lookups, requireTenant: boolean): WizardContext {
  return {
    imageSize: lookups.image?.ImageSize,
    windows: isWindowsImage(lookups.image),
    subnetCidr: lookups.subnet?.Network,
    specs: lookups.vmType?.Specs,
    requireTenant,
  };
}
