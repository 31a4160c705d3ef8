import { describe, expect, it } from 'vitest';
import { isHostInCidr } from './cidr';

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
