import { describe, expect, it } from 'vitest';
import { CreateVMInstance } from './create-vm-instance';
import { containsAdministratorRun, passwordProblems, remarkField } from './fields';

const valid = {
  Region: 'cn-bj2', Name: 'web-01', Password: 'Passw0rd', ChargeType: 'Month' as const, VMType: 'ComputeSetBBBB',
  ImageID: 'cn-image-centos-74', CPU: 4, Memory: 8192, BootDiskSetType: 'StorageSetBBBB', VPCID: 'vpc-1', SubnetID: 'subnet-1',
};
const issues = (over: Record<string, unknown>) => {
  const r = CreateVMInstance.request.safeParse({ ...valid, ...over });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('CreateVMInstance rules', () => {
  it('accepts a valid request', () => expect(issues({})).toEqual([]));
  it('name: 1-30 characters of Chinese, letters, digits, - _ .', () => {
    expect(issues({ Name: '' })).toContain('Name:validation.required');
    expect(issues({ Name: 'a'.repeat(30) })).toEqual([]);
    expect(issues({ Name: 'a'.repeat(31) })).toContain('Name:validation.name.length');
    expect(issues({ Name: '虚拟机_a.b-1' })).toEqual([]);
    expect(issues({ Name: 'bad name!' })).toContain('Name:validation.name.chars');
  });
  it('password: 6-30 characters', () => {
    expect(issues({ Password: 'Abc12' })).toContain('Password:validation.password.length');
    expect(issues({ Password: 'Abc123' })).toEqual([]);
    expect(issues({ Password: 'Ab1'.repeat(10) })).toEqual([]);
    expect(issues({ Password: 'Ab1'.repeat(10) + 'x' })).toContain('Password:validation.password.length');
  });
  it('password: at least two classes', () => {
    expect(issues({ Password: 'abcdefgh' })).toContain('Password:validation.password.classes');
    expect(issues({ Password: 'abcdefg1' })).toEqual([]);
    expect(issues({ Password: 'abcdefg!' })).toEqual([]);
  });
  it('remark: 0-100 characters', () => {
    expect(issues({ Remark: 'x'.repeat(100) })).toEqual([]);
    expect(issues({ Remark: 'x'.repeat(101) })).toContain('Remark:validation.remark.length');
  });
  it('boot disk 40-500, data disk 0-8000', () => {
    expect(issues({ BootDiskSpace: 39 })).toContain('BootDiskSpace:validation.bootDisk.range');
    expect(issues({ BootDiskSpace: 40 })).toEqual([]);
    expect(issues({ BootDiskSpace: 500 })).toEqual([]);
    expect(issues({ BootDiskSpace: 501 })).toContain('BootDiskSpace:validation.bootDisk.range');
    expect(issues({ DataDiskSpace: 8000 })).toEqual([]);
    expect(issues({ DataDiskSpace: 8001 })).toContain('DataDiskSpace:validation.dataDisk.range');
  });
  it('quantity per charge type', () => {
    expect(issues({ Quantity: 11 })).toEqual([]);
    expect(issues({ Quantity: 12 })).toContain('Quantity:validation.quantity.month');
    expect(issues({ ChargeType: 'Year', Quantity: 5 })).toEqual([]);
    expect(issues({ ChargeType: 'Year', Quantity: 6 })).toContain('Quantity:validation.quantity.year');
    expect(issues({ ChargeType: 'Dynamic', Quantity: 99 })).toEqual([]);
    expect(issues({ ChargeType: 'Weekly' })).toContain('ChargeType:validation.chargeType');
  });
  it('GPU in {1,2,4} and CPU >= 4 x GPU', () => {
    expect(issues({ GPU: 3 })).toContain('GPU:validation.gpu.values');
    expect(issues({ CPU: 4, GPU: 1 })).toEqual([]);
    expect(issues({ CPU: 4, GPU: 2 })).toContain('GPU:validation.gpu.cpu');
    expect(issues({ CPU: 16, GPU: 4 })).toEqual([]);
  });
  it('IP version', () => {
    expect(issues({ IPVersion: 'IPv6' })).toEqual([]);
    expect(issues({ IPVersion: 'IPv5' })).toContain('IPVersion:validation.ipVersion');
  });
});

describe('Windows password rule', () => {
  it('refuses runs of more than two characters of administrator', () => {
    expect(containsAdministratorRun('Xadm123')).toBe(true);
    expect(containsAdministratorRun('TRATOR99')).toBe(true);
    expect(containsAdministratorRun('ad1mi2ni')).toBe(false);
    expect(passwordProblems('Admin123', { windows: true })).toEqual(['windows']);
    expect(passwordProblems('Admin123', { windows: false })).toEqual([]);
  });
});

describe('free text refuses control and bidi characters (issue 13)', () => {
  it.each(['a\u0000b', 'ring\u0007', 'two\r\nlines', 'evil\u202Etxt.exe', 'iso\u2066late', 'c1\u0085'])('refuses %j', (text) => {
    const result = remarkField.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('validation.text.unsafe');
  });

  it('accepts ordinary text, Chinese included', () => {
    expect(remarkField.safeParse('web server, 生产环境 (v2) — ok').success).toBe(true);
  });
});
