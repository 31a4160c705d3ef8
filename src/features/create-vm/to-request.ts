import { GetVMInstancePrice, type GetVMInstancePriceRequest } from '../../../contract/get-vm-instance-price';
import type { CreateVMInstanceRequest } from '../../../contract/create-vm-instance';
import { scopeParams, type ScopeKey } from '../../entities/tenant/scope';
import { normalizeDraft } from './wizard-resolver';
import type { WizardDraft } from './wizard-schema';

function defined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== '')) as T;
}

export type CreateRequestDraft = Omit<Partial<CreateVMInstanceRequest>, 'Password'>;

/**
 * The CreateVMInstance call for one VM, without the password (added only when sending). Takes a
 * draft too, for "copy as API request" before everything is filled in.
 */
export function createRequest(v: WizardDraft, scope: ScopeKey, name: string | undefined = v.Name): CreateRequestDraft {
  const dataDisk = (v.DataDiskSpace ?? 0) > 0;
  return defined({
    ...scopeParams(scope),
    Name: name,
    ChargeType: v.ChargeType,
    Quantity: v.ChargeType === 'Dynamic' ? undefined : v.Quantity,
    ProjectID: v.ProjectID,
    VMType: v.VMType,
    CPU: v.CPU,
    Memory: v.Memory,
    GPU: v.GPU,
    ImageID: v.ImageID,
    BootDiskSetType: v.BootDiskSetType,
    BootDiskSpace: v.BootDiskSpace,
    DataDiskSetType: dataDisk ? v.DataDiskSetType : undefined,
    DataDiskSpace: dataDisk ? v.DataDiskSpace : undefined,
    VPCID: v.VPCID,
    SubnetID: v.SubnetID,
    InternalIP: v.InternalIP,
    WANSGID: v.WANSGID,
    LANSGID: v.LANSGID,
    OperatorName: v.PublicIp ? v.OperatorName : undefined,
    Bandwidth: v.PublicIp ? v.Bandwidth : undefined,
    IPVersion: v.PublicIp ? v.IPVersion : undefined,
    InternetIP: v.PublicIp ? v.InternetIP : undefined,
    Remark: v.Remark,
    ApplicationName: v.ApplicationName,
    ApplicationReason: v.ApplicationReason,
  });
}

/**
 * The price call for the choices so far, or null while something it needs is missing or invalid
 * (the panel then asks for the missing choices instead of showing an error).
 */
export function priceRequest(draft: WizardDraft, scope: ScopeKey): GetVMInstancePriceRequest | null {
  const d = normalizeDraft(draft);
  const dataDisk = (d.DataDiskSpace ?? 0) > 0 && d.DataDiskSetType;
  const candidate = defined({
    ...scopeParams(scope),
    VMType: d.VMType,
    ImageID: d.ImageID,
    CPU: d.CPU,
    Memory: d.Memory,
    GPU: d.GPU,
    BootDiskSetType: d.BootDiskSetType,
    BootDiskSpace: d.BootDiskSpace,
    ChargeType: d.ChargeType,
    Quantity: d.ChargeType === 'Dynamic' ? undefined : d.Quantity,
    DataDiskSetType: dataDisk ? d.DataDiskSetType : undefined,
    DataDiskSpace: dataDisk ? d.DataDiskSpace : undefined,
    Count: d.Count,
  });
  const parsed = GetVMInstancePrice.request.safeParse(candidate);
  if (!parsed.success) return null;
  // Only the fields chosen: zod's output also fills in the document's defaults (Quantity 1 for hourly too).
  return Object.fromEntries(Object.entries(parsed.data).filter(([key]) => key in candidate)) as GetVMInstancePriceRequest;
}
