import { z } from 'zod';
import { CreateVMInstanceShape } from '../../../contract/create-vm-instance';
import { checkBillingAndGpu, companyIdField, containsAdministratorRun } from '../../../contract/fields';
import { isHostInCidr } from '../../../contract/ipv4';

/** What the rules need to know beyond the form's own values: facts from the lookups. */
export interface WizardContext {
  /** Size in GB of the chosen image: the boot disk may not be smaller. */
  imageSize?: number;
  windows: boolean;
  /** CIDR of the chosen subnet: a fixed internal IP must lie in it. */
  subnetCidr?: string;
  /** The CPU/memory(/GPU) combinations the chosen VM type offers. */
  specs?: { CPU: number; Memory: number; GPU?: number }[];
  /** An admin must name the tenant that will own the VM. */
  requireTenant: boolean;
}

export const MAX_COUNT = 10;
const NAME_MAX = 30;

const formObject = z
  .object(CreateVMInstanceShape)
  .omit({ Region: true, CompanyID: true })
  .extend({
    CompanyID: companyIdField.optional(),
    ConfirmPassword: z.string({ error: 'validation.required' }).min(1, 'validation.required'),
    Count: z.int('validation.integer').min(1, 'createVm.validation.count').max(MAX_COUNT, 'createVm.validation.count'),
    PublicIp: z.boolean(),
  });

type FormShape = z.output<typeof formObject>;

/** The names the VMs will get: "web", or "web-1", "web-2"... when several are created. */
export function instanceNames(name: string, count: number): string[] {
  if (count <= 1) return [name];
  return Array.from({ length: count }, (_, i) => `${name}-${i + 1}`);
}

function addIssue(ctx: z.RefinementCtx, path: keyof FormShape, message: string): void {
  ctx.addIssue({ code: 'custom', path: [path], message });
}

/**
 * Rules that span fields or need lookup facts. Runs even when other fields are still missing (`when`),
 * so a step shows its own cross-field errors before the later steps are filled in.
 */
function wizardRules(v: Partial<FormShape>, ctx: z.RefinementCtx, c: WizardContext): void {
  checkBillingAndGpu(v, ctx);
  if (c.requireTenant && v.CompanyID === undefined) addIssue(ctx, 'CompanyID', 'createVm.validation.tenant');
  if (c.specs && v.CPU !== undefined && v.Memory !== undefined) {
    const gpu = v.GPU ?? 0;
    const gpuTooBig = v.GPU !== undefined && v.CPU < 4 * v.GPU;
    if (gpu > 0 && !c.specs.some((s) => (s.GPU ?? 0) > 0)) addIssue(ctx, 'GPU', 'createVm.validation.gpuUnavailable');
    else if (!gpuTooBig && !c.specs.some((s) => s.CPU === v.CPU && s.Memory === v.Memory && (s.GPU ?? 0) === gpu)) {
      addIssue(ctx, gpu > 0 ? 'GPU' : 'Memory', 'createVm.validation.specNotOffered');
    }
  }
  if (c.imageSize !== undefined && v.BootDiskSpace !== undefined && v.BootDiskSpace < c.imageSize) {
    addIssue(ctx, 'BootDiskSpace', 'createVm.validation.bootDiskImage');
  }
  if ((v.DataDiskSpace ?? 0) > 0 && !v.DataDiskSetType) addIssue(ctx, 'DataDiskSetType', 'createVm.validation.dataDiskType');
  if (c.subnetCidr && typeof v.InternalIP === 'string' && z.ipv4().safeParse(v.InternalIP).success) {
    if (!isHostInCidr(v.InternalIP, c.subnetCidr)) addIssue(ctx, 'InternalIP', 'createVm.validation.internalIp');
  }
  if (v.PublicIp && v.Bandwidth === undefined) addIssue(ctx, 'Bandwidth', 'validation.required');
  if (v.PublicIp && v.InternetIP && v.IPVersion !== 'IPv6' && !z.ipv4().safeParse(v.InternetIP).success) {
    addIssue(ctx, 'InternetIP', 'validation.ip');
  }
  if (typeof v.Password === 'string' && c.windows && containsAdministratorRun(v.Password)) {
    addIssue(ctx, 'Password', 'validation.password.windows');
  }
  if (v.ConfirmPassword && v.Password !== v.ConfirmPassword) addIssue(ctx, 'ConfirmPassword', 'validation.password.mismatch');
  const count = v.Count ?? 1;
  // A fixed address can be taken once: several VMs would all ask for the same one.
  if (count > 1 && (v.InternalIP || (v.PublicIp && v.InternetIP))) addIssue(ctx, 'Count', 'createVm.validation.fixedIpCount');
  if (typeof v.Name === 'string' && v.Name.length <= NAME_MAX && count > 1 && `${v.Name}-${count}`.length > NAME_MAX) {
    addIssue(ctx, 'Name', 'createVm.validation.nameSuffix');
  }
}

/** The wizard's schema: the CreateVMInstance fields from the contract plus the wizard's own rules. */
export function buildWizardSchema(c: WizardContext) {
  return formObject.superRefine((v, ctx) => wizardRules(v, ctx, c), { when: () => true });
}

export type WizardSchema = ReturnType<typeof buildWizardSchema>;
export type WizardInput = z.input<WizardSchema>;
export type WizardValues = z.output<WizardSchema>;
export type WizardField = keyof WizardInput;

/** A form in progress: any field may still be empty. */
export type WizardDraft = Partial<WizardInput>;

export const WIZARD_DEFAULTS: WizardDraft = {
  ChargeType: 'Dynamic',
  Quantity: 1,
  BootDiskSpace: 40,
  DataDiskSpace: 0,
  PublicIp: false,
  Bandwidth: 1,
  IPVersion: 'IPv4',
  Name: '',
  Remark: '',
  Password: '',
  ConfirmPassword: '',
  ApplicationName: '',
  ApplicationReason: '',
  Count: 1,
};

export const STEP_FIELDS: readonly (readonly WizardField[])[] = [
  ['CompanyID', 'ChargeType', 'Quantity', 'ProjectID'],
  ['VMType', 'CPU', 'Memory', 'GPU'],
  ['ImageID', 'BootDiskSetType', 'BootDiskSpace', 'DataDiskSetType', 'DataDiskSpace'],
  ['VPCID', 'SubnetID', 'InternalIP', 'WANSGID', 'LANSGID', 'PublicIp', 'OperatorName', 'Bandwidth', 'IPVersion', 'InternetIP'],
  ['Name', 'Remark', 'Password', 'ConfirmPassword', 'ApplicationName', 'ApplicationReason', 'Count'],
  [],
];
