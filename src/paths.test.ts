import { describe, expect, it } from 'vitest';
import { createVm, overview, query, vmConsole, vmDetail, vmList, withCompany } from './paths';

describe('paths', () => {
  it('builds the VM list with its filters in a stable order, lists comma-joined', () => {
    expect(vmList()).toBe('/vms');
    expect(vmList({ state: ['Starting', 'Stopping'] })).toBe('/vms?state=Starting,Stopping');
    expect(vmList({ ids: ['vm-1', 'vm-2'], company: 200000001 })).toBe('/vms?ids=vm-1,vm-2&company=200000001');
    expect(vmList({ ids: [] })).toBe('/vms');
  });

  it('encodes ids in paths and values', () => {
    expect(vmDetail('vm a/b')).toBe('/vms/vm%20a%2Fb');
    expect(vmDetail('vm-1', { company: 'all' })).toBe('/vms/vm-1?company=all');
    expect(vmConsole('vm-1', { company: 7 })).toBe('/vms/vm-1/console?company=7');
    expect(createVm({ from: 'vm&1' })).toBe('/vms/create?from=vm%261');
    expect(createVm()).toBe('/vms/create');
  });

  it('keeps the pathname when switching tenant, and the overview at the root', () => {
    expect(withCompany('/vms', 3)).toBe('/vms?company=3');
    expect(overview({ company: 5 })).toBe('/?company=5');
    expect(overview()).toBe('/');
    expect(query({ a: '', b: undefined })).toBe('');
  });
});
