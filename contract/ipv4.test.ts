import { describe, expect, it } from 'vitest';
import { cidrRange, intToIp, ipToInt, isHostInCidr } from './ipv4';

describe('isHostInCidr', () => {
  it('accepts usable hosts and refuses the rest', () => {
    expect(isHostInCidr('10.0.1.2', '10.0.1.0/24')).toBe(true);
    expect(isHostInCidr('10.0.1.254', '10.0.1.0/24')).toBe(true);
    expect(isHostInCidr('10.0.1.0', '10.0.1.0/24')).toBe(false);
    expect(isHostInCidr('10.0.1.1', '10.0.1.0/24')).toBe(false);
    expect(isHostInCidr('10.0.1.255', '10.0.1.0/24')).toBe(false);
    expect(isHostInCidr('10.0.2.5', '10.0.1.0/24')).toBe(false);
    expect(isHostInCidr('10.0.1.300', '10.0.1.0/24')).toBe(false);
    expect(isHostInCidr('10.0.1.5', 'nonsense')).toBe(false);
  });
});

describe('cidrRange', () => {
  it('aligns the base down and refuses what is not a CIDR', () => {
    expect(cidrRange('10.0.1.7/24')).toEqual({ base: ipToInt('10.0.1.0'), size: 256 });
    expect(intToIp(ipToInt('192.168.3.4') ?? 0)).toBe('192.168.3.4');
    expect(cidrRange('10.0.1.0/31')).toBeNull();
    expect(cidrRange('10.0.1.0')).toBeNull();
  });
});
