import { describe, expect, it } from 'vitest';
import { parseRecentTenants, withRecentTenant } from './recent-tenants';
import { matchesTenant, orderTenants, tenantSearchRequests } from './tenant-search';

const demo = { CompanyID: 200000001, Name: 'Demo tenant', Email: 'demo@example.com', Status: 'Normal' };
const other = { CompanyID: 200000002, Name: 'Other tenant', Email: 'other@example.com' };

describe('tenantSearchRequests', () => {
  it('asks for the first page without a term', () => {
    expect(tenantSearchRequests('  ')).toEqual([{ Limit: 100 }]);
  });
  it('searches text by keyword', () => {
    expect(tenantSearchRequests(' demo ')).toEqual([{ Keyword: 'demo', Limit: 100 }]);
  });
  it('looks a number up exactly and filters the first page by it', () => {
    expect(tenantSearchRequests('200000002')).toEqual([{ Limit: 100 }, { CompanyID: 200000002, Limit: 1 }]);
    expect(tenantSearchRequests('0')).toEqual([{ Limit: 100 }]);
  });
});

describe('matchesTenant', () => {
  it('matches name, CompanyID and email, case-insensitively', () => {
    expect(matchesTenant(demo, 'DEMO')).toBe(true);
    expect(matchesTenant(demo, '00001')).toBe(true);
    expect(matchesTenant(other, 'other@ex')).toBe(true);
    expect(matchesTenant(other, 'demo')).toBe(false);
  });
});

describe('orderTenants', () => {
  it('puts recent tenants first, in recent order, without duplicates', () => {
    const result = orderTenants([demo, other, demo], [200000002, 999]);
    expect(result.recent.map((u) => u.CompanyID)).toEqual([200000002]);
    expect(result.others.map((u) => u.CompanyID)).toEqual([200000001]);
  });
});

describe('recent tenants', () => {
  it('keeps only valid CompanyIDs from storage', () => {
    expect(parseRecentTenants('[1, "x", -2, 3.5, 4]')).toEqual([1, 4]);
    expect(parseRecentTenants('{oops')).toEqual([]);
    expect(parseRecentTenants(null)).toEqual([]);
  });
  it('moves the chosen tenant to the front and keeps five', () => {
    expect(withRecentTenant([1, 2, 3, 4, 5], 3)).toEqual([3, 1, 2, 4, 5]);
    expect(withRecentTenant([1, 2, 3, 4, 5], 6)).toEqual([6, 1, 2, 3, 4]);
  });
});
