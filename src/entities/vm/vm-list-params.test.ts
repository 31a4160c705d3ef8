import { describe, expect, it } from 'vitest';
import { describeParams, filtersOf, parseView, writeView } from './vm-list-params';

describe('list view in the URL', () => {
  it('round-trips every field and keeps foreign keys such as company', () => {
    const params = new URLSearchParams('company=200000001&q=web&state=Running,Stopped&vpc=vpc-1&subnet=sn-1&project=p1,p2&ids=vm-a,vm-b&page=3&size=50&sort=-created');
    const view = parseView(params);
    expect(view).toEqual({
      keyword: 'web', states: ['Running', 'Stopped'], vpcId: 'vpc-1', subnetId: 'sn-1', projectIds: ['p1', 'p2'],
      vmIds: ['vm-a', 'vm-b'], page: 3, pageSize: 50, sort: { key: 'created', order: 'desc' },
    });
    expect(writeView(new URLSearchParams('company=200000001'), view).toString()).toBe(params.toString());
  });

  it('falls back to defaults on junk and leaves defaults out of the URL', () => {
    const view = parseView(new URLSearchParams('state=Nope,Running&page=-2&size=7&subnet=sn-1'));
    expect(view).toMatchObject({ states: ['Running'], page: 1, pageSize: 20, subnetId: '' });
    expect(writeView(new URLSearchParams(), { ...view, states: [] }).toString()).toBe('');
  });

  it('maps filters to DescribeVMInstance parameters, leaving empty ones out', () => {
    expect(describeParams(filtersOf(parseView(new URLSearchParams())))).toEqual({
      Keyword: undefined, States: undefined, VPCID: undefined, SubnetID: undefined, ProjectIDs: undefined, VMIDs: undefined,
    });
    expect(describeParams(filtersOf(parseView(new URLSearchParams('q=%20x%20&ids=vm-a'))))).toMatchObject({ Keyword: 'x', VMIDs: ['vm-a'] });
  });
});
