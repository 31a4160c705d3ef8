import { describe, expect, it } from 'vitest';
import { switchTarget } from './switch-target';

describe('switchTarget', () => {
  it('keeps the page and its other params', () => {
    expect(switchTarget('/vms', '?company=1&state=Running', '2')).toEqual({ pathname: '/vms', search: '?company=2&state=Running' });
    expect(switchTarget('/', '', 'all')).toEqual({ pathname: '/', search: '?company=all' });
  });
  it("leaves a VM's own pages for the list", () => {
    expect(switchTarget('/vms/vm-abc/console', '?company=1', '2')).toEqual({ pathname: '/vms', search: '?company=2' });
    expect(switchTarget('/vms/create', '?company=1', '2')).toEqual({ pathname: '/vms/create', search: '?company=2' });
  });
});
