import { describe, expect, it } from 'vitest';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { parseView, writeView } from './vm-list-params';
import { sortVms } from './vm-sort';

const vm = (Name: string, State: string, CreateTime: number, ExpireTime = 0) => ({ VMID: `vm-${Name}`, Name, State, CreateTime, ExpireTime }) as VMInstanceInfo;
const page = [vm('web-10', 'Running', 300, 0), vm('web-2', 'Stopped', 100, 5000), vm('db', 'Failed', 200, 4000)];
const names = (vms: VMInstanceInfo[]) => vms.map((v) => v.Name);

describe('sortVms', () => {
  it('sorts names as people read them, both ways', () => {
    expect(names(sortVms(page, { key: 'name', order: 'asc' }))).toEqual(['db', 'web-2', 'web-10']);
    expect(names(sortVms(page, { key: 'name', order: 'desc' }))).toEqual(['web-10', 'web-2', 'db']);
  });
  it('sorts by state, creation and expiry; a VM that never expires comes last', () => {
    expect(names(sortVms(page, { key: 'state', order: 'asc' }))).toEqual(['db', 'web-10', 'web-2']);
    expect(names(sortVms(page, { key: 'created', order: 'desc' }))).toEqual(['web-10', 'db', 'web-2']);
    expect(names(sortVms(page, { key: 'expiry', order: 'asc' }))).toEqual(['db', 'web-2', 'web-10']);
  });
  it('keeps the platform order without a sort, and never changes its input', () => {
    expect(names(sortVms(page, null))).toEqual(['web-10', 'web-2', 'db']);
    sortVms(page, { key: 'name', order: 'asc' });
    expect(names(page)).toEqual(['web-10', 'web-2', 'db']);
  });
});

describe('the sort in the URL', () => {
  it('round-trips, and ignores what it does not know', () => {
    const view = parseView(new URLSearchParams('sort=-expiry'));
    expect(view.sort).toEqual({ key: 'expiry', order: 'desc' });
    expect(writeView(new URLSearchParams(), view).toString()).toBe('sort=-expiry');
    expect(parseView(new URLSearchParams('sort=price')).sort).toBeNull();
    expect(parseView(new URLSearchParams('sort=name')).sort).toEqual({ key: 'name', order: 'asc' });
  });
});
