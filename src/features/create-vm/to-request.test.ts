import { describe, expect, it } from 'vitest';
import { draftFromVm, copyName } from './from-vm';
import { createRequest, priceRequest } from './to-request';
import { WIZARD_DEFAULTS, type WizardDraft } from './wizard-schema';

const draft: WizardDraft = {
  ...WIZARD_DEFAULTS,
  ChargeType: 'Month',
  Quantity: 3,
  VMType: 'ComputeSetBBBB',
  CPU: 2,
  Memory: 4096,
  ImageID: 'cn-image-centos-74',
  BootDiskSetType: 'StorageSetBBBB',
  DataDiskSetType: 'StorageSetCCCC',
  DataDiskSpace: 0,
  VPCID: 'vpc-a',
  SubnetID: 'subnet-a',
  OperatorName: 'Bgp',
  Name: 'web',
  Password: 'Secret-123',
  ConfirmPassword: 'Secret-123',
  Count: 2,
};

describe('requests from the wizard', () => {
  it('create: no password, no empty or unused fields, the tenant when named', () => {
    const req = createRequest(draft, { region: 'cn-bj2', companyId: 200000002 }, 'web-1');
    expect(req).toEqual({
      Region: 'cn-bj2', CompanyID: 200000002, Name: 'web-1', ChargeType: 'Month', Quantity: 3, VMType: 'ComputeSetBBBB',
      CPU: 2, Memory: 4096, ImageID: 'cn-image-centos-74', BootDiskSetType: 'StorageSetBBBB', BootDiskSpace: 40,
      VPCID: 'vpc-a', SubnetID: 'subnet-a',
    });
    expect(JSON.stringify(createRequest(draft, { region: 'cn-bj2', companyId: undefined }))).not.toContain('Secret');
    const withIp = createRequest({ ...draft, PublicIp: true, DataDiskSpace: 100 }, { region: 'cn-bj2', companyId: undefined });
    expect(withIp).toMatchObject({ OperatorName: 'Bgp', Bandwidth: 1, IPVersion: 'IPv4', DataDiskSetType: 'StorageSetCCCC', DataDiskSpace: 100 });
  });

  it('price: null until the priced fields are valid, Count included, Quantity dropped for hourly', () => {
    expect(priceRequest({ ...draft, CPU: undefined }, { region: 'cn-bj2', companyId: undefined })).toBeNull();
    expect(priceRequest(draft, { region: 'cn-bj2', companyId: undefined })).toMatchObject({ Quantity: 3, Count: 2 });
    expect(priceRequest({ ...draft, ChargeType: 'Dynamic' }, { region: 'cn-bj2', companyId: undefined })?.Quantity).toBeUndefined();
  });

  it('"create similar" copies the VM without its password and with a "-copy" name that fits', () => {
    expect(copyName('a'.repeat(30))).toBe(`${'a'.repeat(25)}-copy`);
    const copy = draftFromVm({
      VMID: 'vm-1', Name: 'web', State: 'Running', ChargeType: 'Year', VMType: 'ComputeSetGPU1', CPU: 8, Memory: 16384, GPU: 2,
      ImageID: 'cn-image-win-2019', VPCID: 'vpc-a', SubnetID: 'subnet-a', CompanyID: 200000001,
      DiskInfos: [{ Type: 'Boot', Size: 60, StorageSetType: 'StorageSetBBBB' }, { Type: 'Data', Size: 100, StorageSetType: 'StorageSetCCCC' }],
      IPInfos: [{ Type: 'Private', NicType: 'LAN', SGID: 'sg-l' }, { Type: 'Public', NicType: 'WAN', SGID: 'sg-w', IPVersion: 'IPv4' }],
    });
    expect(copy).toMatchObject({
      Name: 'web-copy', ChargeType: 'Year', GPU: 2, BootDiskSpace: 60, DataDiskSpace: 100, DataDiskSetType: 'StorageSetCCCC',
      LANSGID: 'sg-l', WANSGID: 'sg-w', PublicIp: true, Password: '', ConfirmPassword: '',
    });
  });
});
