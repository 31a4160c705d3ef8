import { describe, expect, it } from 'vitest';
import { flatten, unflatten } from './flatten';
import { signature } from './sign';

const host = {
  Action: 'CreateUHostInstance', CPU: 2, ChargeType: 'Month', DiskSpace: 10,
  ImageId: 'f43736e1-65a5-4bea-ad2e-8a46e18883c2', LoginMode: 'Password', Memory: 2048, Name: 'Host01',
  Password: 'VUNsb3VkLmNu', PublicKey: 'ucloudsomeone@example.com1296235120854146120', Quantity: 1, Region: 'cn-bj2',
};

describe('signature (docs/protocol.md §2 vectors)', () => {
  it('vector 1', () => {
    expect(signature({ Action: 'DescribeVMInstance', Limit: 20, Offset: 0,
      PublicKey: '1UxDcqTHEGGGviQFqlt870EbLuaSJPZOB8hZ74tL' },
    'tcgX3Xi_mAKpQayggnVLWzerkWB_fH1KXuk05hUrus8KSziLVyjWXwKZ80FOOldC'))
      .toBe('2d86e5b4186ac6e42b628f258a7037c7636c9a81');
  });
  it('vector 2', () => {
    expect(signature({ Action: 'DescribeUHostInstance', Region: 'cn-bj2', Limit: 10,
      PublicKey: 'ucloudsomeone@example.com1296235120854146120' }, '46f09bb9fab4f12dfc160dae12273d5332b5debe'))
      .toBe('cba5cf5ec4d4233d206b1b54951e3787350a642f');
  });
  it('vector 3', () => {
    expect(signature(host, '46f09bb9fab4f12dfc160dae12273d5332b5debe')).toBe('ad22c1e5d9571e532a9fffa2b2422d35b14b2f1e');
  });
  it('vector 4 (with Zone)', () => {
    expect(signature({ ...host, Zone: 'cn-bj2-04' }, '46f09bb9fab4f12dfc160dae12273d5332b5debe'))
      .toBe('4f9ef5df2abab2c6fccd1e9515cb7e2df8c6bb65');
  });
  it('ignores a Signature already present', () => {
    const p = { Action: 'X', PublicKey: 'k' };
    expect(signature({ ...p, Signature: 'junk' }, 's')).toBe(signature(p, 's'));
  });
});

describe('flatten', () => {
  it('flattens arrays from 0 and drops empty values', () => {
    expect(flatten({ Action: 'A', VMIDs: ['a', 'b'], Keyword: '', X: undefined, N: 0 }))
      .toEqual({ Action: 'A', 'VMIDs.0': 'a', 'VMIDs.1': 'b', N: 0 });
  });
  it('flattens arrays of objects as Name.N.Field', () => {
    expect(flatten({ Disks: [{ Size: 20, Type: 'Data' }] })).toEqual({ 'Disks.0.Size': 20, 'Disks.0.Type': 'Data' });
  });
  it('round-trips through unflatten', () => {
    const flat = { 'VMIDs.0': 'a', 'VMIDs.1': 'b', 'VMIDs.10': 'k', Region: 'r' };
    const back = unflatten(flat) as { VMIDs: string[] };
    expect(back.VMIDs).toHaveLength(3);
    expect(back.VMIDs[2]).toBe('k');
  });
  it('sorts names by code unit, not locale', () => {
    const a = signature({ 'VMIDs.1': 'x', 'VMIDs.10': 'y', 'VMIDs.2': 'z' }, 'k');
    // CPU < ChargeType only in code-unit order; localeCompare would flip them.
    expect(a).toMatch(/^[0-9a-f]{40}$/);
    expect(signature({ CPU: 1, ChargeType: 'Month' }, '')).toBe(
      signature({ ChargeType: 'Month', CPU: 1 }, ''),
    );
  });
});
