import { describe, expect, it } from 'vitest';
import { buildWizardSchema, instanceNames, type WizardContext, type WizardInput } from './wizard-schema';

const context: WizardContext = {
  imageSize: 20,
  windows: false,
  subnetCidr: '10.0.1.0/24',
  specs: [
    { CPU: 1, Memory: 2048 },
    { CPU: 4, Memory: 8192 },
    { CPU: 4, Memory: 8192, GPU: 1 },
    { CPU: 8, Memory: 16384, GPU: 2 },
  ],
  requireTenant: false,
};

const valid: WizardInput = {
  ChargeType: 'Dynamic',
  Quantity: 1,
  VMType: 'ComputeSetBBBB',
  CPU: 1,
  Memory: 2048,
  ImageID: 'cn-image-centos-74',
  BootDiskSetType: 'StorageSetBBBB',
  BootDiskSpace: 40,
  DataDiskSpace: 0,
  VPCID: 'vpc-a',
  SubnetID: 'subnet-a',
  PublicIp: false,
  Name: 'web',
  Password: 'abc123',
  ConfirmPassword: 'abc123',
  Count: 1,
};

/** The message keys of what is wrong, by field. */
function problems(patch: Partial<WizardInput>, ctx: Partial<WizardContext> = {}): Record<string, string[]> {
  const result = buildWizardSchema({ ...context, ...ctx }).safeParse({ ...valid, ...patch });
  const out: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (out[String(issue.path[0])] ??= []).push(issue.message);
  return out;
}

describe('wizard schema', () => {
  it('accepts a complete form', () => expect(problems({})).toEqual({}));

  it('names: 1-30 characters, and the numbered suffix must fit too', () => {
    expect(problems({ Name: 'a'.repeat(30) })).toEqual({});
    // The contract's name pattern also caps the length, so 31 characters break two rules; the first one shows.
    expect(problems({ Name: 'a'.repeat(31) }).Name[0]).toBe('validation.name.length');
    expect(problems({ Name: 'bad name' }).Name).toEqual(['validation.name.chars']);
    expect(problems({ Name: 'a'.repeat(28), Count: 9 })).toEqual({});
    expect(problems({ Name: 'a'.repeat(28), Count: 10 }).Name).toEqual(['createVm.validation.nameSuffix']);
    expect(problems({ Count: 11 }).Count).toEqual(['createVm.validation.count']);
    expect(problems({ Count: 0 }).Count).toEqual(['createVm.validation.count']);
  });

  it('passwords: 6-30 characters, two classes, the Windows rule, the confirmation', () => {
    expect(problems({ Password: 'abc12', ConfirmPassword: 'abc12' }).Password).toEqual(['validation.password.length']);
    expect(problems({ Password: 'a'.repeat(29) + '1', ConfirmPassword: 'a'.repeat(29) + '1' })).toEqual({});
    expect(problems({ Password: 'a'.repeat(30) + '1', ConfirmPassword: 'a'.repeat(30) + '1' }).Password).toEqual([
      'validation.password.length',
    ]);
    expect(problems({ Password: 'abcdef', ConfirmPassword: 'abcdef' }).Password).toEqual(['validation.password.classes']);
    expect(problems({ Password: 'Admin123', ConfirmPassword: 'Admin123' })).toEqual({});
    expect(problems({ Password: 'Admin123', ConfirmPassword: 'Admin123' }, { windows: true }).Password).toEqual([
      'validation.password.windows',
    ]);
    expect(problems({ ConfirmPassword: 'abc124' }).ConfirmPassword).toEqual(['validation.password.mismatch']);
  });

  it('boot disk 40-500 GB and never below the image', () => {
    expect(problems({ BootDiskSpace: 39 }).BootDiskSpace).toEqual(['validation.bootDisk.range']);
    expect(problems({ BootDiskSpace: 500 })).toEqual({});
    expect(problems({ BootDiskSpace: 501 }).BootDiskSpace).toEqual(['validation.bootDisk.range']);
    expect(problems({ BootDiskSpace: 40 }, { imageSize: 50 }).BootDiskSpace).toEqual(['createVm.validation.bootDiskImage']);
  });

  it('data disk 0-8000 GB and needs a type when used', () => {
    expect(problems({ DataDiskSpace: 8001, DataDiskSetType: 'S' }).DataDiskSpace).toEqual(['validation.dataDisk.range']);
    expect(problems({ DataDiskSpace: 8000, DataDiskSetType: 'S' })).toEqual({});
    expect(problems({ DataDiskSpace: 10 }).DataDiskSetType).toEqual(['createVm.validation.dataDiskType']);
  });

  it('CPU >= 4 x GPU, and only specs the VM type offers', () => {
    expect(problems({ CPU: 4, Memory: 8192, GPU: 1 })).toEqual({});
    expect(problems({ CPU: 4, Memory: 8192, GPU: 2 }).GPU).toEqual(['validation.gpu.cpu']);
    expect(problems({ CPU: 8, Memory: 16384, GPU: 2 })).toEqual({});
    expect(problems({ CPU: 1, Memory: 4096 }).Memory).toEqual(['createVm.validation.specNotOffered']);
    expect(problems({ CPU: 4, Memory: 8192, GPU: 1 }, { specs: [{ CPU: 4, Memory: 8192 }] }).GPU).toEqual([
      'createVm.validation.gpuUnavailable',
    ]);
  });

  it('billing: Quantity per charge type', () => {
    expect(problems({ ChargeType: 'Month', Quantity: 11 })).toEqual({});
    expect(problems({ ChargeType: 'Month', Quantity: 12 }).Quantity).toEqual(['validation.quantity.month']);
    expect(problems({ ChargeType: 'Year', Quantity: 6 }).Quantity).toEqual(['validation.quantity.year']);
    expect(problems({ ChargeType: 'Dynamic', Quantity: 40 })).toEqual({});
  });

  it('network: internal IP in the subnet, bandwidth with a public IP', () => {
    expect(problems({ InternalIP: '10.0.1.20' })).toEqual({});
    expect(problems({ InternalIP: '10.0.2.20' }).InternalIP).toEqual(['createVm.validation.internalIp']);
    expect(problems({ InternalIP: '10.0.1' }).InternalIP).toEqual(['validation.ip']);
    expect(problems({ InternalIP: '10.0.1.20', Count: 2 }).Count).toEqual(['createVm.validation.fixedIpCount']);
    expect(problems({ PublicIp: true, Bandwidth: undefined }).Bandwidth).toEqual(['validation.required']);
    expect(problems({ PublicIp: true, Bandwidth: 10001 }).Bandwidth).toEqual(['validation.bandwidth.range']);
  });

  it('an admin must pick the tenant', () => {
    expect(problems({}, { requireTenant: true }).CompanyID).toEqual(['createVm.validation.tenant']);
    expect(problems({ CompanyID: 200000001 }, { requireTenant: true })).toEqual({});
  });

  it('runs the cross-field rules while later steps are still empty', () => {
    const early = problems({ ChargeType: 'Year', Quantity: 9, Name: undefined, VPCID: undefined });
    expect(early.Quantity).toEqual(['validation.quantity.year']);
  });

  it('numbers the names of several VMs', () => {
    expect(instanceNames('web', 1)).toEqual(['web']);
    expect(instanceNames('web', 3)).toEqual(['web-1', 'web-2', 'web-3']);
  });
});
